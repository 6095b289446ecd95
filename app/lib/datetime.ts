// Dates and times of events, always in the event's own time zone (stored UTC, shown where it happens).
//
// Every function takes the time zone explicitly: a default would silently use the zone of whichever
// machine runs the code, and the server (UTC) and a visitor's browser would disagree.
//
// The public pages format on the server and send strings: Intl's month and zone abbreviations
// follow the CLDR version of each runtime ("Sep." in one, "Sept." in another), so formatting the
// same instant in Node and in the browser can still differ and break hydration.
//
// Spaces inside one value ("16:00 Uhr") are no-break spaces (U+00A0), so a line never
// breaks between a number and its unit. ICU's own narrow no-break space (U+202F, in newer CLDR)
// is replaced by it, which keeps the output the same across Node versions.
import { TZDate } from '@date-fns/tz'
import type { Locale } from './i18n'

export const DEFAULT_TIME_ZONE = 'Europe/Berlin'

export type ZoneOptions = { locale: Locale; timeZone: string }

const NBSP = '\u00a0'

// English pages use British date order ("Wed, 20 May 2015"); both languages use the 24-hour clock
// ("09:30"), as a German organisation's programme does in either language.
const dateLocale = (locale: Locale) => (locale === 'de' ? 'de-DE' : 'en-GB')

const formatters = new Map<string, Intl.DateTimeFormat>()

// Intl.DateTimeFormat is costly to construct; a list page formats dozens of dates with a handful of shapes.
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options)
    formatters.set(key, f)
  }
  return f
}

// Newer ICU puts thin spaces (U+2009) around the dash of a range; older ICU plain ones.
const tidy = (s: string) => s.replace(/\u202f/g, NBSP).replace(/\u2009/g, ' ')

/** "Mi., 20. Mai 2015" / "Wed, 20 May 2015"; `long`: "Mittwoch, 20. Mai 2015" / "Wednesday, 20 May 2015". */
export function formatDate(date: Date, { locale, timeZone }: ZoneOptions, style: 'short' | 'long' = 'short'): string {
  return tidy(
    formatter(dateLocale(locale), {
      timeZone,
      weekday: style,
      day: 'numeric',
      month: style,
      year: 'numeric',
    }).format(date),
  )
}

/** "09:30" in both languages (without "Uhr": see formatTimeRange and formatDateTime). */
export function formatTime(date: Date, { timeZone }: ZoneOptions): string {
  return formatter('de-DE', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date)
}

/** "Mi., 20. Mai 2015, 09:30 Uhr" / "Wed, 20 May 2015, 09:30". */
export function formatDateTime(date: Date, zone: ZoneOptions): string {
  return `${formatDate(date, zone)}, ${formatTime(date, zone)}${zone.locale === 'de' ? `${NBSP}Uhr` : ''}`
}

/**
 * "09:30–16:00 Uhr" / "09:30–16:00". `unit: false` leaves out "Uhr" (for lists of times,
 * where it would repeat on every line).
 */
export function formatTimeRange(start: Date, end: Date, zone: ZoneOptions, { unit = true } = {}): string {
  const from = formatTime(start, zone)
  const to = formatTime(end, zone)
  return `${from}–${to}${unit && zone.locale === 'de' ? `${NBSP}Uhr` : ''}`
}

/**
 * The calendar day an instant falls on in the zone, as YYYY-MM-DD: the day of a check-in, the day
 * heading of a programme. Uses TZDate rather than the runtime's zone.
 */
export function eventDay(date: Date, timeZone: string): string {
  const zoned = new TZDate(date.getTime(), timeZone)
  return `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`
}

/** True when an event from start to end happens on one calendar day in its zone. */
export function isSameDay(start: Date, end: Date, timeZone: string): boolean {
  // An evening that ends at midnight (19:00–00:00) still belongs to the day it started.
  const lastMoment = end.getTime() > start.getTime() ? new Date(end.getTime() - 1) : start
  return eventDay(start, timeZone) === eventDay(lastMoment, timeZone)
}

