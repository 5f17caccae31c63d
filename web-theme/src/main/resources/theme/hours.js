// Hours pages: an "Add interval" button per day in the week form. Without it each day still has spare rows.
(function () {
  "use strict";

  // Copies the day's last row with the next number in names, ids and labels, emptied and without errors.
  function addInterval(button) {
    var day = button.closest("fieldset");
    var rows = day.querySelectorAll("[data-interval]");
    var last = rows[rows.length - 1];
    var next = rows.length;
    var row = last.cloneNode(true);
    row.querySelectorAll(".field-error").forEach(function (el) { el.remove(); });
    row.querySelectorAll(".field--invalid").forEach(function (el) { el.classList.remove("field--invalid"); });
    row.querySelectorAll("input").forEach(function (input) {
      var id = input.id.replace(/-\d+-(start|end)$/, "-" + next + "-$1");
      var label = row.querySelector("label[for='" + input.id + "']");
      input.id = id;
      input.name = id;
      input.value = "";
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-describedby");
      if (label) {
        label.setAttribute("for", id);
        var hidden = label.querySelector(".visually-hidden");
        if (hidden) {
          hidden.textContent = hidden.textContent.replace(/interval \d+/, "interval " + (next + 1));
        }
      }
    });
    last.after(row);
    row.querySelector("input").focus();
    if (next + 1 >= 10) {
      button.hidden = true;
    }
  }

  document.querySelectorAll("[data-add-interval]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { addInterval(button); });
  });
})();
