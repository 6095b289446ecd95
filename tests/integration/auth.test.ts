// Staff sign-in and sessions against a real database (SQLite, and PostgreSQL when configured).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authenticate } from '~/domain/accounts/auth.server'
import { createDb, type Db } from '~/lib/db.server'
import { getEnv } from '~/lib/env.server'
import { hashPassword } from '~/lib/password.server'
import { requirePermission, requireRole, requireUser } from '~/lib/permissions.server'
import {
  endStaffSession,
  getStaffSession,
  resolveAuthSession,
  SESSION_COOKIE_NAME,
  SESSION_IDLE_MS,
  SESSION_MAX_AGE_MS,
  sessionCookieSecure,
  startStaffSession,
} from '~/lib/session.server'
import { createTestDatabase, type TestDatabase } from '../support/db'

const HOUR = 60 * 60 * 1000

/** A request carrying the cookie from a Set-Cookie header, as a browser would send it back. */
function requestWith(setCookie: string | null, path = '/admin'): Request {
  const headers = new Headers({ 'User-Agent': 'vitest' })
  if (setCookie) headers.set('Cookie', setCookie.split(';')[0]!)
  return new Request(`http://127.0.0.1${path}`, { headers })
}

async function thrown(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise
  } catch (error) {
    if (error instanceof Response) return error
    throw error
  }
  throw new Error('expected a thrown Response')
}

