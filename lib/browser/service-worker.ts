/**
 * Registers the offline service worker (out/sw.js, built by scripts/build-sw.ts) and reports when a new
 * version is waiting. The new version takes over only through `activateUpdate`, which the page calls
 * when the user presses "Reload": it is never forced on a student who is typing.
 */
const SW_URL = '/sw.js';

function watchForWaiting(registration: ServiceWorkerRegistration, onUpdateReady: () => void) {
  // Only an update waits behind a controller; the very first install simply takes over.
  const report = () => {
    if (registration.waiting && navigator.serviceWorker.controller) onUpdateReady();
  };
  report();
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing;
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') report();
    });
  });
}

/** Returns a function that stops listening; registration itself is left in place. */
export function registerServiceWorker(onUpdateReady: () => void): () => void {
  if (!('serviceWorker' in navigator) || process.env.NODE_ENV !== 'production') return () => undefined;
  let stopped = false;
  navigator.serviceWorker
    .register(SW_URL)
    .then((registration) => {
      if (!stopped) watchForWaiting(registration, () => !stopped && onUpdateReady());
    })
    .catch(() => {
      // Without a service worker the site still works online; offline use is an extra.
    });
  return () => {
    stopped = true;
  };
}

/** Lets the waiting version take over, then reloads once it controls the page. */
export async function activateUpdate() {
  const registration = await navigator.serviceWorker.getRegistration();
  const waiting = registration?.waiting;
  if (!waiting) return window.location.reload();
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
  waiting.postMessage({ type: 'SKIP_WAITING' });
}
