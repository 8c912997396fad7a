// Progressive enhancement for the review page: selecting text in the statement fills the
// "exact phrase" field of the add-span form, and speaker fields get fuzzy suggestions from
// /editor/api/persons. Without JavaScript the forms work as they are.
(function () {
  "use strict";
  var text = document.getElementById("statement-text");
  var phrase = document.querySelector("[data-selection-target]");
  if (text && phrase) {
    document.addEventListener("mouseup", function () {
      var selection = window.getSelection();
      if (!selection || selection.isCollapsed || !text.contains(selection.anchorNode)) {
        return;
      }
      var value = selection.toString().trim();
      if (value.length > 1) {
        phrase.value = value;
      }
    });
  }

  var list = document.getElementById("persons");
  var timer = null;
  document.querySelectorAll("[data-person-search]").forEach(function (input) {
    input.addEventListener("input", function () {
      var q = input.value.trim();
      if (q.length < 3 || !list || !window.fetch) {
        return;
      }
      clearTimeout(timer);
      timer = setTimeout(function () {
        fetch("/editor/api/persons?q=" + encodeURIComponent(q), { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (people) {
            people.forEach(function (p) {
              var exists = Array.prototype.some.call(list.options, function (o) { return o.value === p.name; });
              if (!exists) {
                var option = document.createElement("option");
                option.value = p.name;
                list.appendChild(option);
              }
            });
          })
          .catch(function () { /* suggestions are optional */ });
      }, 200);
    });
  });
})();
