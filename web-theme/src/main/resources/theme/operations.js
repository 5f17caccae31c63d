// The operations page: notification-service's panel is loaded by htmx from that service; when it (or a Replay or
// Retry posted to it) cannot be reached, say so and keep a link to open the panel on its own. Works without it.
(function () {
  "use strict";

  function unavailable(event) {
    var source = event.detail.elt;
    var slot = document.getElementById("notification-problems-slot");
    if (!slot || !source || !slot.contains(source)) {
      return;
    }
    slot.innerHTML = "";
    var note = document.createElement("p");
    note.className = "notice notice--error";
    note.id = "notification-problems-unavailable";
    note.setAttribute("role", "status");
    note.appendChild(document.createTextNode(
      "Notification-service's dead letters and failed messages are unavailable right now. "));
    var link = document.createElement("a");
    link.href = "/desk/deliveries/problems";
    link.textContent = "Try opening them on their own";
    note.appendChild(link);
    slot.appendChild(note);
  }
  document.addEventListener("htmx:responseError", unavailable);
  document.addEventListener("htmx:sendError", unavailable);
})();
