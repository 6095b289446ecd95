// Staff accounts against a real database (SQLite, and PostgreSQL when configured): the first start
// without the demo, `npm run user:create`, password links (single use, expiry), deactivation ending
// sessions, the last administrator, the forgotten-password request, and every change's audit entry
// written in the change's own transaction.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authenticate } from '~/domain/accounts/auth.server'
import { MAX_PASSWORD_LENGTH as POLICY_MAX, passwordProblem } from '~/domain/accounts/password-policy'
import {
  changeOwnPassword,
  changeRole,
  createAccount,
  readPasswordLink,
  requestPasswordReset,
  RESET_REQUEST_MIN_MS,
  RESET_TEMPLATE,
  setAccountActive,
  setPasswordWithLink,
  INVITE_TEMPLATE,
} from '~/domain/accounts/users.server'
import { createDb, type Db } from '~/lib/db.server'
import { viewOutboxMessage } from '~/mail/outbox.server'
import { hashPassword, MAX_PASSWORD_LENGTH } from '~/lib/password.server'
import { resolveAuthSession, startStaffSession } from '~/lib/session.server'
import { createEmptyDatabase, createTestDatabase, type TestDatabase } from '../support/db'

const HOUR = 60 * 60_000
const GOOD = 'lange Wörter am Fluss 7'

function runScript(script: string, args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), script, ...args], {
    env: { ...process.env, NODE_ENV: 'test', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  })
}

/** A client whose audit writes fail: a change that writes its entry inside its transaction rolls back with it. */
function failingAudit(db: Db): Db {
  const boom = () => Promise.reject(new Error('audit write failed'))
  const wrap = <T extends object>(client: T): T =>
    new Proxy(client, {
      get(target, prop, receiver) {
        if (prop === 'auditEntry') return { create: boom, createMany: boom }
        if (prop === '$transaction') {
          return (fn: unknown, options: unknown) =>
            typeof fn === 'function'
              ? (target as unknown as Db).$transaction(
                  (tx) => (fn as (t: unknown) => unknown)(wrap(tx)) as Promise<unknown>,
                  options as never,
                )
              : (target as unknown as Db).$transaction(fn as never)
        }
        return Reflect.get(target, prop, receiver)
      },
    })
  return wrap(db)
}

describe('a first start without the demo, and npm run user:create', () => {
  it('FAIRDESK_DEMO=off leaves an empty database empty; user:create prints a link that sets the password', async () => {
    const empty = await createEmptyDatabase()
    try {
      const prepared = runScript('scripts/prepare-db.ts', [], { DATABASE_URL: empty.url, FAIRDESK_DEMO: 'off' })
      expect(prepared.status, prepared.stderr).toBe(0)
      const db = await createDb(empty.url)
      try {
        expect(await db.event.count()).toBe(0)
        expect(await db.person.count()).toBe(0)
        expect(await db.user.count()).toBe(0)

        const created = runScript('scripts/user-create.ts', ['Chefin@Example.com', '--role', 'ADMIN', '--name', 'Carla Chefin'], {
          DATABASE_URL: empty.url,
          APP_URL: 'https://events.example.com',
        })
        expect(created.status, created.stderr).toBe(0)
        const url = created.stdout.trim()
        expect(url).toMatch(/^https:\/\/events\.example\.com\/password\/[\w-]{40,}$/)
        const user = await db.user.findUniqueOrThrow({ where: { email: 'chefin@example.com' } })
        expect(user).toMatchObject({ name: 'Carla Chefin', role: 'ADMIN', passwordHash: '' })
        // The secret is in the link only; the database keeps its hash.
        const token = url.split('/').pop()!
        expect(JSON.stringify(await db.passwordToken.findMany())).not.toContain(token)
        expect(await db.auditEntry.count({ where: { action: 'user.created', entityId: user.id } })).toBe(1)
        // No password works before one is set.
        expect((await authenticate(db, 'chefin@example.com', '')).kind).toBe('invalid')
        expect((await setPasswordWithLink(db, token, GOOD)).kind).toBe('set')
        expect((await authenticate(db, 'chefin@example.com', GOOD)).kind).toBe('ok')

        const again = runScript('scripts/user-create.ts', ['chefin@example.com', '--role', 'DOOR'], { DATABASE_URL: empty.url })
        expect(again.status).toBe(1)
        const wrongRole = runScript('scripts/user-create.ts', ['x@example.com', '--role', 'KING'], { DATABASE_URL: empty.url })
        expect(wrongRole.status).toBe(2)
      } finally {
        await db.$disconnect()
      }
    } finally {
      await empty.drop()
    }
  }, 120_000)
})

