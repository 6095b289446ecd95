// The door scanner's service worker: lets a volunteer (re)open the scanner page of one event while
// the phone has no network. Registered only by the scanner page, scoped to that page's URL
// (/admin/events/<id>/checkin), and it keeps only what the page needs to start: its HTML (network
// first, the cached copy only when the network fails) and the fingerprinted /assets files it loaded
// (cache first: their names change with their content). Everything else — the door list, scans,
// counts — goes to the network as before; the door list and the ticket key for offline checks are
// kept by the page itself (IndexedDB). Staff pages stay `Cache-Control: no-store` for the HTTP
// cache; this cache is the one deliberate exception, emptied at logout and when the server no
// longer serves the page to this browser (signed out, no permission).
const scope = new URL(self.registration.scope)
const CACHE = `fairdesk-scanner:${scope.pathname}`
const ASSET = /\/assets\/[\w.-]+/g
const NETWORK_PATIENCE_MS = 4_000

// Set when the page says its user logged out: work already under way (a page or its files still
// being fetched) must not fill the cache again after it was emptied.
let forgotten = false

const isAsset = (url) => url.origin === scope.origin && url.pathname.startsWith('/assets/')
const assetsIn = (html) => new Set([...html.matchAll(ASSET)].map((m) => m[0]))

/** Keeps a freshly served page; after a new release, drops the assets of the old one. */
async function keepPage(response) {
  if (forgotten) return
  const cache = await caches.open(CACHE)
  const previous = await cache.match(scope.href)
  const html = await response.clone().text()
  await cache.put(scope.href, response)
  const now = assetsIn(html)
  if (previous) {
    const before = assetsIn(await previous.text())
    const changed = now.size !== before.size || [...now].some((a) => !before.has(a))
    if (changed) {
      for (const request of await cache.keys()) {
        const url = new URL(request.url)
        if (isAsset(url) && !now.has(url.pathname)) await cache.delete(request)
      }
    }
  }
  await keepAssets(cache, now)
}

async function keepAssets(cache, paths) {
  for (const path of paths) {
    const url = new URL(path, scope.origin)
    if (forgotten) return
    if (!isAsset(url) || (await cache.match(url.href))) continue
    const response = await fetch(url.href).catch(() => null)
    if (response?.ok && !forgotten) await cache.put(url.href, response)
  }
  if (forgotten) await forgetPage()
}

async function forgetPage() {
  await caches.delete(CACHE)
}

async function page(event) {
  const network = fetch(event.request).then((response) => {
    if (response.status === 200 && response.type === 'basic' && !response.redirected)
      event.waitUntil(keepPage(response.clone()).catch(() => undefined))
    // A redirect to the login page, 403 or 404: this browser is not to see the page any more.
    else if (response.type === 'opaqueredirect' || (response.status >= 400 && response.status < 500)) event.waitUntil(forgetPage())
    return response
  })
  const cached = await caches.match(scope.href, { cacheName: CACHE })
  if (!cached) return network
  // Door Wi-Fi that answers nothing is no better than none: after a few seconds the kept copy opens
  // (the network's answer, when it comes, still updates it).
  const patience = new Promise((resolve) => setTimeout(() => resolve(cached), NETWORK_PATIENCE_MS))
  return Promise.race([network.catch(() => cached), patience])
}

async function asset(event) {
  // Forgotten at logout: a page this worker still controls must not fill the cache again.
  if (forgotten || !(await caches.has(CACHE))) return fetch(event.request)
  const cache = await caches.open(CACHE)
  const cached = await cache.match(event.request.url)
  if (cached) return cached
  const response = await fetch(event.request)
  if (response.ok && !forgotten)
    event.waitUntil(
      cache
        .put(event.request.url, response.clone())
        .then(() => (forgotten ? forgetPage() : undefined))
        .catch(() => undefined),
    )
  return response
}

self.addEventListener('install', () => self.skipWaiting())
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()))

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (request.mode === 'navigate' && url.origin === scope.origin && url.pathname === scope.pathname) event.respondWith(page(event))
  else if (isAsset(url)) event.respondWith(asset(event))
})

// The page, once this worker is active, names what it loaded before the worker controlled it (its
// scripts, styles and translation chunks); the worker keeps those and, the first time, the page.
self.addEventListener('message', (event) => {
  const data = event.data
  if (data?.type === 'forget') {
    forgotten = true
    event.waitUntil(forgetPage())
    return
  }
  if (!data || data.type !== 'keep-shell' || !Array.isArray(data.assets) || forgotten) return
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE)
      if (!(await cache.match(scope.href))) {
        const response = await fetch(scope.href, { credentials: 'same-origin', redirect: 'manual' }).catch(() => null)
        if (response && response.status === 200) await keepPage(response)
      }
      await keepAssets(
        cache,
        data.assets.filter((a) => typeof a === 'string').map((a) => new URL(a, scope.origin).pathname),
      )
      event.source?.postMessage({ type: 'shell-kept' })
    })().catch(() => undefined),
  )
})
