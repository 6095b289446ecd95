// Registration: the capacity check, the waiting list and cancellation — never oversold, never lost.
//
// Capacity is a guarded counter on the event (`confirmedCount`): a seat is taken by one conditional
// UPDATE (`… WHERE confirmedCount < capacity`), which both SQLite and PostgreSQL execute atomically
// (PostgreSQL re-checks the condition after waiting for the row lock). The registration row is
// inserted in the same transaction; the unique (eventId, personId) index turns a second, concurrent
// registration of the same person into a rollback of its seat and a lookup of the first one.
//
// SQLite note: the first statement of each transaction is a write, so a transaction never holds a
// stale read snapshot that it later tries to write from (which SQLite refuses with SQLITE_BUSY).
//
// Whoever types an address into a public form is not its owner until the mailbox says so: a
// repeated registration hands nothing back (no registration, no link). With
// `mailLinkIfRegistered` the existing link is mailed to the registered address instead — at most
// once every REPEAT_MAIL_INTERVAL_MS per registration (a guarded UPDATE of `linkMailedAt`, then the
// outbox row, in one transaction), so the form cannot be used to flood a mailbox.
import { guardClosedYear } from '~/domain/reports/closed-year.server'
import type { ClosedYearActor, ClosedYearChange, YearClosed } from '~/domain/reports/closed-year'
import { randomBytes } from 'node:crypto'
import { sqliteDirect, USER_TX, type Db, type DbOrTx, type Tx } from '~/lib/db.server'
import { isUniqueViolation } from '~/lib/db-errors.server'
import type { Registration } from '~/generated/prisma-sqlite/client'
import { audit } from '~/domain/audit/audit.server'
import { enqueue } from '~/domain/outbox/enqueue.server'
import { registrationMessage, type PreviousHolderCalendar } from '~/domain/outbox/messages'
import {
  companyNameOf,
  confirmationMessage,
  fullWithoutWaitlist,
  newPerson,
  newRegistration,
  normaliseEmail,
  refusalFor,
  repeatMailCutoff,
  staffAuditOf,
  takesSeat,
  type RegisterInput,
  type RegisterResult,
} from './rules'
import { registerOnSqlite } from './store.sqlite.server'
import { bookSessions, confirmWaitingSessions, releaseSessions } from './session-booking.server'

export {
  closedReason,
  fullWithoutWaitlist,
  normaliseEmail,
  repeatMailCutoff,
  REPEAT_MAIL_INTERVAL_MS,
  SEATED_ROLES,
  type ClosedReason,
  type RegisterInput,
  type RegisterResult,
} from './rules'

/** 256 random bits, URL-safe: the self-service link and the ticket secret. */
export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

/**
 * Registers a person for an event. Idempotent per (event, normalised e-mail): registering again —
 * also concurrently — returns the existing registration instead of a second one.
 */
export async function register(db: Db, eventId: string, input: RegisterInput, now = new Date()): Promise<RegisterResult> {
  // On SQLite the common case runs as one synchronous SQL transaction (see registration-sqlite.server.ts).
  const direct = sqliteDirect(db)
  if (direct) {
    const result = await direct.transaction((conn) => registerOnSqlite(conn, eventId, input, now))
    if (result.kind !== 'fallback') return result
  }
  return registerWithPrisma(db, eventId, input, now)
}

/** register() through Prisma: on PostgreSQL, and on SQLite for what the SQL path leaves to it. */
export async function registerWithPrisma(db: Db, eventId: string, input: RegisterInput, now = new Date()): Promise<RegisterResult> {
  const event = await db.event.findUnique({ where: { id: eventId } })
  if (!event) return { kind: 'closed', reason: 'notFound' }
  const reason = refusalFor(event, input, now)
  if (reason) return { kind: 'closed', reason }

  let email = normaliseEmail(input.email)
  if (event.inviteOnly && !input.byStaff) {
    const member = input.inviteToken
      ? await db.rosterMember.findUnique({ where: { token: input.inviteToken }, include: { person: true } })
      : null
    if (!member || member.seriesId !== event.seriesId) return { kind: 'closed', reason: 'inviteOnly' }
    // The personal link registers the roster member, whatever address was typed.
    email = member.person.email
  }
  const person = await findOrCreatePerson(db, email, input)
  // findFirst, not findUnique: Prisma batches concurrent findUnique calls on a compound key into one
  // query, which exceeds SQLite's parameter limit during a rush.
  const existing = await db.registration.findFirst({ where: { eventId, personId: person.id } })
  if (existing && existing.status !== 'CANCELLED') return repeatedResult(db, event, existing, person.email, input, now)

  try {
    return await db.$transaction(async (tx) => {
      const gotSeat = !takesSeat(input.role) || (await takeSeat(tx, event.id, event.capacity))
      if (!gotSeat && !event.waitlistEnabled) return { kind: 'full' as const }
      const { answers, ...data } = newRegistration(input, gotSeat, now)
      const fields = { ...data, answers: answers ?? undefined }
      // A cancelled registration of the same person comes back to life with fresh tokens.
      const registration = existing
        ? await tx.registration.update({
            where: { id: existing.id },
            data: { ...fields, ticketSecret: newToken(), manageToken: newToken(), calendarSequence: { increment: 1 } },
          })
        : await tx.registration.create({
            data: { ...fields, eventId: event.id, personId: person.id, ticketSecret: newToken(), manageToken: newToken() },
          })
      await bookSessions(tx, registration, input.sessionIds ?? [], gotSeat)
      const entry = staffAuditOf(registration, input)
      if (entry) await audit(tx, entry.actorId, entry.action, entry.entity, entry.details)
      const mail = confirmationMessage(registration, person.email, input)
      if (mail) await enqueue(tx, mail)
      return { kind: gotSeat ? ('confirmed' as const) : ('waitlisted' as const), registration, existing: false }
    }, USER_TX)
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
    // Lost the race against an identical registration: its transaction committed first.
    const winner = await db.registration.findFirstOrThrow({ where: { eventId, personId: person.id } })
    return repeatedResult(db, event, winner, person.email, input, now)
  }
}

