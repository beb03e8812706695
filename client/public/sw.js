/*
 * Mufakat service worker: lets a participant reload the page with no network.
 * - Page navigations: network first (a new deploy shows at once), else the cached app shell.
 * - /assets/*: cache first; Vite puts a content hash in every file name, so they never go stale.
 * - /api and /sync: never touched. Offline data lives in IndexedDB (Yjs) and localStorage;
 *   /sync is a WebSocket, which service workers do not see anyway.
 * Registered from main.tsx in production builds only.
 */
const SHELL_CACHE = 'mufakat-shell-v1';
const ASSET_CACHE = 'mufakat-assets-v1';
/**
 * Every script and style sheet of the build, written in by vite.config.ts (`serviceWorkerAssets`)
 * when it copies this file: the screens and panels are lazy chunks that the page may have
 * fetched before this worker took control, and a reload with no network needs all of them.
 */
const BUILD_ASSETS = [];
const SHELL_URL = '/';
/** Flaky Wi-Fi: after this long, serve the cached shell instead of waiting on the network. */
const NAVIGATION_TIMEOUT_MS = 4000;

// Cache the shell and every asset it references, so the very first visit already works offline
// (that visit's own requests happened before this worker controlled the page).
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch(SHELL_URL, { cache: 'reload' });
      if (!response.ok) return;
      const html = await response.clone().text();
      await (await caches.open(SHELL_CACHE)).put(SHELL_URL, response);
      const assets = [...new Set([...(html.match(/\/assets\/[^"'\s)]+/g) ?? []), ...BUILD_ASSETS])];
      await (await caches.open(ASSET_CACHE)).addAll(assets);
    })().then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  const keep = [SHELL_CACHE, ASSET_CACHE];
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => !keep.includes(k)).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/sync')) return;
  if (request.mode === 'navigate') event.respondWith(networkFirstShell(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request));
});

async function networkFirstShell(request) {
  const cache = await caches.open(SHELL_CACHE);
  const cached = await cache.match(SHELL_URL);
  const fromNetwork = fetch(request).then((response) => {
    // Every route serves the same single-page shell; keep the newest one.
    const isHtml = (response.headers.get('content-type') ?? '').includes('text/html');
    if (response.ok && isHtml) cache.put(SHELL_URL, response.clone());
    return response;
  });
  if (!cached) return fromNetwork;
  const timeout = new Promise((resolve) => setTimeout(() => resolve(cached), NAVIGATION_TIMEOUT_MS));
  return Promise.race([fromNetwork.catch(() => cached), timeout]);
}

async function cacheFirst(request) {
  const cache = await caches.open(ASSET_CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) cache.put(request, response.clone());
  return response;
}