describe('staff accounts', () => {
  let t: TestDatabase
  let db: Db
  let admin: { id: string; name: string }

  beforeAll(async () => {
    t = await createTestDatabase()
    db = t.db
    admin = await db.user.create({
      data: { email: 'ada@example.org', name: 'Ada Admin', role: 'ADMIN', passwordHash: await hashPassword(GOOD) },
      select: { id: true, name: true },
    })
  })
  afterAll(async () => {
    await t?.close()
  })

  async function invite(email: string, role: 'ADMIN' | 'ORGANIZER' | 'DOOR' | 'REPORTER' = 'ORGANIZER', now = new Date()) {
    const result = await createAccount(db, { email, role, name: 'Olga Orga' }, admin, now)
    if (result.kind !== 'created') throw new Error(result.kind)
    return result
  }

  it('an invitation queues the set-password mail in its transaction, and its link works once', async () => {
    const { user, token } = await invite('olga@example.org')
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { template: INVITE_TEMPLATE, toEmail: 'olga@example.org' } })
    expect(mail.payload).toMatchObject({ userId: user.id, token })
    expect(await db.auditEntry.count({ where: { action: 'user.invited', entityId: user.id, actorId: admin.id } })).toBe(1)
    expect((await createAccount(db, { email: 'OLGA@example.org', role: 'DOOR' }, admin)).kind).toBe('exists')

    expect((await readPasswordLink(db, token)).kind).toBe('valid')
    expect(await setPasswordWithLink(db, token, 'short')).toEqual({ kind: 'weak', problem: 'tooShort' })
    expect(await setPasswordWithLink(db, token, 'password123')).toEqual({ kind: 'weak', problem: 'common' })
    expect(await setPasswordWithLink(db, token, 'qwertyuiop')).toEqual({ kind: 'weak', problem: 'common' })
    expect((await setPasswordWithLink(db, token, GOOD)).kind).toBe('set')
    expect(await db.auditEntry.count({ where: { action: 'user.password_set', entityId: user.id } })).toBe(1)
    // Used up: neither the page nor a second post accept it.
    expect((await readPasswordLink(db, token)).kind).toBe('invalid')
    expect((await setPasswordWithLink(db, token, 'ein anderes Passwort 8')).kind).toBe('invalid')
    expect((await authenticate(db, 'olga@example.org', GOOD)).kind).toBe('ok')
  })

  it('a set-password link expires after 24 hours', async () => {
    const now = new Date()
    const { token } = await invite('late@example.org', 'DOOR', now)
    expect((await readPasswordLink(db, token, new Date(now.getTime() + 23 * HOUR))).kind).toBe('valid')
    expect((await setPasswordWithLink(db, token, GOOD, new Date(now.getTime() + 24 * HOUR + 1000))).kind).toBe('invalid')
    expect((await setPasswordWithLink(db, token, GOOD, new Date(now.getTime() + 23 * HOUR))).kind).toBe('set')
  })

  it('the forgotten-password form answers alike for every address, and its link works once and expires after an hour', async () => {
    const before = await db.outboxMessage.count({ where: { template: RESET_TEMPLATE } })
    const now = new Date()
    for (const email of ['nobody@example.org', 'ADA@example.org']) {
      const started = Date.now()
      expect(await requestPasswordReset(db, email, now)).toBeUndefined()
      expect(Date.now() - started).toBeGreaterThanOrEqual(RESET_REQUEST_MIN_MS - 5)
    }
    const mails = await db.outboxMessage.findMany({ where: { template: RESET_TEMPLATE }, orderBy: { createdAt: 'asc' } })
    expect(mails.length).toBe(before + 1)
    expect(mails.at(-1)!.toEmail).toBe('ada@example.org')
    const token = (mails.at(-1)!.payload as { token: string }).token
    // Whoever reads the outbox (organisers may) sees the message without the link's secret.
    const viewed = await viewOutboxMessage(db, mails.at(-1)!.id, 'https://events.example.org')
    if (viewed?.rendered.kind !== 'mail') throw new Error('not rendered')
    expect(viewed.rendered.mail.text).toContain('https://events.example.org/password/…')
    expect(JSON.stringify([viewed.rendered.mail.html, viewed.rendered.mail.text, viewed.message.payload])).not.toContain(token)
    // A second request right away sends no second mail.
    await requestPasswordReset(db, 'ada@example.org', now)
    expect(await db.outboxMessage.count({ where: { template: RESET_TEMPLATE } })).toBe(before + 1)

    expect((await setPasswordWithLink(db, token, GOOD, new Date(now.getTime() + HOUR + 1000))).kind).toBe('invalid')
    expect((await setPasswordWithLink(db, token, 'neues Passwort für Ada 9', new Date(now.getTime() + 30 * 60_000))).kind).toBe('set')
    expect((await setPasswordWithLink(db, token, 'noch ein Passwort für Ada', new Date(now.getTime() + 31 * 60_000))).kind).toBe('invalid')
    expect(await db.auditEntry.count({ where: { action: 'user.password_reset', entityId: admin.id } })).toBe(1)
    expect((await authenticate(db, 'ada@example.org', 'neues Passwort für Ada 9')).kind).toBe('ok')
    await changeOwnPassword(db, admin.id, 'neues Passwort für Ada 9', GOOD, null)
  })

  it('deactivating an account ends its sessions at once; reactivating does not revive them', async () => {
    const { user, token } = await invite('dora@example.org', 'DOOR')
    await setPasswordWithLink(db, token, GOOD)
    const request = new Request('http://127.0.0.1/admin', { headers: { 'User-Agent': 'vitest' } })
    const { sessionId } = await startStaffSession(request, db, user.id)
    expect(await resolveAuthSession(db, sessionId)).not.toBeNull()
    expect((await setAccountActive(db, admin.id, user.id, false)).kind).toBe('changed')
    expect(await db.authSession.count({ where: { userId: user.id } })).toBe(0)
    expect(await resolveAuthSession(db, sessionId)).toBeNull()
    expect((await authenticate(db, 'dora@example.org', GOOD)).kind).toBe('invalid')
    expect((await setAccountActive(db, admin.id, user.id, true)).kind).toBe('changed')
    expect(await resolveAuthSession(db, sessionId)).toBeNull()
    expect((await authenticate(db, 'dora@example.org', GOOD)).kind).toBe('ok')
    expect(await db.auditEntry.count({ where: { entityId: user.id, action: { in: ['user.deactivated', 'user.reactivated'] } } })).toBe(2)
  })

  it('keeps the last administrator, and nobody deactivates themselves', async () => {
    expect((await setAccountActive(db, admin.id, admin.id, false)).kind).toBe('self')
    expect((await changeRole(db, admin.id, admin.id, 'ORGANIZER')).kind).toBe('lastAdmin')
    const second = await invite('bert@example.org', 'ADMIN')
    expect((await changeRole(db, admin.id, admin.id, 'ORGANIZER')).kind).toBe('changed')
    expect((await setAccountActive(db, second.user.id, admin.id, false)).kind).toBe('changed')
    expect((await changeRole(db, second.user.id, second.user.id, 'DOOR')).kind).toBe('lastAdmin')
    // Back as it was for the other tests.
    await setAccountActive(db, second.user.id, admin.id, true)
    expect((await changeRole(db, second.user.id, admin.id, 'ADMIN')).kind).toBe('changed')
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: 'user.role_changed', entityId: admin.id },
      orderBy: { at: 'asc' },
    })
    expect(audit.details).toEqual({ from: 'ADMIN', to: 'ORGANIZER' })
  })

  it('writes each change and its audit entry in one transaction: when the entry cannot be written, nothing changes', async () => {
    const broken = failingAudit(db)
    const { user, token } = await invite('hans@example.org', 'REPORTER')
    const users = await db.user.count()
    await expect(createAccount(broken, { email: 'ghost@example.org', role: 'DOOR' }, admin)).rejects.toThrow('audit write failed')
    expect(await db.user.count()).toBe(users)
    expect(await db.outboxMessage.count({ where: { toEmail: 'ghost@example.org' } })).toBe(0)

    await expect(changeRole(broken, admin.id, user.id, 'ORGANIZER')).rejects.toThrow('audit write failed')
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe('REPORTER')

    await expect(setAccountActive(broken, admin.id, user.id, false)).rejects.toThrow('audit write failed')
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt).toBeNull()

    await expect(setPasswordWithLink(broken, token, GOOD)).rejects.toThrow('audit write failed')
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe('')
    expect((await readPasswordLink(db, token)).kind).toBe('valid')

    await requestPasswordReset(db, 'ada@example.org', new Date(Date.now() + 10 * 60_000)).catch(() => undefined)
    const resets = await db.outboxMessage.count({ where: { template: RESET_TEMPLATE } })
    await expect(requestPasswordReset(broken, 'hans@example.org')).rejects.toThrow('audit write failed')
    expect(await db.outboxMessage.count({ where: { template: RESET_TEMPLATE } })).toBe(resets)
  })

  it('refuses short and common passwords', () => {
    expect(passwordProblem('kurz')).toBe('tooShort')
    expect(passwordProblem('1234567890')).toBe('common')
    expect(passwordProblem('Fairdesk-Demo')).toBe('common')
    expect(passwordProblem(GOOD)).toBeNull()
    // The policy repeats the hashing limit for forms in the browser: both say the same.
    expect(POLICY_MAX).toBe(MAX_PASSWORD_LENGTH)
    expect(passwordProblem('x'.repeat(MAX_PASSWORD_LENGTH + 1))).toBe('tooLong')
  })
})
