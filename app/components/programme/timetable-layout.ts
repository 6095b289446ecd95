// Where each session of one day sits in the editor's timetable grid: one column per room, one row
// per five minutes. Computed on instants, so the grid of the day the clocks change has 23 or 25
// hours and every card still sits at its real time; the hour labels show the wall clock.
import { eventDay, formatTime, wallTimeToUtc, type ZoneOptions } from '~/lib/datetime'

const STEP = 5 * 60_000
const HOUR = 60 * 60_000

export type LayoutSession = { id: string; roomId: string | null; startsAt: Date; endsAt: Date }
export type LayoutColumn = { id: string | null; name: string }

export type DayLayout = {
  /** Five-minute rows, not counting the header row. */
  rows: number
  hours: { row: number; label: string }[]
  columns: LayoutColumn[]
  /** CSS grid lines: column 1 holds the hour labels, row 1 the room names. */
  cards: { id: string; column: number; rowStart: number; rowEnd: number }[]
}

/**
 * Lays out the sessions that start on `day` (in the zone). The grid spans at least 08:00–18:00 and
 * grows to whole hours around the earliest start and latest end (also past midnight).
 * `noRoomName` labels the extra column for sessions without a room, shown only when there are any.
 */
export function layoutDay<T extends LayoutSession>(
  sessions: T[],
  options: { day: string; zone: ZoneOptions; rooms: LayoutColumn[]; noRoomName: string },
): DayLayout {
  const { day, zone } = options
  const today = sessions.filter((s) => eventDay(s.startsAt, zone.timeZone) === day)
  const earliestHour = Math.min(8, ...today.map((s) => Number(wallHour(s.startsAt, zone.timeZone))))
  const start = wallTimeToUtc(`${day}T${String(earliestHour).padStart(2, '0')}:00`, zone.timeZone).getTime()
  const defaultEnd = wallTimeToUtc(`${day}T18:00`, zone.timeZone).getTime()
  const latest = Math.max(defaultEnd, ...today.map((s) => s.endsAt.getTime()))
  const hours = Math.ceil((latest - start) / HOUR)
  const columns = [...options.rooms]
  if (today.some((s) => !s.roomId || !options.rooms.some((r) => r.id === s.roomId))) columns.push({ id: null, name: options.noRoomName })
  const columnOf = (roomId: string | null) => {
    const index = columns.findIndex((c) => c.id === roomId)
    return (index === -1 ? columns.length - 1 : index) + 2
  }
  return {
    rows: (hours * HOUR) / STEP,
    hours: Array.from({ length: hours }, (_, k) => ({ row: k * (HOUR / STEP) + 2, label: formatTime(new Date(start + k * HOUR), zone) })),
    columns,
    cards: today.map((s) => {
      const rowStart = Math.floor((s.startsAt.getTime() - start) / STEP) + 2
      const rowEnd = Math.max(rowStart + 1, Math.ceil((s.endsAt.getTime() - start) / STEP) + 2)
      return { id: s.id, column: columnOf(s.roomId), rowStart, rowEnd }
    }),
  }
}

function wallHour(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(date)
}
