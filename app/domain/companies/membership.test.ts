import { describe, expect, it } from 'vitest'
import { memberAt, memberDuring, membershipSummary, periodProblems } from './membership'

const d = (s: string) => new Date(`${s}T00:00:00Z`)
const year = (y: number) => [d(`${y}-01-01`), d(`${y + 1}-01-01`)] as const

describe('membership per report year', () => {
  it('counts a company that left later as a member in the earlier year', () => {
    const left2026 = [{ from: d('2009-03-01'), to: d('2026-06-30') }]
    expect(memberDuring(left2026, ...year(2015))).toBe(true)
    expect(memberDuring(left2026, ...year(2026))).toBe(true)
    expect(memberDuring(left2026, ...year(2027))).toBe(false)
  })
  it('counts a company that joined during the year, not before it', () => {
    const joined = [{ from: d('2015-10-01'), to: null }]
    expect(memberDuring(joined, ...year(2014))).toBe(false)
    expect(memberDuring(joined, ...year(2015))).toBe(true)
    expect(memberDuring(joined, ...year(2030))).toBe(true)
  })
  it('treats the end as exclusive: leaving on 1 January is no membership in that year', () => {
    expect(memberDuring([{ from: d('2010-01-01'), to: d('2016-01-01') }], ...year(2016))).toBe(false)
    expect(memberDuring([{ from: d('2016-01-01'), to: null }], ...year(2015))).toBe(false)
  })
  it('knows gaps between periods, and a start before the records', () => {
    const periods = [
      { from: null, to: d('2012-01-01') },
      { from: d('2014-05-01'), to: null },
    ]
    expect(memberDuring(periods, ...year(2005))).toBe(true)
    expect(memberDuring(periods, ...year(2013))).toBe(false)
    expect(memberDuring(periods, ...year(2014))).toBe(true)
    expect(memberDuring([], ...year(2015))).toBe(false)
  })
  it('says whether a company is a member on a day', () => {
    const periods = [{ from: d('2015-03-01'), to: d('2015-09-01') }]
    expect(memberAt(periods, d('2015-02-28'))).toBe(false)
    expect(memberAt(periods, d('2015-03-01'))).toBe(true)
    expect(memberAt(periods, d('2015-09-01'))).toBe(false)
  })
  it('summarises today’s membership for Company.isMember/memberSince', () => {
    const periods = [
      { from: d('2009-01-01'), to: d('2012-01-01') },
      { from: d('2014-05-01'), to: null },
    ]
    expect(membershipSummary(periods, d('2026-12-02'))).toEqual({ isMember: true, memberSince: d('2014-05-01') })
    expect(membershipSummary(periods, d('2013-01-01'))).toEqual({ isMember: false, memberSince: null })
  })
})

describe('period problems', () => {
  it('accepts separate periods in any order and one open period last', () => {
    expect(
      periodProblems([
        { from: d('2014-05-01'), to: null },
        { from: d('2009-01-01'), to: d('2012-01-01') },
      ]),
    ).toEqual([])
    expect(
      periodProblems([
        { from: d('2009-01-01'), to: d('2012-01-01') },
        { from: d('2012-01-01'), to: null },
      ]),
    ).toEqual([])
  })
  it('refuses an end before the start, overlaps and an open period followed by another', () => {
    expect(periodProblems([{ from: d('2012-01-01'), to: d('2011-01-01') }])).toEqual([{ index: 0, problem: 'ends_before_start' }])
    expect(
      periodProblems([
        { from: d('2009-01-01'), to: d('2013-01-01') },
        { from: d('2012-01-01'), to: null },
      ]),
    ).toEqual([{ index: 1, problem: 'overlaps' }])
    expect(
      periodProblems([
        { from: d('2009-01-01'), to: null },
        { from: d('2012-01-01'), to: d('2013-01-01') },
      ]),
    ).toEqual([{ index: 1, problem: 'open_not_last' }])
  })
})
