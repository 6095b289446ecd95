import { describe, expect, it } from 'vitest'
import { wallTimeToUtc } from '~/lib/datetime'
import {
  checkSession,
  eventDayBounds,
  eventDays,
  expectedAudience,
  overlaps,
  type PlannedSession,
  type ScheduledSession,
} from './conflicts'

const berlin = 'Europe/Berlin'
const at = (wall: string) => wallTimeToUtc(wall, berlin)
const utc = (iso: string) => new Date(iso)

// A two-day conference, 19–20 May 2027, 09:00–17:00 each day in Berlin.
const event = { startsAt: at('2027-05-19T09:00'), endsAt: at('2027-05-20T17:00'), timeZone: berlin }

const existing = (id: string, from: string, until: string, roomId: string | null, speakerIds: string[] = []): ScheduledSession => ({
  id,
  roomId,
  speakerIds,
  startsAt: at(from),
  endsAt: at(until),
})

const plan = (from: string, until: string, more: Partial<PlannedSession> = {}): PlannedSession => ({
  roomId: 'hall',
  speakerIds: [],
  capacity: null,
  confirmedCount: 0,
  startsAt: at(from),
  endsAt: at(until),
  ...more,
})

const kinds = (check: { conflicts: { kind: string }[] }) => check.conflicts.map((c) => c.kind)

describe('overlaps', () => {
  it('treats back-to-back sessions as not overlapping', () => {
    expect(
      overlaps(
        { startsAt: at('2027-05-19T09:00'), endsAt: at('2027-05-19T10:00') },
        { startsAt: at('2027-05-19T10:00'), endsAt: at('2027-05-19T11:00') },
      ),
    ).toBe(false)
  })

  it('counts a single shared minute as an overlap, from either side', () => {
    const a = { startsAt: at('2027-05-19T09:00'), endsAt: at('2027-05-19T10:01') }
    const b = { startsAt: at('2027-05-19T10:00'), endsAt: at('2027-05-19T11:00') }
    expect(overlaps(a, b)).toBe(true)
    expect(overlaps(b, a)).toBe(true)
  })

  it('counts a session inside another as an overlap', () => {
    expect(
      overlaps(
        { startsAt: at('2027-05-19T09:00'), endsAt: at('2027-05-19T12:00') },
        { startsAt: at('2027-05-19T10:00'), endsAt: at('2027-05-19T10:15') },
      ),
    ).toBe(true)
  })
})

describe('a room booked twice', () => {
  const others = [existing('keynote', '2027-05-19T09:00', '2027-05-19T10:00', 'hall')]

  it('allows the next session to start when the previous one ends', () => {
    expect(kinds(checkSession(plan('2027-05-19T10:00', '2027-05-19T10:30'), { event, others, room: null }))).toEqual([])
  })

  it('refuses a session that starts one minute before the previous one ends', () => {
    const check = checkSession(plan('2027-05-19T09:59', '2027-05-19T10:30'), { event, others, room: null })
    expect(check.conflicts).toEqual([{ kind: 'roomDoubleBooked', roomId: 'hall', other: others[0] }])
  })

  it('refuses a session that ends one minute after the next one starts', () => {
    expect(kinds(checkSession(plan('2027-05-19T08:00', '2027-05-19T09:01'), { event, others, room: null }))).toEqual(['roomDoubleBooked'])
  })

  it('allows the same time in another room, and sessions without a room', () => {
    expect(kinds(checkSession(plan('2027-05-19T09:00', '2027-05-19T10:00', { roomId: 'seminar' }), { event, others, room: null }))).toEqual(
      [],
    )
    expect(kinds(checkSession(plan('2027-05-19T09:00', '2027-05-19T10:00', { roomId: null }), { event, others, room: null }))).toEqual([])
  })

  it('does not count the session being moved against itself', () => {
    expect(kinds(checkSession(plan('2027-05-19T09:30', '2027-05-19T10:30', { id: 'keynote' }), { event, others, room: null }))).toEqual([])
  })

  it('sees the overlap of a session across midnight with one after midnight', () => {
    const night = [existing('party', '2027-05-19T22:00', '2027-05-20T01:00', 'hall')]
    expect(kinds(checkSession(plan('2027-05-20T00:30', '2027-05-20T01:30'), { event, others: night, room: null }))).toEqual([
      'roomDoubleBooked',
    ])
    expect(kinds(checkSession(plan('2027-05-20T01:00', '2027-05-20T02:00'), { event, others: night, room: null }))).toEqual([])
  })
})