/** "Mi., 20. Mai 2015" for one day; "30. Sept. – 1. Okt. 2015" / "30 Sept – 1 Oct 2015" across days. */
export function formatDateRange(start: Date, end: Date, zone: ZoneOptions): string {
  if (isSameDay(start, end, zone.timeZone)) return formatDate(start, zone)
  const f = formatter(dateLocale(zone.locale), { timeZone: zone.timeZone, day: 'numeric', month: 'short', year: 'numeric' })
  return tidy(f.formatRange(start, end < start ? start : end))
}

/**
 * When an event takes place. One day: "Mi., 20. Mai 2015, 09:30–16:00 Uhr" / "Wed, 20 May 2015,
 * 09:30–16:00". Across days: the date range ("30. Sept. – 1. Okt. 2015"), or with
 * `withTimes` the start and end in full ("Mi., 30. Sept. 2015, 09:00 Uhr – Do., 1. Okt. 2015, 17:00 Uhr").
 */
export function formatEventRange(start: Date, end: Date, zone: ZoneOptions, { withTimes = false } = {}): string {
  if (isSameDay(start, end, zone.timeZone)) return `${formatDate(start, zone)}, ${formatTimeRange(start, end, zone)}`
  if (!withTimes) return formatDateRange(start, end, zone)
  return `${formatDateTime(start, zone)} – ${formatDateTime(end, zone)}`
}

/**
 * The zone's name at that instant, in the page's language: `short` "MESZ" / "CEST", `long`
 * "Mitteleuropäische Sommerzeit" / "Central European Summer Time". Takes an instant because the
 * name changes with daylight saving time.
 */
export function formatTimeZoneName(date: Date, { locale, timeZone }: ZoneOptions, style: 'short' | 'long' = 'short'): string {
  const parts = formatter(dateLocale(locale), { timeZone, timeZoneName: style }).formatToParts(date)
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/

/**
 * The UTC instant of a wall-clock time in a zone: what an organiser types into a datetime-local
 * field ("2026-05-20T09:30", "2026-05-20 09:30:00", or a bare date for midnight) for an event in
 * Berlin. Throws a RangeError for text that is not such a time or not a calendar date.
 *
 * Daylight saving time, as in Temporal's "compatible" rule and most calendar programs:
 * - a time skipped in spring (02:30 on 29 Mar 2026 in Berlin) moves forward by the gap (03:30 CEST);
 * - a time that occurs twice in autumn (02:30 on 25 Oct 2026) is the first occurrence (CEST).
 */
export function wallTimeToUtc(isoLocal: string, timeZone: string): Date {
  const m = LOCAL.exec(isoLocal.trim())
  if (!m) throw new RangeError(`Not a local date-time: ${JSON.stringify(isoLocal)}`)
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v))) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second)
  const check = new Date(asUtc)
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    throw new RangeError(`Not a calendar date-time: ${JSON.stringify(isoLocal)}`)
  }
  // TZDate resolves skipped times forward (as we want) but a repeated time to its second occurrence.
  const instant = TZDate.tz(timeZone, year, month - 1, day, hour, minute, second).getTime()
  const offsetAt = (ms: number) => -new TZDate(ms, timeZone).getTimezoneOffset()
  const shift = offsetAt(instant - 86_400_000) - offsetAt(instant)
  if (shift > 0) {
    const earlier = instant - shift * 60_000
    if (sameWallTime(earlier, timeZone, asUtc)) return new Date(earlier)
  }
  return new Date(instant)
}

/** The wall-clock time of an instant in a zone as "YYYY-MM-DDTHH:mm", the value of a datetime-local field. */
export function utcToWallTime(date: Date, timeZone: string): string {
  const z = new TZDate(date.getTime(), timeZone)
  return `${eventDay(date, timeZone)}T${pad(z.getHours())}:${pad(z.getMinutes())}`
}

function sameWallTime(ms: number, timeZone: string, wallAsUtc: number): boolean {
  const z = new TZDate(ms, timeZone)
  return Date.UTC(z.getFullYear(), z.getMonth(), z.getDate(), z.getHours(), z.getMinutes(), z.getSeconds()) === wallAsUtc
}

const pad = (n: number) => String(n).padStart(2, '0')
