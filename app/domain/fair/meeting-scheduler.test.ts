import { describe, expect, it } from 'vitest'
import {
  bookingConflicts,
  buildSlots,
  checkMove,
  meetingParties,
  scheduleMeetings,
  tableLabels,
  type Booking,
  type MeetingToPlace,
  type Placement,
  type Slot,
} from './meeting-scheduler'

const at = (hhmm: string) => new Date(`2027-04-12T${hhmm}:00Z`)
const slot = (from: string, until: string): Slot => ({ start: at(from), end: at(until) })
const grid = [slot('08:00', '08:30'), slot('08:30', '09:00'), slot('09:00', '09:30')]
const m = (id: string, ...parties: string[]): MeetingToPlace => ({ id, parties })
const where = (p: Placement) => [p.meetingId, p.start.toISOString().slice(11, 16), p.table]

describe('building the grid', () => {
  it('gives whole slots between the daily hours in the event’s zone, summer and winter', () => {
    const slots = buildSlots({ tables: 2, slotMinutes: 45, from: '10:00', until: '12:00' }, ['2027-03-27', '2027-03-29'], 'Europe/Berlin')
    // 10:00, 10:45 (11:30 would end after 12:00); CET on the 27th, CEST on the 29th.
    expect(slots.map((s) => s.start.toISOString())).toEqual([
      '2027-03-27T09:00:00.000Z',
      '2027-03-27T09:45:00.000Z',
      '2027-03-29T08:00:00.000Z',
      '2027-03-29T08:45:00.000Z',
    ])
    expect(slots.every((s) => s.end.getTime() - s.start.getTime() === 45 * 60_000)).toBe(true)
  })
  it('leaves out slots that have begun', () => {
    const slots = buildSlots(
      { tables: 1, slotMinutes: 30, from: '10:00', until: '12:00' },
      ['2027-04-12'],
      'UTC',
      new Date('2027-04-12T10:15:00Z'),
    )
    expect(slots.map((s) => s.start.toISOString().slice(11, 16))).toEqual(['10:30', '11:00', '11:30'])
  })
  it('names the tables', () => {
    expect(tableLabels({ tables: 2 })).toEqual(['Tisch 1', 'Tisch 2'])
  })
})

describe('scheduling meetings', () => {
  it('puts meetings of different people side by side at the tables of one slot', () => {
    const { placed, unplaced } = scheduleMeetings({
      slots: grid,
      tables: ['T1', 'T2'],
      booked: [],
      meetings: [m('a', 'v1', 'e1'), m('b', 'v2', 'e2'), m('c', 'v3', 'e3')],
    })
    expect(placed.map(where)).toEqual([
      ['a', '08:00', 'T1'],
      ['b', '08:00', 'T2'],
      ['c', '08:30', 'T1'],
    ])
    expect(unplaced).toEqual([])
  })

  it('never puts one person or one exhibitor into two meetings at once', () => {
    const { placed } = scheduleMeetings({
      slots: grid,
      tables: ['T1', 'T2', 'T3'],
      booked: [],
      meetings: [m('a', 'v1', 'e1'), m('b', 'v1', 'e2'), m('c', 'v2', 'e1')],
    })
    expect(placed.map(where)).toEqual([
      ['a', '08:00', 'T1'],
      ['b', '08:30', 'T1'],
      ['c', '08:30', 'T2'],
    ])
  })

  it('works around meetings placed by hand, also off the grid', () => {
    const booked: Booking[] = [
      { id: 'x', start: at('08:15'), end: at('08:45'), table: 'T1', parties: ['v1'] },
      { id: 'y', start: at('08:00'), end: at('08:30'), table: 'T2', parties: ['e9'] },
    ]
    const { placed } = scheduleMeetings({ slots: grid, tables: ['T1', 'T2'], booked, meetings: [m('a', 'v1', 'e1'), m('b', 'v2', 'e2')] })
    // v1 is busy 08:15–08:45, so not before 09:00; T1 is taken 08:15–08:45 and T2 at 08:00.
    expect(placed.map(where)).toEqual([
      ['a', '09:00', 'T1'],
      ['b', '08:30', 'T2'],
    ])
  })

  it('leaves over what does not fit, and places nothing without tables or slots', () => {
    const full = scheduleMeetings({
      slots: grid,
      tables: ['T1'],
      booked: [],
      meetings: ['a', 'b', 'c', 'd'].map((id, i) => m(id, `v${i}`, `e${i}`)),
    })
    expect(full.placed).toHaveLength(3)
    expect(full.unplaced).toEqual(['d'])
    expect(scheduleMeetings({ slots: grid, tables: [], booked: [], meetings: [m('a', 'v', 'e')] })).toEqual({ placed: [], unplaced: ['a'] })
    expect(scheduleMeetings({ slots: [], tables: ['T1'], booked: [], meetings: [m('a', 'v', 'e')] })).toEqual({
      placed: [],
      unplaced: ['a'],
    })
  })

  it('takes meetings in the order given, slots in time order, and each meeting once', () => {
    const shuffled = [grid[2]!, grid[0]!, grid[1]!]
    const { placed } = scheduleMeetings({
      slots: shuffled,
      tables: ['T1'],
      booked: [],
      meetings: [m('late', 'v1', 'e1'), m('early', 'v2', 'e2'), m('late', 'v1', 'e1')],
    })
    expect(placed.map(where)).toEqual([
      ['late', '08:00', 'T1'],
      ['early', '08:30', 'T1'],
    ])
  })

  it('treats a person named twice (visitor and contact) as one party', () => {
    const { placed } = scheduleMeetings({ slots: grid, tables: ['T1'], booked: [], meetings: [m('a', 'p1', 'e1', 'p1')] })
    expect(placed).toHaveLength(1)
    expect(meetingParties({ requesterId: 'r', exhibitorId: 'e', contactPersonId: 'c' })).toEqual(['person:r', 'exhibitor:e', 'person:c'])
    expect(meetingParties({ requesterId: 'r', exhibitorId: 'e', contactPersonId: null })).toEqual(['person:r', 'exhibitor:e'])
  })
})

