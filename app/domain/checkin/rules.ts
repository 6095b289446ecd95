// What the door decides, once: whether a verified code is a valid ticket of this event, who it
// names, whether that registration may enter, and the key that admits it once per event day. No
// database — checkin.server.ts (Prisma) and store.sqlite.server.ts (the SQL fast path) read the
// registration and carry out these answers (docs/checkin.md).
import type { TicketClaims } from './tickets.server'
import { ticketVersion } from './tickets.server'

export { admissionDay, DEFAULT_DOORS_OPEN_MINUTES, type AdmissionDay, type DoorWindow } from './door-days'

export type Admitted = { name: string; company: string | null; role: string }

/** A registration as the door sees it: one row, read by both stores with the same statement. */
export type DoorRow = {
  id: string
  eventId: string
  ticketSecret: string
  status: string
  role: string
  companyName: string | null
  firstName: string
  lastName: string
  personCompany: string | null
  timeZone: string
  /** The event's start and end: the door admits only on its days (door-days.ts). */
  startsAt: Date | string
  endsAt: Date | string
}

/**
 * Why a code admits nobody at this event, or null when it is a current ticket of it. A genuine
 * signature over a superseded ticket (transferred, re-issued) is no longer valid; a foreign or
 * forged code names nobody.
 */
export function ticketRefusal(
  claims: TicketClaims | null,
  eventId: string,
  row: Pick<DoorRow, 'eventId' | 'ticketSecret'> | null | undefined,
): { result: 'invalid' | 'wrong_event' } | null {
  if (!claims) return { result: 'invalid' }
  if (claims.eventId !== eventId) return { result: 'wrong_event' }
  if (!row || row.eventId !== eventId || ticketVersion(row.ticketSecret) !== claims.version) return { result: 'invalid' }
  return null
}

/** Who the verdict names: the person, and the company as registered (else the person's). */
export function admittedOf(row: Pick<DoorRow, 'firstName' | 'lastName' | 'companyName' | 'personCompany' | 'role'>): Admitted {
  return { name: `${row.firstName} ${row.lastName}`.trim(), company: row.companyName ?? row.personCompany ?? null, role: row.role }
}

/** A cancelled registration or a waiting-list place is no ticket: the verdict, or null to admit. */
export function statusRefusal(
  row: Pick<DoorRow, 'id' | 'status'>,
  attendee: Admitted,
): { result: 'cancelled' | 'waitlisted'; registrationId: string; attendee: Admitted } | null {
  if (row.status === 'CANCELLED') return { result: 'cancelled', registrationId: row.id, attendee }
  if (row.status === 'WAITLISTED') return { result: 'waitlisted', registrationId: row.id, attendee }
  return null
}

/** The unique key of an active check-in: at most one per registration and event day. */
export const activeKeyOf = (registrationId: string, day: string) => `${registrationId}:${day}`
