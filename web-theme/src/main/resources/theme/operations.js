// The operations page: the other services' panels (notification, content) are loaded by htmx from those services;
// when one of them (or a Replay or Retry posted to it) cannot be reached, say so in its slot and keep a link to open
// the panel on its own. Each slot names its words and link (data-unavailable, data-href). Works without it.
(function () {
  "use strict";

  function unavailable(event) {
    var source = event.detail.elt;
    var slot = source && source.closest ? source.closest(".ops-slot") : null;
    if (!slot || !slot.id) {
      return;
    }
    slot.innerHTML = "";
    var note = document.createElement("p");
    note.className = "notice notice--error";
    note.id = slot.id.replace(/-slot$/, "-unavailable");
    note.setAttribute("role", "status");
    note.appendChild(document.createTextNode(slot.getAttribute("data-unavailable") + " "));
    var link = document.createElement("a");
    link.href = slot.getAttribute("data-href");
    link.textContent = "Try opening them on their own";
    note.appendChild(link);
    slot.appendChild(note);
  }
  document.addEventListener("htmx:responseError", unavailable);
  document.addEventListener("htmx:sendError", unavailable);
})();
