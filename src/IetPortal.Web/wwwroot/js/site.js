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
