/* Gesprekscoach: "Klopt niet?" under a coach remark on a turn, for the practice page
 * and the widget (load it after chat.js). It opens a small form with the acts as
 * checkboxes, their Dutch labels from the server's vocabulary and the turn's current
 * reading ticked, and hands the leader's choice to the renderer's
 * options.onCorrect(turn, acts), which sends /correct{"turn":N,"acts":[...]}.
 * Everything is built with textContent (chat.js's el), nothing as HTML.
 */
(function (global) {
  "use strict";
  var Chat = global.GesprekscoachChat;
  var el = Chat.el;

  function label(act) { return Chat.vocabulary().labels[act] || act; }

  var forms = 0;

  /* "Klopt niet?": a button that opens a small form under the remark. The form is a
   * fieldset of checkboxes (keyboard: Tab and Space), "Bewaar" sends, Escape or
   * "Annuleer" closes it and gives the focus back to the button. */
  Chat.Renderer.prototype.correctionControl = function (turn) {
    var self = this;
    var id = "gc-klopt-niet-" + (++forms);
    var toggle = el("button", { type: "button", className: "correct-toggle", "aria-expanded": "false",
      "aria-controls": id, text: "Klopt niet?" });
    var fieldset = el("fieldset", {}, [el("legend", { text: "Wat deed je bij beurt " + turn + "?" })]);
    var boxes = Chat.vocabulary().acts.map(function (act) {
      var box = el("input", { type: "checkbox", name: "act", value: act });
      fieldset.appendChild(el("label", { className: "correct-act" }, [box, el("span", { text: " " + label(act) })]));
      return box;
    });
    var form = el("form", { className: "correct-form", id: id, hidden: "", "aria-label": "Corrigeer beurt " + turn }, [
      fieldset,
      el("p", { className: "muted", text: "Niets aangevinkt: geen van deze. Hoe de leraar reageerde, verandert niet." }),
      el("div", { className: "correct-buttons" }, [
        el("button", { type: "submit", className: "primary", text: "Bewaar" }),
        el("button", { type: "button", className: "correct-cancel", text: "Annuleer" })
      ])
    ]);
    function close() {
      form.hidden = true;
      toggle.setAttribute("aria-expanded", "false");
      toggle.focus();
    }
    toggle.addEventListener("click", function () {
      if (!form.hidden) { close(); return; }
      var reading = self.readings[turn] || [];
      boxes.forEach(function (box) { box.checked = reading.indexOf(box.value) >= 0; });
      form.hidden = false;
      toggle.setAttribute("aria-expanded", "true");
      boxes[0].focus();
    });
    form.querySelector(".correct-cancel").addEventListener("click", close);
    form.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.stopPropagation(); close(); }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var acts = boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
      close();
      self.options.onCorrect(turn, acts);
    });
    return el("div", { className: "correct" }, [toggle, form]);
  };

  /* After the debrief a correction changes nothing: the controls go. */
  Chat.Renderer.prototype.endCorrections = function () {
    Array.prototype.forEach.call(this.coachList.querySelectorAll(".correct"), function (node) { node.hidden = true; });
  };
})(window);
