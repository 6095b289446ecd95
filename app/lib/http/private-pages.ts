// Pages only one person may see — staff pages, the sign-in, an attendee's or speaker's own link —
// are never stored by a browser or a proxy, and a token in their address never leaves in a
// Referer to another site. Set once for every document and data response (app/entry.server.tsx);
// resource routes (files, JSON) set their own headers.
//
// Token links say `same-origin`, not `no-referrer`: under no-referrer a browser sends `Origin: null`
// with the page's own form posts, which the cross-site write guard (lib/http/csrf.server.ts) must
// refuse — so every form on /r/<token> failed without JavaScript.

/** Staff pages, sign-in and sign-out, the personal links /r/<token> and /s/<token>, and password links /password/<token>. */
const PRIVATE = /^\/(?:admin|login|logout|r|s|password)(?:[/.]|$)/
const TOKEN_LINK = /^\/(?:r|s|password)(?:[/.]|$)/

export function isPrivatePath(pathname: string): boolean {
  return PRIVATE.test(pathname)
}

/** Adds `Cache-Control: no-store` (and a same-origin-only Referer for token links) unless the route set its own. */
export function markPrivate(url: string, headers: Headers): void {
  const { pathname } = new URL(url)
  if (!PRIVATE.test(pathname)) return
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store')
  if (TOKEN_LINK.test(pathname) && !headers.has('Referrer-Policy')) headers.set('Referrer-Policy', 'same-origin')
}