describe('a speaker in two places at once', () => {
  const others = [existing('panel', '2027-05-19T13:00', '2027-05-19T14:30', 'hall', ['anna', 'ben'])]

  it('refuses the same speaker in an overlapping session in another room', () => {
    const check = checkSession(plan('2027-05-19T14:00', '2027-05-19T15:00', { roomId: 'seminar', speakerIds: ['anna'] }), {
      event,
      others,
      room: null,
    })
    expect(check.conflicts).toEqual([{ kind: 'speakerDoubleBooked', speakerId: 'anna', other: others[0] }])
  })

  it('names every speaker who is double-booked, once each', () => {
    const check = checkSession(
      plan('2027-05-19T14:00', '2027-05-19T15:00', { roomId: 'seminar', speakerIds: ['anna', 'ben', 'anna', 'carla'] }),
      {
        event,
        others,
        room: null,
      },
    )
    expect(check.conflicts.map((c) => (c.kind === 'speakerDoubleBooked' ? c.speakerId : c.kind))).toEqual(['anna', 'ben'])
  })

  it('allows the speaker right after the panel (back to back)', () => {
    expect(
      kinds(
        checkSession(plan('2027-05-19T14:30', '2027-05-19T15:00', { roomId: 'seminar', speakerIds: ['anna'] }), {
          event,
          others,
          room: null,
        }),
      ),
    ).toEqual([])
  })

  it('refuses a one-minute overlap for a speaker', () => {
    expect(
      kinds(
        checkSession(plan('2027-05-19T14:29', '2027-05-19T15:00', { roomId: 'seminar', speakerIds: ['ben'] }), {
          event,
          others,
          room: null,
        }),
      ),
    ).toEqual(['speakerDoubleBooked'])
  })

  it('reports the room and the speaker when both clash', () => {
    expect(
      kinds(checkSession(plan('2027-05-19T13:30', '2027-05-19T14:00', { speakerIds: ['ben'] }), { event, others, room: null })),
    ).toEqual(['roomDoubleBooked', 'speakerDoubleBooked'])
  })
})

describe('the event’s days', () => {
  it('lists each calendar day of the event in its zone', () => {
    expect(eventDays(event)).toEqual(['2027-05-19', '2027-05-20'])
    // An evening event ending at midnight has one day.
    expect(eventDays({ startsAt: at('2027-05-19T19:00'), endsAt: at('2027-05-20T00:00'), timeZone: berlin })).toEqual(['2027-05-19'])
    // Days are the zone's: 23:30 UTC on 18 May is already the 19th in Berlin.
    expect(eventDays({ startsAt: utc('2027-05-18T23:30:00Z'), endsAt: utc('2027-05-19T08:00:00Z'), timeZone: berlin })).toEqual([
      '2027-05-19',
    ])
  })

  it('allows sessions from midnight of the first day to midnight after the last day', () => {
    expect(kinds(checkSession(plan('2027-05-19T00:00', '2027-05-19T01:00'), { event, others: [], room: null }))).toEqual([])
    expect(kinds(checkSession(plan('2027-05-20T23:00', '2027-05-21T00:00'), { event, others: [], room: null }))).toEqual([])
  })

  it('refuses a session on the day before or after the event', () => {
    const before = checkSession(plan('2027-05-18T23:59', '2027-05-19T00:30'), { event, others: [], room: null })
    expect(before.conflicts).toEqual([{ kind: 'outsideEventDays', firstDay: '2027-05-19', lastDay: '2027-05-20' }])
    expect(kinds(checkSession(plan('2027-05-21T09:00', '2027-05-21T10:00'), { event, others: [], room: null }))).toEqual([
      'outsideEventDays',
    ])
  })

  it('allows a session across midnight between two event days, but not past the last one', () => {
    expect(kinds(checkSession(plan('2027-05-19T22:00', '2027-05-20T01:00'), { event, others: [], room: null }))).toEqual([])
    expect(kinds(checkSession(plan('2027-05-20T22:00', '2027-05-21T00:01'), { event, others: [], room: null }))).toEqual([
      'outsideEventDays',
    ])
  })

  it('refuses a session that ends before it starts, or has no length', () => {
    expect(kinds(checkSession(plan('2027-05-19T10:00', '2027-05-19T09:00'), { event, others: [], room: null }))).toEqual(['invalidTimes'])
    expect(kinds(checkSession(plan('2027-05-19T10:00', '2027-05-19T10:00'), { event, others: [], room: null }))).toEqual(['invalidTimes'])
  })
})

