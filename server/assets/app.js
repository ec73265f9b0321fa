(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Linked passages are report.PairScript's, which follows this file.

  // Filters apply as soon as a menu or a box changes.
  document.querySelectorAll("form.filters select, form.filters input[type=checkbox]").forEach(function (el) {
    el.addEventListener("change", function () { el.form.requestSubmit(); });
  });

  // Check: a chosen file replaces the pasted text, and says so.
  var file = document.querySelector("form.check input[type=file]");
  if (file) {
    file.addEventListener("change", function () {
      var note = document.getElementById("file-note");
      if (note) { note.textContent = file.files.length ? "The file will be checked, not the text above." : ""; }
    });
  }
})();
