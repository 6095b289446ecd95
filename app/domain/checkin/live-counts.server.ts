// The counts staff watch while an event runs: registered, confirmed, waiting, cancelled, admitted
// per day, walk-ins, not (yet) arrived, and every role — by the report's own rules
// (counting.server.ts), so the door and the annual report never disagree.
import type { AttendeeRole } from '~/generated/prisma-sqlite/client'
import type { Db } from '~/lib/db.server'
import { eventDay, formatDate, formatTime } from '~/lib/datetime'
import type { Locale } from '~/lib/i18n'
import { countDays, countEvent, ROLES, type DayCount, type RoleCount } from '~/domain/reports/counting.server'

/** How long before the start and after the end the door may be busy: pages refresh the counts meanwhile. */
const LIVE_BEFORE_MS = 3 * 3600_000
const LIVE_AFTER_MS = 2 * 3600_000

export type LiveCounts = {
  eventId: string
  /** Attendee and press registrations (participants), as in the report. */
  registered: number
  confirmed: number
  waitlisted: number
  cancelled: number
  checkedIn: number
  walkIns: number
  /** Confirmed beforehand and not admitted: "not yet arrived" while the event runs, no-shows after; null when counted by hand. */
  notArrived: number | null
  participants: number
  method: 'checkins' | 'headcount'
  headcount: number | null
  /** Every day of the event, also those without admissions. */
  days: DayCount[]
  byRole: Array<{ role: AttendeeRole } & RoleCount>
  phase: 'before' | 'running' | 'after'
  /** The door may be busy now: worth refreshing. */
  live: boolean
  at: string
}

export async function liveCounts(db: Db, eventId: string, now = new Date()): Promise<LiveCounts | null> {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: { id: true, startsAt: true, endsAt: true, timeZone: true, headcount: true },
  })
  if (!event) return null
  const [count, days] = await Promise.all([countEvent(db, eventId), countDays(db, { id: eventId }, [event])])
  if (!count) return null
  const admitted = new Map((days.get(eventId) ?? []).map((d) => [d.day, d.present]))
  const t = now.getTime()
  const phase = t < event.startsAt.getTime() ? 'before' : t <= event.endsAt.getTime() ? 'running' : 'after'
  return {
    eventId,
    registered: count.registrations,
    confirmed: count.confirmed,
    waitlisted: count.waitlisted,
    cancelled: count.cancelled,
    checkedIn: count.checkedIn,
    walkIns: count.walkIns,
    notArrived: count.noShows,
    participants: count.participants,
    method: count.method,
    headcount: event.headcount,
    days: eventDays(event).map((day) => ({ day, present: admitted.get(day) ?? 0 })),
    byRole: ROLES.map((role) => ({ role, ...count.byRole[role] })),
    phase,
    live: t >= event.startsAt.getTime() - LIVE_BEFORE_MS && t <= event.endsAt.getTime() + LIVE_AFTER_MS,
    at: now.toISOString(),
  }
}

/** The calendar days from the event's first to its last, in its zone (at most 31: a fair, not a season). */
function eventDays(event: { startsAt: Date; endsAt: Date; timeZone: string }): string[] {
  const last = eventDay(new Date(Math.max(event.startsAt.getTime(), event.endsAt.getTime() - 1)), event.timeZone)
  const days: string[] = []
  for (let day = eventDay(event.startsAt, event.timeZone); day <= last && days.length < 31;) {
    days.push(day)
    const d = new Date(`${day}T12:00:00Z`)
    d.setUTCDate(d.getUTCDate() + 1)
    day = d.toISOString().slice(0, 10)
  }
  return days
}

/** The counts as a page shows them: days and the time of the figures written out in the event's zone. */
export type LiveCountsView = Omit<LiveCounts, 'days'> & { days: Array<DayCount & { label: string }>; atText: string }

export function viewLiveCounts(counts: LiveCounts, { locale, timeZone }: { locale: Locale; timeZone: string }): LiveCountsView {
  return {
    ...counts,
    // Check-in days are calendar days of the event's zone: noon UTC is that day everywhere near it.
    days: counts.days.map((d) => ({ ...d, label: formatDate(new Date(`${d.day}T12:00:00Z`), { locale, timeZone: 'UTC' }) })),
    atText: formatTime(new Date(counts.at), { locale, timeZone }),
  }
}
