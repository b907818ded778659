// Service worker: the whole app works offline after one visit. sitegen fills in the version
// (derived from the build's files) and the precache list (every file of the build).
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `guide-${VERSION}`;
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;

self.addEventListener('install', (event) => {
  // Every file at once: a partial cache would leave the stand tablet half offline.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((path) => new Request(path, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('guide-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks to switch only when the visitor accepts « Recharger ».
self.addEventListener('message', (event) => {
  if (event.data === 'skipWaiting') self.skipWaiting();
  if (event.data === 'status') {
    caches.open(CACHE).then((cache) => cache.keys()).then((keys) => {
      event.source.postMessage({ type: 'status', cached: keys.length, total: PRECACHE.length, version: VERSION });
    });
  }
});

async function networkFirst(request, fallback) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && request.method === 'GET') cache.put(fallback ?? request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(fallback ?? request, { ignoreSearch: !!fallback });
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) (await caches.open(CACHE)).put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Never cache-first for pages: an old index.html would point at deleted files.
    event.respondWith(networkFirst(request, new URL('index.html', self.registration.scope).href));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(request));
  }
});
