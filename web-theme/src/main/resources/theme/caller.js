// Booking a caller (/desk/book) from the keyboard: arrows move between the search and the patients found, and after
// a patient is chosen focus goes on to the visit. The page works without it (the form's buttons post).
(function () {
  "use strict";

  function results() {
    return Array.prototype.slice.call(document.querySelectorAll("#patient-results .patient-choice"));
  }

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (target.id === "patient-search") {
      var found = results();
      // Enter or Down goes to the patients found rather than sending the form; with none, Enter searches.
      if ((event.key === "ArrowDown" || event.key === "Enter") && found.length) {
        event.preventDefault();
        found[0].focus();
      }
      return;
    }
    if (target.classList && target.classList.contains("patient-choice")) {
      var list = results();
      var at = list.indexOf(target);
      if (event.key === "ArrowDown" && at < list.length - 1) {
        event.preventDefault();
        list[at + 1].focus();
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        (at > 0 ? list[at - 1] : document.getElementById("patient-search")).focus();
      }
    }
  });

  // After htmx swapped the patient part: a chosen patient moves focus on to the visit; "Change patient" back to search.
  document.addEventListener("htmx:afterSettle", function (event) {
    var path = (event.detail.pathInfo || {}).requestPath || "";
    if (path.indexOf("/desk/book/patient") !== 0) {
      return;
    }
    var next = document.getElementById("chosen-patient") ? document.getElementById("appointmentTypeId")
      : document.getElementById("patient-search");
    if (next) {
      next.focus();
    }
  });

  // A form sent with errors or a taken time: the summary gets focus so it is read out first.
  var summary = document.querySelector("#error-summary, #slot-taken");
  if (summary) {
    summary.focus();
  }
})();
