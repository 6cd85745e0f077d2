/* The facilitator dashboard: polls GET /coach/api/workshops/{code} with the token
 * from the link's fragment (#token=…), which is never sent to the server as a URL. */
(function () {
  "use strict";
  var code = document.body.getAttribute("data-code");
  var match = /token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  var token = match ? match[1] : null;
  try {
    if (token) {
      window.sessionStorage.setItem("gc-token-" + code, token);
      // The dashboard is often projected: keep the token out of the address bar.
      window.history.replaceState(null, "", window.location.pathname);
    } else token = window.sessionStorage.getItem("gc-token-" + code);
  } catch (e) { /* private mode */ }
  var api = "../api/workshops/" + encodeURIComponent(code);
  var $ = function (id) { return document.getElementById(id); };
  var STATUS = { active: "in gesprek", stopped: "afgerond", not_started: "nog niet begonnen" };
  /* The acts' order, Dutch labels and good moves come from the server (bot/acts.py);
   * without them an act shows as its raw id. */
  var vocabulary = { acts: [], labels: {}, good: [] };
  function label(act) { return vocabulary.labels[act] || act; }

  function loadVocabulary() {
    return fetch("../api/vocabulary").then(function (r) { return r.ok ? r.json() : null; })
      .then(function (body) {
        if (body && Array.isArray(body.acts) && body.labels && Array.isArray(body.good)) vocabulary = body;
      })
      .catch(function () { /* raw act ids */ });
  }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }
  function call(path, method) {
    return fetch(api + (path || ""), { method: method || "GET", headers: { Authorization: "Bearer " + token } });
  }
  /* The status line is read out (role=status): problems and what a button did. The
   * time of the latest refresh is not, or a screen reader would say it every 3 s. */
  function status(text, problem) {
    if ($("ws-status").textContent !== text) $("ws-status").textContent = text;
    $("ws-status").className = problem ? "status" : "status ok";
  }
  function updated(text) { $("ws-updated").textContent = text; }

  /* Table cells keep their roles when a narrow screen shows each row as a block, and
   * say their column's name there (data-label). */
  function row() { var tr = el("tr"); tr.setAttribute("role", "row"); return tr; }
  function cell(tag, value, label) {
    var node = el(tag, value);
    node.setAttribute("role", tag === "th" ? "rowheader" : "cell");
    if (tag === "th") node.setAttribute("scope", "row");
    if (label) node.setAttribute("data-label", label);
    return node;
  }
  function columns(table) {
    return Array.prototype.map.call($(table).querySelectorAll("thead th"), function (th) { return th.textContent; });
  }

  /* The latest goals exercise of a participant: "5 van 8 goed · 2 van 3 omgeschreven". */
  function exerciseText(e) {
    if (!e) return "–";
    return e.right + " van " + e.judged + " goed" + (e.rewrites ? " · " + e.rewrites_goal + " van " + e.rewrites +
      " omgeschreven" : "") + (e.status === "active" ? " (bezig)" : "");
  }

  function render(data) {
    $("ws-name").textContent = data.name + " (" + data.code + ")" + (data.closed ? " — gesloten" : "");
    var body = $("participants").querySelector("tbody");
    body.textContent = "";
    var names = columns("participants");
    data.participants.forEach(function (p) {
      var line = row();
      [p.nickname, p.scenario || "–", STATUS[p.status] || p.status, p.turns,
       p.openness === null ? "–" : Math.round(p.openness * 100) + "%",
       p.score === null ? "–" : p.score, p.redos ? p.redos + "×" : "–", exerciseText(p.exercise)].forEach(function (value, i) {
        line.appendChild(cell(i === 0 ? "th" : "td", value, names[i]));
      });
      body.appendChild(line);
    });
    if (!data.participants.length) {
      var empty = row(); var none = cell("td", "Nog niemand doet mee."); none.colSpan = 8;
      empty.appendChild(none); body.appendChild(empty);
    }
    var bars = $("acts"); bars.textContent = "";
    var max = Math.max.apply(null, Object.keys(data.acts).map(function (k) { return data.acts[k]; }).concat([1]));
    (vocabulary.acts.length ? vocabulary.acts : Object.keys(data.acts)).forEach(function (act) {
      var known = vocabulary.acts.length > 0, good = vocabulary.good.indexOf(act) >= 0;
      var line = el("div", null, "bar " + (!known ? "plain" : good ? "good" : "nudge"));
      var name = el("span", null, "label");
      if (known) {
        var mark = el("span", good ? "✔ " : "✗ "); mark.setAttribute("aria-hidden", "true"); name.appendChild(mark);
      }
      name.appendChild(el("span", label(act)));
      if (known) name.appendChild(el("span", good ? " (goede zet)" : " (zet om te vermijden)", "visually-hidden"));
      line.appendChild(name);
      var meter = el("span", null, "fill");
      meter.style.width = Math.round(100 * data.acts[act] / max) + "%";
      line.appendChild(meter);
      line.appendChild(el("span", data.acts[act], "value"));
      bars.appendChild(line);
    });
    ["good", "poor"].forEach(function (kind) {
      var list = $(kind); list.textContent = "";
      data.examples[kind].forEach(function (example) {
        var item = el("li");
        item.appendChild(el("q", example.text));
        item.appendChild(el("span", " (" + example.acts.map(label).join(", ") + ")", "muted"));
        list.appendChild(item);
      });
      if (!data.examples[kind].length) list.appendChild(el("li", "Nog geen voorbeelden.", "muted"));
    });
    renderDisputed(data.disputed || []);
    renderRedone(data.redone || []);
    $("close").disabled = data.closed;
  }

  /* The moments the group redid most ("Doe dit moment over"): scenario, turn, how often, and
   * what was said the first time. */
  function renderRedone(moments) {
    var list = $("redone"); list.textContent = "";
    moments.forEach(function (m) {
      var item = el("li", m.scenario + ", beurt " + m.turn + ": " + m.redos + " keer overgedaan. Eerst gezegd: ");
      item.appendChild(el("q", m.example));
      list.appendChild(item);
    });
    if (!moments.length) list.appendChild(el("li", "Nog niemand deed een moment over.", "muted"));
  }

  /* The turns a participant corrected: the coach's reading against theirs. */
  function renderDisputed(disputed) {
    var body = $("disputed").querySelector("tbody");
    body.textContent = "";
    var names = columns("disputed");
    disputed.forEach(function (turn) {
      var line = row();
      line.appendChild(cell("th", turn.turn, names[0]));
      var text = cell("td", null, names[1]); text.appendChild(el("q", turn.text)); line.appendChild(text);
      line.appendChild(cell("td", acts(turn.original), names[2]));
      line.appendChild(cell("td", acts(turn.corrected), names[3]));
      body.appendChild(line);
    });
    if (!disputed.length) {
      var empty = row(); var none = cell("td", "Nog geen correcties."); none.className = "muted"; none.colSpan = 4;
      empty.appendChild(none); body.appendChild(empty);
    }
  }
  function acts(list) { return list.length ? list.map(label).join(", ") : "geen van de soorten beurten"; }

  function refresh() {
    if (!token) { status("Deze link mist het begeleiderstoken. Open de link die je kreeg bij het aanmaken.", true); return; }
    call().then(function (response) {
      if (response.status === 401 || response.status === 403) { status("Geen toegang: het token hoort niet bij deze workshop.", true); return null; }
      if (!response.ok) { status("Het overzicht kon niet worden geladen.", true); return null; }
      return response.json();
    }).then(function (data) {
      if (data) { render(data); if ($("ws-status").className === "status") status(""); updated("Bijgewerkt om " + new Date().toLocaleTimeString("nl-NL")); }
    }).catch(function () { status("De server is niet bereikbaar; ik probeer het zo weer.", true); });
  }

  $("export").addEventListener("click", function () {
    call("/export.csv").then(function (r) { return r.ok ? r.blob() : null; }).catch(function () { return null; }).then(function (blob) {
      if (!blob) { status("Exporteren lukte niet; probeer het nog eens.", true); return; }
      status("Het CSV-bestand is gedownload.");
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = "workshop-" + code + ".csv";
      document.body.appendChild(link); link.click(); link.remove();
    });
  });
  $("close").addEventListener("click", function () {
    if (!window.confirm("De workshop sluiten? Nieuwe deelnemers kunnen dan niet meer meedoen.")) return;
    call("/close", "POST").then(function (r) {
      if (r.ok) status("De workshop is gesloten: nieuwe deelnemers kunnen niet meer meedoen.");
      else status("Sluiten lukte niet; probeer het nog eens.", true);
      refresh();
    }).catch(function () { status("De server is niet bereikbaar; sluiten lukte niet.", true); });
  });
  $("delete").addEventListener("click", function () {
    if (!window.confirm("De workshop en alle gesprekken van de deelnemers definitief verwijderen?")) return;
    call("", "DELETE").then(function (r) {
      if (r.ok) { status("De workshop en alle gegevens zijn verwijderd."); deleted = true; clearInterval(timer); }
    });
  });
  var timer = null, deleted = false;
  loadVocabulary().then(function () {
    if (deleted) return;
    refresh();
    timer = setInterval(refresh, 3000);
  });
})();
