// Staff screens: keyboard shortcuts, dialogs, and typed drafts that survive a sign-in. Every page works without it.
(function () {
  "use strict";

  // --- Dialogs --------------------------------------------------------------------------------------------
  // <button data-opens-dialog="id"> opens <dialog id="id"> modally; [data-closes-dialog] inside closes it. Native
  // dialogs trap focus and close on Escape; focus goes back to whatever had it before, as people expect.
  var openers = [];

  function openDialog(dialog) {
    if (!dialog || dialog.open) {
      return;
    }
    openers.push(document.activeElement);
    dialog.showModal();
    var first = dialog.querySelector("[autofocus], input:not([type=hidden]), select, textarea, button, a[href]");
    if (first) {
      first.focus();
    }
  }

  document.addEventListener("click", function (event) {
    var opener = event.target.closest("[data-opens-dialog]");
    if (opener) {
      event.preventDefault();
      openDialog(document.getElementById(opener.getAttribute("data-opens-dialog")));
      return;
    }
    var closer = event.target.closest("[data-closes-dialog]");
    if (closer) {
      event.preventDefault();
      closer.closest("dialog").close();
    }
  });

  document.addEventListener("close", function (event) {
    if (event.target.tagName === "DIALOG") {
      var previous = openers.pop();
      if (previous && document.contains(previous)) {
        previous.focus();
      }
    }
  }, true);

  window.clinicStaff = { openDialog: openDialog };

  // --- Keyboard shortcuts -----------------------------------------------------------------------------------
  // Any visible element with data-shortcut="n" answers that key: links and buttons are clicked, fields focused.
  // Keys are ignored while typing in a field or with Ctrl/Alt/Meta held, so they never eat a letter of a name.
  // Inside an open dialog only that dialog's shortcuts count. "?" opens the list of them all (#shortcuts).
  function typing(target) {
    return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  }

  function visible(el) {
    return !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length) && !el.disabled;
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented || typing(event.target)) {
      return;
    }
    var scope = document.querySelector("dialog[open]") || document;
    if (event.key === "?") {
      event.preventDefault();
      openDialog(document.getElementById("shortcuts"));
      return;
    }
    var candidates = scope.querySelectorAll("[data-shortcut]");
    for (var i = 0; i < candidates.length; i++) {
      var el = candidates[i];
      if (el.getAttribute("data-shortcut") === event.key && visible(el)) {
        event.preventDefault();
        if (/^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName)) {
          el.focus();
        } else {
          el.click();
        }
        return;
      }
    }
  });

  // --- Drafts -----------------------------------------------------------------------------------------------
  // A form marked data-draft keeps what was typed in sessionStorage (this tab only). If the session ran out
  // meanwhile, the desk sends the browser to sign in and back to the same page; arriving from the login page, the
  // form comes back filled in, with a note saying so. Arriving any other way (a link, a post that worked and
  // redirected), an old draft is dropped: it would only overwrite what the page shows now. Passwords and hidden
  // fields are never kept, except a hidden field marked data-draft-keep: the version a text was written against,
  // so that text restored over a colleague's newer save still meets the edit conflict instead of replacing it.
  var backFromSignIn = (function () {
    try {
      var from = new URL(document.referrer);
      return from.origin === location.origin && from.pathname === "/login";
    } catch (e) {
      return false;
    }
  }());
  function draftKey(form) {
    return "draft:" + location.pathname + location.search + "#" + (form.id || form.getAttribute("action"));
  }

  function keptFields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && (!/^(hidden|password|submit|button|file)$/.test(el.type)
          || (el.type === "hidden" && el.hasAttribute("data-draft-keep")));
    });
  }

  function saveDraft(form) {
    var values = {};
    keptFields(form).forEach(function (el) {
      if (el.type === "checkbox" || el.type === "radio") {
        if (el.checked) {
          values[el.name + "=" + el.value] = true;
        }
      } else {
        values[el.name] = el.value;
      }
    });
    try {
      sessionStorage.setItem(draftKey(form), JSON.stringify(values));
    } catch (e) {
      // Storage full or disabled: the form still works, only the safety net is missing.
    }
  }

  function restoreDraft(form) {
    var saved;
    try {
      saved = JSON.parse(sessionStorage.getItem(draftKey(form)) || "null");
    } catch (e) {
      saved = null;
    }
    if (!saved) {
      return;
    }
    var restored = false;
    keptFields(form).forEach(function (el) {
      if (el.type === "checkbox" || el.type === "radio") {
        var checked = saved[el.name + "=" + el.value] === true;
        restored = restored || checked !== el.checked;
        el.checked = checked;
      } else if (Object.prototype.hasOwnProperty.call(saved, el.name) && saved[el.name] !== el.value) {
        el.value = saved[el.name];
        restored = true;
      }
    });
    if (restored && !form.querySelector(".draft-restored")) {
      var note = document.createElement("p");
      note.className = "notice draft-restored";
      note.setAttribute("role", "status");
      note.textContent = "We kept what you typed before signing in again. Check it and send the form.";
      form.insertBefore(note, form.firstChild);
    }
  }

  /** {@code onLoad}: forms of the page as it arrived; forms htmx swaps in later are watched but never refilled. */
  function watchDrafts(root, onLoad) {
    root.querySelectorAll("form[data-draft]").forEach(function (form) {
      if (form.hasAttribute("data-draft-watched")) {
        return;
      }
      form.setAttribute("data-draft-watched", "");
      if (onLoad && backFromSignIn) {
        restoreDraft(form);
      } else if (onLoad) {
        sessionStorage.removeItem(draftKey(form));
      }
      form.addEventListener("input", function () { saveDraft(form); });
      form.addEventListener("change", function () { saveDraft(form); });
      // An htmx post that the server took ends the draft; a refused or expired one keeps it. A plain post leaves the
      // page with the draft kept: the page it leads to decides (see backFromSignIn).
      form.addEventListener("htmx:afterRequest", function (event) {
        if (event.detail.successful && event.detail.elt === form) {
          sessionStorage.removeItem(draftKey(form));
        }
      });
      form.addEventListener("submit", function () { saveDraft(form); });
    });
  }

  watchDrafts(document, true);
  // Whatever htmx swapped in (a form replaced by its re-rendered self, a dialog's content): already watched ones skip.
  document.addEventListener("htmx:afterSettle", function () {
    watchDrafts(document, false);
  });
})();
