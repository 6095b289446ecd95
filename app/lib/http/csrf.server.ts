// Cross-site request forgery guard for every state-changing request: document and data requests,
// resource routes and the JSON API alike. Browsers tell where a request comes from (Origin,
// Sec-Fetch-Site); a write from another site, or from an opaque origin ("null": sandboxed frames,
// file:// pages, some redirects), is refused. Clients that send neither header (curl, hand
// scanners with bearer tokens) are not browsers riding on a victim's cookies and pass.

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export type RequestLike = { method: string; headers: { get(name: string): string | null } }

/** Why a request must be refused, or null when it may proceed. */
export function crossSiteWriteReason(request: RequestLike, appOrigins: string[]): string | null {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return null
  const site = request.headers.get('sec-fetch-site')
  if (site === 'cross-site') return 'cross-site request'
  const origin = request.headers.get('origin')
  if (origin === null) {
    // Older browsers send no Sec-Fetch-Site; same-site (another subdomain) is still foreign here.
    return site === 'same-site' ? 'same-site request from another origin' : null
  }
  if (origin === 'null') return 'opaque origin'
  return appOrigins.includes(origin) ? null : `foreign origin ${origin.slice(0, 100)}`
}

/** The origins this app answers on: APP_URL's, plus the request's own Host for local development. */
export function allowedOrigins(appUrl: string, requestOrigin?: string | null): string[] {
  const origins = [new URL(appUrl).origin]
  if (requestOrigin && !origins.includes(requestOrigin)) origins.push(requestOrigin)
  return origins
}
