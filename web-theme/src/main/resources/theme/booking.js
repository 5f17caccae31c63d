// Enhancements for the booking and manage pages; every page works without this file.
(function () {
  "use strict";

  // The manage link carries its code after "#token=", which browsers never send to a server. Move it into the
  // page's form, take it out of the address bar (and so out of history and bookmarks), and send the form.
  var tokenForm = document.querySelector("[data-manage-token]");
  var match = /^#token=([A-Za-z0-9_-]+)$/.exec(window.location.hash);
  if (tokenForm && match) {
    tokenForm.querySelector("input[name=token]").value = match[1];
    history.replaceState(null, "", window.location.pathname + window.location.search);
    tokenForm.querySelectorAll("[data-token-field]").forEach(function (el) { el.hidden = true; });
    var opening = document.getElementById("token-opening");
    if (opening) {
      opening.hidden = false;
    }
    tokenForm.submit();
  }

  // After a failed submit, take keyboard and screen-reader users straight to what needs fixing.
  var problem = document.getElementById("error-summary") || document.getElementById("slot-taken");
  if (problem) {
    problem.focus();
  }

  // When htmx has swapped in another week, move focus to its title so screen readers announce the new week.
  document.body.addEventListener("htmx:afterSettle", function (event) {
    var title = document.getElementById("week-title");
    if (title && event.detail && event.detail.target && event.detail.target.id === "slot-week") {
      title.focus();
    }
  });
})();
