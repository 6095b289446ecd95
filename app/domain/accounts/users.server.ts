// Staff accounts: creating one (from the shell or by invitation), roles, deactivation, a member's
// own name and password, and the single-use links that set a password (new account, forgotten
// password). Every change writes its audit entry inside its own transaction, and the mail it causes
// is an outbox row in that transaction too.
//
// An account made here has no password (passwordHash ''), which verifies against nothing: its owner
// sets one through the link. Only the SHA-256 of a link's secret is stored (PasswordToken); the
// secret itself travels in the link only (printed by `npm run user:create`, or in the queued mail).
import { createHash, randomBytes } from 'node:crypto'
import type { Role } from '~/generated/prisma-sqlite/client'
import { isUniqueViolation } from '~/lib/db-errors.server'
import { USER_TX, type Db, type Tx } from '~/lib/db.server'
import { hashPassword, verifyPassword } from '~/lib/password.server'
import { audit } from '~/domain/audit/audit.server'
import { enqueue } from '~/domain/outbox/enqueue.server'
import { MAX_EMAIL_LENGTH, normaliseStaffEmail } from './auth.server'
import { forgetDemoStatus } from './demo.server'
import { passwordProblem, type PasswordProblem } from './password-policy'
import { isStaffRole, STAFF_ROLES } from './roles'

export { isStaffRole, STAFF_ROLES }

export const SET_PASSWORD_TTL_MS = 24 * 60 * 60_000
export const RESET_PASSWORD_TTL_MS = 60 * 60_000
/** A second reset mail for the same account only after this long (the form cannot flood a mailbox). */
export const RESET_MAIL_INTERVAL_MS = 5 * 60_000
/** The forgotten-password request takes at least this long, whatever the address. */
export const RESET_REQUEST_MIN_MS = 250

export const INVITE_TEMPLATE = 'auth.invite'
export const RESET_TEMPLATE = 'auth.passwordReset'

/**
 * The secret a queued mail carries, if it carries one (a password link): the outbox page shows such
 * a message with the secret blanked out, so nobody who may read the outbox takes over the account.
 */
export function secretInMessage(template: string, payload: unknown): string | null {
  if (template !== INVITE_TEMPLATE && template !== RESET_TEMPLATE) return null
  const token = (payload as { token?: unknown } | null)?.token
  return typeof token === 'string' && token.length > 0 ? token : null
}

export type TokenPurpose = 'SET' | 'RESET'

/** The path of a password link; the caller puts APP_URL in front. */
export const passwordLinkPath = (token: string) => `/password/${token}`

export function hashToken(token: string): string {
  return createHash('sha256').update(`fairdesk-password:${token}`).digest('hex')
}

function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, tokenHash: hashToken(token) }
}

async function issueToken(tx: Tx, userId: string, purpose: TokenPurpose, now: Date) {
  const { token, tokenHash } = newToken()
  const expiresAt = new Date(now.getTime() + (purpose === 'SET' ? SET_PASSWORD_TTL_MS : RESET_PASSWORD_TTL_MS))
  // One link at a time: an older unused link of the account stops working.
  await tx.passwordToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } })
  await tx.passwordToken.create({ data: { userId, purpose, tokenHash, expiresAt, createdAt: now } })
  return { token, expiresAt }
}

export type NewAccount = { email: string; role: Role; name?: string | null; locale?: string }
export type CreateAccountResult =
  | { kind: 'created'; user: { id: string; email: string; name: string; role: Role }; token: string; expiresAt: Date }
  | { kind: 'exists' }
  | { kind: 'invalidEmail' }

/**
 * Creates an account without password and a link (24 h) to set one. `actorId` null: from the shell
 * (`npm run user:create`), which prints the link; otherwise an administrator's invitation, whose
 * link is mailed through the outbox.
 */
