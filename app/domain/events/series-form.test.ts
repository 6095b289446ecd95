import { describe, expect, it } from 'vitest'
import { parseSeriesForm } from './series-form'

const form = (entries: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(entries)) f.set(k, v)
  return f
}
const monthly = {
  nameDe: 'Kammerdialog',
  kind: 'DIALOGUE',
  pattern: 'monthly',
  ordinal: '2',
  weekday: '4',
  everyWeeks: '1',
  from: '2027-01-01',
  to: '2027-06-30',
  startTime: '18:00',
  endTime: '20:30',
  capacity: '60',
  waitlist: 'on',
}

describe('parseSeriesForm', () => {
  it('accepts a monthly series and yields its dates', () => {
    const result = parseSeriesForm(form(monthly))
    expect(result.ok).toBe(true)
    expect(result.days).toEqual(['2027-01-14', '2027-02-11', '2027-03-11', '2027-04-08', '2027-05-13', '2027-06-10'])
  })

  it('explains each wrong field, and still previews the dates when only other fields are wrong', () => {
    const result = parseSeriesForm(
      form({ ...monthly, nameDe: ' ', startTime: '20:00', endTime: '19:00', capacity: '0', status: 'PUBLISHED' }),
    )
    if (result.ok) throw new Error('accepted')
    expect(result.fieldErrors).toEqual({
      nameDe: [{ key: 'errors.required' }],
      capacity: [{ key: 'errors.capacityInvalid' }],
      endTime: [{ key: 'errors.endBeforeStart' }],
    })
    expect(result.days).toHaveLength(6)
  })

  it('refuses an end day before the start day, impossible days, and more than 60 dates', () => {
    expect(parseSeriesForm(form({ ...monthly, to: '2026-12-31' }))).toMatchObject({
      ok: false,
      fieldErrors: { to: [{ key: 'errors.toBeforeFrom' }] },
    })
    expect(parseSeriesForm(form({ ...monthly, from: '2027-02-30' }))).toMatchObject({
      ok: false,
      fieldErrors: { from: [{ key: 'errors.dateInvalid' }] },
    })
    const weekly = parseSeriesForm(form({ ...monthly, pattern: 'weekly', from: '2027-01-01', to: '2028-12-31' }))
    expect(weekly).toMatchObject({ ok: false, fieldErrors: { to: [{ key: 'errors.tooManyDates', values: { max: 60 } }] } })
    expect(weekly.days).toHaveLength(60)
  })

  it('says so when a pattern has no date in the period', () => {
    expect(parseSeriesForm(form({ ...monthly, ordinal: '5', from: '2027-02-01', to: '2027-02-28' }))).toMatchObject({
      ok: false,
      fieldErrors: { to: [{ key: 'errors.noDates' }] },
    })
  })

  it('reads a list of dates and names the lines that are no dates', () => {
    expect(parseSeriesForm(form({ ...monthly, pattern: 'dates', dates: '11.03.2027\n2027-04-08' })).days).toEqual([
      '2027-03-11',
      '2027-04-08',
    ])
    expect(parseSeriesForm(form({ ...monthly, pattern: 'dates', dates: '11.03.2027\nirgendwann' }))).toMatchObject({
      ok: false,
      fieldErrors: { dates: [{ key: 'errors.datesInvalid', values: { dates: 'irgendwann' } }] },
    })
    expect(parseSeriesForm(form({ ...monthly, pattern: 'dates', dates: '' }))).toMatchObject({
      ok: false,
      fieldErrors: { dates: [{ key: 'errors.noDates' }] },
    })
  })

  it('refuses unknown choices instead of guessing', () => {
    expect(parseSeriesForm(form({ ...monthly, kind: 'PARTY', pattern: 'yearly' }))).toMatchObject({
      ok: false,
      fieldErrors: { kind: [{ key: 'errors.required' }], pattern: [{ key: 'errors.required' }] },
    })
  })

  it('refuses line breaks and control characters in the name and venue, as in the event form', () => {
    for (const field of ['nameDe', 'nameEn', 'venueName', 'venueCity']) {
      for (const bad of ['Kammer\r\ndialog', 'Kammer\ndialog', 'Kammer\u0007']) {
        const result = parseSeriesForm(form({ ...monthly, [field]: bad }))
        expect(result.ok ? null : result.fieldErrors, `${field}: ${JSON.stringify(bad)}`).toEqual({
          [field]: [{ key: 'errors.invalidCharacters' }],
        })
      }
    }
  })
})
