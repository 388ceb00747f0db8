/**
 * The offline service worker: precaches the whole static export at install, then answers every
 * same-origin GET from that cache first. A new version installs beside the old one and WAITS: it takes
 * over only when the page asks (the "Reload" button), so a student is never interrupted mid-answer.
 * scripts/build-sw.ts injects the file list (with revisions) into MANIFEST below.
 */
const MANIFEST = self.__SW_MANIFEST;
const PREFIX = 'media-literacy-offline-';

// One cache per version of the site, named by a hash of its file list, so versions never mix.
function versionOf(entries) {
  let hash = 5381;
  for (const char of JSON.stringify(entries)) hash = ((hash << 5) + hash + char.charCodeAt(0)) >>> 0;
  return hash.toString(36);
}
const CACHE = PREFIX + versionOf(MANIFEST);
const URLS = MANIFEST.map((entry) => new URL(entry.url, self.location.origin).pathname);

// Pages are fetched by their folder URL (servers often redirect /x/index.html to /x/), and stored
// as a fresh response: a redirected response cannot answer a page navigation.
async function store(cache, path) {
  const response = await fetch(path.replace(/index\.html$/, ''), { cache: 'reload' });
  if (!response.ok) throw new Error(`Could not store ${path} for offline use (${response.status}).`);
  const body = await response.blob();
  await cache.put(path, new Response(body, { status: 200, headers: response.headers }));
}

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(URLS.map((path) => store(cache, path)))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CACHE).map((n) => caches.delete(n))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});

// Pages are folders in the export (trailing slash): /lessons/x/study/ is /lessons/x/study/index.html.
function cacheKey(url) {
  const path = url.pathname.endsWith('/') ? url.pathname + 'index.html' : url.pathname;
  return URLS.includes(path) ? path : null;
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  const key = cacheKey(url);
  if (!key) return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((cached) => cached || fetch(event.request)),
  );
});
