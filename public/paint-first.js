// Adds Next's chunk scripts once the page has painted (scripts/paint-first.mjs says why). The chunks are
// already downloading: the page preloads each one.
(function () {
  var chunks = document.currentScript.getAttribute('data-chunks').split(' ');
  var added = false;
  function addChunks() {
    if (added) return;
    added = true;
    chunks.forEach(function (src) {
      var script = document.createElement('script');
      script.src = src;
      script.async = true;
      document.head.appendChild(script);
    });
  }
  var canWatchPaint =
    typeof PerformanceObserver === 'function' && (PerformanceObserver.supportedEntryTypes || []).indexOf('paint') >= 0;
  // A page opened in a background tab does not paint until it is shown: nothing to wait for.
  if (!canWatchPaint || document.visibilityState === 'hidden') return addChunks();
  // The paint entry, not a timer or an animation frame: those stop when a test freezes the page's clock.
  new PerformanceObserver(function (list, observer) {
    observer.disconnect();
    addChunks();
  }).observe({ type: 'paint', buffered: true });
})();