describe('staff authentication and sessions', () => {
  let t: TestDatabase
  let db: Db
  let admin: { id: string }
  let door: { id: string }
  let disabled: { id: string }

  beforeAll(async () => {
    t = await createTestDatabase()
    db = t.db
    const passwordHash = await hashPassword('fairdesk-demo')
    admin = await db.user.create({ data: { email: 'admin@example.org', name: 'Ada Admin', role: 'ADMIN', passwordHash } })
    door = await db.user.create({ data: { email: 'door@example.org', name: 'Dora Door', role: 'DOOR', passwordHash } })
    disabled = await db.user.create({
      data: { email: 'gone@example.org', name: 'Gone', role: 'ORGANIZER', passwordHash, disabledAt: new Date() },
    })
  })
  afterAll(async () => {
    await t?.close()
  })

  describe('authenticate', () => {
    it('signs in with the right password, records the login and an audit entry', async () => {
      const before = new Date()
      const result = await authenticate(db, 'admin@example.org', 'fairdesk-demo')
      expect(result).toEqual({
        kind: 'ok',
        user: { id: admin.id, email: 'admin@example.org', name: 'Ada Admin', role: 'ADMIN', locale: 'de' },
      })
      const user = await db.user.findUniqueOrThrow({ where: { id: admin.id } })
      expect(user.lastLoginAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000)
      const audit = await db.auditEntry.findMany({ where: { actorId: admin.id, action: 'auth.login' } })
      expect(audit).toHaveLength(1)
      expect(audit[0]).toMatchObject({ entityType: 'User', entityId: admin.id })
    })

    it('ignores case and surrounding spaces in the e-mail', async () => {
      expect((await authenticate(db, '  Admin@Example.ORG ', 'fairdesk-demo')).kind).toBe('ok')
    })

    it('gives the same answer for a wrong password, an unknown e-mail and absurd input', async () => {
      expect(await authenticate(db, 'admin@example.org', 'wrong')).toEqual({ kind: 'invalid' })
      expect(await authenticate(db, 'nobody@example.org', 'fairdesk-demo')).toEqual({ kind: 'invalid' })
      expect(await authenticate(db, 'a'.repeat(10_000), 'fairdesk-demo')).toEqual({ kind: 'invalid' })
      expect(await authenticate(db, 'admin@example.org', 'x'.repeat(10_000))).toEqual({ kind: 'invalid' })
      expect(await authenticate(db, '', '')).toEqual({ kind: 'invalid' })
    })

    it('takes about as long for an unknown e-mail as for a wrong password', async () => {
      const time = async (email: string) => {
        const started = performance.now()
        await authenticate(db, email, 'not-the-password')
        return performance.now() - started
      }
      const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
      const known: number[] = []
      const unknown: number[] = []
      for (let i = 0; i < 5; i++) {
        known.push(await time('admin@example.org'))
        unknown.push(await time(`nobody${i}@example.org`))
      }
      const ratio = median(unknown) / median(known)
      // Both are dominated by one scrypt verification (~65 ms); skipping it for unknown e-mails gives a
      // ratio near 0.02. Wide bounds, so a busy CI machine does not make this flaky.
      expect(ratio).toBeGreaterThan(0.33)
      expect(ratio).toBeLessThan(3)
    })

    it('refuses a disabled account even with the right password, without recording a login', async () => {
      expect(await authenticate(db, 'gone@example.org', 'fairdesk-demo')).toEqual({ kind: 'invalid' })
      const user = await db.user.findUniqueOrThrow({ where: { id: disabled.id } })
      expect(user.lastLoginAt).toBeNull()
      expect(await db.auditEntry.count({ where: { actorId: disabled.id, action: 'auth.login_refused' } })).toBe(1)
    })

    it('upgrades a hash made with weaker parameters at the next sign-in', async () => {
      const weak = await new Promise<string>((resolve, reject) => {
        import('node:crypto').then(({ scrypt, randomBytes }) => {
          const salt = randomBytes(16)
          scrypt('old-secret', salt, 32, { N: 1024, r: 8, p: 1 }, (e, key) =>
            e ? reject(e) : resolve(['scrypt', 1024, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$')),
          )
        }, reject)
      })
      const user = await db.user.create({ data: { email: 'old@example.org', name: 'Old', role: 'REPORTER', passwordHash: weak } })
      expect((await authenticate(db, 'old@example.org', 'old-secret')).kind).toBe('ok')
      const after = await db.user.findUniqueOrThrow({ where: { id: user.id } })
      expect(after.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/)
      expect((await authenticate(db, 'old@example.org', 'old-secret')).kind).toBe('ok')
    })
  })

  describe('sessions', () => {
    it('sets an HttpOnly, SameSite=Lax cookie for the whole site that resolves to the user', async () => {
      const { sessionId, setCookie } = await startStaffSession(requestWith(null), db, admin.id)
      expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE_NAME}=`))
      expect(setCookie).toMatch(/; HttpOnly/i)
      expect(setCookie).toMatch(/; SameSite=Lax/i)
      expect(setCookie).toMatch(/; Path=\//i)
      expect(setCookie).not.toMatch(/; Secure/i)
      // The cookie carries the id, signed — not the user or the role.
      expect(setCookie).not.toContain(admin.id)
      const session = await getStaffSession(requestWith(setCookie), db)
      expect(session).toMatchObject({ sessionId, user: { id: admin.id, role: 'ADMIN', name: 'Ada Admin' } })
      const row = await db.authSession.findUniqueOrThrow({ where: { id: sessionId } })
      expect(row.userAgent).toBe('vitest')
    })

    it('marks the cookie Secure only in production behind https', () => {
      expect(sessionCookieSecure({ NODE_ENV: 'production', APP_URL: 'https://fairdesk.example' })).toBe(true)
      expect(sessionCookieSecure({ NODE_ENV: 'production', APP_URL: 'http://127.0.0.1:4123' })).toBe(false)
      expect(sessionCookieSecure({ NODE_ENV: 'development', APP_URL: 'https://fairdesk.example' })).toBe(false)
    })

    it('keeps the generated signing secret in the database, shared by every process', async () => {
      const first = await startStaffSession(requestWith(null), db, admin.id)
      const other = await createDb(t.url)
      try {
        expect((await getStaffSession(requestWith(first.setCookie), other))?.user.id).toBe(admin.id)
      } finally {
        await other.$disconnect()
      }
      if (!getEnv().SESSION_SECRET) {
        const setting = await db.appSetting.findUniqueOrThrow({ where: { key: 'session_secret' } })
        expect(setting.value.length).toBeGreaterThanOrEqual(43)
      }
    })

    it('refuses a cookie whose signature does not match', async () => {
      const { sessionId, setCookie } = await startStaffSession(requestWith(null), db, admin.id)
      const value = setCookie.split(';')[0]!.slice(SESSION_COOKIE_NAME.length + 1)
      const unsigned = `${SESSION_COOKIE_NAME}=${Buffer.from(JSON.stringify(sessionId)).toString('base64')}`
      // Change the first character of the signature: base64 ignores some bits of the last ones,
      // so altering those could leave the very same signature bytes (flaky, not a forgery).
      const dot = value.lastIndexOf('.')
      const tampered = `${SESSION_COOKIE_NAME}=${value.slice(0, dot + 1)}${value[dot + 1] === 'A' ? 'B' : 'A'}${value.slice(dot + 2)}`
      expect(await getStaffSession(requestWith(unsigned), db)).toBeNull()
      expect(await getStaffSession(requestWith(tampered), db)).toBeNull()
      expect(await getStaffSession(requestWith(`${SESSION_COOKIE_NAME}=garbage`), db)).toBeNull()
    })

    it('rotates: signing in again gives a new session id and the old one no longer resolves', async () => {
      const first = await startStaffSession(requestWith(null), db, door.id)
      const second = await startStaffSession(requestWith(first.setCookie), db, door.id)
      expect(second.sessionId).not.toBe(first.sessionId)
      expect(await resolveAuthSession(db, first.sessionId)).toBeNull()
      expect(await getStaffSession(requestWith(first.setCookie), db)).toBeNull()
      expect((await getStaffSession(requestWith(second.setCookie), db))?.user.id).toBe(door.id)
    })

    it('logs out: the row is deleted, the old cookie is dead, and the cookie is cleared', async () => {
      const { sessionId, setCookie } = await startStaffSession(requestWith(null), db, admin.id)
      const ended = await endStaffSession(requestWith(setCookie), db)
      expect(ended.userId).toBe(admin.id)
      expect(ended.setCookie).toMatch(/Max-Age=0/i)
      expect(await db.authSession.findUnique({ where: { id: sessionId } })).toBeNull()
      expect(await resolveAuthSession(db, sessionId)).toBeNull()
      // Someone who kept a copy of the cookie gets nothing either.
      expect(await getStaffSession(requestWith(setCookie), db)).toBeNull()
      // Logging out without a session is harmless.
      expect((await endStaffSession(requestWith(null), db)).userId).toBeNull()
    })

    it('expires after 12 idle hours, slides while in use, and ends 7 days after sign-in at the latest', async () => {
      const start = new Date('2030-03-01T08:00:00Z')
      const idle = await startStaffSession(requestWith(null), db, admin.id, start)
      expect(await resolveAuthSession(db, idle.sessionId, new Date(start.getTime() + SESSION_IDLE_MS + 1000))).toBeNull()
      expect(await db.authSession.findUnique({ where: { id: idle.sessionId } })).toBeNull()

      const busy = await startStaffSession(requestWith(null), db, admin.id, start)
      let now = start.getTime()
      // Used every 11 hours: stays valid past the first 12 hours, up to the absolute limit.
      while (now + 11 * HOUR < start.getTime() + SESSION_MAX_AGE_MS) {
        now += 11 * HOUR
        expect(await resolveAuthSession(db, busy.sessionId, new Date(now))).not.toBeNull()
      }
      expect(await resolveAuthSession(db, busy.sessionId, new Date(start.getTime() + SESSION_MAX_AGE_MS))).toBeNull()
    })

    it('stops resolving once the user is disabled', async () => {
      const user = await db.user.create({
        data: { email: 'leaving@example.org', name: 'Leaving', role: 'DOOR', passwordHash: await hashPassword('x') },
      })
      const { sessionId } = await startStaffSession(requestWith(null), db, user.id)
      expect(await resolveAuthSession(db, sessionId)).not.toBeNull()
      await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } })
      expect(await resolveAuthSession(db, sessionId)).toBeNull()
    })
  })

  describe('permissions', () => {
    it('sends anonymous visitors to the login page with the page they wanted', async () => {
      const response = await thrown(requireUser(requestWith(null, '/admin/events?kind=FAIR'), db))
      expect(response.status).toBe(302)
      expect(response.headers.get('Location')).toBe(`/login?redirectTo=${encodeURIComponent('/admin/events?kind=FAIR')}`)
      expect(response.headers.get('Set-Cookie')).toBeNull()
    })

    it('clears a dead session cookie on the way to the login page', async () => {
      const { setCookie } = await startStaffSession(requestWith(null), db, admin.id)
      await endStaffSession(requestWith(setCookie), db)
      const response = await thrown(requireUser(requestWith(setCookie), db))
      expect(response.headers.get('Location')).toMatch(/^\/login\?redirectTo=/)
      expect(response.headers.get('Set-Cookie')).toMatch(/Max-Age=0/i)
    })

    it('answers 403 to a role below the one required', async () => {
      const { setCookie } = await startStaffSession(requestWith(null), db, door.id)
      const request = requestWith(setCookie)
      expect((await requireRole(request, db, 'DOOR')).id).toBe(door.id)
      expect((await thrown(requireRole(request, db, 'ORGANIZER'))).status).toBe(403)
      expect((await thrown(requireRole(request, db, 'REPORTER'))).status).toBe(403)
      expect((await requirePermission(request, db, 'checkin:scan')).id).toBe(door.id)
      expect((await thrown(requirePermission(request, db, 'reports:view'))).status).toBe(403)
    })
  })
})
