// The scanner page's cold start without network: a service worker (public/scanner-sw.js) scoped to
// this one scanner URL keeps the page and the files it loaded. Only the scanner registers it; the
// logout forgets it again (see forgetScannerShell).
const WORKER = '/scanner-sw.js'
const CACHE_PREFIX = 'fairdesk-scanner:'

/** Registers the worker for this scanner page and tells it which build files the page loaded. */
export async function keepScannerShell(scope: string): Promise<void> {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return
  const registration = await navigator.serviceWorker.register(WORKER, { scope, updateViaCache: 'none' })
  const worker = registration.active ?? (await activated(registration))
  const assets = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && url.pathname.startsWith('/assets/'))
    .map((url) => url.pathname)
  worker.postMessage({ type: 'keep-shell', assets: [...new Set(assets)] })
}

function activated(registration: ServiceWorkerRegistration): Promise<ServiceWorker> {
  return new Promise((resolve) => {
    const worker = registration.installing ?? registration.waiting
    if (!worker) return resolve(registration.active!)
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve(worker)
    })
  })
}

/** At logout: no scanner page of this account stays readable offline (the unsent scan queue stays). */
export async function forgetScannerShell(): Promise<void> {
  const workers = async () => {
    if (!('serviceWorker' in navigator)) return
    for (const registration of await navigator.serviceWorker.getRegistrations()) {
      const worker = registration.active ?? registration.waiting ?? registration.installing
      if (!worker || new URL(worker.scriptURL).pathname !== WORKER) continue
      // The worker may still be fetching files for the page it keeps: it must stop filling the cache.
      worker.postMessage({ type: 'forget' })
      await registration.unregister()
    }
  }
  const kept = async () => {
    if (typeof caches === 'undefined') return
    for (const key of await caches.keys()) if (key.startsWith(CACHE_PREFIX)) await caches.delete(key)
  }
  await Promise.all([workers(), kept()])
}
