/* The practice page at /coach/: choose a scenario and mode, talk, get the debrief. */
(function () {
  "use strict";
  var Chat = window.GesprekscoachChat;
  var server = window.location.origin;
  var $ = function (id) { return document.getElementById(id); };
  var connection = new Chat.Connection(server, "gesprekscoach.page");
  var renderer = new Chat.Renderer(
    { log: $("log"), coach: $("coach"), gauge: $("gauge"), gaugeLabel: $("gauge-label"), debrief: $("nabespreking"),
      announcer: $("aankondigingen") },
    { onMode: function (mode) {
        $("quiet-note").hidden = mode !== "quiet";
        $("gauge-box").hidden = mode === "quiet" || mode === "exercise";
      },
      // "Klopt niet?" under a coach remark: the leader's reading of that turn.
      onCorrect: function (turn, acts) { send("/correct" + JSON.stringify({ turn: turn, acts: acts }), "correct"); },
      // The debrief (or the exercise's summary) is there: no more turns until a new start.
      onEnded: function () { setEnded(true); },
      // "Doe dit moment over" (a turn, or a moment the debrief names): back to just before it.
      onRedo: function (turn) { redoTurn(turn); },
      // "Probeer dit": the better sentence in the text box, sent as a redo of that turn.
      onTryThis: function (turn, sentence) {
        pendingRedo = turn;
        $("invoer").value = sentence;
        status("Je doet beurt " + turn + " over met deze zin. Pas hem gerust aan en verstuur hem.", true);
        $("invoer").focus();
      },
      // A redo opened the conversation again (also after the debrief).
      onReopened: function () { setEnded(false); skipTo("invoer", "Naar het invoerveld"); },
      restartWords: "de knop \u2018Opnieuw beginnen\u2019" }
  );
  // Messages wait for the act labels (in order: each waits on the same promise).
  var vocabulary = Chat.loadVocabulary(server);
  connection.onMessage(function (message) { vocabulary.then(function () { renderer.handle(message); }); });
  connection.onStatus(function (transport) { document.body.setAttribute("data-transport", transport); });

  /* The status line under the text box: where the leader looks while typing. */
  function status(text, calm) {
    $("status").textContent = text;
    $("status").classList.toggle("ok", Boolean(calm));
  }

  /* The skip link goes to what is on screen: the start form, the text box or the debrief. */
  function skipTo(id, text) {
    $("skip").setAttribute("href", "#" + id);
    $("skip").textContent = text;
  }

  /* The goals exercise uses the same conversation view: no teacher, no gauge. */
  function setExercise(on) {
    $("gauge-box").hidden = on;
    $("invoer-label").textContent = on ? "Jouw antwoord: doel of middel (en je omschrijving)" : "Wat zeg je tegen de leraar?";
    $("invoer").placeholder = on ? "Bijvoorbeeld: middel. Leerlingen kunnen …, met behulp van …" :
      "Bijvoorbeeld: Vertel eens, hoe gaat het met je initiatief?";
    document.body.classList.toggle("exercise", on);
  }

  function show(conversation) {
    $("kies").hidden = conversation;
    $("gesprek").hidden = !conversation;
    if (conversation) {
      if (ended) skipTo("nabespreking", "Naar de nabespreking"); else skipTo("invoer", "Naar het invoerveld");
      // The conversation fills the screen: its top at the top, the text box at the bottom.
      $("gesprek").scrollIntoView({ block: "start" });
      $("invoer").focus({ preventScroll: true });
    } else {
      skipTo("kies", "Naar de keuze van een gesprek");
    }
  }

  var sender = new Chat.Sender(connection, renderer, { status: status, statusNode: $("status"), input: $("invoer") });
  function send(text, kind) { return sender.send(text, kind); }

  /* Redo: /redo{"turn":N}; the coach's answer rewinds the conversation on screen. */
  var pendingRedo = null;  // the turn "Probeer dit" will redo when the leader sends
  function redoTurn(turn) {
    pendingRedo = null;
    return send("/redo" + JSON.stringify({ turn: turn }), "redo").then(function (ok) {
      if (ok) { $("invoer").focus(); status("Je doet beurt " + turn + " over. Wat zeg je nu?", true); }
      return ok;
    });
  }

  /* After the debrief the session is over: turns, tips and "stop" wait for a new start. */
  var ended = false;
  function setEnded(on) {
    ended = on;
    sender.ended = on;
    ["invoer", "verstuur", "hint", "stop"].forEach(function (id) { $(id).disabled = on; });
    if (on) {
      skipTo("nabespreking", "Naar de nabespreking");
      status("Dit gesprek is afgerond. Met \u2018Opnieuw beginnen\u2019 start je een nieuw gesprek.", true);
    }
  }

  $("start-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var form = event.target;
    var chosen = form.querySelector("input[name=scenario]:checked");
    var scenario = chosen.value;
    var mode = form.querySelector("input[name=mode]:checked").value;
    var payload = { scenario: scenario, mode: mode, practice_id: practiceId(), share_turns: form.elements.share_turns.checked };
    var exercise = scenario.indexOf("exercise:") === 0 ? scenario.slice("exercise:".length) : null;
    if (exercise) payload = { exercise: exercise, practice_id: practiceId() };
    setExercise(Boolean(exercise));
    var nickname = form.elements.nickname.value.trim();
    var workshop = form.elements.workshop.value.trim();
    if (nickname) payload.nickname = nickname;
    if (workshop) payload.workshop = workshop;
    renderer.log.textContent = ""; renderer.coachList.textContent = ""; renderer.turn = 0;
    renderer.teacherName = chosen.getAttribute("data-teacher") || "Leraar";
    renderer.mode = exercise ? "exercise" : mode;
    $("log").setAttribute("aria-label", exercise ? "De oefening" : "Het gesprek met " + renderer.teacherName);
    if (!exercise && renderer.teacherName !== "Leraar") $("invoer-label").textContent = "Wat zeg je tegen " + renderer.teacherName + "?";
    $("nabespreking").hidden = true;
    sender.reset();
    setEnded(false);
    status("");
    show(true);
    send("/start" + JSON.stringify(payload), "start");
  });

  $("say-form").addEventListener("submit", function (event) {
    event.preventDefault();
    if (pendingRedo !== null && $("invoer").value.trim()) {
      // "Probeer dit": first back to just before that turn, then the (edited) sentence.
      var turn = pendingRedo;
      pendingRedo = null;
      redoTurn(turn).then(function (ok) { if (ok) sender.submit(); });
      return;
    }
    sender.submit();
  });
  $("invoer").addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) { event.preventDefault(); $("say-form").requestSubmit(); }
  });
  $("hint").addEventListener("click", function () { send("/hint", "hint"); });
  $("stop").addEventListener("click", function () { send("/stop", "stop"); });
  $("again").addEventListener("click", function () {
    sender.reset();  // a new conversation: whatever was on its way no longer matters
    send("/restart", "restart").then(function () {
      connection.newConversation();
      window.location.reload();
    });
  });

  /* The consent to share turns to improve the coach: asked once, on the start form,
   * and remembered in this browser like the practice id (it can be changed there). */
  var SHARE_KEY = "gesprekscoach.share-turns";
  try { $("share-turns").checked = window.localStorage.getItem(SHARE_KEY) === "1"; } catch (e) { /* private mode */ }
  $("share-turns").addEventListener("change", function (event) {
    try { window.localStorage.setItem(SHARE_KEY, event.target.checked ? "1" : "0"); } catch (e) { /* private mode */ }
  });

  /* The anonymous practice id: random, kept in this browser only. */
  function practiceId() {
    var key = "gesprekscoach.practice-id", id = null;
    try { id = window.localStorage.getItem(key); } catch (e) { id = null; }
    if (!id || !/^[A-Za-z0-9_-]{16,80}$/.test(id)) {
      var bytes = new Uint8Array(16);
      window.crypto.getRandomValues(bytes);
      id = Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
      try { window.localStorage.setItem(key, id); } catch (e) { /* private mode */ }
    }
    return id;
  }

  function showProgress() {
    fetch(server + "/coach/api/progress/" + practiceId()).then(function (r) { return r.ok ? r.json() : { sessions: [] }; })
      .then(function (body) {
        var sessions = (body.sessions || []).filter(function (s) { return s.turns > 0; });
        var exercises = (body.exercises || []).filter(function (e) { return e.judged > 0; });
        if (!sessions.length && !exercises.length) return;
        $("voortgang").hidden = false;
        var list = $("sessies"); list.textContent = "";
        exercises.forEach(function (e) {
          list.appendChild(Chat.el("li", { text: new Date(e.started_at).toLocaleDateString("nl-NL") +
            " · oefening doelen en middelen · " + e.right + " van " + e.judged + " goed beoordeeld" +
            (e.rewrites ? " · " + e.rewrites_goal + " van " + e.rewrites + " goed omgeschreven" : "") }));
        });
        if (!sessions.length) return;
        sessions.forEach(function (s) {
          list.appendChild(Chat.el("li", { text: new Date(s.started_at).toLocaleDateString("nl-NL") + " · " + s.scenario +
            " · " + s.turns + " beurten · score " + (s.score === null ? "–" : s.score) +
            " · open vragen " + (s.open_share === null ? "–" : Math.round(s.open_share * 100) + "%") +
            " · eerste vraag over leerlingen: " + (s.first_student_focus_turn ? "beurt " + s.first_student_focus_turn : "niet gesteld") +
            (s.redos ? " · " + s.redos + " keer een moment overgedaan" : "") }));
        });
        $("trend").textContent = "";
        $("trend").appendChild(Chat.trendChart(sessions, Chat.drawingWidth($("trend"))));
      }).catch(function () { /* progress is a bonus; practice works without it */ });
  }

  $("workshop-form").addEventListener("submit", function (event) {
    event.preventDefault();
    fetch(server + "/coach/api/workshops", { method: "POST", headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ name: event.target.elements.name.value }) })
      .then(function (r) { return r.json(); })
      .then(function (body) {
        var out = $("workshop-created");
        out.hidden = false;
        out.textContent = body.error ? body.error :
          "Workshopcode voor de deelnemers: " + body.code + "\nJouw overzicht (bewaar deze link, hij geeft toegang): " +
          body.dashboard_url + "\nBegeleiderstoken: " + body.facilitator_token;
      });
  });

  showProgress();
  Promise.all([vocabulary, connection.connect()]).then(function () { return connection.restore(); }).then(function (session) {
    if (session && renderer.restore(session)) {
      $("log").setAttribute("aria-label", "Het gesprek met " + renderer.teacherName);
      show(true);
      if (ended) $("nabespreking").scrollIntoView({ block: "start" });
    }
  });
})();
