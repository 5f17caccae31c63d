// The editor's pages. An image too large to upload is said so before minutes of uploading end in a refusal.
// The writing page: live length hints for the title and description, the preview's title and description as
// typed (htmx renders the body), focus on what needs attention after a refused save, and a warning before leaving
// with unsaved changes (the author and condition forms get these two as well). The page works without any of it.
(function () {
  "use strict";

  function lengthHint(hint) {
    var field = document.getElementById(hint.getAttribute("data-length-of"));
    var limit = parseInt(hint.getAttribute("data-hint"), 10);
    function update() {
      var length = field.value.length;
      hint.textContent = length + " characters; search results show about " + limit + ".";
      hint.classList.toggle("length-hint--over", length > limit);
    }
    field.addEventListener("input", update);
  }

  function mirror(fieldId, previewId) {
    var field = document.getElementById(fieldId);
    var preview = document.getElementById(previewId);
    if (field && preview) {
      field.addEventListener("input", function () { preview.textContent = field.value; });
    }
  }

  // A page showing a refused save, a conflict or a preview holds the only copy of what was typed.
  function guardUnsaved(form) {
    var changed = document.querySelector("#conflict, #error-summary, #to-preview") !== null;
    var submitting = false;
    form.addEventListener("input", function () { changed = true; });
    form.addEventListener("submit", function () { submitting = true; });
    window.addEventListener("beforeunload", function (event) {
      if (changed && !submitting) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
  }

  function checkFileSize(input) {
    var limit = parseInt(input.getAttribute("data-max-bytes"), 10);
    var message = document.createElement("span");
    message.className = "field-error";
    message.id = input.id + "-size-error";
    message.setAttribute("role", "alert");
    function tooLarge() {
      return input.files.length > 0 && input.files[0].size > limit;
    }
    function update() {
      if (tooLarge()) {
        message.textContent = "This file is " + (input.files[0].size / 1048576).toFixed(1)
            + " MB; images may be at most " + Math.round(limit / 1048576) + " MB. Choose a smaller one"
            + " (a phone can usually share a photo at a smaller size).";
        if (!message.parentNode) {
          input.after(message);
        }
      } else if (message.parentNode) {
        message.remove();
      }
    }
    input.addEventListener("change", update);
    input.form.addEventListener("submit", function (event) {
      if (tooLarge()) {
        event.preventDefault();
        update();
        input.focus();
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[type=file][data-max-bytes]").forEach(checkFileSize);
    document.querySelectorAll("[data-length-of]").forEach(lengthHint);
    mirror("title", "preview-title");
    mirror("summary", "preview-summary");
    // The writing page's form, and the author and condition forms (.item-form).
    document.querySelectorAll("#article-form, .item-form").forEach(guardUnsaved);
    var attention = document.getElementById("conflict") || document.getElementById("error-summary");
    if (attention) {
      attention.focus();
    }
  });
})();
