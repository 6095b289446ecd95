import { describe, expect, it } from 'vitest'
import {
  eventDay,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatEventRange,
  formatTime,
  formatTimeRange,
  formatTimeZoneName,
  isSameDay,
  utcToWallTime,
  wallTimeToUtc,
} from './datetime'

const berlin = 'Europe/Berlin'
const de = { locale: 'de', timeZone: berlin } as const
const en = { locale: 'en', timeZone: berlin } as const
// The formatters use no-break spaces inside values; compare with the plain text a reader sees.
const plain = (s: string) => s.replace(/\u00a0/g, ' ')
const utc = (iso: string) => new Date(iso)

describe('formatting in the event time zone', () => {
  // 20 May 2015 09:30–16:00 in Berlin is 07:30–14:00 UTC (CEST, UTC+2).
  const start = utc('2015-05-20T07:30:00Z')
  const end = utc('2015-05-20T14:00:00Z')

  it('formats a one-day event in German', () => {
    expect(plain(formatEventRange(start, end, de))).toBe('Mi., 20. Mai 2015, 09:30–16:00 Uhr')
  })

  it('formats a one-day event in English', () => {
    expect(plain(formatEventRange(start, end, en))).toBe('Wed, 20 May 2015, 09:30–16:00')
  })

  it('uses the event zone, not the zone of the machine', () => {
    const ny = { locale: 'en', timeZone: 'America/New_York' } as const
    expect(plain(formatEventRange(start, end, ny))).toBe('Wed, 20 May 2015, 03:30–10:00')
    // 23:30 UTC on 19 May is already the 20th in Berlin.
    expect(plain(formatDate(utc('2015-05-19T23:30:00Z'), de))).toBe('Mi., 20. Mai 2015')
  })

  it('formats a range across days as a date range', () => {
    const s = utc('2015-09-30T07:00:00Z')
    const e = utc('2015-10-01T15:00:00Z')
    // CLDR abbreviates September as "Sep." or "Sept." depending on the ICU version.
    expect(plain(formatEventRange(s, e, de))).toMatch(/^30\. Sept?\. – 1\. Okt\. 2015$/)
    expect(plain(formatEventRange(s, e, en))).toMatch(/^30 Sept? – 1 Oct 2015$/)
    expect(plain(formatDateRange(s, e, de))).toBe(plain(formatEventRange(s, e, de)))
    // Within one month the month is named once.
    const may = [utc('2015-05-20T07:00:00Z'), utc('2015-05-22T15:00:00Z')] as const
    expect(plain(formatDateRange(...may, de))).toBe('20.–22. Mai 2015')
    expect(plain(formatDateRange(...may, en))).toBe('20 – 22 May 2015')
  })

  it('formats a range across days with times when asked', () => {
    const s = utc('2015-09-30T07:00:00Z')
    const e = utc('2015-10-01T15:00:00Z')
    expect(plain(formatEventRange(s, e, de, { withTimes: true }))).toMatch(
      /^Mi\., 30\. Sept?\. 2015, 09:00 Uhr – Do\., 1\. Okt\. 2015, 17:00 Uhr$/,
    )
    expect(plain(formatEventRange(s, e, en, { withTimes: true }))).toMatch(/^Wed, 30 Sept? 2015, 09:00 – Thu, 1 Oct 2015, 17:00$/)
  })

  it('treats an evening that ends at midnight as one day', () => {
    const s = utc('2015-05-20T17:00:00Z') // 19:00 CEST
    const e = utc('2015-05-20T22:00:00Z') // 00:00 CEST on the 21st
    expect(isSameDay(s, e, berlin)).toBe(true)
    expect(plain(formatEventRange(s, e, de))).toBe('Mi., 20. Mai 2015, 19:00–00:00 Uhr')
    expect(isSameDay(s, utc('2015-05-20T22:01:00Z'), berlin)).toBe(false)
  })

  it('formats single times, date-times and time ranges', () => {
    expect(formatTime(start, de)).toBe('09:30')
    expect(plain(formatTime(start, en))).toBe('09:30')
    expect(plain(formatTime(utc('2015-05-19T22:05:00Z'), en))).toBe('00:05')
    expect(plain(formatDateTime(start, de))).toBe('Mi., 20. Mai 2015, 09:30 Uhr')
    expect(plain(formatDateTime(start, en))).toBe('Wed, 20 May 2015, 09:30')
    expect(plain(formatTimeRange(start, end, de, { unit: false }))).toBe('09:30–16:00')
    expect(plain(formatDate(start, de, 'long'))).toBe('Mittwoch, 20. Mai 2015')
    expect(plain(formatDate(start, en, 'long'))).toBe('Wednesday, 20 May 2015')
  })

  it('keeps number and unit together with no-break spaces', () => {
    expect(formatTimeRange(start, end, de)).toBe('09:30–16:00\u00a0Uhr')
    expect(formatTimeRange(start, end, en)).toBe('09:30–16:00')
    expect(formatEventRange(start, end, en)).not.toMatch(/\u202f/)
  })

  it('names the zone as it is at that instant', () => {
    expect(formatTimeZoneName(start, de)).toBe('MESZ')
    expect(formatTimeZoneName(start, en)).toBe('CEST')
    expect(formatTimeZoneName(utc('2015-12-01T10:00:00Z'), de)).toBe('MEZ')
    expect(formatTimeZoneName(utc('2015-12-01T10:00:00Z'), en, 'long')).toBe('Central European Standard Time')
  })
})