describe('checking a booking by hand', () => {
  const booked: Booking[] = [{ id: 'x', start: at('08:00'), end: at('08:30'), table: 'T1', parties: ['v1', 'e1'] }]
  it('refuses the same table or a busy person at an overlapping time', () => {
    expect(bookingConflicts({ id: 'a', start: at('08:15'), end: at('08:45'), table: 'T1', parties: ['v2', 'e2'] }, booked)).toEqual([
      { kind: 'table', other: 'x' },
    ])
    expect(bookingConflicts({ id: 'a', start: at('08:00'), end: at('08:30'), table: 'T2', parties: ['v2', 'e1'] }, booked)).toEqual([
      { kind: 'party', party: 'e1', other: 'x' },
    ])
  })
  it('accepts back-to-back meetings, the booking itself, and refuses an empty time', () => {
    expect(bookingConflicts({ id: 'a', start: at('08:30'), end: at('09:00'), table: 'T1', parties: ['v1', 'e1'] }, booked)).toEqual([])
    expect(bookingConflicts({ ...booked[0]!, table: 'T1' }, booked)).toEqual([])
    expect(bookingConflicts({ id: 'a', start: at('08:30'), end: at('08:30'), table: 'T1', parties: [] }, booked)).toEqual([
      { kind: 'invalidTimes' },
    ])
  })
})

/** A small deterministic random source (mulberry32), so every run checks the same cases. */
function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) }
}

