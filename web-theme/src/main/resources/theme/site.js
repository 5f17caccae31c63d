// Enhancements only: every page works without this file.
(function () {
  "use strict";

  // Share buttons appear only where the browser can share (phones, mostly); the plain links stay for the rest.
  document.querySelectorAll("[data-share]").forEach(function (button) {
    if (!navigator.share) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.share({ title: button.dataset.shareTitle || document.title, url: button.dataset.share })
        .catch(function () { /* the visitor closed the share sheet */ });
    });
  });

  // Times are shown in the clinic's zone; say so plainly when the visitor's device is set to another one.
  var zoneNote = document.querySelector("[data-clinic-zone]");
  if (zoneNote && window.Intl) {
    var visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (visitorZone && visitorZone !== zoneNote.dataset.clinicZone) {
      var target = zoneNote.querySelector("[data-visitor-zone]");
      if (target) {
        target.textContent = visitorZone.replace(/_/g, " ");
      }
      zoneNote.hidden = false;
    }
  }
})();
