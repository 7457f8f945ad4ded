/**
 * The compliance page's script, inlined into the page: opens the details a link points to
 * (and on load, for a link into the page) and filters the matrix to rows with findings.
 */
export const PAGE_SCRIPT = `
(function () {
  function openTarget() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!id) return;
    var el = document.getElementById(id);
    if (el && el.tagName === 'DETAILS') { el.open = true; el.scrollIntoView({ block: 'start' }); }
  }
  window.addEventListener('hashchange', openTarget);
  document.addEventListener('DOMContentLoaded', function () {
    openTarget();
    var toggle = document.getElementById('only-failures');
    if (toggle) toggle.addEventListener('change', function () {
      document.getElementById('matrix-table').classList.toggle('only-failures', toggle.checked);
    });
  });
})();
`;