describe('scheduling, checked on 300 random exchanges', () => {
  it('never double-books a table or a party, places each meeting at most once in the grid, and leaves over only what was blocked', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const r = random(seed)
      const slotMinutes = [15, 20, 30][r.int(0, 2)]!
      const slots: Slot[] = Array.from({ length: r.int(0, 12) }, (_, i) => ({
        start: new Date(Date.UTC(2027, 3, 12, 8, i * slotMinutes)),
        end: new Date(Date.UTC(2027, 3, 12, 8, (i + 1) * slotMinutes)),
      }))
      const tables = Array.from({ length: r.int(0, 4) }, (_, i) => `T${i + 1}`)
      const visitors = r.int(1, 8)
      const exhibitors = r.int(1, 5)
      const party = () => (r.next() < 0.6 ? `v${r.int(1, visitors)}` : `e${r.int(1, exhibitors)}`)
      // Bookings made by hand: valid among themselves, at any minute, possibly at tables outside the grid.
      const booked: Booking[] = []
      for (let i = 0; i < r.int(0, 6); i++) {
        const start = new Date(Date.UTC(2027, 3, 12, 8, r.int(0, 200)))
        const candidate: Booking = {
          id: `h${i}`,
          start,
          end: new Date(start.getTime() + r.int(10, 60) * 60_000),
          table: `T${r.int(1, 5)}`,
          parties: [party(), party()],
        }
        if (bookingConflicts(candidate, booked).length === 0) booked.push(candidate)
      }
      const meetings = Array.from({ length: r.int(0, 25) }, (_, i) =>
        m(`m${i}`, `v${r.int(1, visitors)}`, `e${r.int(1, exhibitors)}`, ...(r.next() < 0.3 ? [party()] : [])),
      )
      const { placed, unplaced } = scheduleMeetings({ slots, tables, booked, meetings })

      const label = `seed ${seed}`
      // Every meeting is either placed once or left over.
      expect([...placed.map((p) => p.meetingId), ...unplaced].sort(), label).toEqual(meetings.map((x) => x.id).sort())
      // Placements sit exactly on a slot of the grid, at a table of the grid.
      for (const p of placed) {
        expect(
          slots.some((s) => s.start.getTime() === p.start.getTime() && s.end.getTime() === p.end.getTime()),
          label,
        ).toBe(true)
        expect(tables, label).toContain(p.table)
      }
      const all: Booking[] = [
        ...booked,
        ...placed.map((p) => ({
          id: p.meetingId,
          start: p.start,
          end: p.end,
          table: p.table,
          parties: meetings.find((x) => x.id === p.meetingId)!.parties,
        })),
      ]
      // No two bookings overlap at one table or for one party.
      for (const b of all) expect(bookingConflicts(b, all), `${label} ${b.id}`).toEqual([])
      // Nothing left over could have gone anywhere: every slot × table is blocked for it.
      for (const id of unplaced) {
        const meeting = meetings.find((x) => x.id === id)!
        for (const s of slots)
          for (const table of tables)
            expect(
              bookingConflicts({ id, start: s.start, end: s.end, table, parties: meeting.parties }, all).length,
              `${label} ${id}`,
            ).toBeGreaterThan(0)
      }
      // The same input gives the same plan.
      expect(scheduleMeetings({ slots, tables, booked, meetings }), label).toEqual({ placed, unplaced })
    }
  })
})

describe('checking a move made by hand', () => {
  const g = { tables: 3, slotMinutes: 30, from: '10:00', until: '17:00' }
  const days = ['2027-04-12', '2027-04-13']
  const berlin = (wall: string) => new Date(`${wall}:00+02:00`)
  const move = (start: string, table = 'Tisch 2', minutes = 30) => ({
    start: berlin(start),
    end: new Date(berlin(start).getTime() + minutes * 60_000),
    table,
  })
  const check = (m: ReturnType<typeof move>) => checkMove(g, days, 'Europe/Berlin', m)

  it('accepts a grid table at a slot of an event day, the last slot included', () => {
    expect(check(move('2027-04-12T10:00'))).toBeNull()
    expect(check(move('2027-04-13T16:30', 'Tisch 3'))).toBeNull()
    expect(check(move('2027-04-13T14:00', ' Tisch 1 '))).toBeNull()
  })
  it('refuses a table the grid does not have', () => {
    expect(check(move('2027-04-12T10:00', 'Stehtisch'))).toEqual({ field: 'table', reason: 'unknownTable' })
    expect(check(move('2027-04-12T10:00', 'Tisch 4'))).toEqual({ field: 'table', reason: 'unknownTable' })
  })
  it('refuses a start between two slots', () => {
    expect(check(move('2027-04-12T10:10'))).toEqual({ field: 'start', reason: 'offGrid' })
  })
  it('refuses a start before the daily hours, after them, or on a day the fair is closed', () => {
    expect(check(move('2027-04-12T09:30'))).toEqual({ field: 'start', reason: 'outsideHours' })
    expect(check(move('2027-04-12T17:00'))).toEqual({ field: 'start', reason: 'outsideHours' })
    expect(check(move('2027-04-12T22:00'))).toEqual({ field: 'start', reason: 'outsideHours' })
    expect(check(move('2027-04-14T10:00'))).toEqual({ field: 'start', reason: 'outsideHours' })
  })
  it('refuses a meeting that would run past the end of the day', () => {
    expect(check(move('2027-04-12T16:30', 'Tisch 1', 60))).toEqual({ field: 'start', reason: 'outsideHours' })
    expect(check(move('2027-04-12T16:00', 'Tisch 1', 60))).toBeNull()
  })
})
