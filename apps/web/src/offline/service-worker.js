// Tandem's service worker: makes the editor open without network. Documents themselves are
// in IndexedDB (y-indexeddb); this only keeps the app shell. Built into dist/sw.js by
// vite-plugins/precache-service-worker.ts, which fills in the two placeholders.
/* eslint-env serviceworker */
const PRECACHE_FILES = __PRECACHE_FILES__;
const CACHE = `tandem-shell-${__CACHE_VERSION__}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE_FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('tandem-shell-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The API, health checks and the SSE sync stream must always tell the truth: never from cache.
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/sync/') || url.pathname === '/healthz' || url.pathname === '/readyz') return;
  if (request.mode === 'navigate') {
    // Network first so a new release shows up at once; the cached shell when offline.
    event.respondWith(fetch(request).catch(() => caches.match('/', { cacheName: CACHE }).then((hit) => hit ?? Response.error())));
    return;
  }
  // Hashed assets never change: cache first.
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)));
});
