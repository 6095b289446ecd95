// "We have sent it to <address>": the address a public form has just written to, carried from the
// form's POST to the page it redirects to (303, so a reload never posts again). It travels in a
// short-lived signed cookie scoped to the event's pages — never in the URL, where logs, history
// and referrers keep it — and it holds nothing but the address the visitor typed themselves.
import { createCookie, type Cookie } from '@remix-run/node'
import type { Db } from './db.server'
import { getEnv } from './env.server'
import { sessionCookieSecure, sessionSecrets } from './session.server'

const NAME = 'fairdesk_sent'
const MAX_AGE_S = 10 * 60

const cookies = new WeakMap<Db, Promise<Cookie>>()

function sentCookie(db: Db): Promise<Cookie> {
  let cookie = cookies.get(db)
  if (!cookie) {
    cookie = sessionSecrets(db).then((secrets) =>
      createCookie(NAME, { httpOnly: true, sameSite: 'lax', secure: sessionCookieSecure(getEnv()), secrets, maxAge: MAX_AGE_S }),
    )
    cookie.catch(() => cookies.delete(db))
    cookies.set(db, cookie)
  }
  return cookie
}

const eventPath = (slug: string) => `/events/${encodeURIComponent(slug)}`

/** The Set-Cookie header that lets the event's "sent" page name the address. */
export async function sentNoticeCookie(db: Db, slug: string, to: string): Promise<string> {
  return (await sentCookie(db)).serialize({ to }, { path: eventPath(slug) })
}

/** The address the visitor's last form on this event's pages wrote to, if the cookie is still valid. */
export async function readSentNotice(db: Db, request: Request): Promise<string | null> {
  const header = request.headers.get('Cookie')
  if (!header?.includes(NAME)) return null
  const value: unknown = await (await sentCookie(db)).parse(header)
  const to = value && typeof value === 'object' ? (value as { to?: unknown }).to : null
  return typeof to === 'string' && to.length <= 320 ? to : null
}