export async function createAccount(
  db: Db,
  account: NewAccount,
  actor: { id: string; name: string } | null,
  now = new Date(),
): Promise<CreateAccountResult> {
  const email = normaliseStaffEmail(account.email)
  if (email.length > MAX_EMAIL_LENGTH || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return { kind: 'invalidEmail' }
  const name = account.name?.trim() || email.split('@')[0]!
  const locale = account.locale === 'en' ? 'en' : 'de'
  try {
    const result = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name, role: account.role, locale, passwordHash: '' },
        select: { id: true, email: true, name: true, role: true },
      })
      const { token, expiresAt } = await issueToken(tx, user.id, 'SET', now)
      await audit(
        tx,
        actor?.id ?? null,
        actor ? 'user.invited' : 'user.created',
        { type: 'User', id: user.id },
        {
          email,
          role: account.role,
          via: actor ? 'invitation' : 'command',
        },
      )
      if (actor) {
        await enqueue(tx, {
          template: INVITE_TEMPLATE,
          toEmail: email,
          toName: name,
          locale,
          registrationId: null,
          payload: { userId: user.id, token, expiresAt: expiresAt.toISOString(), invitedBy: actor.name },
        })
      }
      return { kind: 'created' as const, user, token, expiresAt }
    }, USER_TX)
    return result
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'exists' }
    throw error
  }
}

export type StaffAccount = {
  id: string
  email: string
  name: string
  role: Role
  disabledAt: Date | null
  lastLoginAt: Date | null
  createdAt: Date
  /** No password yet: the invitation's link has not been used. */
  pending: boolean
}

export async function listAccounts(db: Db): Promise<StaffAccount[]> {
  const users = await db.user.findMany({
    orderBy: [{ disabledAt: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }],
    select: { id: true, email: true, name: true, role: true, disabledAt: true, lastLoginAt: true, createdAt: true, passwordHash: true },
  })
  return users.map(({ passwordHash, ...u }) => ({ ...u, pending: passwordHash === '' }))
}

export type AccountChangeResult = { kind: 'changed' | 'unchanged' | 'notFound' | 'self' | 'lastAdmin' }

/** Whether another active administrator than `userId` remains. */
async function anotherAdmin(tx: Tx, userId: string): Promise<boolean> {
  return (await tx.user.count({ where: { role: 'ADMIN', disabledAt: null, id: { not: userId } } })) > 0
}

/** A new role; the last active administrator keeps theirs. */
export async function changeRole(db: Db, actorId: string, userId: string, role: Role): Promise<AccountChangeResult> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabledAt: true } })
    if (!user) return { kind: 'notFound' as const }
    if (user.role === role) return { kind: 'unchanged' as const }
    if (user.role === 'ADMIN' && !user.disabledAt && !(await anotherAdmin(tx, userId))) return { kind: 'lastAdmin' as const }
    await tx.user.update({ where: { id: userId }, data: { role } })
    await audit(tx, actorId, 'user.role_changed', { type: 'User', id: userId }, { from: user.role, to: role })
    return { kind: 'changed' as const }
  }, USER_TX)
}

/**
 * Deactivates (its sessions end in the same transaction) or reactivates an account. Nobody
 * deactivates themselves, and the last active administrator stays.
 */
export async function setAccountActive(
  db: Db,
  actorId: string,
  userId: string,
  active: boolean,
  now = new Date(),
): Promise<AccountChangeResult> {
  const result = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true, disabledAt: true } })
    if (!user) return { kind: 'notFound' as const }
    if (active === !user.disabledAt) return { kind: 'unchanged' as const }
    if (!active && userId === actorId) return { kind: 'self' as const }
    if (!active && user.role === 'ADMIN' && !(await anotherAdmin(tx, userId))) return { kind: 'lastAdmin' as const }
    await tx.user.update({ where: { id: userId }, data: { disabledAt: active ? null : now } })
    if (!active) {
      await tx.authSession.deleteMany({ where: { userId } })
      await tx.passwordToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } })
    }
    await audit(tx, actorId, active ? 'user.reactivated' : 'user.deactivated', { type: 'User', id: userId })
    return { kind: 'changed' as const }
  }, USER_TX)
  forgetDemoStatus(db)
  return result
}

/** A staff member's own display name. */
export async function changeOwnName(db: Db, userId: string, name: string): Promise<AccountChangeResult> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true } })
    if (!user) return { kind: 'notFound' as const }
    if (user.name === name) return { kind: 'unchanged' as const }
    await tx.user.update({ where: { id: userId }, data: { name } })
    await audit(tx, userId, 'user.name_changed', { type: 'User', id: userId }, { from: user.name, to: name })
    return { kind: 'changed' as const }
  }, USER_TX)
}

export type PasswordChangeResult =
  { kind: 'changed' } | { kind: 'wrongPassword' } | { kind: 'weak'; problem: PasswordProblem } | { kind: 'notFound' }

