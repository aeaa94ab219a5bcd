// plandoc serve: reloads this page when the preview server says it changed (server-sent events),
// keeps the reader's scroll position across the reload, and lets the error overlay be dismissed.
// Injected only into pages served by `plandoc serve`, never into the files written to site/.
(function () {
  'use strict';
  var script = document.currentScript;
  var page = script.getAttribute('data-page');
  var version = Number(script.getAttribute('data-version'));
  var scrollKey = 'plandoc-scroll:' + location.pathname;

  var saved = sessionStorage.getItem(scrollKey);
  if (saved !== null) {
    sessionStorage.removeItem(scrollKey);
    window.addEventListener('load', function () { window.scrollTo(0, Number(saved)); });
  }

  var overlay = document.getElementById('plandoc-overlay');
  if (overlay) {
    overlay.querySelector('button').addEventListener('click', function () { overlay.remove(); });
  }

  var events = new EventSource('/__plandoc/events');
  events.addEventListener('versions', function (event) {
    var versions = JSON.parse(event.data);
    if ((versions[page] || 0) !== version) {
      sessionStorage.setItem(scrollKey, String(window.scrollY));
      events.close();
      location.reload();
    }
  });
  window.addEventListener('pagehide', function () { events.close(); });
})();
