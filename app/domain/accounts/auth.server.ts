// Staff sign-in: checks e-mail and password, nothing about cookies (see lib/session.server.ts).
//
// An unknown e-mail, a wrong password and a disabled account give the same answer, and each
// costs one scrypt verification, so neither the answer nor its timing tells an attacker which
// staff e-mail addresses exist. The same holds for the lock after too many failed attempts
// (login-lockout.ts): every typed address is counted and locked alike, account or not.
import type { Db } from '~/lib/db.server'
import { hashPassword, MAX_PASSWORD_LENGTH, needsRehash, verifyPassword } from '~/lib/password.server'
import type { StaffUser } from '~/lib/session.server'
import { LOCK_MS, MAX_FAILURES } from './login-lockout'
import { clearAttempts, countAttempt, engageLock, lockedFor, throttleKey } from './login-lockout.server'

export type AuthenticateResult = { kind: 'ok'; user: StaffUser } | { kind: 'invalid' } | { kind: 'locked'; retryAfterMs: number }

/** Longest e-mail address SMTP can carry (RFC 5321 path limit); staff e-mails are stored normalised. */
export const MAX_EMAIL_LENGTH = 254

export function normaliseStaffEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase()
}

// Verified against when the e-mail is unknown, so that path costs what a real check costs.
// Hashed once per process, with today's parameters.
let dummyHash: Promise<string> | undefined
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword('fairdesk-timing-equaliser')
  return dummyHash
}

export async function authenticate(db: Db, email: string, password: string, now = new Date()): Promise<AuthenticateResult> {
  const dummy = getDummyHash()
  const normalised = normaliseStaffEmail(email)
  // Absurd input never reaches the database or the KDF (the login form refuses it earlier too).
  if (normalised.length === 0 || normalised.length > MAX_EMAIL_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    await verifyPassword(password.slice(0, MAX_PASSWORD_LENGTH), await dummy)
    return { kind: 'invalid' }
  }
  const key = throttleKey(normalised)
  // A locked address is refused without a check, even with the right password.
  const locked = await lockedFor(db, key, now)
  if (locked > 0) return { kind: 'locked', retryAfterMs: locked }
  const attempt = await countAttempt(db, key, now)
  if (attempt > MAX_FAILURES) return { kind: 'locked', retryAfterMs: LOCK_MS }

  const user = await db.user.findUnique({ where: { email: normalised } })
  const matches = await verifyPassword(password, user?.passwordHash ?? (await dummy))
  const failed = async (): Promise<AuthenticateResult> => {
    // Every failed attempt is in the trail, with or without an account: one row either way, so the
    // cost tells nothing. The typed address is kept only where no account has it.
    await db.auditEntry.create({
      data: {
        at: now,
        actorId: user?.id ?? null,
        action: 'auth.login_failed',
        entityType: 'User',
        entityId: user?.id ?? null,
        details: user ? { attempt } : { attempt, email: normalised },
      },
    })
    if (attempt < MAX_FAILURES) return { kind: 'invalid' }
    await engageLock(
      db,
      key,
      user && !user.disabledAt ? { id: user.id, email: user.email, name: user.name, locale: user.locale } : null,
      now,
    )
    return { kind: 'locked', retryAfterMs: LOCK_MS }
  }
  if (!user || !matches) return failed()

  if (user.disabledAt) {
    await db.auditEntry.create({
      data: { actorId: user.id, action: 'auth.login_refused', entityType: 'User', entityId: user.id, details: { reason: 'disabled' } },
    })
    return failed()
  }

  // Hashes made with weaker parameters are upgraded while the plain password is at hand.
  const passwordHash = needsRehash(user.passwordHash) ? await hashPassword(password) : undefined
  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { lastLoginAt: now, ...(passwordHash ? { passwordHash } : {}) } }),
    db.auditEntry.create({ data: { at: now, actorId: user.id, action: 'auth.login', entityType: 'User', entityId: user.id } }),
    clearAttempts(db, key),
  ])
  return { kind: 'ok', user: { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale } }
}

/** Records a logout in the audit log (the session row itself is deleted by lib/session.server.ts). */
export async function recordLogout(db: Db, userId: string, now = new Date()): Promise<void> {
  await db.auditEntry.create({ data: { at: now, actorId: userId, action: 'auth.logout', entityType: 'User', entityId: userId } })
}
