// The desk's schedule and appointment panel. Without it every link and form still works as plain pages; with it the
// panel opens in a dialog over the schedule, the grid refreshes in place when the schedule changed (polled by htmx,
// see ScheduleVersionController) without losing the receptionist's place, and a failed delivery log says so.
(function () {
  "use strict";

  var panel = function () { return document.getElementById("appointment-panel"); };
  var panelOpenerId = null;

  // --- The appointment panel in a <dialog> -------------------------------------------------------------------------
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.appt, a.appt-link");
    if (!link || !panel() || !window.htmx || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
      return;
    }
    event.preventDefault();
    panelOpenerId = link.id || null;
    window.htmx.ajax("GET", link.getAttribute("href"), { target: "#panel-content", swap: "innerHTML" })
      .then(function () {
        window.clinicStaff.openDialog(panel());
        focusPanel();
      });
  });

  function focusPanel() {
    var content = document.getElementById("panel-content");
    var target = content && (content.querySelector("[autofocus]") || content.querySelector("#panel-title"));
    if (target) {
      target.focus();
    }
  }

  document.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target && event.detail.target.id === "panel-content" && panel() && panel().open) {
      focusPanel();
    }
  });

  // staff.js gives focus back to the opener; if the grid was refreshed meanwhile the opener is a new element.
  document.addEventListener("close", function (event) {
    if (event.target.id === "appointment-panel" && panelOpenerId) {
      var id = panelOpenerId;
      setTimeout(function () {
        var opener = document.getElementById(id);
        if (opener && (document.activeElement === document.body || !document.contains(document.activeElement))) {
          opener.focus();
        }
      }, 0);
    }
  });

  // --- Delivery log from notification-service: says so when it cannot be loaded -----------------------------------
  function deliveryLogFailed(event) {
    var slot = event.detail.elt;
    if (!slot || slot.id !== "delivery-log-slot") {
      return;
    }
    var href = slot.getAttribute("hx-get");
    slot.innerHTML = "";
    var note = document.createElement("p");
    note.className = "notice";
    note.id = "delivery-log-unavailable";
    note.setAttribute("role", "status");
    note.appendChild(document.createTextNode("The delivery log is unavailable right now. "));
    var retry = document.createElement("a");
    retry.href = href;
    retry.textContent = "Open it on its own";
    note.appendChild(retry);
    slot.appendChild(note);
  }
  document.addEventListener("htmx:responseError", deliveryLogFailed);
  document.addEventListener("htmx:sendError", deliveryLogFailed);

  // --- Grid refresh keeps the receptionist's place -----------------------------------------------------------------
  var kept = null;
  document.addEventListener("htmx:beforeSwap", function (event) {
    var grid = event.detail.target;
    if (!grid || grid.id !== "schedule-grid") {
      return;
    }
    var active = document.activeElement;
    kept = { left: grid.scrollLeft, top: grid.scrollTop, id: null, href: null };
    if (active && grid.contains(active)) {
      kept.id = active.id || null;
      kept.href = active.getAttribute("href");
    }
  });

  document.addEventListener("htmx:afterSettle", function () {
    var grid = document.getElementById("schedule-grid");
    if (!kept || !grid) {
      return;
    }
    grid.scrollLeft = kept.left;
    grid.scrollTop = kept.top;
    var again = kept.id ? document.getElementById(kept.id)
      : kept.href ? grid.querySelector('a[href="' + CSS.escape(kept.href) + '"]') : null;
    if (again && !(panel() && panel().open)) {
      again.focus({ preventScroll: true });
    }
    kept = null;
  });

  // After a move the schedule opens at the appointment (#appt-...): put the keyboard there too.
  if (/^#appt-/.test(location.hash)) {
    var moved = document.getElementById(location.hash.slice(1));
    if (moved) {
      moved.focus();
    }
  }
})();

// --- Moving around the grid with the arrow keys -----------------------------------------------------------------------
// Twenty practitioners' free quarter hours are hundreds of links; as Tab stops they would bury everything after the
// grid. So appointments stay in the Tab order (in time order) and free times leave it, except the first one, the way
// in; the arrow keys then move to the nearest time above, below, left or right, whatever the cells' row spans.
(function () {
  "use strict";

  function tame(grid) {
    var free = grid.querySelectorAll("a.free");
    for (var i = 0; i < free.length; i++) {
      free[i].setAttribute("tabindex", i === 0 ? "0" : "-1");
    }
  }

  function nearest(from, links, key) {
    var a = from.getBoundingClientRect();
    var ax = (a.left + a.right) / 2;
    var ay = (a.top + a.bottom) / 2;
    var best = null;
    var bestScore = Infinity;
    links.forEach(function (link) {
      if (link === from) {
        return;
      }
      var b = link.getBoundingClientRect();
      var bx = (b.left + b.right) / 2;
      var by = (b.top + b.bottom) / 2;
      var ahead = key === "ArrowDown" ? b.top >= a.bottom - 1 : key === "ArrowUp" ? b.bottom <= a.top + 1
        : key === "ArrowRight" ? b.left >= a.right - 1 : b.right <= a.left + 1;
      if (!ahead) {
        return;
      }
      // Along the arrow's axis distance counts once, sideways drift counts a lot: down stays in the column.
      var vertical = key === "ArrowDown" || key === "ArrowUp";
      var score = vertical ? Math.abs(by - ay) + 4 * Math.abs(bx - ax) : Math.abs(bx - ax) + 4 * Math.abs(by - ay);
      if (score < bestScore) {
        bestScore = score;
        best = link;
      }
    });
    return best;
  }

  document.addEventListener("keydown", function (event) {
    if (!/^Arrow(Up|Down|Left|Right)$/.test(event.key) || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    var grid = document.getElementById("schedule-grid");
    var from = document.activeElement;
    if (!grid || !from || !grid.contains(from) || from.tagName !== "A" || from.closest("thead")) {
      return;
    }
    var next = nearest(from, Array.prototype.slice.call(grid.querySelectorAll("tbody a[href]")), event.key);
    if (next) {
      event.preventDefault();
      next.focus();
      next.scrollIntoView({ block: "nearest", inline: "nearest" });
    }
  });

  var grid = document.getElementById("schedule-grid");
  if (grid) {
    tame(grid);
  }
  document.addEventListener("htmx:afterSettle", function () {
    var refreshed = document.getElementById("schedule-grid");
    if (refreshed) {
      tame(refreshed);
    }
  });
})();
