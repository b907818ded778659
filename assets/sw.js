// Service worker: the whole app works offline after one visit. sitegen fills in the version
// (derived from the build's files) and the precache list (every file of the build).
const VERSION = '__VERSION__';
const PRECACHE = __PRECACHE__;
const CACHE = `guide-${VERSION}`;
// Trunk's hashes lose their leading zeros; the page modules sit in a folder named after the build.
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$|\/decoupe-[0-9a-f]{12,16}\//;

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

// How many files of this build are in the cache: the organiser page shows it before an event.
async function status() {
  const cache = await caches.open(CACHE);
  const present = await Promise.all(PRECACHE.map((path) => cache.match(path)));
  return { type: 'status', cached: present.filter(Boolean).length, total: PRECACHE.length, version: VERSION };
}

// « Préparer cet appareil »: fetch whatever is missing (a file evicted, or an install that failed
// half-way on a weak connection), one file at a time so that one failure does not lose the rest.
async function prepare() {
  const cache = await caches.open(CACHE);
  for (const path of PRECACHE) {
    if (!(await cache.match(path))) {
      try { await cache.add(new Request(path, { cache: 'reload' })); } catch { /* counted as missing */ }
    }
  }
  return status();
}

self.addEventListener('message', (event) => {
  // The page asks to switch only when the visitor accepts « Recharger ».
  if (event.data === 'skipWaiting') self.skipWaiting();
  const reply = (message) => (event.ports[0] ?? event.source).postMessage(message);
  if (event.data === 'status') event.waitUntil(status().then(reply));
  if (event.data === 'prepare') event.waitUntil(prepare().then(reply));
});

const withoutQuery = (url) => { const u = new URL(url); u.search = ''; return u.href; };

async function networkFirst(request, fallback) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    // A page is kept once, without its query: a stand tablet would otherwise keep every
    // visitor's results link.
    if (response.ok && request.method === 'GET') cache.put(fallback ? withoutQuery(request.url) : request, response.clone());
    return response;
  } catch (error) {
    const cached = (await cache.match(request, { ignoreSearch: !!fallback })) ?? (fallback && (await cache.match(fallback)));
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
    // Never cache-first for pages: an old page would point at deleted files. Offline, a page not
    // cached yet gets the bare shell, and the app routes itself.
    event.respondWith(networkFirst(request, new URL('coquille.html', self.registration.scope).href));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else {
    event.respondWith(networkFirst(request));
  }
});
