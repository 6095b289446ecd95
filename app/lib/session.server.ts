// Staff sessions: the cookie carries only an AuthSession id, signed; everything else stays in the
// database. Deleting the row therefore ends the session everywhere, also for a stolen cookie.
//
// Lifetime: 12 hours idle (sliding; renewed at most every 10 minutes so a busy scanner page does not
// write on every request), and never longer than 7 days after login.
//
// Cookie flags: HttpOnly, SameSite=Lax, Path=/. `Secure` only when NODE_ENV=production AND APP_URL
// starts with https:// — a production build served over plain http (the test suite serves one on
// http://127.0.0.1) would otherwise never get its cookie back from the browser.
//
// Signing secret: SESSION_SECRET (comma-separated to rotate: the first signs, all verify). Without
// it, a random secret is generated once and kept in the AppSetting table (key `session_secret`), so
// sessions survive restarts and are shared by every process on the same database.
import { randomBytes } from 'node:crypto'
import { createCookie, type Cookie } from '@remix-run/node'
import type { Role } from '~/generated/prisma-sqlite/client'
import type { Db } from './db.server'
import { getOrCreateSetting } from './settings.server'
import { getEnv, type Env } from './env.server'

export const SESSION_COOKIE_NAME = 'fairdesk_session'
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000
export const SESSION_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000
const RENEW_AFTER_MS = 10 * 60 * 1000
const SECRET_SETTING_KEY = 'session_secret'

/** The user a session belongs to: what staff pages need, never the password hash. */
export type StaffUser = { id: string; email: string; name: string; role: Role; locale: string }
export type StaffSession = { sessionId: string; expiresAt: Date; user: StaffUser }

const staffUserSelect = { id: true, email: true, name: true, role: true, locale: true, disabledAt: true } as const

export function sessionCookieSecure(env: Pick<Env, 'NODE_ENV' | 'APP_URL'>): boolean {
  return env.NODE_ENV === 'production' && env.APP_URL.startsWith('https://')
}

/** The secrets that sign cookies: the first signs, all verify. */
export async function sessionSecrets(db: Db): Promise<string[]> {
  const fromEnv = (getEnv().SESSION_SECRET ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (fromEnv.length > 0) return fromEnv
  return [await getOrCreateSetting(db, SECRET_SETTING_KEY, () => randomBytes(32).toString('base64url'))]
}

// One cookie object per database client (tests open several; the app opens one).
const cookies = new WeakMap<Db, Promise<Cookie>>()

export function sessionCookie(db: Db): Promise<Cookie> {
  let cookie = cookies.get(db)
  if (!cookie) {
    cookie = sessionSecrets(db).then((secrets) =>
      createCookie(SESSION_COOKIE_NAME, {
        httpOnly: true,
        sameSite: 'lax',
        secure: sessionCookieSecure(getEnv()),
        path: '/',
        secrets,
        // The browser may keep it up to the absolute limit; the database row decides before that.
        maxAge: SESSION_MAX_AGE_MS / 1000,
      }),
    )
    cookie.catch(() => cookies.delete(db))
    cookies.set(db, cookie)
  }
  return cookie
}

/** The AuthSession id the request's cookie carries, if its signature is valid. */
export async function readSessionId(request: Request, db: Db): Promise<string | null> {
  const header = request.headers.get('Cookie')
  if (!header || !header.includes(SESSION_COOKIE_NAME)) return null
  const value: unknown = await (await sessionCookie(db)).parse(header)
  return typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : null
}

/**
 * Looks up a session id: the session and its user, or null when it is unknown, expired, or its user
 * is disabled. Slides the idle expiry forward.
 */
export async function resolveAuthSession(db: Db, sessionId: string, now = new Date()): Promise<StaffSession | null> {
  const row = await db.authSession.findUnique({ where: { id: sessionId }, include: { user: { select: staffUserSelect } } })
  if (!row) return null
  const hardLimit = row.createdAt.getTime() + SESSION_MAX_AGE_MS
  if (row.expiresAt.getTime() <= now.getTime() || hardLimit <= now.getTime() || row.user.disabledAt) {
    await db.authSession.deleteMany({ where: { id: row.id } })
    return null
  }
  let expiresAt = row.expiresAt
  const renewed = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, hardLimit))
  if (renewed.getTime() - row.expiresAt.getTime() >= RENEW_AFTER_MS) {
    // deleteMany/updateMany: a concurrent logout may have removed the row; that is not an error.
    await db.authSession.updateMany({ where: { id: row.id }, data: { expiresAt: renewed } })
    expiresAt = renewed
  }
  const { disabledAt: _disabledAt, ...user } = row.user
  return { sessionId: row.id, expiresAt, user }
}

/** The signed-in staff member of this request, or null. */
export async function getStaffSession(request: Request, db: Db, now = new Date()): Promise<StaffSession | null> {
  const id = await readSessionId(request, db)
  return id ? resolveAuthSession(db, id, now) : null
}

/**
 * Starts a session for a user who has just authenticated. Always a new row with a new id (so a
 * session id planted before login is worthless); the session the request came with, if any, is
 * deleted. Returns the Set-Cookie header value.
 */
export async function startStaffSession(
  request: Request,
  db: Db,
  userId: string,
  now = new Date(),
): Promise<{ sessionId: string; setCookie: string }> {
  const previous = await readSessionId(request, db)
  // 256 random bits rather than a cuid: unguessable even to someone who learns the signing secret.
  const sessionId = randomBytes(32).toString('base64url')
  const userAgent = request.headers.get('User-Agent')?.slice(0, 255) ?? null
  await db.$transaction([
    db.authSession.deleteMany({
      where: { OR: [...(previous ? [{ id: previous }] : []), { userId, expiresAt: { lte: now } }] },
    }),
    db.authSession.create({
      data: { id: sessionId, userId, userAgent, createdAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS) },
    }),
  ])
  const setCookie = await (await sessionCookie(db)).serialize(sessionId)
  return { sessionId, setCookie }
}

/**
 * Ends the request's session: the row is deleted, so the old cookie is dead even if someone kept a
 * copy. Returns a Set-Cookie that clears the cookie, and whose session it was (for the audit log).
 */
export async function endStaffSession(request: Request, db: Db): Promise<{ setCookie: string; userId: string | null }> {
  const id = await readSessionId(request, db)
  const row = id ? await db.authSession.findUnique({ where: { id }, select: { userId: true } }) : null
  if (id) await db.authSession.deleteMany({ where: { id } })
  return { setCookie: await clearSessionCookie(db), userId: row?.userId ?? null }
}

export async function clearSessionCookie(db: Db): Promise<string> {
  return (await sessionCookie(db)).serialize('', { maxAge: 0, expires: new Date(0) })
}

/** Logs a user out everywhere, e.g. when an administrator disables the account or resets the password. */
export async function endAllSessionsOf(db: Db, userId: string): Promise<number> {
  const { count } = await db.authSession.deleteMany({ where: { userId } })
  return count
}
