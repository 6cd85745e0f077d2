/* Gesprekscoach: the conversation client and renderer shared by the practice page
 * and the intranet widget. Plain JavaScript, no build step.
 *
 * Everything the user or the bot writes is put on the page with textContent, never
 * as HTML. The connection uses Rasa's socket.io channel (websocket transport) and
 * falls back to the REST channel when socket.io cannot connect. The conversation id
 * is kept in localStorage, so a reload finds the conversation again. The acts' labels
 * come from the server (loadVocabulary), which the page and the widget load before
 * they render a message.
 *
 * With options.onCorrect and correction.js loaded, each coach remark on a turn gets a
 * "Klopt niet?" control (correction.js); the page and the widget send the leader's
 * reading as /correct{"turn":N,"acts":[...]} over their connection, and the coach's
 * answer arrives like any coach message. this.readings keeps how each turn counts now.
 */
(function (global) {
  "use strict";

  /* The acts as the server defines them (GET /coach/api/vocabulary, from bot/acts.py):
   * canonical order, Dutch labels, the good moves, the turn-length limit. Until it is
   * loaded, or when it cannot be, an act shows as its raw id. */
  var vocabulary = { acts: [], labels: {}, good: [], max_turn_chars: null };

  function loadVocabulary(server) {
    return fetch(server.replace(/\/+$/, "") + "/coach/api/vocabulary")
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (body) {
        if (body && Array.isArray(body.acts) && body.labels && Array.isArray(body.good)) vocabulary = body;
        return vocabulary;
      })
      .catch(function () { return vocabulary; });
  }

  function actLabel(act) { return vocabulary.labels[act] || act; }
  function isGood(act) { return vocabulary.good.indexOf(act) >= 0; }

  /* "a, b of c" */
  function listOf(items) {
    return items.length < 2 ? items.join("") : items.slice(0, -1).join(", ") + " of " + items[items.length - 1];
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") node.textContent = attrs[key];
      else if (key === "className") node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function svg(tag, attrs) {
    var node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    return node;
  }

  function newId() {
    var bytes = new Uint8Array(16);
    global.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }

  /* ---------------------------------------------------------------- connection */

  function Connection(server, storageKey) {
    this.server = server.replace(/\/+$/, "");
    this.storageKey = storageKey || "gesprekscoach.conversation";
    this.id = null;
    try { this.id = global.localStorage.getItem(this.storageKey); } catch (e) { this.id = null; }
    if (!this.id || !/^[A-Za-z0-9_-]{32,80}$/.test(this.id)) this.newConversation();
    this.socket = null;
    this.ready = false;
    this.listeners = [];
    this.statusListeners = [];
    this.noticeListeners = [];
    this.pending = null;               // the turn sent and not yet answered
    this.clientId = newId();           // this page's socket.io connection, for sticky load balancing
  }

  Connection.prototype.newConversation = function () {
    this.id = newId();
    try { global.localStorage.setItem(this.storageKey, this.id); } catch (e) { /* private mode */ }
    // Replies go to the room of the conversation id: join the new one.
    if (this.socket && this.socket.connected) {
      this.ready = false;
      this.socket.emit("session_request", { session_id: this.id });
    }
  };

  /* Resolves when the socket has joined the current conversation (or REST is used). */
  Connection.prototype.whenReady = function () {
    var self = this;
    return new Promise(function (resolve) {
      var tries = 0;
      (function check() {
        if (self.ready || !self.socket || !self.socket.connected || tries++ > 40) resolve();
        else setTimeout(check, 100);
      })();
    });
  };

  Connection.prototype.onMessage = function (listener) { this.listeners.push(listener); };
  Connection.prototype.onStatus = function (listener) { this.statusListeners.push(listener); };

  Connection.prototype._emit = function (message) {
    this.listeners.forEach(function (listener) { listener(message); });
  };
  Connection.prototype._status = function (status) {
    this.transport = status;
    this.statusListeners.forEach(function (listener) { listener(status); });
  };

  Connection.prototype.connect = function () {
    var self = this;
    return new Promise(function (resolve) {
      if (!global.io) { self._status("rest"); resolve("rest"); return; }
      var settled = false;
      function done(status) { if (!settled) { settled = true; self._status(status); resolve(status); } }
      var socket = global.io(self.server, {
        path: "/socket.io", transports: ["websocket"], reconnectionAttempts: 5, timeout: 4000,
        // Behind several servers (make cluster), nginx keeps a connection on one server
        // by this random id (deploy/nginx.conf.template); it is no conversation id.
        query: { client: self.clientId }
      });
      self.socket = socket;
      socket.on("connect", function () { socket.emit("session_request", { session_id: self.id }); });
      socket.on("session_confirm", function () { self.ready = true; done("socket.io"); });
      socket.on("bot_uttered", function (message) { self._fromSocket(message); });
      socket.on("disconnect", function () {
        self.ready = false;
        if (self.pending && self.pending.fail) self.pending.fail();  // send it again over REST
      });
      socket.on("connect_error", function () { self.ready = false; done("rest"); });
      setTimeout(function () { if (!self.ready) done("rest"); }, 4000);
    });
  };

  /* Sending a turn: never lost, never twice. Every message gets an id of its own
   * (metadata.message_id); a message the server did not answer (no reply over socket.io
   * within REPLY_TIMEOUT, the connection dropped, a 5xx or no answer over REST) is sent
   * again over REST with the same id, after each of RETRY_DELAYS, while the page says
   * "even geduld". The server runs an id once and answers a repeat with the stored
   * reply (components/resilience.py). Rejects when every attempt failed or the server
   * refused the message (4xx; error.final); the caller keeps the typed text, and may
   * send it again later with the same id (options.id), so the server counts it once. */
  var RETRY_DELAYS = [1000, 2000, 4000, 8000];
  var REPLY_TIMEOUT = 15000;
  var PATIENCE = "Even geduld… je bericht wordt opnieuw verstuurd.";

  function wait(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

  Connection.prototype.onNotice = function (listener) { this.noticeListeners.push(listener); };
  Connection.prototype._notice = function (text) {
    this.noticeListeners.forEach(function (listener) { listener(text); });
  };

  /* A socket.io message: the reply to the pending turn, an answer that says to send
   * that turn again, or a late reply to a turn that is being sent again over REST
   * (dropped: the REST answer brings it). */
  Connection.prototype._fromSocket = function (message) {
    var pending = this.pending;
    var custom = message && message.custom;
    if (pending && custom && custom.retry && custom.message_id === pending.id) {
      pending.fail(new Error("the server asks to send the turn again"));
      return;
    }
    if (pending && pending.overRest) return;
    if (pending) pending.answered();
    this._emit(message);
  };

  Connection.prototype.send = function (text, options) {
    var self = this;
    var turn = { id: (options && options.id) || newId(), overRest: false };
    var attempt = 0;

    function overRest() {
      turn.overRest = true;
      return fetch(self.server + "/webhooks/rest/webhook", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ sender: self.id, message: text, metadata: { message_id: turn.id } })
      }).then(function (response) {
        if (response.ok) return response.json();
        var error = new Error("HTTP " + response.status);
        error.final = response.status < 500 && response.status !== 408 && response.status !== 429;
        throw error;
      }).then(function (replies) {
        if (self.pending === turn) self.pending = null;
        self._notice("");
        (replies || []).forEach(function (reply) { self._emit(reply); });
      });
    }

    function again(error) {
      if ((error && error.final) || attempt >= RETRY_DELAYS.length) {
        if (self.pending === turn) self.pending = null;
        self._notice("");
        throw error;
      }
      self._notice(PATIENCE);
      return wait(RETRY_DELAYS[attempt++]).then(overRest).catch(again);
    }

    if (!(this.ready && this.socket && this.socket.connected)) {
      this.pending = turn;
      return overRest().catch(again);
    }
    return new Promise(function (resolve, reject) {
      var timer = null;
      function settle() { clearTimeout(timer); turn.answered = turn.fail = function () {}; }
      turn.answered = function () {
        settle();
        if (self.pending === turn) self.pending = null;
        resolve();
      };
      turn.fail = function () {
        settle();
        overRest().catch(again).then(resolve, reject);
      };
      timer = setTimeout(function () { turn.fail(); }, REPLY_TIMEOUT);
      self.pending = turn;
      self.socket.emit("user_uttered", { message: text, session_id: self.id, metadata: { message_id: turn.id } });
    });
  };

  Connection.prototype.restore = function () {
    return fetch(this.server + "/coach/api/conversation/" + encodeURIComponent(this.id))
      .then(function (response) { return response.ok ? response.json() : { session: null }; })
      .then(function (body) { return body.session; })
      .catch(function () { return null; });
  };

  /* ------------------------------------------------------------------ sender */

  /* What the page and the widget send, one message at a time. While a message is on its
   * way the renderer shows "Babette denkt na…" in the conversation and the status line
   * says it (nothing else is sent meanwhile). A leader's turn that never arrived leaves
   * the conversation again, gives its number back, and its text returns to the box;
   * sent again unchanged it keeps its message id, so the server counts it once whatever
   * happened to the first attempt. An empty box sends nothing and says why.
   * options: status(text, calm) writes the status line; statusNode (scrolled into
   * sight for an error); input (the text box); waiting: kind -> what the line says. */
  var WAITING = {
    start: "Het gesprek wordt klaargezet…", hint: "De coach zoekt een tip voor je…",
    stop: "De coach maakt de nabespreking…", correct: "De coach verwerkt je correctie…", restart: "Even geduld…",
    redo: "Even terug naar dat moment…"
  };

  function Sender(connection, renderer, options) {
    var self = this;
    this.connection = connection;
    this.renderer = renderer;
    this.options = options;
    this.busy = null;                  // {text}: what is on its way
    this.unsent = null;                // {text, id}: the turn that did not arrive
    this.ended = false;
    // "Even geduld…" while a turn is sent again; "" when it arrived: back to what was said.
    connection.onNotice(function (text) { self.options.status(text || (self.busy ? self.busy.text : ""), !text); });
  }

  Sender.prototype.send = function (text, kind) {
    var self = this, renderer = this.renderer, status = this.options.status, input = this.options.input;
    if (this.busy) {
      status("Wacht even: " + this.busy.text.charAt(0).toLowerCase() + this.busy.text.slice(1));
      return Promise.resolve(false);
    }
    var turn = kind === "turn";
    var id = turn && this.unsent && this.unsent.text === text ? this.unsent.id : newId();
    this.busy = { text: turn ? renderer.thinking() : WAITING[kind] || "Even geduld…" };
    var node = turn ? renderer.leader(text) : null;
    renderer.busy(this.busy.text, kind === "hint" || kind === "correct");
    status(this.busy.text, true);
    return this.connection.send(text, { id: id }).then(function () {
      self.busy = null;
      if (turn) self.unsent = null;
      renderer.idle();
      if (!self.ended) status("");
      return true;
    }, function (error) {
      self.busy = null;
      renderer.idle();
      var refused = error && error.final;
      if (turn) {
        renderer.unsend(node);
        self.unsent = { text: text, id: id };
        if (input && !input.value) input.value = text;
      }
      status((turn ? "Je beurt is niet aangekomen" : "Dat lukte niet") +
        (refused ? ": de server weigerde het bericht." : ": de server is niet bereikbaar.") +
        (turn ? " Je tekst staat nog in het invoerveld; verstuur hem zo opnieuw." : " Probeer het zo nog eens."));
      if (self.options.statusNode) self.options.statusNode.scrollIntoView({ block: "nearest" });
      var active = global.document.activeElement;
      if (turn && input && (!active || active === global.document.body || (input.form && input.form.contains(active)))) {
        input.focus({ preventScroll: true });
      }
      return false;
    });
  };

  /* The text box's turn: nothing when it is empty or a command (the line says why). */
  Sender.prototype.submit = function () {
    var input = this.options.input, status = this.options.status, renderer = this.renderer;
    if (this.ended) return;
    var text = input.value;
    if (!text.trim()) {
      status(renderer.mode === "exercise" ? "Typ eerst je antwoord: doel of middel, en eventueel je omschrijving."
        : "Typ eerst wat je tegen " + (renderer.teacherName !== "Leraar" ? renderer.teacherName : "de leraar") + " zegt.");
      return;
    }
    if (text.trim().charAt(0) === "/") {
      status("Gebruik de knoppen voor een tip, om te stoppen en om opnieuw te beginnen.");
      return;
    }
    if (this.busy) { this.send(text, "turn"); return; }  // says to wait; the text stays in the box
    input.value = "";
    this.send(text, "turn");
  };

  /* A new conversation: whatever was on its way or did not arrive no longer matters. */
  Sender.prototype.reset = function () { this.busy = null; this.unsent = null; this.ended = false; };

  /* ------------------------------------------------------------------ renderer */

  /* The conversation on screen. parts: log (the conversation), coach (the coach's
   * notes; may equal log: inline), gauge and gaugeLabel (optional), debrief (where the
   * debrief goes) and announcer: one visually hidden polite live region that gets a
   * short text per new message, one at a time (the log, the coach's column and the
   * debrief are not live themselves: a whole container read at once is too much).
   * options: onMode(mode); onCorrect(turn, acts) ("Klopt niet?"); onEnded() when the
   * debrief or the exercise's summary arrived (no more turns until a new start);
   * restartWords, what the coach's "/start" becomes on a page with a button for it. */
  function Renderer(parts, options) {
    this.log = parts.log;
    this.coachList = parts.coach;
    this.gauge = parts.gauge;
    this.gaugeLabel = parts.gaugeLabel;
    this.debrief = parts.debrief;
    this.announcer = parts.announcer || null;
    this.teacherName = "Leraar";
    this.turn = 0;
    this.mode = "live";
    this.options = options || {};
    this.readings = {};                // turn -> the acts as they now count (for "Klopt niet?")
    this.restoring = false;            // a reload puts the conversation back: nothing is announced
    this.typing = null;                // "Babette denkt na…" while a reply is on its way
    this.typingCoach = false;          // ... in the coach's notes (a tip, a correction)
  }

  /* A short text for screen readers, read politely after what they are reading. */
  Renderer.prototype.announce = function (text) {
    var region = this.announcer;
    if (!region || this.restoring || !text) return;
    region.appendChild(el("p", { text: text }));
    while (region.childNodes.length > 3) region.removeChild(region.firstChild);
  };

  /* A new message comes into view inside its own scrolling box (the log, the coach's
   * column), never by scrolling the page: on a phone or at 200% zoom the page stays
   * where the teacher's reply and the text box are. */
  Renderer.prototype.scroll = function (node) {
    for (var box = node && node.parentNode; box && box.nodeType === 1 && box !== global.document.body;
      box = box.parentNode) {
      var overflow = global.getComputedStyle(box).overflowY;
      if (overflow === "auto" || overflow === "scroll") { box.scrollTop = box.scrollHeight; return; }
    }
  };

  /* "Babette denkt na…": who answers next, by name when the page knows it. */
  Renderer.prototype.thinking = function () {
    if (this.mode === "exercise") return "De coach kijkt je antwoord na…";
    return (this.teacherName && this.teacherName !== "Leraar" ? this.teacherName : "De leraar") + " denkt na…";
  };

  /* While a reply is on its way: a bubble at the end of the conversation (or of the
   * coach's notes, when the coach is the one to answer: a tip, a correction). */
  Renderer.prototype.busy = function (text, coach) {
    this.idle();
    this.typing = el("div", { className: "msg typing" }, [
      el("p", {}, [el("span", { text: text }), el("span", { className: "dots", "aria-hidden": "true" })])
    ]);
    (coach ? this.coachList : this.log).appendChild(this.typing);
    this.typingCoach = Boolean(coach);
    this.scroll(this.typing);
  };

  /* A message goes at the end of its container, before a "… denkt na" bubble that is
   * still waiting there. */
  Renderer.prototype.append = function (container, node) {
    if (this.typing && this.typing.parentNode === container) container.insertBefore(node, this.typing);
    else container.appendChild(node);
    this.scroll(node);
  };

  Renderer.prototype.idle = function () {
    if (this.typing && this.typing.parentNode) this.typing.parentNode.removeChild(this.typing);
    this.typing = null;
    this.typingCoach = false;
  };

  /* The coach names commands for chat clients (/start); a page has a button for it. */
  Renderer.prototype.words = function (text) {
    var instead = this.options.restartWords;
    if (!text || !instead) return text || "";
    return text.replace(/\/start(\{[^}]*\})?/g, instead);
  };

  Renderer.prototype.leader = function (text, turn) {
    if (turn === undefined) { this.turn += 1; turn = this.turn; } else { this.turn = Math.max(this.turn, turn); }
    var node = el("div", { className: "msg leader", id: "beurt-" + turn, "data-turn": turn }, [
      el("span", { className: "who", text: this.mode === "exercise" ? "Jij" : "Jij · beurt " + turn }),
      el("p", { text: text === "" ? "(leeg bericht)" : text }),
      this.mode === "exercise" ? null : this.redoButton(turn)
    ]);
    this.append(this.log, node);
    return node;
  };

  /* "Doe dit moment over": rewind to just before this turn (bot/redo.py). */
  Renderer.prototype.redoButton = function (turn) {
    var onRedo = this.options.onRedo;
    if (!onRedo) return null;
    var button = el("button", { type: "button", className: "redo-button", text: "Doe dit moment over",
      "aria-label": "Doe dit moment over: beurt " + turn, "data-turn": turn });
    button.addEventListener("click", function () { onRedo(turn); });
    return button;
  };

  /* "Probeer dit": the coach's better sentence into the text box, for a redo of that turn. */
  Renderer.prototype.tryButton = function (turn, sentence) {
    var onTry = this.options.onTryThis;
    if (!onTry || !sentence) return null;
    var button = el("button", { type: "button", className: "try-button", text: "Probeer dit",
      "aria-label": "Probeer dit bij beurt " + turn + ": " + sentence, "data-turn": turn });
    button.addEventListener("click", function () { onTry(turn, sentence); });
    return button;
  };

  /* After /redo: the conversation on screen as it was just before turn N (the later
   * turns are kept on the server as an earlier attempt, see the debrief). */
  Renderer.prototype.rewind = function (turn) {
    var from = this.log.querySelector("#beurt-" + turn);
    while (from && from.nextSibling) from.parentNode.removeChild(from.nextSibling);
    if (from) from.parentNode.removeChild(from);
    var notes = Array.prototype.slice.call(this.coachList.children);
    var cut = false;
    notes.forEach(function (node) {
      var n = Number(node.getAttribute("data-turn"));
      if (n && n >= turn) cut = true;
      if (cut && node.parentNode) node.parentNode.removeChild(node);
    });
    this.turn = turn - 1;
    Object.keys(this.readings).forEach(function (n) { if (Number(n) >= turn) delete this.readings[n]; }, this);
    if (this.debrief) { this.debrief.textContent = ""; this.debrief.hidden = true; }
    if (this.options.onReopened) this.options.onReopened();
  };

  /* A turn that never reached the server: its bubble goes and its number is free
   * again, so the turn sent next has the number the coach will give it. */
  Renderer.prototype.unsend = function (node) {
    if (!node || !node.parentNode) return;
    var turn = Number(node.getAttribute("data-turn"));
    node.parentNode.removeChild(node);
    if (turn === this.turn) this.turn -= 1;
  };

  Renderer.prototype.teacher = function (text) {
    this.idle();
    var node = el("div", { className: "msg teacher" }, [
      el("span", { className: "who", text: this.teacherName }),
      el("p", { text: text })
    ]);
    this.append(this.log, node);
    this.announce(this.teacherName + ": " + text);
  };

  /* An act: a good move gets ✔ and a move to avoid ✗, and both say so in words to a
   * screen reader (never colour alone). Without the vocabulary: the raw id, unmarked. */
  function actParts(act) {
    if (!vocabulary.acts.length) return [el("span", { text: actLabel(act) })];
    var good = isGood(act);
    return [
      el("span", { "aria-hidden": "true", text: good ? "✔ " : "✗ " }),
      el("span", { text: actLabel(act) }),
      el("span", { className: "visually-hidden", text: good ? " (goede zet)" : " (zet om te vermijden)" })
    ];
  }
  function actClass(act) { return !vocabulary.acts.length ? "plain" : isGood(act) ? "good" : "nudge"; }

  Renderer.prototype.coach = function (message) {
    if (message.kind === "redo" && message.turn) this.rewind(message.turn);
    if (message.scenario && message.scenario.teacher) this.teacherName = message.scenario.teacher;
    if (message.mode) this.setMode(message.mode);
    var turn = message.turn;
    var label = message.kind === "redo" ? "Coach · beurt " + turn + " opnieuw" : turn ? "Coach · over beurt " + turn : "Coach";
    var acts = el("ul", { className: "acts", "aria-label": "Wat je deed" });
    (message.acts || []).forEach(function (act) {
      acts.appendChild(el("li", { className: "act " + actClass(act) }, actParts(act)));
    });
    var text = this.words(message.text || "");
    var node = el("div", { className: "msg coach" + (message.kind ? " " + message.kind : ""), role: "note" }, [
      el("span", { className: "who", text: label }),
      (message.acts || []).length ? acts : null,
      el("p", { text: text })
    ]);
    if (turn) node.setAttribute("data-turn", turn);
    var tryThis = turn && !message.kind && message.better ? this.tryButton(turn, message.better) : null;
    if (tryThis) node.appendChild(tryThis);
    if (turn && message.kind === "corrected") this.readings[turn] = (message.acts || []).slice();
    if (turn && !message.kind && this.options.onCorrect && this.correctionControl && vocabulary.acts.length) {
      if (!(turn in this.readings)) this.readings[turn] = (message.acts || []).slice();
      node.appendChild(this.correctionControl(turn));
    }
    if (this.typingCoach) this.idle();  // the tip or the correction is here
    this.append(this.coachList, node);
    var said = (message.acts || []).length ? (message.acts || []).map(actLabel).join(", ") + ". " : "";
    this.announce((turn ? "Coach over beurt " + turn : "Coach") + ": " + said + text);
  };

  /* The goals exercise (bot/goals/exercise.py): statements and questions in the
   * conversation, feedback in the coach's column (marked in words, not colour alone),
   * the summary where the debrief goes. */
  Renderer.prototype.exercise = function (message) {
    this.mode = "exercise";
    if (message.kind === "summary") { this.exerciseSummary(message); return; }
    if (message.kind === "feedback") {
      var mark = message.right === true ? "✔ " : message.right === false ? "✗ " : "";
      var label = message.own ? "Coach · jouw eigen doel" : "Coach · doelstelling " + message.n;
      var note = el("div", { className: "msg coach exercise-feedback " + (message.right ? "right" : "wrong"), role: "note" }, [
        el("span", { className: "who", text: label }), el("p", { text: mark + message.text })
      ]);
      this.append(this.coachList, note);
      this.announce(label.replace(" · ", " over ") + ": " + message.text);
      return;
    }
    this.idle();
    var who = message.kind === "statement" ? "Doelstelling " + message.n + " van " + message.of : "Oefening";
    var said = message.kind === "statement" ? message.statement : message.text;
    var node = el("div", { className: "msg exercise " + (message.kind || "") }, [
      el("span", { className: "who", text: who }),
      el("p", { text: said })
    ]);
    this.append(this.log, node);
    this.announce(who + ": " + said);
  };

  /* The heading of a debrief: it takes the focus when the debrief arrives, so the
   * leader (and a screen reader) starts reading there instead of at a button that
   * has scrolled out of sight. */
  Renderer.prototype.debriefHeading = function (text) {
    return el("h2", { text: text, tabindex: "-1", className: "debrief-title" });
  };

  Renderer.prototype.ended = function (heading) {
    this.idle();
    if (this.options.onEnded) this.options.onEnded();
    if (!this.restoring && heading) heading.focus();
  };

  Renderer.prototype.exerciseSummary = function (message) {
    var root = this.debrief, s = message.summary || {};
    root.textContent = "";
    root.hidden = false;
    var heading = this.debriefHeading("Nabespreking: doelen en middelen");
    root.appendChild(heading);
    root.appendChild(el("p", { className: "score", text: (s.right || 0) + " van de " + (s.judged || 0) + " doelstellingen goed beoordeeld" +
      (s.rewrites ? "; " + s.rewrites_goal + " van de " + s.rewrites + " omschrijvingen zijn een doel vanuit de leerlingen." : ".") }));
    if (s.own) {
      root.appendChild(el("h3", { text: "Jouw eigen doel" }));
      root.appendChild(el("p", {}, [el("q", { text: s.own.text })]));
      root.appendChild(el("p", { text: s.own.reason + " " + s.own.suggestion }));
    }
    root.appendChild(el("p", { text: this.words(message.text) }));
    this.ended(heading);
  };

  Renderer.prototype.setMode = function (mode) {
    this.mode = mode;
    if (this.options.onMode) this.options.onMode(mode);
  };

  Renderer.prototype.state = function (message) {
    if (message.name) this.teacherName = message.name;
    if (!this.gauge) return;
    var value = Math.round((message.openness || 0) * 100);
    this.gauge.value = value;
    this.gauge.textContent = value + "%";
    if (this.gaugeLabel) this.gaugeLabel.textContent = this.teacherName + " is " + describeOpenness(value) + " (" + value + "%)";
  };

  function describeOpenness(value) {
    if (value < 35) return "terughoudend";
    if (value < 65) return "voorzichtig open";
    return "open";
  }

  Renderer.prototype.handle = function (message) {
    if (message.custom) {
      var custom = message.custom;
      if (custom.role === "exercise") this.exercise(custom);
      else if (custom.role === "coach") this.coach(custom);
      else if (custom.role === "teacher") this.state(custom);
      else if (custom.role === "report") this.report(custom);
    } else if (typeof message.text === "string") {
      this.teacher(message.text);
    }
  };

  /* The width the debrief's charts are drawn at: their text is then as large on a
   * phone as on a wide screen (an SVG scaled down shrinks its labels with it). */
  function drawingWidth(node) {
    var width = 640;
    if (node && node.clientWidth) {
      var style = global.getComputedStyle(node);
      width = node.clientWidth - parseFloat(style.paddingLeft || 0) - parseFloat(style.paddingRight || 0);
    }
    return Math.max(280, Math.min(704, Math.round(width)));
  }

  Renderer.prototype.report = function (message) {
    var report = message.report || {};
    var root = this.debrief;
    if (this.endCorrections) this.endCorrections();
    root.textContent = "";
    root.hidden = false;
    var name = this.teacherName;
    var heading = this.debriefHeading("Nabespreking");
    if (!report.turns) {
      root.appendChild(heading);
      root.appendChild(el("p", { text: this.words(message.text) }));
      this.ended(heading);
      return;
    }
    var counts = el("table", { className: "counts" }, [
      el("caption", { text: "Wat je deed, per soort" }),
      el("thead", {}, [el("tr", {}, [el("th", { scope: "col", text: "Soort" }), el("th", { scope: "col", text: "Aantal" }),
        el("th", { scope: "col", text: "Zet" })])])
    ]);
    var body = el("tbody");
    (vocabulary.acts.length ? vocabulary.acts : Object.keys(report.acts || {})).forEach(function (act) {
      var known = vocabulary.acts.length > 0;
      body.appendChild(el("tr", { className: actClass(act) }, [
        el("th", { scope: "row", text: actLabel(act) }), el("td", { text: String((report.acts || {})[act] || 0) }),
        el("td", { text: !known ? "–" : isGood(act) ? "✔ goede zet" : "✗ om te vermijden" })
      ]));
    });
    counts.appendChild(body);

    var insights = el("ul", { className: "insights" });
    (report.insights || []).forEach(function (insight) {
      insights.appendChild(el("li", { className: insight.surfaced ? "surfaced" : "missed",
        text: (insight.surfaced ? "✔ " : "· ") + (insight.surfaced ? insight.summary : "nog niet op tafel gekomen") }));
    });

    var self = this;
    var redo = el("ol", { className: "redo" });
    (report.redo || []).forEach(function (moment) {
      redo.appendChild(el("li", {}, [
        el("p", {}, [el("strong", { text: "Beurt " + moment.turn + ": " }), el("q", { text: moment.text })]),
        el("p", {}, [el("span", { text: "Beter: " }), el("q", { text: moment.better })]),
        el("p", { className: "moment-buttons" }, [self.redoButton(moment.turn), self.tryButton(moment.turn, moment.better)])
      ]));
    });

    // Each redone moment before and after: every attempt in order, the last one stands.
    var redone = el("div", { className: "redone" });
    (report.redone || []).forEach(function (moment) {
      var table = el("table", { className: "counts attempts" }, [
        el("caption", { text: "Beurt " + moment.turn + ", " + moment.attempts.length + " pogingen" }),
        el("thead", {}, [el("tr", {}, ["Poging", "Wat je zei", "Zetten", "Reactie van " + name, "Openheid"].map(
          function (head) { return el("th", { scope: "col", text: head }); }))])
      ]);
      var rows = el("tbody");
      moment.attempts.forEach(function (attempt, i) {
        var last = i === moment.attempts.length - 1;
        rows.appendChild(el("tr", {}, [
          el("th", { scope: "row", text: last ? "Nu" : "Poging " + (i + 1) }),
          el("td", { text: attempt.text }),
          el("td", { text: actsText(attempt.acts) }),
          el("td", { text: attempt.reply || "–" }),
          el("td", { text: pct(attempt.openness_before) + " → " + pct(attempt.openness_after) })
        ]));
      });
      table.appendChild(rows);
      redone.appendChild(table);
    });

    var stimulated = report.teacher_stimulated;
    var ideas = report.insights_surfaced * 2 >= report.insights_total;
    root.appendChild(heading);
    root.appendChild(el("p", { className: "score", text: "Score: " + report.score + " van 100" }));
    root.appendChild(el("h3", { text: "De twee voorwaarden van een goed gesprek" }));
    root.appendChild(el("ol", { className: "conditions" }, [
      el("li", { className: stimulated ? "met" : "unmet", text: stimulated
        ? "✔ " + name + " gaat gestimuleerd weg en wil verder met het netwerk."
        : "✗ " + name + " gaat niet gestimuleerd weg (motivatie van " + pct(report.motivation.start) + " naar " + pct(report.motivation.end) + ")." }),
      el("li", { className: ideas ? "met" : "unmet",
        text: (ideas ? "✔ " : "✗ ") + "Bruikbare ideeën: " + report.insights_surfaced + " van de " + report.insights_total + " delen van het verhaal " +
          (report.insights_surfaced === 1 ? "kwam" : "kwamen") + " op tafel." })
    ]));
    root.appendChild(insights);
    root.appendChild(el("h3", { text: "Het gesprek, beurt voor beurt" }));
    var start = report.openness ? report.openness.start : 0;
    root.appendChild(chart(report.timeline || [], start, drawingWidth(root), name));
    root.appendChild(timelineTable(report.timeline || [], start, name));
    root.appendChild(el("p", { text: "Je stelde " + report.open_questions + " open en " + report.closed_questions +
      " gesloten vragen in " + report.turns + " beurten. " + (report.first_student_focus_turn
        ? "Bij beurt " + report.first_student_focus_turn + " vroeg je voor het eerst wat het betekent voor leerlingen."
        : "Je vroeg niet wat het betekent voor leerlingen: dat is de kernvraag.") }));
    var goal = report.goal || {};
    if ((goal.helped || []).length || (goal.set || []).length) {
      root.appendChild(el("h3", { text: "Het doel van het netwerk" }));
      if ((goal.helped || []).length) root.appendChild(el("p", { text: "✔ Bij beurt " + goal.helped.join(", ") +
        " hielp je " + name + " het doel vanuit de leerlingen te formuleren." }));
      if ((goal.set || []).length) root.appendChild(el("p", { text: "✗ Bij beurt " + goal.set.join(", ") +
        " bepaalde je zelf het doel voor het netwerk; dat is aan het netwerk." }));
    }
    root.appendChild(counts);
    if ((report.corrections || []).length) {
      root.appendChild(el("h3", { text: "Jouw correcties" }));
      var corrected = el("ul", { className: "corrections" });
      report.corrections.forEach(function (c) {
        corrected.appendChild(el("li", { text: "Bij beurt " + c.turn + " gaf je aan dat je dit bedoelde: " + actsText(c.acts) +
          " (de coach las: " + actsText(c.original) + ")." }));
      });
      root.appendChild(corrected);
      root.appendChild(el("p", { className: "muted", text: "De cijfers hierboven tellen jouw lezing." }));
    }
    if ((report.redone || []).length) {
      root.appendChild(el("h3", { text: "Wat je overdeed" }));
      root.appendChild(redone);
    }
    if ((report.redo || []).length) {
      root.appendChild(el("h3", { text: "Momenten om over te doen" }));
      root.appendChild(redo);
    }
    var print = el("button", { type: "button", className: "print", text: "Bewaar als pdf (afdrukken)" });
    print.addEventListener("click", function () { global.print(); });
    root.appendChild(print);
    this.ended(heading);
  };

  /* "open vraag en compliment"; none: "geen van de soorten beurten". */
  function actsText(acts) {
    var labels = (acts || []).map(actLabel);
    if (!labels.length) return "geen van de soorten beurten";
    return labels.length < 2 ? labels[0] : labels.slice(0, -1).join(", ") + " en " + labels[labels.length - 1];
  }

  function pct(value) { return Math.round((value || 0) * 100) + "%"; }

  /* The chart: the teacher's openness after each turn (line) and the turn's acts (a
   * filled green dot for a good move, a hollow orange ring for a move to avoid: shape,
   * not colour alone). Drawn at the width it is shown at, so its labels are as large as
   * the text around it; timelineTable gives the same in words. */
  function chart(timeline, start, width, name) {
    width = width || 640;
    var height = 240, left = 46, right = 14, top = 14, bottom = 60;
    var n = Math.max(timeline.length, 1);
    var x = function (i) { return left + (width - left - right) * (i / n); };
    var y = function (v) { return top + (height - top - bottom) * (1 - v); };
    var every = Math.max(1, Math.ceil(26 / ((width - left - right) / n)));  // a label per turn while they fit
    var last = timeline.length ? timeline[timeline.length - 1].openness : start;
    var figure = el("figure", { className: "chart" });
    var root = svg("svg", { viewBox: "0 0 " + width + " " + height, width: width, height: height, role: "img",
      "aria-label": "Grafiek: hoe open " + (name || "de leraar") + " was na elke beurt, van " + pct(start) + " naar " +
        pct(last) + ", met wat je per beurt deed. De tabel eronder geeft hetzelfde in woorden." });
    [0, 0.5, 1].forEach(function (v) {
      root.appendChild(svg("line", { x1: left, x2: width - right, y1: y(v), y2: y(v), class: "grid" }));
      var label = svg("text", { x: left - 6, y: y(v) + 5, class: "axis", "text-anchor": "end" });
      label.textContent = Math.round(v * 100) + "%";
      root.appendChild(label);
    });
    var points = [[x(0), y(start)]].concat(timeline.map(function (t, i) { return [x(i + 1), y(t.openness)]; }));
    root.appendChild(svg("polyline", { points: points.map(function (p) { return p.join(","); }).join(" "), class: "openness" }));
    timeline.forEach(function (t, i) {
      var cx = x(i + 1);
      root.appendChild(svg("circle", { cx: cx, cy: y(t.openness), r: 4, class: "point" }));
      (t.acts || []).forEach(function (act, k) {
        var dot = svg("circle", { cx: cx, cy: height - bottom + 12 + k * 9, r: 3.5,
          class: isGood(act) ? "act-good" : "act-nudge" });
        var title = svg("title");
        title.textContent = "Beurt " + t.turn + ": " + actLabel(act);
        dot.appendChild(title);
        root.appendChild(dot);
      });
      if ((i + 1) % every && i !== timeline.length - 1) return;
      var label = svg("text", { x: cx, y: height - 4, class: "axis", "text-anchor": "middle" });
      label.textContent = String(t.turn);
      root.appendChild(label);
    });
    figure.appendChild(root);
    figure.appendChild(el("figcaption", { text: "Lijn: hoe open " + (name || "de leraar") + " is na elke beurt (0% tot 100%); " +
      "onder de lijn het nummer van de beurt. " + dotsCaption() }));
    return figure;
  }

  function dotsCaption() {
    if (!vocabulary.acts.length) return "Bolletjes: de soorten beurten.";
    var good = vocabulary.acts.filter(isGood), nudged = vocabulary.acts.filter(function (act) { return !isGood(act); });
    return "Dichte groene bolletjes: " + listOf(good.map(actLabel)) + "; open oranje rondjes: " + listOf(nudged.map(actLabel)) + ".";
  }

  /* The chart in words: per turn what the leader did and how open the teacher was after it. */
  function timelineTable(timeline, start, name) {
    var table = el("table", { className: "counts timeline" }, [
      el("caption", { text: "Per beurt: wat je deed en hoe open " + (name || "de leraar") + " daarna was" }),
      el("thead", {}, [el("tr", {}, [el("th", { scope: "col", text: "Beurt" }), el("th", { scope: "col", text: "Wat je deed" }),
        el("th", { scope: "col", text: "Openheid daarna" })])])
    ]);
    var body = el("tbody"), before = start;
    timeline.forEach(function (t) {
      var did = el("td");
      (t.acts || []).forEach(function (act, k) {
        if (k) did.appendChild(document.createTextNode(", "));
        did.appendChild(el("span", { className: "act-text " + actClass(act) }, actParts(act)));
      });
      if (!(t.acts || []).length) did.textContent = "geen van de soorten beurten";
      var change = Math.round((t.openness || 0) * 100) - Math.round((before || 0) * 100);
      body.appendChild(el("tr", {}, [
        el("th", { scope: "row", text: String(t.turn) }),
        did,
        el("td", { text: pct(t.openness) + (change > 0 ? " (" + change + " punten opener)" :
          change < 0 ? " (" + (-change) + " punten minder open)" : " (gelijk)") })
      ]));
      before = t.openness;
    });
    table.appendChild(body);
    return el("details", { className: "chart-table" }, [el("summary", { text: "Het gesprek beurt voor beurt als tabel" }), table]);
  }

  /* Progress over sessions: score and share of open questions (lines, 0-100) and the
   * turn of the first question about pupils (bars, lower is better). Drawn at the width
   * it is shown at (options.width), like the debrief's chart; the page lists the same
   * figures per session in words. */
  function trendChart(sessions, width) {
    width = width || 640;
    var height = 200, left = 42, right = 14, top = 12, bottom = 32;
    var n = sessions.length;
    var x = function (i) { return left + (width - left - right) * (n === 1 ? 0.5 : i / (n - 1)); };
    var y = function (v) { return top + (height - top - bottom) * (1 - v / 100); };
    var every = n < 2 ? 1 : Math.max(1, Math.ceil(26 / ((width - left - right) / (n - 1))));
    var figure = el("figure", { className: "chart" });
    var root = svg("svg", { viewBox: "0 0 " + width + " " + height, width: width, height: height, role: "img",
      "aria-label": "Je voortgang: score, aandeel open vragen en de beurt van je eerste vraag over leerlingen. " +
        "De lijst eronder geeft hetzelfde per gesprek." });
    [0, 50, 100].forEach(function (v) {
      root.appendChild(svg("line", { x1: left, x2: width - right, y1: y(v), y2: y(v), class: "grid" }));
      var t = svg("text", { x: left - 6, y: y(v) + 5, class: "axis", "text-anchor": "end" }); t.textContent = String(v); root.appendChild(t);
    });
    sessions.forEach(function (s, i) {
      if (s.first_student_focus_turn) {
        var h = Math.min(10, s.first_student_focus_turn) * 8;
        root.appendChild(svg("rect", { x: x(i) - 5, y: height - bottom - h, width: 10, height: h, class: "act-good" }));
      }
      if (i % every && i !== n - 1) return;
      var label = svg("text", { x: x(i), y: height - 8, class: "axis", "text-anchor": "middle" });
      label.textContent = String(i + 1); root.appendChild(label);
    });
    [["score", "openness", function (s) { return s.score; }],
     ["open", "act-nudge-line", function (s) { return s.open_share === null ? null : s.open_share * 100; }]].forEach(function (spec) {
      var pts = sessions.map(function (s, i) { var v = spec[2](s); return v === null || v === undefined ? null : [x(i), y(v)]; })
        .filter(Boolean);
      if (pts.length) root.appendChild(svg("polyline", { points: pts.map(function (p) { return p.join(","); }).join(" "), class: spec[1] }));
      pts.forEach(function (p) { root.appendChild(svg("circle", { cx: p[0], cy: p[1], r: 3.5, class: "point" })); });
    });
    figure.appendChild(root);
    figure.appendChild(el("figcaption", { text: "Per gesprek: doorgetrokken blauwe lijn = score, gestreepte oranje lijn = " +
      "aandeel open vragen (%), groene balk = bij welke beurt je voor het eerst naar de leerlingen vroeg (lager is eerder)." }));
    return figure;
  }

  Renderer.prototype.restore = function (session) {
    var self = this;
    if (!session) return false;
    this.restoring = true;
    try {
      this.teacherName = session.teacher_name || this.teacherName;
      this.setMode(session.mode || "live");
      if (session.opening) this.teacher(session.opening);
      (session.turns || []).forEach(function (turn) {
        self.leader(turn.text, turn.n);
        if (turn.after_stop) return;
        if (turn.reply) self.teacher(turn.reply);
        if (session.mode !== "quiet" && turn.coach) {
          self.coach({ role: "coach", acts: turn.acts, text: turn.coach, turn: turn.n, better: turn.better });
        }
        if (turn.corrected_acts) {
          self.coach({ role: "coach", kind: "corrected", acts: turn.corrected_acts, turn: turn.n,
            text: "Je gaf aan dat je dit bedoelde: " + actsText(turn.corrected_acts) + " (de coach las: " + actsText(turn.acts) + ")." });
        }
        self.state({ openness: turn.openness });
      });
      if (!(session.turns || []).length && session.teacher) this.state({ openness: session.teacher.openness });
      if (session.report) this.report({ report: session.report, text: "" });
    } finally {
      this.restoring = false;
    }
    return true;
  };

  global.GesprekscoachChat = { Connection: Connection, Renderer: Renderer, Sender: Sender, el: el, trendChart: trendChart, newId: newId,
    drawingWidth: drawingWidth, loadVocabulary: loadVocabulary, vocabulary: function () { return vocabulary; } };
})(window);
