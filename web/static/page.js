/* The practice page at /coach/: choose a scenario and mode, talk, get the debrief. */
(function () {
  "use strict";
  var Chat = window.GesprekscoachChat;
  var server = window.location.origin;
  var $ = function (id) { return document.getElementById(id); };
  var connection = new Chat.Connection(server, "gesprekscoach.page");
  var renderer = new Chat.Renderer(
    { log: $("log"), coach: $("coach"), gauge: $("gauge"), gaugeLabel: $("gauge-label"), debrief: $("nabespreking") },
    { onMode: function (mode) {
        $("quiet-note").hidden = mode !== "quiet";
        $("gauge-box").hidden = mode === "quiet";
      } }
  );
  connection.onMessage(function (message) { renderer.handle(message); });
  connection.onStatus(function (transport) { document.body.setAttribute("data-transport", transport); });

  function show(conversation) {
    $("kies").hidden = conversation;
    $("gesprek").hidden = !conversation;
    if (conversation) $("invoer").focus();
  }

  function send(text, asLeader) {
    if (asLeader) renderer.leader(text);
    $("status").textContent = "";
    return connection.send(text).catch(function () {
      $("status").textContent = "Het bericht kwam niet aan: de server is niet bereikbaar. Probeer het zo nog eens.";
    });
  }

  $("start-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var form = event.target;
    var scenario = form.querySelector("input[name=scenario]:checked").value;
    var mode = form.querySelector("input[name=mode]:checked").value;
    renderer.log.textContent = ""; renderer.coachList.textContent = ""; renderer.turn = 0;
    $("nabespreking").hidden = true;
    show(true);
    send("/start" + JSON.stringify({ scenario: scenario, mode: mode }), false);
  });

  $("say-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = $("invoer").value;
    if (text.trim().charAt(0) === "/") {
      $("status").textContent = "Gebruik de knoppen voor tips, stoppen en opnieuw beginnen.";
      return;
    }
    $("invoer").value = "";
    send(text, true);
  });
  $("invoer").addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); $("say-form").requestSubmit(); }
  });
  $("hint").addEventListener("click", function () { send("/hint", false); });
  $("stop").addEventListener("click", function () { send("/stop", false); });
  $("again").addEventListener("click", function () {
    send("/restart", false).then(function () {
      connection.newConversation();
      window.location.reload();
    });
  });

  connection.connect().then(function () { return connection.restore(); }).then(function (session) {
    if (session && renderer.restore(session)) show(true);
  });
})();
