import { describe, expect, it } from 'vitest'
import { wallTimeToUtc } from '~/lib/datetime'
import { layoutDay } from './timetable-layout'

const zone = { locale: 'de', timeZone: 'Europe/Berlin' } as const
const at = (wall: string) => wallTimeToUtc(wall, zone.timeZone)
const rooms = [
  { id: 'hall', name: 'Konferenzsaal' },
  { id: 'seminar', name: 'Seminarraum' },
]

describe('the timetable grid', () => {
  it('places sessions by room and five-minute rows from 08:00', () => {
    const layout = layoutDay(
      [
        { id: 'a', roomId: 'hall', startsAt: at('2027-05-19T09:00'), endsAt: at('2027-05-19T09:45') },
        { id: 'b', roomId: 'seminar', startsAt: at('2027-05-19T13:00'), endsAt: at('2027-05-19T14:30') },
        { id: 'other-day', roomId: 'hall', startsAt: at('2027-05-20T09:00'), endsAt: at('2027-05-20T10:00') },
      ],
      { day: '2027-05-19', zone, rooms, noRoomName: 'ohne Raum' },
    )
    expect(layout.rows).toBe(10 * 12)
    expect(layout.hours[0]).toEqual({ row: 2, label: '08:00' })
    expect(layout.columns).toEqual(rooms)
    expect(layout.cards).toEqual([
      { id: 'a', column: 2, rowStart: 14, rowEnd: 23 },
      { id: 'b', column: 3, rowStart: 62, rowEnd: 80 },
    ])
  })

  it('grows past midnight and adds a column for sessions without a room', () => {
    const layout = layoutDay([{ id: 'late', roomId: null, startsAt: at('2027-05-19T22:00'), endsAt: at('2027-05-20T00:30') }], {
      day: '2027-05-19',
      zone,
      rooms,
      noRoomName: 'ohne Raum',
    })
    expect(layout.columns.at(-1)).toEqual({ id: null, name: 'ohne Raum' })
    expect(layout.hours.at(-1)?.label).toBe('00:00')
    expect(layout.cards[0]).toEqual({ id: 'late', column: 4, rowStart: 14 * 12 + 2, rowEnd: 16 * 12 + 6 + 2 })
  })

  it('has 23 hour rows on the spring change day and labels skip 02:00', () => {
    const layout = layoutDay([{ id: 'night', roomId: 'hall', startsAt: at('2026-03-29T00:00'), endsAt: at('2026-03-29T04:00') }], {
      day: '2026-03-29',
      zone,
      rooms,
      noRoomName: '–',
    })
    expect(layout.hours.slice(0, 4).map((h) => h.label)).toEqual(['00:00', '01:00', '03:00', '04:00'])
    // 00:00–04:00 CEST is three real hours: 36 rows.
    expect(layout.cards[0]!.rowEnd - layout.cards[0]!.rowStart).toBe(36)
    expect(layout.rows).toBe(17 * 12)
  })
})
