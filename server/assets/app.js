(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Linked passages: activating a passage in one pane highlights it and
  // its partner in the other, and scrolls the partner into its pane.
  function mark(pid, on) {
    document.querySelectorAll('[data-pid="' + pid + '"]').forEach(function (m) {
      m.classList.toggle("active", on);
    });
  }
  function scrollInto(el) {
    var pane = el.closest(".pane-text");
    if (!pane) { return; }
    var top = el.getBoundingClientRect().top - pane.getBoundingClientRect().top;
    pane.scrollTop += top - pane.clientHeight / 3;
  }
  function activate(m) {
    document.querySelectorAll("mark.active").forEach(function (a) { a.classList.remove("active"); });
    var pid = m.getAttribute("data-pid"), partner = m.getAttribute("data-partner");
    mark(pid, true);
    mark(partner, true);
    var target = document.getElementById(partner);
    if (target) { scrollInto(target); }
  }
  document.addEventListener("click", function (e) {
    var m = e.target.closest("mark.passage");
    if (m) { activate(m); }
    var a = e.target.closest("a.to-quote");
    if (a) {
      var q = document.getElementById(a.getAttribute("href").slice(1));
      if (q) { e.preventDefault(); scrollInto(q); q.focus({preventScroll: true}); }
    }
  });
  document.addEventListener("keydown", function (e) {
    if ((e.key === "Enter" || e.key === " ") && e.target.matches("mark.passage")) {
      e.preventDefault();
      activate(e.target);
    }
  });

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