describe('daylight saving time in Berlin', () => {
  // 2026: clocks go forward on 29 March at 02:00 (to 03:00) and back on 25 October at 03:00 (to 02:00).
  it('formats times on both sides of the spring change', () => {
    expect(formatTime(utc('2026-03-29T00:59:00Z'), de)).toBe('01:59')
    expect(formatTime(utc('2026-03-29T01:00:00Z'), de)).toBe('03:00')
    expect(formatTimeZoneName(utc('2026-03-29T00:59:00Z'), de)).toBe('MEZ')
    expect(formatTimeZoneName(utc('2026-03-29T01:00:00Z'), de)).toBe('MESZ')
  })

  it('formats a session across the spring change with its real wall-clock times', () => {
    // One hour of real time, 01:30 CET to 03:30 CEST.
    expect(plain(formatTimeRange(utc('2026-03-29T00:30:00Z'), utc('2026-03-29T01:30:00Z'), de))).toBe('01:30–03:30 Uhr')
  })

  it('formats the repeated hour in autumn twice', () => {
    expect(formatTime(utc('2026-10-25T00:30:00Z'), de)).toBe('02:30')
    expect(formatTime(utc('2026-10-25T01:30:00Z'), de)).toBe('02:30')
    expect(formatTimeZoneName(utc('2026-10-25T00:30:00Z'), en)).toBe('CEST')
    expect(formatTimeZoneName(utc('2026-10-25T01:30:00Z'), en)).toBe('CET')
  })

  it('converts wall times around the spring change', () => {
    expect(wallTimeToUtc('2026-03-29T01:30', berlin).toISOString()).toBe('2026-03-29T00:30:00.000Z')
    expect(wallTimeToUtc('2026-03-29T03:30', berlin).toISOString()).toBe('2026-03-29T01:30:00.000Z')
    // 02:30 does not exist that night: it moves forward by the gap, to 03:30 CEST.
    expect(wallTimeToUtc('2026-03-29T02:30', berlin).toISOString()).toBe('2026-03-29T01:30:00.000Z')
  })

  it('converts wall times around the autumn change, taking the first of a repeated time', () => {
    expect(wallTimeToUtc('2026-10-25T01:30', berlin).toISOString()).toBe('2026-10-24T23:30:00.000Z')
    expect(wallTimeToUtc('2026-10-25T02:30', berlin).toISOString()).toBe('2026-10-25T00:30:00.000Z')
    expect(wallTimeToUtc('2026-10-25T03:30', berlin).toISOString()).toBe('2026-10-25T02:30:00.000Z')
  })

  it('converts ordinary summer and winter times with their offsets', () => {
    expect(wallTimeToUtc('2015-05-20T09:30', berlin).toISOString()).toBe('2015-05-20T07:30:00.000Z')
    expect(wallTimeToUtc('2026-01-15 18:00:00', berlin).toISOString()).toBe('2026-01-15T17:00:00.000Z')
    expect(wallTimeToUtc('2026-01-15', berlin).toISOString()).toBe('2026-01-14T23:00:00.000Z')
    expect(wallTimeToUtc('2026-07-01T09:00', 'America/New_York').toISOString()).toBe('2026-07-01T13:00:00.000Z')
  })

  it('refuses text that is not a wall time or not a calendar date', () => {
    for (const bad of ['', '20.05.2026 09:30', '2026-02-30T10:00', '2026-05-20T24:00', '2026-05-20T09:60', '2026-05-20T09:30Z']) {
      expect(() => wallTimeToUtc(bad, berlin), bad).toThrow(RangeError)
    }
  })

  it('round-trips wall times through UTC', () => {
    for (const wall of ['2026-03-29T01:59', '2026-03-29T03:00', '2026-10-25T02:00', '2026-10-25T03:00', '2026-12-31T23:59']) {
      expect(utcToWallTime(wallTimeToUtc(wall, berlin), berlin)).toBe(wall)
    }
  })
})

describe('eventDay', () => {
  it('gives the calendar day in the zone, not in UTC', () => {
    expect(eventDay(utc('2015-05-19T22:30:00Z'), berlin)).toBe('2015-05-20')
    expect(eventDay(utc('2015-05-19T21:59:59Z'), berlin)).toBe('2015-05-19')
    expect(eventDay(utc('2015-05-20T03:00:00Z'), 'America/New_York')).toBe('2015-05-19')
  })

  it('changes day at local midnight on both DST change days', () => {
    expect(eventDay(utc('2026-03-28T22:59:59Z'), berlin)).toBe('2026-03-28') // 23:59:59 CET
    expect(eventDay(utc('2026-03-28T23:00:00Z'), berlin)).toBe('2026-03-29') // 00:00 CET
    expect(eventDay(utc('2026-03-29T21:59:59Z'), berlin)).toBe('2026-03-29') // 23:59:59 CEST
    expect(eventDay(utc('2026-10-24T22:00:00Z'), berlin)).toBe('2026-10-25') // 00:00 CEST
    expect(eventDay(utc('2026-10-25T22:59:59Z'), berlin)).toBe('2026-10-25') // 23:59:59 CET
    expect(eventDay(utc('2026-10-25T23:00:00Z'), berlin)).toBe('2026-10-26')
  })
})
