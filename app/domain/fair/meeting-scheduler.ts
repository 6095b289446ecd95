// The cooperation exchange's scheduler: puts accepted meetings into the grid of tables × time
// slots at the stand. Pure, so its promises are tested directly (meeting-scheduler.test.ts):
//
// - no table holds two meetings at overlapping times,
// - no party — the visitor, the exhibitor, the exhibitor's contact — is in two meetings at
//   overlapping times (bookings made by hand off the grid included),
// - each meeting goes into the earliest slot where every party is free and a table is, at the
//   first such table; meetings are taken in the order given (first asked, first placed),
// - a meeting left over had no such slot: every slot was blocked for it.
//
// Times are instants (Date); the slots are built from the event's days and the exchange's daily
// hours in the event's time zone.
import { wallTimeToUtc } from '~/lib/datetime'

export type Slot = { start: Date; end: Date }
/** A meeting already in the grid (or placed by hand): who is busy where, and when. */
export type Booking = { id: string; start: Date; end: Date; table: string; parties: readonly string[] }
export type MeetingToPlace = { id: string; parties: readonly string[] }
export type Placement = { meetingId: string; start: Date; end: Date; table: string }

export type ExchangeGrid = { tables: number; slotMinutes: number; from: string; until: string }
export const DEFAULT_GRID: ExchangeGrid = { tables: 3, slotMinutes: 30, from: '10:00', until: '17:00' }

/** "Tisch 1", "Tisch 2" …: the labels the grid's tables carry (also in the demo data). */
export function tableLabels(grid: Pick<ExchangeGrid, 'tables'>): string[] {
  return Array.from({ length: grid.tables }, (_, i) => `Tisch ${i + 1}`)
}

/** Every slot of the grid on the given days, in order; only whole slots, none starting before `notBefore`. */
export function buildSlots(grid: ExchangeGrid, days: readonly string[], timeZone: string, notBefore?: Date): Slot[] {
  const slots: Slot[] = []
  const length = grid.slotMinutes * 60_000
  for (const day of days) {
    const from = wallTimeToUtc(`${day}T${grid.from}`, timeZone).getTime()
    const until = wallTimeToUtc(`${day}T${grid.until}`, timeZone).getTime()
    for (let start = from; start + length <= until; start += length) {
      if (notBefore && start < notBefore.getTime()) continue
      slots.push({ start: new Date(start), end: new Date(start + length) })
    }
  }
  return slots
}

export type MoveRefusal = { field: 'table'; reason: 'unknownTable' } | { field: 'start'; reason: 'offGrid' | 'outsideHours' }

/**
 * Whether a meeting moved by hand fits the grid: at one of its tables, starting on one of its
 * slots, and over before the day's hours end (a meeting keeps its length, which may differ from
 * today's slot length). Null: it fits. Clashes with other meetings are bookingConflicts' part.
 */
export function checkMove(
  grid: ExchangeGrid,
  days: readonly string[],
  timeZone: string,
  move: { start: Date; end: Date; table: string },
): MoveRefusal | null {
  if (!tableLabels(grid).includes(move.table.trim())) return { field: 'table', reason: 'unknownTable' }
  const length = grid.slotMinutes * 60_000
  const start = move.start.getTime()
  for (const day of days) {
    const from = wallTimeToUtc(`${day}T${grid.from}`, timeZone).getTime()
    const until = wallTimeToUtc(`${day}T${grid.until}`, timeZone).getTime()
    if (start < from || start >= until) continue
    if ((start - from) % length !== 0) return { field: 'start', reason: 'offGrid' }
    return move.end.getTime() <= until ? null : { field: 'start', reason: 'outsideHours' }
  }
  return { field: 'start', reason: 'outsideHours' }
}

const overlaps = (a: { start: Date; end: Date }, b: { start: Date; end: Date }) => a.start < b.end && b.start < a.end

export type BookingConflict = { kind: 'table'; other: string } | { kind: 'party'; party: string; other: string } | { kind: 'invalidTimes' }

/** Why `candidate` cannot go where it is meant to (empty: it can). A booking never conflicts with itself. */
export function bookingConflicts(candidate: Booking, booked: readonly Booking[]): BookingConflict[] {
  if (!(candidate.start < candidate.end)) return [{ kind: 'invalidTimes' }]
  const conflicts: BookingConflict[] = []
  for (const other of booked) {
    if (other.id === candidate.id || !overlaps(candidate, other)) continue
    if (other.table === candidate.table) conflicts.push({ kind: 'table', other: other.id })
    for (const party of new Set(candidate.parties))
      if (other.parties.includes(party)) conflicts.push({ kind: 'party', party, other: other.id })
  }
  return conflicts
}

/**
 * Places `meetings` into `slots` × `tables` around what is `booked` already. Returns the
 * placements and the ids of meetings for which no slot was left.
 */
export function scheduleMeetings(input: {
  slots: readonly Slot[]
  tables: readonly string[]
  booked: readonly Booking[]
  meetings: readonly MeetingToPlace[]
}): {
  placed: Placement[]
  unplaced: string[]
} {
  const slots = [...input.slots].sort((a, b) => a.start.getTime() - b.start.getTime())
  const tables = [...new Set(input.tables)]
  // Bookings per party and per table, so each check looks only at what could collide.
  const byParty = new Map<string, Booking[]>()
  const byTable = new Map<string, Booking[]>()
  const book = (b: Booking) => {
    for (const p of new Set(b.parties)) byParty.set(p, [...(byParty.get(p) ?? []), b])
    byTable.set(b.table, [...(byTable.get(b.table) ?? []), b])
  }
  input.booked.forEach(book)

  const placed: Placement[] = []
  const unplaced: string[] = []
  const seen = new Set<string>()
  for (const meeting of input.meetings) {
    if (seen.has(meeting.id)) continue
    seen.add(meeting.id)
    const parties = [...new Set(meeting.parties)]
    let done = false
    for (const slot of slots) {
      if (parties.some((p) => (byParty.get(p) ?? []).some((b) => overlaps(b, slot)))) continue
      const table = tables.find((t) => !(byTable.get(t) ?? []).some((b) => overlaps(b, slot)))
      if (table === undefined) continue
      book({ id: meeting.id, start: slot.start, end: slot.end, table, parties })
      placed.push({ meetingId: meeting.id, start: slot.start, end: slot.end, table })
      done = true
      break
    }
    if (!done) unplaced.push(meeting.id)
  }
  return { placed, unplaced }
}

/** The parties of a meeting: the visitor, the exhibitor, and the exhibitor's contact person. */
export function meetingParties(m: { requesterId: string; exhibitorId: string; contactPersonId?: string | null }): string[] {
  return [`person:${m.requesterId}`, `exhibitor:${m.exhibitorId}`, ...(m.contactPersonId ? [`person:${m.contactPersonId}`] : [])]
}
