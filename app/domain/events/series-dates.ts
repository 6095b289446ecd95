// The dates of a recurring series ("every month on the 2nd Thursday", "every other Tuesday", or a
// list of dates), as calendar days and as UTC instants of their wall-clock times. Pure and free of
// server code: the organiser's form previews the dates in the browser with the same function that
// the server uses to create them.
import { wallTimeToUtc } from '~/lib/datetime'

/** At most this many dates in one go: a monthly series for five years, a weekly one for a year. */
export const MAX_SERIES_DATES = 60
/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7
/** The n-th weekday of the month; -1 is the last one. */
export type Ordinal = 1 | 2 | 3 | 4 | 5 | -1

export type SeriesPattern =
  | { kind: 'monthly'; ordinal: Ordinal; weekday: Weekday; from: string; to: string }
  | { kind: 'weekly'; weekday: Weekday; everyWeeks: 1 | 2 | 3 | 4; from: string; to: string }
  | { kind: 'dates'; dates: string[] }

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** A calendar day "YYYY-MM-DD" as a count of days (UTC arithmetic: calendar days have no zone), or null. */
function dayNumber(day: string): number | null {
  const m = DAY.exec(day)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const ms = Date.UTC(y, mo - 1, d)
  const check = new Date(ms)
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null
  return ms / 86_400_000
}

const dayText = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10)
const isoWeekday = (n: number) => ((new Date(n * 86_400_000).getUTCDay() + 6) % 7) + 1

export function isCalendarDay(day: string): boolean {
  return dayNumber(day) !== null
}

/** The n-th (or last) weekday of a month, or null when the month has no such day (a 5th Thursday). */
export function nthWeekdayOfMonth(year: number, month: number, ordinal: Ordinal, weekday: Weekday): string | null {
  if (ordinal === -1) {
    const last = Date.UTC(year, month, 0) / 86_400_000
    return dayText(last - ((isoWeekday(last) - weekday + 7) % 7))
  }
  const first = Date.UTC(year, month - 1, 1) / 86_400_000
  const day = first + ((weekday - isoWeekday(first) + 7) % 7) + (ordinal - 1) * 7
  return new Date(day * 86_400_000).getUTCMonth() === month - 1 ? dayText(day) : null
}

/**
 * The calendar days of a pattern, in order, without repeats. Stops one past MAX_SERIES_DATES so the
 * caller can tell "too many" without building thousands. Invalid days give no dates.
 */
export function seriesDays(pattern: SeriesPattern): string[] {
  const limit = MAX_SERIES_DATES + 1
  if (pattern.kind === 'dates') {
    const valid = pattern.dates.filter(isCalendarDay)
    return [...new Set(valid)].sort().slice(0, limit)
  }
  const from = dayNumber(pattern.from)
  const to = dayNumber(pattern.to)
  if (from === null || to === null || to < from) return []
  const days: string[] = []
  if (pattern.kind === 'weekly') {
    for (let n = from + ((pattern.weekday - isoWeekday(from) + 7) % 7); n <= to && days.length < limit; n += 7 * pattern.everyWeeks)
      days.push(dayText(n))
    return days
  }
  const start = new Date(from * 86_400_000)
  let [year, month] = [start.getUTCFullYear(), start.getUTCMonth() + 1]
  while (days.length < limit && Date.UTC(year, month - 1, 1) / 86_400_000 <= to) {
    const day = nthWeekdayOfMonth(year, month, pattern.ordinal, pattern.weekday)
    const n = day ? dayNumber(day)! : null
    if (day && n !== null && n >= from && n <= to) days.push(day)
    ;[year, month] = month === 12 ? [year + 1, 1] : [year, month + 1]
  }
  return days
}

export type SeriesOccurrence = { day: string; startsAt: Date; endsAt: Date }

/**
 * Each day with the same wall-clock times in the zone ("HH:MM"), as UTC instants: 18:00 in Berlin
 * is 17:00 UTC in winter and 16:00 UTC in summer. The end must be later than the start on the same day.
 */
export function seriesOccurrences(days: string[], startTime: string, endTime: string, timeZone: string): SeriesOccurrence[] {
  return days.map((day) => ({
    day,
    startsAt: wallTimeToUtc(`${day}T${startTime}`, timeZone),
    endsAt: wallTimeToUtc(`${day}T${endTime}`, timeZone),
  }))
}

/** Reads a list of dates typed one per line (or separated by commas): 2027-03-11 or 11.03.2027. */
export function parseDateList(text: string): { days: string[]; invalid: string[] } {
  const days: string[] = []
  const invalid: string[] = []
  for (const raw of text
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(raw)
    const day = german ? `${german[3]}-${german[2]!.padStart(2, '0')}-${german[1]!.padStart(2, '0')}` : raw
    if (isCalendarDay(day)) days.push(day)
    else invalid.push(raw.slice(0, 40))
  }
  return { days, invalid }
}
