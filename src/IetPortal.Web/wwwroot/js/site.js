// IetPortal progressive enhancement. Loaded as an external file because the
// Content-Security-Policy forbids inline script and inline event handlers.
(function () {
  'use strict';

  // Move focus to the error summary (or an error alert that opts in) so that
  // keyboard and screen reader users hear about validation errors first.
  // The target element carries tabindex="-1" so it can receive focus.
  function focusErrorSummary() {
    var target = document.getElementById('error-summary') ||
      document.querySelector('.usa-alert--error[data-focus-on-load]');
    if (target) {
      target.focus();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focusErrorSummary);
  } else {
    focusErrorSummary();
  }

  // A "Fix" link of the compliance report (or an error summary link) names an element by its id in the URL
  // fragment. Browsers focus a focusable target themselves; a group of rows or a heading is made focusable
  // (tabindex="-1") so keyboard and screen reader users land there too, and the next Tab reaches its first field.
  // This runs before the page finishes loading, so the browser's own fragment focusing sees the attribute.
  function prepareFragmentTarget() {
    var id = window.location.hash ? decodeURIComponent(window.location.hash.slice(1)) : '';
    var target = id ? document.getElementById(id) : null;
    if (!target || document.getElementById('error-summary')) {
      return null;
    }
    if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) {
      target.setAttribute('tabindex', '-1');
    }
    return target;
  }

  function focusFragmentTarget() {
    var target = prepareFragmentTarget();
    if (target && document.activeElement !== target) {
      target.focus();
    }
  }

  prepareFragmentTarget();
  window.addEventListener('load', focusFragmentTarget);
  window.addEventListener('hashchange', focusFragmentTarget);
})();

