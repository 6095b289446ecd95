import { describe, expect, it } from 'vitest'
import { parseReportQuery, parseReportYear, reportSearch } from './filter'

const known = { seriesIds: ['s1'], programmeIds: ['p1'] }
const parse = (query: string) => parseReportQuery(new URLSearchParams(query), 2015, known)

describe('report address and filter', () => {
  it('reads the year of the URL, or none', () => {
    expect(parseReportYear('2015')).toBe(2015)
    for (const bad of [undefined, '', '15', '20150', '2015a', '1989', '2101', '-2015']) expect(parseReportYear(bad)).toBeNull()
  })

  it('takes known kinds, series, programmes and dates in the year', () => {
    expect(parse('kind=FAIR&series=s1&programme=p1&from=2015-04-01&to=2015-04-30')).toEqual({
      filter: { kind: 'FAIR', seriesId: 's1', programmeId: 'p1', from: '2015-04-01', to: '2015-04-30' },
      values: { kind: 'FAIR', series: 's1', programme: 'p1', from: '2015-04-01', to: '2015-04-30' },
      fieldErrors: {},
    })
    expect(parse('')).toEqual({ filter: {}, values: { kind: '', series: '', programme: '', from: '', to: '' }, fieldErrors: {} })
  })

  it('drops unknown choices silently', () => {
    expect(parse('kind=PARTY&series=nope&programme=%27%20OR%201').filter).toEqual({})
  })

  it('explains dates that are no dates, outside the year, or the wrong way round', () => {
    expect(parse('from=2015-02-30').fieldErrors).toEqual({ from: [{ key: 'errors.date' }] })
    expect(parse('from=1.4.2015').fieldErrors).toEqual({ from: [{ key: 'errors.date' }] })
    expect(parse('to=2016-01-01').fieldErrors).toEqual({ to: [{ key: 'errors.outsideYear', year: 2015 }] })
    const reversed = parse('from=2015-05-01&to=2015-04-01')
    expect(reversed.fieldErrors).toEqual({ to: [{ key: 'errors.range' }] })
    expect(reversed.filter).toEqual({ from: '2015-05-01' })
  })

  it('writes the filter back into links', () => {
    expect(reportSearch({ kind: 'FAIR', series: '', from: '2015-01-01' })).toBe('?kind=FAIR&from=2015-01-01')
    expect(reportSearch({}, { lng: 'en' })).toBe('?lng=en')
    expect(reportSearch({})).toBe('')
  })
})
