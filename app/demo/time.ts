// Wall-clock times of the demo, turned into UTC instants in the event's zone (DST-correct:
// 20 May 2015 09:30 in Berlin is 07:30 UTC, 4 Feb 2015 18:00 is 17:00 UTC).
import { eventDay, wallTimeToUtc } from '~/lib/datetime'

export const BERLIN = 'Europe/Berlin'

/** "2015-05-20 09:30" in `timeZone` → the UTC instant. */
export function at(local: string, timeZone = BERLIN): Date {
  return wallTimeToUtc(local, timeZone)
}

/** The calendar day (YYYY-MM-DD) of an instant in `timeZone`. */
export function dayOf(instant: Date, timeZone = BERLIN): string {
  return eventDay(instant, timeZone)
}

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * 60_000)
}

export function addDays(instant: Date, days: number): Date {
  return addMinutes(instant, days * 24 * 60)
}

// Calendar arithmetic on plain days ("2027-01-13"): no zone is involved, so it is done in UTC.
const asUtcDay = (day: string) => new Date(`${day}T00:00:00Z`)
const toDay = (date: Date) => date.toISOString().slice(0, 10)

export function addCalendarDays(day: string, days: number): string {
  return toDay(new Date(asUtcDay(day).getTime() + days * 86_400_000))
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: string): number {
  return asUtcDay(day).getUTCDay()
}

/** The first day on or after `day` that falls on `weekday`. */
export function nextWeekday(day: string, weekday: number): string {
  return addCalendarDays(day, (weekday - weekdayOf(day) + 7) % 7)
}

/** The n-th (1-based) `weekday` of a month (1–12). */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): string {
  const first = `${year}-${String(month).padStart(2, '0')}-01`
  return addCalendarDays(nextWeekday(first, weekday), (n - 1) * 7)
}

export const WEDNESDAY = 3
export const TUESDAY = 2
export const THURSDAY = 4
export const MONDAY = 1
