import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { wallTimeToUtc } from './datetime'
import { buildInvite } from './calendar.server'

const base = { uid: 'registration-1@fairdesk.test', sequence: 0, method: 'REQUEST' as const, organizer: { name: 'Cluster SMAB', email: 'cluster@tti-md.example' } }
const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics))

describe('buildInvite', () => {
  it('writes Berlin wall time as the right UTC instant in winter and in summer', () => {
    for (const [local, utc] of [
      ['2027-01-13T10:00', '2027-01-13T09:00:00Z'],
      ['2027-05-19T10:00', '2027-05-19T08:00:00Z'],
    ]) {
      const start = wallTimeToUtc(local!, 'Europe/Berlin')
      const vevent = parse(buildInvite({ ...base, title: 't', startsAt: start, endsAt: new Date(start.getTime() + 3_600_000) })).getFirstSubcomponent('vevent')!
      expect((vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe(utc!.replace('Z', '.000Z'))
    }
  })

  it('keeps a hostile title and name inside their fields: one VEVENT, one attendee', () => {
    const ics = buildInvite({
      ...base,
      title: 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:evil',
      startsAt: new Date('2027-01-01T09:00:00Z'),
      endsAt: new Date('2027-01-01T10:00:00Z'),
      attendee: { name: 'Eve"\r\nATTENDEE:mailto:x@example.org', email: 'eve@example.org' },
    })
    const calendar = parse(ics)
    const events = calendar.getAllSubcomponents('vevent')
    expect(events).toHaveLength(1)
    expect(events[0]!.getFirstPropertyValue('summary')).toBe('x\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:evil')
    expect(events[0]!.getAllProperties('attendee')).toHaveLength(1)
  })
})