/** A staff member's own new password, with the current one; their other sessions end. */
export async function changeOwnPassword(
  db: Db,
  userId: string,
  current: string,
  next: string,
  keepSessionId: string | null,
): Promise<PasswordChangeResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } })
  if (!user) return { kind: 'notFound' }
  if (!(await verifyPassword(current, user.passwordHash))) return { kind: 'wrongPassword' }
  const problem = passwordProblem(next)
  if (problem) return { kind: 'weak', problem }
  const passwordHash = await hashPassword(next)
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } })
    await tx.authSession.deleteMany({ where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) } })
    await audit(tx, userId, 'user.password_changed', { type: 'User', id: userId })
  }, USER_TX)
  return { kind: 'changed' }
}

export type PasswordLink = { kind: 'valid'; purpose: TokenPurpose; user: { id: string; email: string; name: string } } | { kind: 'invalid' }

/** What a password link is: usable (not used, not expired, its account active), or not. */
export async function readPasswordLink(db: Db, token: string, now = new Date()): Promise<PasswordLink> {
  if (token.length < 20 || token.length > 100) return { kind: 'invalid' }
  const row = await db.passwordToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { select: { id: true, email: true, name: true, disabledAt: true } } },
  })
  if (!row || row.usedAt || row.expiresAt.getTime() <= now.getTime() || row.user.disabledAt) return { kind: 'invalid' }
  return {
    kind: 'valid',
    purpose: row.purpose === 'RESET' ? 'RESET' : 'SET',
    user: { id: row.user.id, email: row.user.email, name: row.user.name },
  }
}

export type SetPasswordResult =
  { kind: 'set'; purpose: TokenPurpose; email: string } | { kind: 'invalid' } | { kind: 'weak'; problem: PasswordProblem }

/**
 * Sets the password through a link, once: the link is used up by a guarded update in the same
 * transaction, so two tabs cannot both use it. Every session of the account ends.
 */
export async function setPasswordWithLink(db: Db, token: string, password: string, now = new Date()): Promise<SetPasswordResult> {
  const link = await readPasswordLink(db, token, now)
  if (link.kind === 'invalid') return link
  const problem = passwordProblem(password)
  if (problem) return { kind: 'weak', problem }
  const passwordHash = await hashPassword(password)
  return db.$transaction(async (tx) => {
    const { count } = await tx.passwordToken.updateMany({
      where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    })
    if (count !== 1) return { kind: 'invalid' as const }
    await tx.user.update({ where: { id: link.user.id }, data: { passwordHash } })
    await tx.authSession.deleteMany({ where: { userId: link.user.id } })
    await audit(tx, link.user.id, link.purpose === 'RESET' ? 'user.password_reset' : 'user.password_set', {
      type: 'User',
      id: link.user.id,
    })
    return { kind: 'set' as const, purpose: link.purpose, email: link.user.email }
  }, USER_TX)
}

/**
 * "Forgot password": mails a reset link (1 h) to an active account with that address. Answers
 * nothing and takes at least RESET_REQUEST_MIN_MS either way, so neither the answer nor its timing
 * tells whether the address has an account. The link is made (and hashed) before the lookup, also
 * for addresses without one.
 */
export async function requestPasswordReset(db: Db, typedEmail: string, now = new Date()): Promise<void> {
  const floor = new Promise((resolve) => setTimeout(resolve, RESET_REQUEST_MIN_MS))
  try {
    const { token, tokenHash } = newToken()
    const email = normaliseStaffEmail(typedEmail)
    if (email.length === 0 || email.length > MAX_EMAIL_LENGTH) return
    const user = await db.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, locale: true, disabledAt: true },
    })
    if (!user || user.disabledAt) return
    const recent = await db.passwordToken.count({
      where: { userId: user.id, purpose: 'RESET', createdAt: { gt: new Date(now.getTime() - RESET_MAIL_INTERVAL_MS) } },
    })
    if (recent > 0) return
    const expiresAt = new Date(now.getTime() + RESET_PASSWORD_TTL_MS)
    await db.$transaction(async (tx) => {
      await tx.passwordToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } })
      await tx.passwordToken.create({ data: { userId: user.id, purpose: 'RESET', tokenHash, expiresAt, createdAt: now } })
      await audit(tx, null, 'user.password_reset_requested', { type: 'User', id: user.id })
      await enqueue(tx, {
        template: RESET_TEMPLATE,
        toEmail: user.email,
        toName: user.name,
        locale: user.locale,
        registrationId: null,
        payload: { userId: user.id, token, expiresAt: expiresAt.toISOString() },
      })
    }, USER_TX)
  } finally {
    await floor
  }
}
