// What a registration is, decided once: whether an event takes it, what the new row holds and
// which mail it causes. No database and no clock of its own — the Prisma store
// (register.server.ts) and the SQL fast path (store.sqlite.server.ts) read the event, ask these
// functions, and write what they answer, so the two paths cannot drift apart.
import type { AttendeeRole, Registration, RegistrationSource } from '~/generated/prisma-sqlite/client'
import type { AuditRecord } from '~/domain/audit/audit.server'
import { registrationMessage, type OutboxMessageData } from '~/domain/outbox/messages'

export type RegisterInput = {
  firstName: string
  lastName: string
  email: string
  company?: string | null
  locale?: 'de' | 'en'
  answers?: Record<string, string | string[] | boolean>
  role?: AttendeeRole
  source?: RegistrationSource
  /** Programme sessions chosen while registering (workshops with their own capacity). */
  sessionIds?: string[]
  /** The personal link of a roster member, required for invite-only events. */
  inviteToken?: string | null
  /** Group registration: the registration of the colleague who registers this person. */
  registeredById?: string | null
  /** Added by staff (by hand or import): the registration window, invitations and the date do not apply. */
  byStaff?: boolean
  /** Added by hand: the staff member doing it, audited with the new registration in its transaction. */
  staffActorId?: string
  /** false: write no confirmation mail (e.g. importing last year's sign-in sheet). */
  notify?: boolean
  /**
   * A public form, where anyone may type any address: when it is registered already, its existing
   * link is mailed to it again (rate-limited), and a full event without a waiting list answers
   * `full` as it would to a newcomer. The caller must not hand the registration to whoever typed.
   */
  mailLinkIfRegistered?: boolean
}

export type ClosedReason = 'notFound' | 'draft' | 'cancelled' | 'notYetOpen' | 'closed' | 'past' | 'inviteOnly'

export type RegisterResult =
  | { kind: 'confirmed' | 'waitlisted'; registration: Registration; existing: boolean }
  | { kind: 'full' }
  | { kind: 'closed'; reason: ClosedReason }

/** Roles that take a seat from the event's capacity; speakers, exhibitors and staff do not. */
export const SEATED_ROLES: AttendeeRole[] = ['ATTENDEE', 'PRESS']

export const takesSeat = (role: AttendeeRole = 'ATTENDEE') => SEATED_ROLES.includes(role)

/**
 * A mail that someone caused by typing an address into a public form (the link again, the notice
 * of a repeated exhibitor application) goes out at most this often per registration or application.
 */
export const REPEAT_MAIL_INTERVAL_MS = 10 * 60_000

/** Such a mail written at or before this moment no longer holds back the next one. */
export function repeatMailCutoff(now: Date): Date {
  return new Date(now.getTime() - REPEAT_MAIL_INTERVAL_MS)
}

/** What a newcomer is told when no seat is free and there is no waiting list. */
export function fullWithoutWaitlist(
  event: { capacity: number | null; confirmedCount: number; waitlistEnabled: boolean },
  role: AttendeeRole = 'ATTENDEE',
): boolean {
  return takesSeat(role) && !event.waitlistEnabled && event.capacity !== null && event.confirmedCount >= event.capacity
}

export function normaliseEmail(email: string): string {
  return email.normalize('NFC').trim().toLowerCase()
}

export type EventForRegistration = {
  id: string
  status: string
  capacity: number | null
  waitlistEnabled: boolean
  registrationOpensAt: Date | null
  registrationClosesAt: Date | null
  endsAt: Date
}

/** Why an event does not take registrations right now, or null when it does. */
export function closedReason(event: EventForRegistration, now: Date): ClosedReason | null {
  if (event.status === 'DRAFT') return 'draft'
  if (event.status === 'CANCELLED') return 'cancelled'
  if (event.endsAt <= now) return 'past'
  if (event.registrationOpensAt && now < event.registrationOpensAt) return 'notYetOpen'
  if (event.registrationClosesAt && now >= event.registrationClosesAt) return 'closed'
  return null
}

/**
 * closedReason() for this registration: staff may add people to drafts, closed and past events (a
 * sign-in sheet after the fact), never to cancelled ones.
 */
export function refusalFor(event: EventForRegistration, input: Pick<RegisterInput, 'byStaff'>, now: Date): ClosedReason | null {
  if (input.byStaff) return event.status === 'CANCELLED' ? 'cancelled' : null
  return closedReason(event, now)
}

/** The new person behind a first registration. */
export function newPerson(email: string, input: Pick<RegisterInput, 'firstName' | 'lastName' | 'locale'>) {
  return { email, firstName: input.firstName.trim(), lastName: input.lastName.trim(), locale: input.locale ?? 'de' }
}

/** The company as typed, or null: people of one company share its row (matched by name). */
export const companyNameOf = (input: Pick<RegisterInput, 'company'>) => input.company?.trim() || null

/** The fields of a new (or revived) registration, seat or waiting place decided. Tokens are the store's. */
export function newRegistration(input: RegisterInput, gotSeat: boolean, now: Date) {
  return {
    status: gotSeat ? ('CONFIRMED' as const) : ('WAITLISTED' as const),
    role: input.role ?? 'ATTENDEE',
    source: input.source ?? 'ONLINE',
    companyName: companyNameOf(input),
    locale: input.locale ?? 'de',
    answers: input.answers ?? null,
    registeredById: input.registeredById ?? null,
    confirmedAt: gotSeat ? now : null,
    waitlistedAt: gotSeat ? null : now,
    cancelledAt: null,
    cancelReason: null,
    // The confirmation carries the link: a repeat right after it (a double tap) mails nothing more.
    linkMailedAt: input.notify !== false ? now : null,
  }
}

/** The mail a new registration causes: its confirmation or waiting-list notice, unless told not to. */
export function confirmationMessage(
  registration: Pick<Registration, 'id' | 'locale' | 'status'>,
  toEmail: string,
  input: Pick<RegisterInput, 'notify'>,
): OutboxMessageData | null {
  if (input.notify === false) return null
  return registrationMessage(
    registration,
    toEmail,
    registration.status === 'CONFIRMED' ? 'registration.confirmed' : 'registration.waitlisted',
  )
}

/** The audit entry of a registration staff wrote by hand, or null (online; an import is audited as a whole). */
export function staffAuditOf(registration: Pick<Registration, 'id' | 'eventId' | 'status'>, input: RegisterInput): AuditRecord | null {
  if (!input.staffActorId) return null
  return {
    actorId: input.staffActorId,
    action: 'registration.addedByStaff',
    entity: { type: 'Registration', id: registration.id, eventId: registration.eventId },
    details: { eventId: registration.eventId, status: registration.status },
  }
}
