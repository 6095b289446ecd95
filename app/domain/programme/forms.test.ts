import { describe, expect, it } from 'vitest'
import { parseBreaks, SessionForm, toInstants } from './forms'

describe('programme forms', () => {
  it('turns a day and wall-clock times into instants in the event zone', () => {
    expect(toInstants({ day: '2027-05-19', start: '09:00', end: '10:30' }, 'Europe/Berlin')).toEqual({
      startsAt: new Date('2027-05-19T07:00:00Z'),
      endsAt: new Date('2027-05-19T08:30:00Z'),
    })
  })

  it('reads an end before the start as the next morning', () => {
    expect(toInstants({ day: '2027-05-19', start: '22:00', end: '01:00' }, 'Europe/Berlin').endsAt).toEqual(
      new Date('2027-05-19T23:00:00Z'),
    )
    // An end equal to the start stays on the day: an empty session the rules refuse, not a 24-hour one.
    expect(toInstants({ day: '2027-05-19', start: '10:00', end: '10:00' }, 'Europe/Berlin').endsAt).toEqual(
      new Date('2027-05-19T08:00:00Z'),
    )
  })

  it('uses winter time on the day after the clocks went back', () => {
    expect(toInstants({ day: '2026-10-25', start: '09:00', end: '10:00' }, 'Europe/Berlin').startsAt).toEqual(
      new Date('2026-10-25T08:00:00Z'),
    )
  })

  it('reads breaks written with hyphens or dashes, and refuses anything else', () => {
    expect(parseBreaks('10:30-10:45, 12:00 – 13:00')).toEqual([
      { from: '10:30', until: '10:45' },
      { from: '12:00', until: '13:00' },
    ])
    expect(parseBreaks('')).toEqual([])
    expect(parseBreaks('mittags')).toBeNull()
  })

  it('collects a single checked speaker as a list and refuses unknown kinds and times', () => {
    const form = (entries: Record<string, string>) => SessionForm.safeParse(entries)
    const ok = form({ titleDe: 'Keynote', kind: 'KEYNOTE', day: '2027-05-19', start: '09:00', end: '10:00', speakerIds: 'abc' })
    expect(ok.success && ok.data.speakerIds).toEqual(['abc'])
    expect(form({ titleDe: 'Keynote', kind: 'PARTY', day: '2027-05-19', start: '09:00', end: '10:00' }).success).toBe(false)
    expect(form({ titleDe: 'Keynote', kind: 'TALK', day: '2027-05-19', start: '9 Uhr', end: '10:00' }).success).toBe(false)
    expect(form({ titleDe: 'Zeile\nZwei', kind: 'TALK', day: '2027-05-19', start: '09:00', end: '10:00' }).success).toBe(false)
  })
})
