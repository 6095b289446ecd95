// The rules of the timetable, as pure functions (no database): what the editor refuses and what it
// only warns about.
//
// Times are instants (stored UTC) and every comparison is on instants, so a session across midnight
// or on the day the clocks change in Europe/Berlin needs no special case. Intervals are half-open,
// [start, end): a talk ending at 10:00 and the next starting at 10:00 share no minute; ending at 10:01
// they do. Only the question "which days does the event have" needs the event's time zone.
import { eventDay, wallTimeToUtc } from '~/lib/datetime'

export type Interval = { startsAt: Date; endsAt: Date }

/** A session as the rules see it: where, when, who. */
export type ScheduledSession = Interval & {
  id: string
  roomId: string | null
  speakerIds: readonly string[]
}

/** The session being created or changed (no id yet when it is new). */
export type PlannedSession = Interval & {
  id?: string | null
  roomId: string | null
  speakerIds: readonly string[]
  /** The session's own seat limit (workshops); null when anyone may come. */
  capacity: number | null
  /** Seats taken or places marked in personal agendas. */
  confirmedCount: number
}

export type EventSpan = Interval & { timeZone: string }

export type Conflict<T extends ScheduledSession = ScheduledSession> =
  | { kind: 'invalidTimes' }
  | { kind: 'outsideEventDays'; firstDay: string; lastDay: string }
  | { kind: 'roomDoubleBooked'; roomId: string; other: T }
  | { kind: 'speakerDoubleBooked'; speakerId: string; other: T }

export type Warning = { kind: 'overCapacity'; roomId: string; expectedAudience: number; roomCapacity: number }

export type Check<T extends ScheduledSession = ScheduledSession> = { conflicts: Conflict<T>[]; warnings: Warning[] }

/** True when the two share at least one instant; back-to-back intervals do not. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime()
}

/** The calendar days the event covers in its zone, first to last, as YYYY-MM-DD. */
export function eventDays(event: EventSpan): string[] {
  const first = eventDay(event.startsAt, event.timeZone)
  // An event ending at midnight ends on the day before (as in datetime.ts' isSameDay).
  const lastMoment = event.endsAt.getTime() > event.startsAt.getTime() ? new Date(event.endsAt.getTime() - 1) : event.startsAt
  const last = eventDay(lastMoment, event.timeZone)
  const days: string[] = []
  // A year of days at most: a mistyped end date must not make a page list ten thousand days.
  for (let day = first; day <= last && days.length < 366; day = nextDay(day)) days.push(day)
  return days
}

/**
 * The instants between which sessions may take place: from midnight of the event's first day to
 * midnight after its last day, in the event's zone (on the day clocks change, that day has 23 or
 * 25 hours — the instants say so, the wall clock does not).
 */
export function eventDayBounds(event: EventSpan): { from: Date; until: Date; firstDay: string; lastDay: string } {
  const days = eventDays(event)
  const firstDay = days[0]!
  const lastDay = days[days.length - 1]!
  return {
    firstDay,
    lastDay,
    from: wallTimeToUtc(`${firstDay}T00:00`, event.timeZone),
    until: wallTimeToUtc(`${nextDay(lastDay)}T00:00`, event.timeZone),
  }
}

/** The day after a YYYY-MM-DD day (calendar arithmetic, no time zone involved). */
export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
}

/** Who is expected in the room: the session's own seat limit if it has one, else those who chose it. */
export function expectedAudience(session: Pick<PlannedSession, 'capacity' | 'confirmedCount'>): number {
  return session.capacity ?? session.confirmedCount
}

/**
 * Checks a planned session against the event and the event's other sessions. Conflicts refuse the
 * change; warnings allow it but should be shown. `others` may include the session itself (it is
 * skipped by id).
 */
export function checkSession<T extends ScheduledSession>(
  planned: PlannedSession,
  context: { event: EventSpan; others: readonly T[]; room: { id: string; capacity: number | null } | null },
): Check<T> {
  const conflicts: Conflict<T>[] = []
  const warnings: Warning[] = []
  if (!(planned.endsAt.getTime() > planned.startsAt.getTime())) return { conflicts: [{ kind: 'invalidTimes' }], warnings }

  const bounds = eventDayBounds(context.event)
  if (planned.startsAt < bounds.from || planned.endsAt > bounds.until) {
    conflicts.push({ kind: 'outsideEventDays', firstDay: bounds.firstDay, lastDay: bounds.lastDay })
  }

  const others = context.others
    .filter((o) => !planned.id || o.id !== planned.id)
    .filter((o) => overlaps(planned, o))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
  if (planned.roomId) {
    for (const other of others) {
      if (other.roomId === planned.roomId) conflicts.push({ kind: 'roomDoubleBooked', roomId: planned.roomId, other })
    }
  }
  for (const speakerId of new Set(planned.speakerIds)) {
    for (const other of others) {
      if (other.speakerIds.includes(speakerId)) conflicts.push({ kind: 'speakerDoubleBooked', speakerId, other })
    }
  }

  const room = context.room
  if (room && room.capacity !== null && planned.roomId === room.id) {
    const audience = expectedAudience(planned)
    if (audience > room.capacity)
      warnings.push({ kind: 'overCapacity', roomId: room.id, expectedAudience: audience, roomCapacity: room.capacity })
  }
  return { conflicts, warnings }
}
