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
})();
