import { describe, expect, it } from 'vitest'
import { utcToWallTime } from '~/lib/datetime'
import { generateSlots, parseWallTime, type SlotTemplate } from './slot-templates'

const berlin = 'Europe/Berlin'
const base: SlotTemplate = { day: '2027-05-19', timeZone: berlin, from: '09:00', until: '17:00', slotMinutes: 30 }

function wall(template: SlotTemplate) {
  const result = generateSlots(template)
  if (result.kind !== 'slots') throw new Error(`invalid: ${result.reason}`)
  return result.slots.map(
    (s) =>
      `${s.kind === 'BREAK' ? 'B ' : ''}${utcToWallTime(s.startsAt, template.timeZone).slice(11)}-${utcToWallTime(s.endsAt, template.timeZone).slice(11)}`,
  )
}

describe('slot templates', () => {
  it('cuts 09:00 to 17:00 into sixteen 30-minute slots, in the event zone', () => {
    const result = generateSlots(base)
    expect(result.kind).toBe('slots')
    if (result.kind !== 'slots') return
    expect(result.slots).toHaveLength(16)
    // 09:00 CEST is 07:00 UTC.
    expect(result.slots[0]!.startsAt.toISOString()).toBe('2027-05-19T07:00:00.000Z')
    expect(result.slots[15]!.endsAt.toISOString()).toBe('2027-05-19T15:00:00.000Z')
    expect(result.slots.every((s) => s.kind === 'TALK')).toBe(true)
  })

  it('leaves lunch free and resumes after it', () => {
    const slots = wall({ ...base, breaks: [{ from: '12:00', until: '13:00' }] })
    expect(slots).toContain('11:30-12:00')
    expect(slots).toContain('B 12:00-13:00')
    expect(slots).toContain('13:00-13:30')
    expect(slots.filter((s) => !s.startsWith('B'))).toHaveLength(14)
  })

  it('never lets a slot run into a break that starts off the grid', () => {
    const slots = wall({ ...base, from: '09:00', until: '12:00', slotMinutes: 45, breaks: [{ from: '10:15', until: '10:30' }] })
    expect(slots).toEqual(['09:00-09:45', 'B 10:15-10:30', '10:30-11:15', '11:15-12:00'])
  })

  it('puts the changeover time between slots', () => {
    expect(wall({ ...base, until: '11:00', slotMinutes: 45, gapMinutes: 15 })).toEqual(['09:00-09:45', '10:00-10:45'])
  })

  it('runs across midnight when the end is before the start', () => {
    const result = generateSlots({ ...base, from: '22:00', until: '01:00', slotMinutes: 60 })
    if (result.kind !== 'slots') throw new Error('invalid')
    expect(result.slots.map((s) => s.startsAt.toISOString())).toEqual([
      '2027-05-19T20:00:00.000Z',
      '2027-05-19T21:00:00.000Z',
      '2027-05-19T22:00:00.000Z',
    ])
  })

  it('gives real 30-minute slots across the spring change (29 Mar 2026 has no 02:00–03:00)', () => {
    const result = generateSlots({ day: '2026-03-29', timeZone: berlin, from: '01:00', until: '04:00', slotMinutes: 30 })
    if (result.kind !== 'slots') throw new Error('invalid')
    // 01:00 CET to 04:00 CEST is two real hours.
    expect(result.slots).toHaveLength(4)
    expect(result.slots.every((s) => s.endsAt.getTime() - s.startsAt.getTime() === 30 * 60_000)).toBe(true)
    expect(result.slots.map((s) => utcToWallTime(s.startsAt, berlin).slice(11))).toEqual(['01:00', '01:30', '03:00', '03:30'])
  })

  it('gives real 30-minute slots across the autumn change (25 Oct 2026 has 02:00–03:00 twice)', () => {
    const result = generateSlots({ day: '2026-10-25', timeZone: berlin, from: '01:00', until: '04:00', slotMinutes: 30 })
    if (result.kind !== 'slots') throw new Error('invalid')
    // 01:00 CEST to 04:00 CET is four real hours.
    expect(result.slots).toHaveLength(8)
    const starts = result.slots.map((s) => s.startsAt.getTime())
    expect(new Set(starts).size).toBe(8)
    expect(result.slots[0]!.startsAt.toISOString()).toBe('2026-10-24T23:00:00.000Z')
    expect(result.slots[7]!.endsAt.toISOString()).toBe('2026-10-25T03:00:00.000Z')
  })

  it('refuses unusable templates instead of guessing', () => {
    expect(generateSlots({ ...base, from: '9 Uhr' })).toEqual({ kind: 'invalid', reason: 'time' })
    expect(generateSlots({ ...base, slotMinutes: 0 })).toEqual({ kind: 'invalid', reason: 'length' })
    expect(generateSlots({ ...base, breaks: [{ from: '18:00', until: '19:00' }] })).toEqual({ kind: 'invalid', reason: 'break' })
    expect(
      generateSlots({
        ...base,
        breaks: [
          { from: '12:00', until: '13:00' },
          { from: '12:30', until: '13:30' },
        ],
      }),
    ).toEqual({ kind: 'invalid', reason: 'break' })
    expect(generateSlots({ ...base, day: '2027-02-30' })).toEqual({ kind: 'invalid', reason: 'time' })
  })

  it('reads wall-clock times', () => {
    expect(parseWallTime('09:30')).toBe(570)
    expect(parseWallTime('24:00')).toBe(1440)
    expect(parseWallTime('24:30')).toBeNull()
    expect(parseWallTime('9:30')).toBeNull()
  })
})
