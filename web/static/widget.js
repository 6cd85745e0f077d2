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
    // New messages are read out here, one short text each (outside the panel, so that it
    // exists before anything is said); the log and the debrief are not live themselves.
    var announcer = el("div", { className: "gc-announcer", "aria-live": "polite" });
    var log = el("div", { className: "gc-log", role: "region", tabindex: "0", "aria-label": "Het gesprek" });
    var debrief = el("div", { className: "gc-debrief", role: "region", tabindex: "0", "aria-label": "Nabespreking", hidden: "" });
    var notice = el("p", { className: "gc-notice", id: "gc-notice", role: "status" });
    var input = el("textarea", { id: "gc-input", rows: "2", placeholder: "Typ je vraag aan de leraar…", "aria-describedby": "gc-notice" });
    var limit = Chat.vocabulary().max_turn_chars;
    if (limit) input.setAttribute("maxlength", String(limit));  // else the server cuts the turn
    var send = el("button", { type: "submit", className: "gc-primary", text: "Verstuur" });
    var hint = el("button", { type: "button", text: "Tip" });
    var stop = el("button", { type: "button", text: "Stop" });
    var again = el("button", { type: "button", text: "Opnieuw" });
    var form = el("form", { className: "gc-form" }, [
      el("label", { "for": "gc-input", className: "gc-label", text: "Jouw beurt" }), input, notice,
      el("div", { className: "gc-buttons" }, [send, hint, stop, again])
    ]);
    var close = el("button", { type: "button", className: "gc-close", "aria-label": "Sluit het gesprek", text: "×" });
    var panel = el("section", { className: "gc-panel", role: "dialog", "aria-label": title, hidden: "" }, [
      el("header", { className: "gc-header" }, [el("h2", { text: title }), close]), log, debrief, form
    ]);
    var toggle = el("button", { type: "button", className: "gc-toggle", "aria-expanded": "false", text: title });
    var root = el("div", { className: "gc-widget" }, [announcer, panel, toggle]);
    document.body.appendChild(root);

    function status(text, calm) {
      notice.textContent = text;
      notice.className = "gc-notice" + (calm ? " gc-calm" : "");
    }

    var connection = new Chat.Connection(server, "gesprekscoach.widget." + scenario);
    var renderer = new Chat.Renderer({ log: log, coach: log, debrief: debrief, announcer: announcer }, {
      // "Klopt niet?" under a coach remark. The widget does not ask for the consent to
      // share turns (that is the practice page's question), so its corrections keep no text.
      onCorrect: function (turn, acts) { sender.send("/correct" + JSON.stringify({ turn: turn, acts: acts }), "correct"); },
      onEnded: function () { setEnded(true); },
      restartWords: "de knop \u2018Opnieuw\u2019"
    });
    var sender = new Chat.Sender(connection, renderer, { status: status, statusNode: notice, input: input });
    connection.onMessage(function (message) { renderer.handle(message); });
    connection.onStatus(function (transport) { root.setAttribute("data-transport", transport); });
    var started = false;

    /* After the debrief: no more turns, tips or "stop" until "Opnieuw". */
    function setEnded(on) {
      sender.ended = on;
      [input, send, hint, stop].forEach(function (control) { control.disabled = on; });
      if (on) status("Dit gesprek is afgerond. Met \u2018Opnieuw\u2019 begin je een nieuw gesprek.", true);
    }

    function start() {
      started = true;
      sender.send("/start" + JSON.stringify({ scenario: scenario, mode: mode }), "start");
    }

    function open(show) {
      panel.hidden = !show;
      toggle.setAttribute("aria-expanded", String(show));
      if (show) (input.disabled ? debrief : input).focus(); else toggle.focus();
    }
    toggle.addEventListener("click", function () {
      open(panel.hidden);
      if (!started) start();
    });
    close.addEventListener("click", function () { open(false); });
    root.addEventListener("keydown", function (event) { if (event.key === "Escape" && !panel.hidden) open(false); });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      sender.submit();
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) { event.preventDefault(); form.requestSubmit(); }
    });
    hint.addEventListener("click", function () { sender.send("/hint", "hint"); });
    stop.addEventListener("click", function () { sender.send("/stop", "stop"); });
    again.addEventListener("click", function () {
      sender.reset();
      connection.send("/restart").catch(function () { /* the new conversation does not need it */ });
      connection.newConversation();
      log.textContent = ""; debrief.hidden = true; renderer.turn = 0;
      setEnded(false);
      status("");
      input.focus();
      connection.whenReady().then(start);
    });

    connection.connect().then(function () { return connection.restore(); }).then(function (session) {
      if (session && renderer.restore(session)) { started = true; if (window.sessionStorage.getItem("gc-open") === "1") open(true); }
    });
    toggle.addEventListener("click", function () { window.sessionStorage.setItem("gc-open", panel.hidden ? "0" : "1"); });
    close.addEventListener("click", function () { window.sessionStorage.setItem("gc-open", "0"); });
  }
})();
