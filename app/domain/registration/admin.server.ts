// Registrations handled by staff: added by hand, corrected, moved to another event, cancelled.
// Everything goes through the same guarded paths as online registration (register, cancel), so a
// staff action can neither oversell an event nor lose a seat.
import { audit } from '~/domain/audit/audit.server'
import { closedYearDecision, type YearClosed } from '~/domain/reports/closed-year'
import { closedYearOfEvent, guardClosedYear } from '~/domain/reports/closed-year.server'
import { USER_TX, type Db, type DbOrTx } from '~/lib/db.server'
import type { AttendeeRole, Registration, Role } from '~/generated/prisma-sqlite/client'
import type { Answers } from './answers'
import { cancelRegistration, enqueueMail, register, type CancelResult, type RegisterResult } from './register.server'

export type StaffAddInput = {
  firstName: string
  lastName: string
  email: string
  company?: string | null
  role: AttendeeRole
  locale: 'de' | 'en'
  notify: boolean
  /** The staff member adding them: a new registration is audited under their name, in its own transaction. */
  actorId?: string
}

/** Adds a person by hand (source STAFF). Capacity and the waiting list apply as online. */
export async function addRegistrationByStaff(db: Db, eventId: string, input: StaffAddInput, now = new Date()): Promise<RegisterResult> {
  const { actorId, ...person } = input
  return register(db, eventId, { ...person, source: 'STAFF', byStaff: true, staffActorId: actorId }, now)
}

export type RegistrationDetails = {
  firstName: string
  lastName: string
  company: string | null
  role: AttendeeRole
  answers: Answers
}

export type UpdateDetailsResult =
  { kind: 'updated' } | { kind: 'notFound' } | { kind: 'cancelled' } | { kind: 'roleTakesSeat' } | YearClosed

/**
 * Corrects what was typed. The person's name is the person's (shared by all their registrations);
 * company and answers belong to this registration. A role change that would need a seat (e.g. a
 * speaker becoming an attendee) is refused: move them through cancel and add instead, so the seat
 * counter never drifts.
 */
export async function updateRegistrationDetails(
  db: Db,
  eventId: string,
  registrationId: string,
  details: RegistrationDetails,
  /** The staff member making the correction: audited in the same transaction. */
  actorId?: string,
  /** A role change counts differently in the report: for a closed year, see cancelRegistrationByStaff. */
  { role, reason }: { role?: Role; reason?: string | null } = {},
): Promise<UpdateDetailsResult> {
  const registration = await db.registration.findFirst({ where: { id: registrationId, eventId } })
  if (!registration) return { kind: 'notFound' }
  if (registration.status === 'CANCELLED') return { kind: 'cancelled' }
  if (takesSeat(details.role) !== takesSeat(registration.role)) return { kind: 'roleTakesSeat' }
  return db.$transaction(async (tx) => {
    // Names and answers are no figure; the role is (present by role): asked for a closed year.
    if (details.role !== registration.role) {
      const closed = await guardClosedYear(
        tx,
        eventId,
        'registration.role',
        { userId: actorId ?? null, role, reason },
        { registrationId, from: registration.role, to: details.role },
      )
      if (closed) return closed
    }
    await tx.person.update({ where: { id: registration.personId }, data: { firstName: details.firstName, lastName: details.lastName } })
    await tx.registration.update({
      where: { id: registration.id },
      data: { companyName: details.company || null, role: details.role, answers: details.answers },
    })
    if (actorId !== undefined)
      await auditEntry(tx, actorId, 'registration.updatedByStaff', registration.id, eventId, { role: details.role })
    return { kind: 'updated' as const }
  }, USER_TX)
}

const takesSeat = (role: AttendeeRole) => role === 'ATTENDEE' || role === 'PRESS'

export type MoveResult =
  | { kind: 'moved'; registrationId: string; status: 'CONFIRMED' | 'WAITLISTED' }
  | { kind: 'notFound' | 'cancelled' | 'sameEvent' | 'alreadyRegistered' | 'full' | 'targetCancelled' | 'targetDraft' }
  | YearClosed

/**
 * Moves a registration to another event (e.g. from a full date of a series to the next one). The
 * new registration is made first and the old one cancelled only once it exists, so the person is
 * never left with neither; the freed seat goes to the old event's waiting list.
 */
