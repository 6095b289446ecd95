// Security headers for every response (helmet): a Content-Security-Policy whose scripts must carry
// the per-request nonce, no framing by other sites, no MIME sniffing, a strict referrer policy.
import helmet from 'helmet'
import type { Response } from 'express'

export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        // Remix's inline hydration scripts carry the nonce; the QR decoder is WebAssembly.
        'script-src': ["'self'", (_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`, "'wasm-unsafe-eval'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'media-src': ["'self'", 'blob:'],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
      },
    },
    // Mail previews for staff are shown in sandboxed iframes of our own origin.
    frameguard: { action: 'sameorigin' },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    // HSTS only makes sense behind HTTPS; the operator's proxy sets it there.
    strictTransportSecurity: false,
  })
}
