// The sign-in lock per address, against a real database (SQLite, and PostgreSQL when configured):
// counted in the database, the same for addresses without an account, one mail to the owner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authenticate, type AuthenticateResult } from '~/domain/accounts/auth.server'
import { LOCK_MS, MAX_FAILURES, WINDOW_MS } from '~/domain/accounts/login-lockout'
import { throttleKey } from '~/domain/accounts/login-lockout.server'
import { renderOutboxMessage } from '~/mail/outbox.server'
import type { Db } from '~/lib/db.server'
import { hashPassword } from '~/lib/password.server'
import { createTestDatabase, type TestDatabase } from '../support/db'

const MINUTE = 60_000
let t: TestDatabase
let db: Db
let passwordHash: string
beforeAll(async () => {
  t = await createTestDatabase()
  db = t.db
  passwordHash = await hashPassword('right-password')
})
afterAll(() => t?.close())

let n = 0
async function staff(locale = 'de') {
  n += 1
  const email = `staff${n}@example.org`
  const user = await db.user.create({ data: { email, name: `Erika Muster ${n}`, role: 'ORGANIZER', passwordHash, locale } })
  return { user, email }
}
const unknownAddress = () => `nobody${++n}@example.org`
const lockMails = (email: string) => db.outboxMessage.findMany({ where: { template: 'auth.loginLocked', toEmail: email } })
const at = (start: Date, ms: number) => new Date(start.getTime() + ms)

/** `count` wrong passwords, one per second from `start`. */
async function failTimes(email: string, count: number, start: Date): Promise<AuthenticateResult[]> {
  const results = []
  for (let i = 0; i < count; i++) results.push(await authenticate(db, email, `wrong-${i}`, at(start, i * 1000)))
  return results
}

describe('the sign-in lock per address', () => {
  it('locks after 10 failed attempts within 15 minutes, refuses the right password while locked, and opens after 15 minutes', async () => {
    const { email } = await staff()
    const start = new Date()
    const results = await failTimes(email, MAX_FAILURES, start)
    expect(results.slice(0, MAX_FAILURES - 1).map((r) => r.kind)).toEqual(Array(MAX_FAILURES - 1).fill('invalid'))
    expect(results[MAX_FAILURES - 1]).toEqual({ kind: 'locked', retryAfterMs: LOCK_MS })
    const lockedAt = at(start, (MAX_FAILURES - 1) * 1000)

    expect(await authenticate(db, email, 'right-password', at(lockedAt, 5 * MINUTE))).toEqual({ kind: 'locked', retryAfterMs: 10 * MINUTE })
    expect(await authenticate(db, ` ${email.toUpperCase()} `, 'right-password', at(lockedAt, LOCK_MS - 1000))).toEqual({
      kind: 'locked',
      retryAfterMs: 1000,
    })
    expect((await authenticate(db, email, 'right-password', at(lockedAt, LOCK_MS))).kind).toBe('ok')
    // The successful sign-in starts the count again.
    expect((await failTimes(email, MAX_FAILURES - 1, at(lockedAt, LOCK_MS + 1000))).map((r) => r.kind)).toEqual(
      Array(MAX_FAILURES - 1).fill('invalid'),
    )
  })

  it('gives an unknown address exactly the answers a staff address gets, attempt by attempt', async () => {
    const { email } = await staff()
    const unknown = unknownAddress()
    const start = new Date()
    const answers = async (address: string) => {
      const results = await failTimes(address, MAX_FAILURES + 2, start)
      results.push(await authenticate(db, address, 'right-password', at(start, 20_000)))
      results.push(await authenticate(db, address, 'right-password', at(start, 20_000 + LOCK_MS)))
      return results
    }
    const known = await answers(email)
    expect(await answers(unknown)).toEqual(known.map((r, i) => (i === known.length - 1 ? { kind: 'invalid' } : r)))
    // The last line differs only because the staff address has that password: after the lock it signs in.
    expect(known.at(-1)!.kind).toBe('ok')
    expect(await db.loginThrottle.count({ where: { emailHash: throttleKey(unknown) } })).toBe(1)
    expect(await db.loginThrottle.count({ where: { emailHash: { contains: '@' } } })).toBe(0)
  })

  it('does not lock for failures spread over more than 15 minutes', async () => {
    const { email } = await staff()
    const start = new Date()
    await failTimes(email, MAX_FAILURES - 1, start)
    expect((await failTimes(email, 1, at(start, WINDOW_MS + MINUTE)))[0]).toEqual({ kind: 'invalid' })
    expect((await authenticate(db, email, 'right-password', at(start, WINDOW_MS + 2 * MINUTE))).kind).toBe('ok')
  })

  it('writes one mail to the owner per lock, in their language, and an audit entry; none for an unknown address', async () => {
    const { user, email } = await staff('en')
    const start = new Date()
    await failTimes(email, MAX_FAILURES + 5, start)
    await authenticate(db, email, 'right-password', at(start, 30_000))
    const mails = await lockMails(email)
    expect(mails).toHaveLength(1)
    expect(mails[0]).toMatchObject({ status: 'PENDING', locale: 'en', toName: user.name, payload: { userId: user.id } })
    const rendered = await renderOutboxMessage(db, { ...mails[0]!, payload: mails[0]!.payload }, 'https://events.example.org')
    if (rendered.kind !== 'mail') throw new Error(rendered.reason)
    expect(rendered.mail.subject).toBe('Signing in to Fairdesk paused')
    expect(rendered.mail.text).toContain(
      `There were 10 failed attempts to sign in to Fairdesk with your address ${email} within 15 minutes`,
    )
    expect(rendered.mail.text).toContain('https://events.example.org/login')
    expect(rendered.mail.to).toEqual({ name: user.name, address: email })
    expect(await db.auditEntry.count({ where: { action: 'auth.locked', entityType: 'User', entityId: user.id } })).toBe(1)

    // The next lock, after this one is over and ten more failures, is a new mail.
    await failTimes(email, MAX_FAILURES, at(start, LOCK_MS + WINDOW_MS))
    expect(await lockMails(email)).toHaveLength(2)

    const unknown = unknownAddress()
    await failTimes(unknown, MAX_FAILURES, start)
    expect(await db.outboxMessage.count({ where: { toEmail: unknown } })).toBe(0)
    expect(
      await db.auditEntry.count({ where: { action: 'auth.locked', entityType: 'LoginThrottle', entityId: throttleKey(unknown) } }),
    ).toBe(1)
  })

  it('checks at most 10 passwords of 50 sent at once, and then refuses the right one', async () => {
    const { email } = await staff()
    const now = new Date()
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => authenticate(db, email, `guess-${i}`, now)))
    expect(results.filter((r) => r.kind === 'invalid').length).toBeLessThanOrEqual(MAX_FAILURES - 1)
    expect(results.filter((r) => r.kind === 'locked').length).toBeGreaterThanOrEqual(50 - (MAX_FAILURES - 1))
    expect(await authenticate(db, email, 'right-password', at(now, MINUTE))).toMatchObject({ kind: 'locked' })
    expect(await lockMails(email)).toHaveLength(1)
  })
})