// Session timeout (WCAG 2.2.1) and unsaved text. A few minutes before the sign-in ends, a dialog offers to stay
// signed in; if the session ends anyway, nothing typed is lost: editor forms keep their unsaved values in this tab's
// sessionStorage and put them back when the same page (same saved version) is shown again after signing in.
(function () {
  'use strict';

  var dialog = document.getElementById('session-timeout');
  var timer = null;
  var countdown = null;
  var endsAt = 0;

  function minutesText(seconds) {
    var minutes = Math.max(1, Math.ceil(seconds / 60));
    return minutes === 1 ? '1 minute' : minutes + ' minutes';
  }

  function schedule(secondsLeft) {
    var warning = parseInt(dialog.getAttribute('data-warning-seconds'), 10);
    endsAt = Date.now() + secondsLeft * 1000;
    window.clearTimeout(timer);
    timer = window.setTimeout(checkBeforeWarning, Math.max(0, secondsLeft - warning) * 1000);
  }

  // Another tab may have kept the session alive: ask the server (without extending it) before warning.
  function checkBeforeWarning() {
    var warning = parseInt(dialog.getAttribute('data-warning-seconds'), 10);
    fetch(dialog.getAttribute('data-status-url'), { credentials: 'same-origin', redirect: 'manual', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : { expiresInSeconds: 0 }; })
      .then(function (status) {
        if (status.expiresInSeconds > warning + 5) {
          schedule(status.expiresInSeconds);
        } else if (status.expiresInSeconds <= 0) {
          showEnded();
        } else {
          showWarning(status.expiresInSeconds);
        }
      })
      .catch(function () { showWarning((endsAt - Date.now()) / 1000); });
  }

  function showWarning(secondsLeft) {
    endsAt = Date.now() + secondsLeft * 1000;
    updateCountdown();
    if (!dialog.open) {
      dialog.showModal();
    }
    window.clearInterval(countdown);
    countdown = window.setInterval(updateCountdown, 15000);
  }

  function updateCountdown() {
    var left = (endsAt - Date.now()) / 1000;
    if (left <= 0) {
      showEnded();
      return;
    }
    dialog.querySelector('[data-session-countdown]').textContent = minutesText(left);
  }

  function showEnded() {
    window.clearInterval(countdown);
    window.clearTimeout(timer);
    var heading = dialog.querySelector('#session-timeout-heading');
    var message = dialog.querySelector('[data-session-message]');
    heading.textContent = heading.getAttribute('data-ended-text');
    message.textContent = message.getAttribute('data-ended-text');
    dialog.querySelector('[data-session-keep-alive]').hidden = true;
    var signIn = dialog.querySelector('[data-session-sign-in]');
    signIn.hidden = false;
    if (!dialog.open) {
      dialog.showModal();
    }
    signIn.querySelector('a').focus();
  }

  function keepAlive(event) {
    event.preventDefault();
    var form = event.target;
    fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin', redirect: 'manual', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('session ended');
        }
        return response.json();
      })
      .then(function (status) {
        window.clearInterval(countdown);
        dialog.close();
        schedule(status.expiresInSeconds);
      })
      .catch(showEnded);
  }

  if (dialog && typeof dialog.showModal === 'function' && window.fetch) {
    dialog.querySelector('[data-session-keep-alive]').addEventListener('submit', keepAlive);
    // Escape would only hide the warning, not answer it: keep it open until the person chooses.
    dialog.addEventListener('cancel', function (event) { event.preventDefault(); });
    schedule(parseInt(dialog.getAttribute('data-session-seconds'), 10));
  }

  // Unsaved text of editor forms, per page and per saved version of the section.
  var form = document.querySelector('form.ietportal-editor-form');
  var storage = null;
  try {
    storage = window.sessionStorage;
  } catch (e) {
    storage = null;
  }
  if (!form || !storage) {
    return;
  }

  var key = 'ietportal:unsaved:' + form.getAttribute('action');
  var versionField = form.querySelector('input[name="Form.Version"]');
  var version = versionField ? versionField.value : '';

  function fields() {
    return Array.prototype.filter.call(form.elements, function (element) {
      return element.name && element.name !== '__RequestVerificationToken' && element.name !== 'Form.Version' &&
        element.type !== 'submit' && element.type !== 'button' && element.type !== 'file' && element.type !== 'hidden';
    });
  }

  function read() {
    return fields().map(function (element) {
      var checkable = element.type === 'checkbox' || element.type === 'radio';
      return [element.name, checkable ? String(element.checked) : element.value];
    });
  }

  function save() {
    try {
      storage.setItem(key, JSON.stringify({ version: version, values: read() }));
    } catch (e) {
      // Storage full or refused: the warning dialog still protects the session.
    }
  }

  function restore(stored) {
    var elements = fields();
    if (elements.length !== stored.values.length) {
      return false;
    }
    var changed = false;
    elements.forEach(function (element, index) {
      var entry = stored.values[index];
      if (entry[0] !== element.name) {
        return;
      }
      if (element.type === 'checkbox' || element.type === 'radio') {
        if (String(element.checked) !== entry[1]) {
          element.checked = entry[1] === 'true';
          changed = true;
        }
      } else if (element.value !== entry[1]) {
        element.value = entry[1];
        changed = true;
      }
    });
    return changed;
  }

  function announceRestored() {
    var notice = document.createElement('div');
    notice.className = 'usa-alert usa-alert--info usa-alert--slim ietportal-restored';
    notice.setAttribute('role', 'status');
    notice.innerHTML = '<div class="usa-alert__body"><p class="usa-alert__text"></p></div>';
    notice.querySelector('p').textContent = 'We put back what you typed on this page before and did not save. Check it and save to keep it. ';
    var discard = document.createElement('button');
    discard.type = 'button';
    discard.className = 'usa-button usa-button--unstyled';
    discard.textContent = 'Discard it and show the saved version';
    discard.addEventListener('click', function () {
      storage.removeItem(key);
      window.location.reload();
    });
    notice.querySelector('p').appendChild(discard);
    form.parentNode.insertBefore(notice, form);
  }

  var stored = null;
  try {
    stored = JSON.parse(storage.getItem(key) || 'null');
  } catch (e) {
    stored = null;
  }
  // A different version means the text was saved since (or someone else saved): the server's page wins. A form that
  // was posted and came back (a validation error, a row added or moved) already shows what the server made of it;
  // only a post that was sent to sign in (the session had ended) is put back, when the person returns from signing in.
  var fromSignIn = document.referrer.indexOf('/account/login') !== -1;
  if (stored && stored.version === version && (!stored.submitted || fromSignIn) &&
      !document.getElementById('error-summary') && restore(stored)) {
    announceRestored();
  } else {
    storage.removeItem(key);
  }

  form.addEventListener('input', save);
  form.addEventListener('change', save);
  form.addEventListener('submit', function () {
    try {
      storage.setItem(key, JSON.stringify({ version: version, values: read(), submitted: true }));
    } catch (e) {
      // Storage full or refused.
    }
  });
})();