/** A registration that exists already: itself, or — for a public form — the neutral answer and a link mail. */
async function repeatedResult(
  db: Db,
  event: { capacity: number | null; confirmedCount: number; waitlistEnabled: boolean },
  registration: Registration,
  email: string,
  input: RegisterInput,
  now: Date,
): Promise<RegisterResult> {
  if (!input.mailLinkIfRegistered) return existingResult(registration)
  await mailLinkAgain(db, registration, email, now)
  return fullWithoutWaitlist(event, input.role) ? { kind: 'full' } : existingResult(registration)
}

/**
 * Mails a registration's existing link (and ticket) to its owner, unless a link mail went out
 * within REPEAT_MAIL_INTERVAL_MS. True when the mail was written.
 */
export async function mailLinkAgain(
  db: Db,
  registration: Pick<Registration, 'id' | 'locale'>,
  toEmail: string,
  now = new Date(),
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    // The guard first: of two requests at once only one finds the stamp old enough.
    const { count } = await tx.registration.updateMany({
      where: {
        id: registration.id,
        status: { not: 'CANCELLED' },
        OR: [{ linkMailedAt: null }, { linkMailedAt: { lte: repeatMailCutoff(now) } }],
      },
      data: { linkMailedAt: now },
    })
    if (count === 0) return false
    await enqueueMail(tx, registration, toEmail, 'registration.link')
    return true
  }, USER_TX)
}

function existingResult(registration: Registration): RegisterResult {
  if (registration.status === 'CANCELLED') throw new Error('a cancelled registration is not a result')
  return { kind: registration.status === 'CONFIRMED' ? 'confirmed' : 'waitlisted', registration, existing: true }
}

/** The guarded conditional UPDATE: true when a seat was taken. Unlimited events count seats too. */
async function takeSeat(tx: Tx, eventId: string, capacity: number | null): Promise<boolean> {
  const { count } = await tx.event.updateMany({
    where: capacity === null ? { id: eventId } : { id: eventId, confirmedCount: { lt: capacity } },
    data: { confirmedCount: { increment: 1 } },
  })
  return count === 1
}

export async function findOrCreatePerson(
  db: Db,
  email: string,
  input: Pick<RegisterInput, 'firstName' | 'lastName' | 'company' | 'locale'>,
) {
  const known = await db.person.findUnique({ where: { email } })
  if (known) return known
  const companyName = companyNameOf(input)
  const companyId = companyName ? (await findOrCreateCompany(db, companyName)).id : null
  try {
    return await db.person.create({ data: { ...newPerson(email, input), companyId } })
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
    return db.person.findUniqueOrThrow({ where: { email } })
  }
}

async function findOrCreateCompany(db: Db, name: string) {
  const known = await db.company.findUnique({ where: { name } })
  if (known) return known
  try {
    return await db.company.create({ data: { name } })
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
    return db.company.findUniqueOrThrow({ where: { name } })
  }
}

export type CancelResult =
  { kind: 'cancelled'; promoted: Registration | null } | { kind: 'alreadyCancelled' } | { kind: 'notFound' } | YearClosed

/**
 * Cancels a registration. A freed seat goes to the first person on the waiting list (earliest
 * waitlistedAt) in the same transaction, so a seat is never lost between two requests.
 */
