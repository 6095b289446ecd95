import { describe, expect, it } from 'vitest'
import { closedYearDecision } from './closed-year'

describe('changes to a closed report year', () => {
  it('lets every change through while the year is open', () => {
    expect(closedYearDecision(null)).toEqual({ kind: 'open' })
    expect(closedYearDecision(null, { userId: 'u', role: 'DOOR' })).toEqual({ kind: 'open' })
  })

  it('refuses a closed year to everyone but an administrator with a reason', () => {
    expect(closedYearDecision(2015)).toEqual({ kind: 'year_closed', year: 2015 })
    expect(closedYearDecision(2015, { userId: null })).toEqual({ kind: 'year_closed', year: 2015 })
    for (const role of ['ORGANIZER', 'DOOR', 'REPORTER'] as const)
      expect(closedYearDecision(2015, { userId: 'u', role, reason: 'Ticket was scanned twice by mistake' })).toEqual({
        kind: 'year_closed',
        year: 2015,
      })
  })

  it('refuses an administrator without a stated reason', () => {
    for (const reason of [undefined, null, '', '    ', 'abc'])
      expect(closedYearDecision(2015, { userId: 'a', role: 'ADMIN', reason })).toEqual({ kind: 'year_closed', year: 2015 })
  })

  it('allows an administrator with a reason, trimmed and cut to length', () => {
    expect(closedYearDecision(2015, { userId: 'a', role: 'ADMIN', reason: '  Duplicate registration  ' })).toEqual({
      kind: 'override',
      year: 2015,
      reason: 'Duplicate registration',
    })
    const long = closedYearDecision(2015, { userId: 'a', role: 'ADMIN', reason: 'x'.repeat(900) })
    expect(long.kind === 'override' && long.reason.length).toBe(500)
  })
})