describe('the day the clocks change in Berlin', () => {
  // 29 March 2026: 02:00 CET becomes 03:00 CEST; the day has 23 hours.
  const spring = { startsAt: at('2026-03-29T09:00'), endsAt: at('2026-03-29T17:00'), timeZone: berlin }
  // 25 October 2026: 03:00 CEST becomes 02:00 CET; the day has 25 hours.
  const autumn = { startsAt: at('2026-10-25T09:00'), endsAt: at('2026-10-25T17:00'), timeZone: berlin }

  it('knows the day’s bounds as instants: 23 hours in spring, 25 in autumn', () => {
    const s = eventDayBounds(spring)
    expect(s.from.toISOString()).toBe('2026-03-28T23:00:00.000Z')
    expect(s.until.toISOString()).toBe('2026-03-29T22:00:00.000Z')
    const a = eventDayBounds(autumn)
    expect(a.from.toISOString()).toBe('2026-10-24T22:00:00.000Z')
    expect(a.until.toISOString()).toBe('2026-10-25T23:00:00.000Z')
  })

  it('sees that 01:30 CET to 03:30 CEST in spring is one hour, back to back with 03:30', () => {
    // 00:30–01:30 UTC: the wall clock jumps over 02:00–03:00.
    const night = [existing('night', '2026-03-29T01:30', '2026-03-29T03:30', 'hall')]
    expect(night[0]!.endsAt.getTime() - night[0]!.startsAt.getTime()).toBe(3_600_000)
    expect(kinds(checkSession(plan('2026-03-29T03:30', '2026-03-29T04:00'), { event: spring, others: night, room: null }))).toEqual([])
    expect(kinds(checkSession(plan('2026-03-29T03:29', '2026-03-29T04:00'), { event: spring, others: night, room: null }))).toEqual([
      'roomDoubleBooked',
    ])
  })

  it('tells the two 02:30s of the autumn night apart', () => {
    // The first 02:30 (CEST) is 00:30 UTC, the second (CET) 01:30 UTC.
    const first = {
      id: 'first',
      roomId: 'hall',
      speakerIds: [],
      startsAt: utc('2026-10-25T00:30:00Z'),
      endsAt: utc('2026-10-25T01:00:00Z'),
    }
    const second = plan('2026-10-25T00:00', '2026-10-25T00:00', {
      startsAt: utc('2026-10-25T01:30:00Z'),
      endsAt: utc('2026-10-25T02:00:00Z'),
    })
    expect(kinds(checkSession(second, { event: autumn, others: [first], room: null }))).toEqual([])
    const shifted = { ...second, startsAt: utc('2026-10-25T00:59:00Z') }
    expect(kinds(checkSession(shifted, { event: autumn, others: [first], room: null }))).toEqual(['roomDoubleBooked'])
  })

  it('allows a session in the extra hour of the autumn day and refuses one past its midnight', () => {
    // 23:00–00:00 CET on 25 Oct is 22:00–23:00 UTC: still the event's day.
    const late = plan('2026-10-25T00:00', '2026-10-25T00:00', {
      startsAt: utc('2026-10-25T22:00:00Z'),
      endsAt: utc('2026-10-25T23:00:00Z'),
    })
    expect(kinds(checkSession(late, { event: autumn, others: [], room: null }))).toEqual([])
    const tooLate = { ...late, endsAt: utc('2026-10-25T23:01:00Z') }
    expect(kinds(checkSession(tooLate, { event: autumn, others: [], room: null }))).toEqual(['outsideEventDays'])
  })

  it('refuses a spring-day session that starts at 23:30 CET on the day before', () => {
    const early = plan('2026-03-28T23:30', '2026-03-29T00:30')
    expect(kinds(checkSession(early, { event: spring, others: [], room: null }))).toEqual(['outsideEventDays'])
  })
})

describe('the room’s capacity', () => {
  const room = { id: 'seminar', capacity: 30 }

  it('warns, without refusing, when a workshop has more seats than the room', () => {
    const check = checkSession(plan('2027-05-19T13:00', '2027-05-19T14:30', { roomId: 'seminar', capacity: 40 }), {
      event,
      others: [],
      room,
    })
    expect(check.conflicts).toEqual([])
    expect(check.warnings).toEqual([{ kind: 'overCapacity', roomId: 'seminar', expectedAudience: 40, roomCapacity: 30 }])
  })

  it('counts confirmed choices when the session has no seat limit of its own', () => {
    expect(expectedAudience({ capacity: null, confirmedCount: 31 })).toBe(31)
    const check = checkSession(plan('2027-05-19T13:00', '2027-05-19T14:30', { roomId: 'seminar', confirmedCount: 31 }), {
      event,
      others: [],
      room,
    })
    expect(check.warnings.map((w) => w.expectedAudience)).toEqual([31])
  })

  it('stays quiet when the audience fits exactly, or the room has no known capacity', () => {
    expect(
      checkSession(plan('2027-05-19T13:00', '2027-05-19T14:30', { roomId: 'seminar', capacity: 30 }), { event, others: [], room }).warnings,
    ).toEqual([])
    expect(
      checkSession(plan('2027-05-19T13:00', '2027-05-19T14:30', { roomId: 'seminar', capacity: 300 }), {
        event,
        others: [],
        room: { id: 'seminar', capacity: null },
      }).warnings,
    ).toEqual([])
  })
})
