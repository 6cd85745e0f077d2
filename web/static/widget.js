/* Gesprekscoach intranet widget: one script tag drops a chat button and window
 * into any page.
 *
 *   <script src="https://bot.school.nl/coach/widget.js"
 *           data-server="https://bot.school.nl" data-scenario="babette" data-mode="live"></script>
 *
 * The page's origin must be in the server's COACH_ALLOWED_ORIGINS. The widget loads
 * its CSS, the socket.io client, chat.js, correction.js ("Klopt niet?") and the act
 * labels (/coach/api/vocabulary) from the same server.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var server = ((script && script.getAttribute("data-server")) || new URL(script.src).origin).replace(/\/+$/, "");
  var scenario = (script && script.getAttribute("data-scenario")) || "babette";
  var mode = (script && script.getAttribute("data-mode")) === "quiet" ? "quiet" : "live";
  var title = (script && script.getAttribute("data-title")) || "Oefen een gesprek";

  function load(tag, attrs) {
    return new Promise(function (resolve, reject) {
      var node = document.createElement(tag);
      Object.keys(attrs).forEach(function (k) { node[k] = attrs[k]; });
      node.onload = resolve; node.onerror = reject;
      document.head.appendChild(node);
    });
  }

  Promise.all([
    load("link", { rel: "stylesheet", href: server + "/coach/static/widget.css" }),
    load("script", { src: server + "/coach/static/socket.io.min.js" }).catch(function () { /* REST fallback */ })
  ]).then(function () {
    return load("script", { src: server + "/coach/static/chat.js" });
  }).then(function () {
    return load("script", { src: server + "/coach/static/correction.js" });  // "Klopt niet?"
  }).then(function () {
    // The act labels and the turn-length limit, before anything is rendered.
    return window.GesprekscoachChat.loadVocabulary(server);
  }).then(build).catch(function () {
    if (window.console) console.warn("Gesprekscoach: de widget kon niet laden van " + server);
  });

  function build() {
    var Chat = window.GesprekscoachChat, el = Chat.el;
    var log = el("div", { className: "gc-log", role: "log", "aria-live": "polite", "aria-label": "Gesprek" });
    var debrief = el("div", { className: "gc-debrief", hidden: "" });
    var notice = el("p", { className: "gc-notice", role: "status" });
    var input = el("textarea", { id: "gc-input", rows: "2", placeholder: "Typ je vraag aan de leraar…" });
    var limit = Chat.vocabulary().max_turn_chars;
    if (limit) input.setAttribute("maxlength", String(limit));  // else the server cuts the turn
    var send = el("button", { type: "submit", className: "gc-primary", text: "Verstuur" });
    var hint = el("button", { type: "button", text: "Tip" });
    var stop = el("button", { type: "button", text: "Stop" });
    var again = el("button", { type: "button", text: "Opnieuw" });
    var form = el("form", { className: "gc-form" }, [
      el("label", { "for": "gc-input", className: "gc-label", text: "Jouw beurt" }), input,
      el("div", { className: "gc-buttons" }, [send, hint, stop, again])
    ]);
    var close = el("button", { type: "button", className: "gc-close", "aria-label": "Sluit het gesprek", text: "×" });
    var panel = el("section", { className: "gc-panel", role: "dialog", "aria-label": title, hidden: "" }, [
      el("header", { className: "gc-header" }, [el("h2", { text: title }), close]), log, debrief, notice, form
    ]);
    var toggle = el("button", { type: "button", className: "gc-toggle", "aria-expanded": "false", text: title });
    var root = el("div", { className: "gc-widget" }, [panel, toggle]);
    document.body.appendChild(root);

    var connection = new Chat.Connection(server, "gesprekscoach.widget." + scenario);
    var renderer = new Chat.Renderer({ log: log, coach: log, debrief: debrief }, {
      // "Klopt niet?" under a coach remark. The widget does not ask for the consent to
      // share turns (that is the practice page's question), so its corrections keep no text.
      onCorrect: function (turn, acts) {
        connection.send("/correct" + JSON.stringify({ turn: turn, acts: acts })).catch(function () {
          renderer.coach({ text: "Je correctie kwam niet aan: de server is niet bereikbaar. Probeer het zo nog eens." });
        });
      }
    });
    connection.onMessage(function (message) { renderer.handle(message); });
    connection.onStatus(function (transport) { root.setAttribute("data-transport", transport); });
    connection.onNotice(function (text) { notice.textContent = text; });  // "even geduld…" while retrying
    var started = false;

    function open(show) {
      panel.hidden = !show;
      toggle.setAttribute("aria-expanded", String(show));
      if (show) input.focus(); else toggle.focus();
    }
    toggle.addEventListener("click", function () {
      open(panel.hidden);
      if (!started) { started = true; connection.send("/start" + JSON.stringify({ scenario: scenario, mode: mode })); }
    });
    close.addEventListener("click", function () { open(false); });
    root.addEventListener("keydown", function (event) { if (event.key === "Escape") open(false); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = input.value;
      if (text.trim().charAt(0) === "/") {
        renderer.coach({ text: "Gebruik de knoppen voor een tip, stoppen of opnieuw beginnen." });
        return;
      }
      input.value = "";
      renderer.leader(text);
      connection.send(text).catch(function () {
        input.value = text;
        renderer.coach({ text: "Je bericht kwam niet aan: de server is niet bereikbaar. Probeer het zo nog eens." });
      });
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey) { event.preventDefault(); form.requestSubmit(); }
    });
    hint.addEventListener("click", function () { connection.send("/hint"); });
    stop.addEventListener("click", function () { connection.send("/stop"); });
    again.addEventListener("click", function () {
      connection.send("/restart");
      connection.newConversation();
      log.textContent = ""; debrief.hidden = true; renderer.turn = 0;
      connection.whenReady().then(function () {
        connection.send("/start" + JSON.stringify({ scenario: scenario, mode: mode }));
      });
    });

    connection.connect().then(function () { return connection.restore(); }).then(function (session) {
      if (session && renderer.restore(session)) { started = true; if (window.sessionStorage.getItem("gc-open") === "1") open(true); }
    });
    toggle.addEventListener("click", function () { window.sessionStorage.setItem("gc-open", panel.hidden ? "0" : "1"); });
    close.addEventListener("click", function () { window.sessionStorage.setItem("gc-open", "0"); });
  }
})();
