// Pages only one person may see — staff pages, the sign-in, an attendee's or speaker's own link —
// are never stored by a browser or a proxy, and a token in their address never leaves in a
// Referer. Set once for every document and data response (app/entry.server.tsx); resource routes
// (files, JSON) set their own headers.

/** Staff pages, sign-in and sign-out, the personal links /r/<token> and /s/<token>, and password links /password/<token>. */
const PRIVATE = /^\/(?:admin|login|logout|r|s|password)(?:[/.]|$)/
const TOKEN_LINK = /^\/(?:r|s|password)(?:[/.]|$)/

export function isPrivatePath(pathname: string): boolean {
  return PRIVATE.test(pathname)
}

/** Adds `Cache-Control: no-store` (and no-referrer for token links) unless the route set its own. */
export function markPrivate(url: string, headers: Headers): void {
  const { pathname } = new URL(url)
  if (!PRIVATE.test(pathname)) return
  if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'no-store')
  if (TOKEN_LINK.test(pathname) && !headers.has('Referrer-Policy')) headers.set('Referrer-Policy', 'no-referrer')
}
