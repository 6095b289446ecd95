// On which days the door admits a ticket: the one rule the server (both stores) and the offline
// scanner in the browser decide by. No database and nothing server-only, so the scanner imports it
// (rules.ts cannot be: it hashes ticket secrets with node:crypto).
import { eventDay } from '~/lib/datetime'

/** Doors open this long before the event starts, unless FAIRDESK_DOORS_OPEN_MINUTES says otherwise. */
export const DEFAULT_DOORS_OPEN_MINUTES = 120

export type DoorWindow = { startsAt: Date | string; endsAt: Date | string; timeZone: string; doorsOpenMinutes: number }

export type AdmissionDay =
  /** Admit, counted on `day`; `override` when only an organiser's "admit anyway" let it through. */
  { kind: 'day'; day: string; override: boolean } | { kind: 'not_today'; eventStartsAt: Date }

/**
 * The event day a scan at `at` counts on, or `not_today`. The door is open from the start less the
 * grace until the end of the event's last day in its zone: an event has one start and one end, no
 * opening hours per day, so the later days of a fair are open all day. A scan in the grace before a
 * start just after midnight counts on the first event day, not on the eve, which has no column in
 * the event's per-day figures. An override admits on any day and counts on the day it happened.
 */
export function admissionDay(event: DoorWindow, at: Date, override = false): AdmissionDay {
  const startsAt = new Date(event.startsAt)
  const endsAt = new Date(event.endsAt)
  const firstDay = eventDay(startsAt, event.timeZone)
  // An event that ends at midnight belongs to the day before.
  const lastDay = eventDay(new Date(Math.max(startsAt.getTime(), endsAt.getTime() - 1)), event.timeZone)
  const today = eventDay(at, event.timeZone)
  const opens = startsAt.getTime() - event.doorsOpenMinutes * 60_000
  if (at.getTime() >= opens && today <= lastDay) return { kind: 'day', day: today < firstDay ? firstDay : today, override: false }
  if (override) return { kind: 'day', day: today, override: true }
  return { kind: 'not_today', eventStartsAt: startsAt }
}