export async function moveRegistration(
  db: Db,
  eventId: string,
  registrationId: string,
  targetEventId: string,
  /** actorId: the staff member moving them, audited with the old registration's cancellation; role and reason: see cancelRegistrationByStaff. */
  { now = new Date(), actorId, role, reason }: { now?: Date; actorId?: string; role?: Role; reason?: string | null } = {},
): Promise<MoveResult> {
  if (eventId === targetEventId) return { kind: 'sameEvent' }
  const registration = await db.registration.findFirst({ where: { id: registrationId, eventId }, include: { person: true } })
  if (!registration) return { kind: 'notFound' }
  if (registration.status === 'CANCELLED') return { kind: 'cancelled' }
  // Asked before the new registration is made; the cancellation below asks again, in its transaction.
  const closedYear = { userId: actorId ?? null, role, reason }
  const refused = closedYearDecision(await closedYearOfEvent(db, eventId), closedYear)
  if (refused.kind === 'year_closed') return refused
  // Staff may add people to a draft by hand, but moving someone mails them a confirmation of a
  // date nobody can see yet.
  const target = await db.event.findUnique({ where: { id: targetEventId }, select: { status: true } })
  if (!target) return { kind: 'notFound' }
  if (target.status === 'DRAFT') return { kind: 'targetDraft' }
  const taken = await db.registration.findFirst({
    where: { eventId: targetEventId, personId: registration.personId, status: { not: 'CANCELLED' } },
  })
  if (taken) return { kind: 'alreadyRegistered' }
  const { person } = registration
  const result = await register(
    db,
    targetEventId,
    {
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      company: registration.companyName,
      role: registration.role,
      locale: registration.locale === 'en' ? 'en' : 'de',
      source: 'STAFF',
      byStaff: true,
    },
    now,
  )
  if (result.kind === 'full') return { kind: 'full' }
  if (result.kind === 'closed') return { kind: result.reason === 'notFound' ? 'notFound' : 'targetCancelled' }
  // A concurrent registration of the same person at the target won: leave the old one alone.
  if (result.existing) return { kind: 'alreadyRegistered' }
  const newRegistrationId = result.registration.id
  const cancelled = await cancelRegistration(db, registration.id, {
    reason: `moved to ${targetEventId}`,
    now,
    closedYear,
    change: 'registration.move',
    onCancelled:
      actorId === undefined
        ? undefined
        : (tx) =>
            audit(
              tx,
              actorId,
              'registration.movedByStaff',
              { type: 'Registration', id: registration.id },
              { to: targetEventId, newRegistrationId },
            ),
  })
  // The year was closed between the two steps: the new registration stands, the old one too.
  if (cancelled.kind === 'year_closed') return cancelled
  return { kind: 'moved', registrationId: result.registration.id, status: result.kind === 'confirmed' ? 'CONFIRMED' : 'WAITLISTED' }
}

/** Cancels a registration on staff's behalf; the audit entry names who, and whom the seat went to. */
export async function cancelRegistrationByStaff(
  db: Db,
  registrationId: string,
  actorId: string,
  /** The actor's role and, for an event of a closed report year, the reason an administrator gives. */
  { role, reason, now = new Date() }: { role?: Role; reason?: string | null; now?: Date } = {},
): Promise<CancelResult> {
  return cancelRegistration(db, registrationId, {
    reason: 'cancelled by staff',
    now,
    closedYear: { userId: actorId, role, reason },
    onCancelled: (tx, promoted) =>
      audit(tx, actorId, 'registration.cancelledByStaff', { type: 'Registration', id: registrationId }, { promoted: promoted?.id ?? null }),
  })
}

export type ResendResult = { kind: 'resent' } | { kind: 'cancelled' }

/** Sends the confirmation (the staff-pass mail, or the waiting-list mail) once more, to the person's current address. */
export async function resendRegistrationMail(
  db: Db,
  registration: Pick<Registration, 'id' | 'locale' | 'status' | 'role' | 'exhibitorId'> & { person: { email: string } },
  actorId: string,
): Promise<ResendResult> {
  if (registration.status === 'CANCELLED') return { kind: 'cancelled' }
  // A stand staff pass gets its own mail again (what the pass is, the stand desk).
  const staffPass = registration.role === 'EXHIBITOR' && registration.exhibitorId !== null
  const template =
    registration.status !== 'CONFIRMED' ? 'registration.waitlisted' : staffPass ? 'registration.staffPass' : 'registration.confirmed'
  await db.$transaction(async (tx) => {
    await enqueueMail(tx, registration, registration.person.email, template)
    await audit(tx, actorId, 'registration.mailResent', { type: 'Registration', id: registration.id })
  })
  return { kind: 'resent' }
}

function auditEntry(
  db: DbOrTx,
  actorId: string,
  action: string,
  registrationId: string,
  eventId: string,
  details: Record<string, unknown>,
) {
  return db.auditEntry.create({
    data: { actorId, action, entityType: 'Registration', entityId: registrationId, eventId, details: details as never },
  })
}

/** Events a registration can be moved to: published, not over, soonest first. */
export async function moveTargets(db: Db, eventId: string, now = new Date()) {
  return db.event.findMany({
    where: { id: { not: eventId }, status: 'PUBLISHED', endsAt: { gt: now } },
    orderBy: { startsAt: 'asc' },
    select: { id: true, titleDe: true, titleEn: true, startsAt: true, endsAt: true, timeZone: true, capacity: true, confirmedCount: true },
    take: 200,
  })
}

/** One registration of an event, for the staff detail page. */
export async function registrationForStaff(db: Db, eventId: string, registrationId: string) {
  return db.registration.findFirst({
    where: { id: registrationId, eventId },
    include: {
      person: { include: { company: true } },
      checkIns: {
        orderBy: { checkedInAt: 'asc' },
        select: { id: true, day: true, checkedInAt: true, gate: true, undoneAt: true, conflict: true },
      },
      outbox: {
        orderBy: { createdAt: 'desc' },
        take: 20,
        select: { id: true, template: true, status: true, createdAt: true, lastError: true },
      },
    },
  })
}
