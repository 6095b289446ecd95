// The sign-in lock in the database (rules in login-lockout.ts), so that it holds across server
// processes and client addresses. Each attempt is counted before its password is checked: fifty
// parallel guesses get ten checks, not fifty. The mail to the account's owner is written in the
// same transaction that engages the lock, so it goes out once per lock.
import { createHash } from 'node:crypto'
import { isUniqueViolation } from '~/lib/db-errors.server'
import { USER_TX, type Db } from '~/lib/db.server'
import { LOCK_MS, lockRemainingMs, MAX_FAILURES, WINDOW_MS } from './login-lockout'

export const LOGIN_LOCKED_TEMPLATE = 'auth.loginLocked'

/** Rows of addresses nobody has tried for a day are swept when a new row is made. */
const SWEEP_AFTER_MS = 24 * 60 * 60_000

/** The key of an address (normalised by the caller): its SHA-256, so typed addresses are not kept as they are. */
export function throttleKey(normalisedEmail: string): string {
  return createHash('sha256').update(`fairdesk-login:${normalisedEmail}`).digest('hex')
}

/** How long the address stays locked (ms), or 0. */
export async function lockedFor(db: Db, key: string, now: Date): Promise<number> {
  return lockRemainingMs(await db.loginThrottle.findUnique({ where: { emailHash: key } }), now)
}

/**
 * Counts a sign-in attempt with this address and answers its number in the current window (1 for
 * the first in a new one). Attempts past MAX_FAILURES are refused by the caller without a check.
 */
export async function countAttempt(db: Db, key: string, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - WINDOW_MS)
  for (let round = 0; round < 3; round++) {
    try {
      const row = await db.loginThrottle.update({
        where: { emailHash: key, windowStart: { gt: cutoff } },
        data: { failures: { increment: 1 } },
        select: { failures: true },
      })
      return row.failures
    } catch (error) {
      if (!isRecordNotFound(error)) throw error
    }
    // The window is over (and no lock holds): this attempt opens a new one.
    const { count } = await db.loginThrottle.updateMany({
      where: { emailHash: key, windowStart: { lte: cutoff }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
      data: { failures: 1, windowStart: now, lockedUntil: null },
    })
    if (count === 1) return 1
    try {
      await db.loginThrottle.create({ data: { emailHash: key, failures: 1, windowStart: now } })
      await db.loginThrottle.deleteMany({
        where: { windowStart: { lt: new Date(now.getTime() - SWEEP_AFTER_MS) }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
      })
      return 1
    } catch (error) {
      // Another attempt with this address made the row meanwhile: count on it.
      if (!isUniqueViolation(error)) throw error
    }
  }
  // Still contended after three rounds (a lock engaged meanwhile): no check this time.
  return MAX_FAILURES + 1
}

/** A successful sign-in: the count starts again. */
export function clearAttempts(db: Db, key: string) {
  return db.loginThrottle.deleteMany({ where: { emailHash: key } })
}

export type LockOwner = { id: string; email: string; name: string; locale: string }

/**
 * Locks the address after its last allowed failure, with an audit entry, and for an active
 * account the mail to its owner. Only the call that engaged the lock writes them.
 */
export async function engageLock(db: Db, key: string, owner: LockOwner | null, now: Date): Promise<void> {
  const lockedUntil = new Date(now.getTime() + LOCK_MS)
  await db.$transaction(async (tx) => {
    const { count } = await tx.loginThrottle.updateMany({
      where: { emailHash: key, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
      data: { lockedUntil },
    })
    if (count === 0) return
    // Nobody is known to have acted: whoever typed the passwords did not sign in.
    await tx.auditEntry.create({
      data: {
        at: now,
        action: 'auth.locked',
        entityType: owner ? 'User' : 'LoginThrottle',
        entityId: owner?.id ?? key,
        details: { failures: MAX_FAILURES, lockedUntil: lockedUntil.toISOString() },
      },
    })
    if (owner) {
      await tx.outboxMessage.create({
        data: {
          template: LOGIN_LOCKED_TEMPLATE,
          toEmail: owner.email,
          toName: owner.name,
          locale: owner.locale,
          payload: { userId: owner.id, lockedAt: now.toISOString(), lockedUntil: lockedUntil.toISOString() },
        },
      })
    }
  }, USER_TX)
}

function isRecordNotFound(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null
  return Boolean(
    e && typeof e === 'object' && (e.code === 'P2025' || /Record to update not found|No record was found/i.test(e.message ?? '')),
  )
}
