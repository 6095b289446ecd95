// What the public pages say about registering for an event. Pure, so the list, the event page and
// its tests agree; it follows the same rules, in the same order, as register() in
// registration.server.ts (a test holds the two together).

export type RegistrationState = 'open' | 'waitlist' | 'full' | 'notYetOpen' | 'closed' | 'past' | 'cancelled'

export type EventForRegistrationState = {
  status: 'DRAFT' | 'PUBLISHED' | 'CANCELLED'
  endsAt: Date
  capacity: number | null
  confirmedCount: number
  waitlistEnabled: boolean
  registrationOpensAt: Date | null
  registrationClosesAt: Date | null
}

/** Seats still free, or null when the event has no limit. Never negative (staff may overbook by hand). */
export function seatsLeft(event: Pick<EventForRegistrationState, 'capacity' | 'confirmedCount'>): number | null {
  if (event.capacity === null) return null
  return Math.max(0, event.capacity - event.confirmedCount)
}

/**
 * - `cancelled` and `past` win over everything else: nobody can register any more.
 * - `past` means the event has ended; a fair that is running still takes registrations.
 * - `notYetOpen` / `closed`: outside the registration window.
 * - `waitlist`: no seat left, but register() would put the person on the waiting list;
 *   `full`: no seat left and no waiting list.
 * A draft never reaches the public pages; should one get here it reads as `closed`.
 */
export function registrationState(event: EventForRegistrationState, now: Date): RegistrationState {
  if (event.status === 'CANCELLED') return 'cancelled'
  if (event.status === 'DRAFT') return 'closed'
  if (event.endsAt <= now) return 'past'
  if (event.registrationOpensAt && now < event.registrationOpensAt) return 'notYetOpen'
  if (event.registrationClosesAt && now >= event.registrationClosesAt) return 'closed'
  if (seatsLeft(event) === 0) return event.waitlistEnabled ? 'waitlist' : 'full'
  return 'open'
}

/** States in which the event page offers the registration form (as a seat or a place on the waiting list). */
export function acceptsRegistrations(state: RegistrationState): boolean {
  return state === 'open' || state === 'waitlist'
}
