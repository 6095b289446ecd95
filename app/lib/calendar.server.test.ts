import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { buildInvite, eventFeed, inviteSequence, registrationUid } from './calendar.server'
import { wallTimeToUtc } from './datetime'

const base = {
  uid: 'registration-1@fairdesk.test',
  sequence: 0,
  method: 'REQUEST' as const,
  title: 'Kammerdialog',
  startsAt: new Date('2027-01-01T09:00:00Z'),
  endsAt: new Date('2027-01-01T10:00:00Z'),
  organizer: { name: 'Cluster SMAB', email: 'cluster@tti-md.example' },
  attendee: { name: 'Lena Vogt', email: 'lena@vogt.example' },
}
const parse = (ics: string) => new ICAL.Component(ICAL.parse(ics))
const vevents = (ics: string) => parse(ics).getAllSubcomponents('vevent')
const utcOf = (v: ICAL.Component, prop: string) => (v.getFirstPropertyValue(prop) as ICAL.Time).toJSDate().toISOString()

describe('buildInvite', () => {
  it('writes Berlin wall time as the right UTC instant in winter and in summer', () => {
    for (const [local, utc] of [
      ['2027-01-13T10:00', '2027-01-13T09:00:00.000Z'],
      ['2027-07-14T10:00', '2027-07-14T08:00:00.000Z'],
      // The Sunday the clocks go forward: 10:00 is already summer time.
      ['2027-03-28T10:00', '2027-03-28T08:00:00.000Z'],
    ] as const) {
      const start = wallTimeToUtc(local, 'Europe/Berlin')
      const ics = buildInvite({ ...base, startsAt: start, endsAt: new Date(start.getTime() + 90 * 60_000) })
      expect(ics).toContain(`DTSTART:${utc.replace(/[-:]/g, '').replace('.000', '')}`)
      const [vevent] = vevents(ics)
      expect(utcOf(vevent!, 'dtstart')).toBe(utc)
      expect(new Date(utcOf(vevent!, 'dtend')).getTime() - new Date(utc).getTime()).toBe(90 * 60_000)
    }
  })

  it('carries method, UID, sequence, organiser, attendee, URL and an alarm a day before', () => {
    const calendar = parse(
      buildInvite({ ...base, sequence: 4, url: 'https://events.example/r/tok', location: 'IHK Magdeburg, Alter Markt 8' }),
    )
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST')
    const vevent = calendar.getFirstSubcomponent('vevent')!
    expect(vevent.getFirstPropertyValue('uid')).toBe('registration-1@fairdesk.test')
    expect(vevent.getFirstPropertyValue('sequence')).toBe(4)
    expect(vevent.getFirstPropertyValue('url')).toBe('https://events.example/r/tok')
    expect(vevent.getFirstPropertyValue('location')).toBe('IHK Magdeburg, Alter Markt 8')
    expect(String(vevent.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:cluster@tti-md.example')
    const attendee = vevent.getFirstProperty('attendee')!
    expect(String(attendee.getFirstValue()).toLowerCase()).toBe('mailto:lena@vogt.example')
    expect(attendee.getParameter('cn')).toBe('Lena Vogt')
    const alarm = vevent.getFirstSubcomponent('valarm')!
    expect(alarm.getFirstPropertyValue('trigger')!.toString()).toBe('-PT24H')
  })

  it('cancels with STATUS:CANCELLED and no alarm', () => {
    const calendar = parse(buildInvite({ ...base, method: 'CANCEL', sequence: 2 }))
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL')
    const vevent = calendar.getFirstSubcomponent('vevent')!
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(vevent.getAllSubcomponents('valarm')).toHaveLength(0)
  })

  it('keeps a hostile title inside SUMMARY: one VEVENT, the text intact', () => {
    for (const title of ['x\r\nEND:VEVENT', 'x\rEND:VEVENT\rBEGIN:VEVENT', 'x\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:evil']) {
      const ics = buildInvite({ ...base, title, location: title })
      // No line of the file is a bare END:VEVENT except the real one.
      expect(ics.split('\r\n').filter((line) => line === 'END:VEVENT')).toHaveLength(1)
      expect(ics).not.toMatch(/\r(?!\n)/)
      const events = vevents(ics)
      expect(events).toHaveLength(1)
      expect(events[0]!.getFirstPropertyValue('summary')).toBe(title.replace(/\r\n?/g, '\n'))
      expect(events[0]!.getFirstPropertyValue('location')).toBe(title.replace(/\r\n?/g, '\n'))
      expect(events[0]!.getFirstSubcomponent('valarm')!.getFirstPropertyValue('description')).toBe(title.replace(/\r\n?/g, '\n'))
    }
  })

  it('escapes backslash, semicolon and comma so they come back unchanged', () => {
    const title = 'Maschinen; Anlagen, Daten \\ KI'
    expect(vevents(buildInvite({ ...base, title }))[0]!.getFirstPropertyValue('summary')).toBe(title)
  })

  it('keeps names with quotes and line breaks inside the CN parameter: one attendee, no extra property', () => {
    const ics = buildInvite({ ...base, attendee: { name: 'Eve"\r\nATTENDEE:mailto:x@example.org', email: 'eve@example.org' } })
    const [vevent] = vevents(ics)
    const attendees = vevent!.getAllProperties('attendee')
    expect(attendees).toHaveLength(1)
    expect(String(attendees[0]!.getFirstValue()).toLowerCase()).toBe('mailto:eve@example.org')
    expect(attendees[0]!.getParameter('cn')).toBe('Eve ATTENDEE:mailto:x@example.org')
    expect(
      ics
        .replace(/\r\n[ \t]/g, '')
        .split('\r\n')
        .filter((line) => line.startsWith('ATTENDEE')),
    ).toHaveLength(1)
    expect(
      vevents(buildInvite({ ...base, attendee: { name: 'Müller, Anna', email: 'anna@example.org' } }))[0]!
        .getFirstProperty('attendee')!
        .getParameter('cn'),
    ).toBe('Müller, Anna')
  })

  it('refuses anything that is not one plain address', () => {
    for (const email of ['a@b.example\r\nX:y', 'a@b.example, c@d.example', 'Eve <e@x.example>', 'no-at-sign']) {
      expect(() => buildInvite({ ...base, attendee: { name: 'X', email } })).toThrow()
    }
  })
})

describe('the attendee’s answer (PARTSTAT)', () => {
  const partstat = (ics: string) => vevents(ics)[0]!.getFirstProperty('attendee')!.getParameter('partstat')
  it('is ACCEPTED unless said otherwise, NEEDS-ACTION for a question not yet answered, DECLINED in a cancellation', () => {
    expect(partstat(buildInvite(base))).toBe('ACCEPTED')
    expect(partstat(buildInvite({ ...base, attendee: { ...base.attendee, partstat: 'NEEDS-ACTION' } }))).toBe('NEEDS-ACTION')
    expect(partstat(buildInvite({ ...base, method: 'CANCEL', attendee: { ...base.attendee, partstat: 'NEEDS-ACTION' } }))).toBe('DECLINED')
  })
})

describe('registration UID and SEQUENCE', () => {
  it('uses the APP_URL host and grows with either counter', () => {
    expect(registrationUid('abc', 'https://events.example.org/')).toBe('registration-abc@events.example.org')
    expect(inviteSequence({ calendarSequence: 1 }, { calendarSequence: 2 })).toBe(3)
    expect(inviteSequence({ calendarSequence: 1 }, { calendarSequence: 3 })).toBeGreaterThan(
      inviteSequence({ calendarSequence: 1 }, { calendarSequence: 2 }),
    )
  })
  it('gives each holder of a transferred seat their own UID, and the first holder the one from before transfers', () => {
    expect(registrationUid('abc', 'https://events.example.org/', 0)).toBe('registration-abc@events.example.org')
    expect(registrationUid('abc', 'https://events.example.org/', 1)).toBe('registration-abc-1@events.example.org')
    expect(registrationUid('abc', 'https://events.example.org/', 2)).not.toBe(registrationUid('abc', 'https://events.example.org/', 1))
  })
})

describe('eventFeed', () => {
  const event = {
    id: 'e1',
    slug: 'kammerdialog',
    title: 'Kammerdialog',
    summary: 'KI in der Fertigung',
    startsAt: base.startsAt,
    endsAt: base.endsAt,
    location: 'IHK',
    status: 'PUBLISHED' as const,
    calendarSequence: 0,
  }

  it('publishes one VEVENT per event with a stable UID, cancelled ones marked', () => {
    const ics = eventFeed([event, { ...event, id: 'e2', slug: 'abgesagt', status: 'CANCELLED', calendarSequence: 1 }], {
      appUrl: 'https://events.example.org',
      name: 'Fairdesk; Cluster, SMAB',
    })
    const calendar = parse(ics)
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH')
    // ical.js leaves X- properties raw: the escapes themselves are what must be there.
    expect(ics).toContain('X-WR-CALNAME:Fairdesk\\; Cluster\\, SMAB\r\n')
    const [a, b] = calendar.getAllSubcomponents('vevent')
    expect(a!.getFirstPropertyValue('uid')).toBe('event-e1@events.example.org')
    expect(a!.getFirstPropertyValue('url')).toBe('https://events.example.org/events/kammerdialog')
    expect(a!.getFirstPropertyValue('status')).toBe('CONFIRMED')
    expect(b!.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(b!.getFirstPropertyValue('sequence')).toBe(1)
  })

  it('is a valid, empty calendar without events', () => {
    expect(parse(eventFeed([], { appUrl: 'https://events.example.org', name: 'Fairdesk' })).getAllSubcomponents('vevent')).toHaveLength(0)
  })
})