export async function cancelRegistration(
  db: Db,
  registrationId: string,
  options: {
    reason?: string
    now?: Date
    onCancelled?: (tx: Tx, promoted: Registration | null) => Promise<void>
    /** Who cancels, for an event of a closed report year: refused unless an administrator gives a reason. */
    closedYear?: ClosedYearActor
    /** What the cancellation is, as recorded when an administrator changes a closed year. */
    change?: ClosedYearChange
  } = {},
): Promise<CancelResult> {
  const now = options.now ?? new Date()
  return db.$transaction(async (tx) => {
    // A closed report year keeps its figures: asked first, so a refusal changes nothing and mails nobody.
    const current = await tx.registration.findUnique({ where: { id: registrationId }, select: { eventId: true, status: true } })
    if (current && current.status !== 'CANCELLED') {
      const closed = await guardClosedYear(tx, current.eventId, options.change ?? 'registration.cancel', options.closedYear, {
        registrationId,
      })
      if (closed) return closed
    }
    // Guarded status change first: of two concurrent cancellations exactly one proceeds.
    const { count } = await tx.registration.updateMany({
      where: { id: registrationId, status: { not: 'CANCELLED' } },
      data: { status: 'CANCELLED', cancelledAt: now, cancelReason: options.reason ?? null, calendarSequence: { increment: 1 } },
    })
    const registration = await tx.registration.findUnique({ where: { id: registrationId }, include: { person: true } })
    if (!registration) return { kind: 'notFound' as const }
    if (count === 0) return { kind: 'alreadyCancelled' as const }
    await enqueueMail(tx, registration, registration.person.email, 'registration.cancelled')
    await releaseSessions(tx, registration.id)
    // confirmedAt is set exactly when the registration held a seat.
    const heldSeat = registration.confirmedAt !== null && takesSeat(registration.role)
    let promoted: Registration | null = null
    if (heldSeat) {
      await tx.event.update({ where: { id: registration.eventId }, data: { confirmedCount: { decrement: 1 } } })
      promoted = await promoteFromWaitlist(tx, registration.eventId, now)
    }
    // The caller's own record of the cancellation (e.g. staff's audit entry) commits with it or not at all.
    await options.onCancelled?.(tx, promoted)
    return { kind: 'cancelled' as const, promoted }
  }, USER_TX)
}

/** Gives free seats to the waiting list in order; returns the first person promoted (or null). */
export async function promoteFromWaitlist(tx: Tx, eventId: string, now = new Date()): Promise<Registration | null> {
  const event = await tx.event.findUniqueOrThrow({ where: { id: eventId } })
  let first: Registration | null = null
  for (;;) {
    const next = await tx.registration.findFirst({
      where: { eventId, status: 'WAITLISTED' },
      orderBy: [{ waitlistedAt: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      include: { person: true },
    })
    if (!next) return first
    if (!(await takeSeat(tx, eventId, event.capacity))) return first
    // Guarded: if a concurrent transaction promoted or cancelled this person, give the seat back and try the next.
    const { count } = await tx.registration.updateMany({
      where: { id: next.id, status: 'WAITLISTED' },
      data: { status: 'CONFIRMED', confirmedAt: now },
    })
    if (count === 0) {
      await tx.event.update({ where: { id: eventId }, data: { confirmedCount: { decrement: 1 } } })
      continue
    }
    const promoted = { ...next, status: 'CONFIRMED' as const, confirmedAt: now }
    await confirmWaitingSessions(tx, next.id)
    await enqueueMail(tx, promoted, next.person.email, 'registration.promoted')
    first ??= promoted
  }
}

/** Position on the waiting list (1 = next to move up), or null when not waiting. */
export async function waitlistPosition(db: DbOrTx, registration: Registration): Promise<number | null> {
  if (registration.status !== 'WAITLISTED' || !registration.waitlistedAt) return null
  // The order of promotion (cancelRegistration): waitlistedAt, then createdAt, then id. Several
  // registrations can share a millisecond, so ties count too — else two people share a place.
  const { waitlistedAt, createdAt, id } = registration
  const ahead = await db.registration.count({
    where: {
      eventId: registration.eventId,
      status: 'WAITLISTED',
      OR: [
        { waitlistedAt: { lt: waitlistedAt } },
        { waitlistedAt, createdAt: { lt: createdAt } },
        { waitlistedAt, createdAt, id: { lt: id } },
      ],
    },
  })
  return ahead + 1
}

/** The mail goes out through the outbox, written in the same transaction as the change. */
export async function enqueueMail(
  tx: Tx,
  registration: Pick<Registration, 'id' | 'locale'>,
  toEmail: string,
  template: string,
  calendar?: PreviousHolderCalendar,
) {
  await enqueue(tx, registrationMessage(registration, toEmail, template, calendar))
}
