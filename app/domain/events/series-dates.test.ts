import { describe, expect, it } from 'vitest'
import { MAX_SERIES_DATES, nthWeekdayOfMonth, parseDateList, seriesDays, seriesOccurrences } from './series-dates'

const THURSDAY = 4
const berlin = 'Europe/Berlin'

describe('nthWeekdayOfMonth', () => {
  it('finds the 2nd Thursday, the last Friday and a 5th Thursday where there is one', () => {
    expect(nthWeekdayOfMonth(2026, 1, 2, THURSDAY)).toBe('2026-01-08')
    expect(nthWeekdayOfMonth(2026, 10, -1, 5)).toBe('2026-10-30')
    expect(nthWeekdayOfMonth(2026, 1, 5, THURSDAY)).toBe('2026-01-29')
    expect(nthWeekdayOfMonth(2026, 2, 5, THURSDAY)).toBeNull()
  })
})

describe('seriesDays', () => {
  it('gives a monthly series every 2nd Thursday between two days, both included', () => {
    expect(seriesDays({ kind: 'monthly', ordinal: 2, weekday: THURSDAY, from: '2026-01-08', to: '2026-06-11' })).toEqual([
      '2026-01-08',
      '2026-02-12',
      '2026-03-12',
      '2026-04-09',
      '2026-05-14',
      '2026-06-11',
    ])
  })

  it('leaves out months without a 5th Thursday', () => {
    expect(seriesDays({ kind: 'monthly', ordinal: 5, weekday: THURSDAY, from: '2026-01-01', to: '2026-12-31' })).toEqual([
      '2026-01-29',
      '2026-04-30',
      '2026-07-30',
      '2026-10-29',
      '2026-12-31',
    ])
  })

  it('skips a month whose date falls before the start day', () => {
    expect(seriesDays({ kind: 'monthly', ordinal: 1, weekday: 1, from: '2026-03-10', to: '2026-05-31' })).toEqual([
      '2026-04-06',
      '2026-05-04',
    ])
  })

  it('gives every other Tuesday from the first Tuesday on or after the start', () => {
    expect(seriesDays({ kind: 'weekly', weekday: 2, everyWeeks: 2, from: '2026-03-04', to: '2026-04-15' })).toEqual([
      '2026-03-10',
      '2026-03-24',
      '2026-04-07',
    ])
  })

  it('sorts a list of dates and drops repeats and non-dates', () => {
    expect(seriesDays({ kind: 'dates', dates: ['2026-05-07', '2026-02-30', '2026-03-05', '2026-05-07'] })).toEqual([
      '2026-03-05',
      '2026-05-07',
    ])
  })

  it('gives nothing for an end before the start or malformed days', () => {
    expect(seriesDays({ kind: 'weekly', weekday: 2, everyWeeks: 1, from: '2026-05-01', to: '2026-04-01' })).toEqual([])
    expect(seriesDays({ kind: 'monthly', ordinal: 2, weekday: 2, from: 'gestern', to: '2026-04-01' })).toEqual([])
  })

  it('stops one past the limit so that "too many" can be told without building thousands', () => {
    expect(seriesDays({ kind: 'weekly', weekday: 1, everyWeeks: 1, from: '2000-01-01', to: '2999-12-31' })).toHaveLength(
      MAX_SERIES_DATES + 1,
    )
  })
})

describe('seriesOccurrences', () => {
  it('keeps the wall-clock time across the change to summer time (Berlin, 29 March 2026)', () => {
    const [march, april] = seriesOccurrences(['2026-03-12', '2026-04-09'], '18:00', '20:30', berlin)
    expect([march!.startsAt.toISOString(), march!.endsAt.toISOString()]).toEqual(['2026-03-12T17:00:00.000Z', '2026-03-12T19:30:00.000Z'])
    expect([april!.startsAt.toISOString(), april!.endsAt.toISOString()]).toEqual(['2026-04-09T16:00:00.000Z', '2026-04-09T18:30:00.000Z'])
  })

  it('keeps the wall-clock time on the night the clocks go back (25 October 2026)', () => {
    const [day] = seriesOccurrences(['2026-10-25'], '01:00', '04:00', berlin)
    expect([day!.startsAt.toISOString(), day!.endsAt.toISOString()]).toEqual(['2026-10-24T23:00:00.000Z', '2026-10-25T03:00:00.000Z'])
  })
})

describe('parseDateList', () => {
  it('reads ISO and German dates, one per line or comma-separated, and reports the rest', () => {
    expect(parseDateList('2027-03-11\n8.4.2027, 13.05.2027\n\n31.02.2027\nmorgen')).toEqual({
      days: ['2027-03-11', '2027-04-08', '2027-05-13'],
      invalid: ['31.02.2027', 'morgen'],
    })
  })
})
