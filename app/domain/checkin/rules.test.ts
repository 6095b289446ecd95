import { describe, expect, it } from 'vitest'
import { activeKeyOf, admissionDay, admittedOf, statusRefusal, ticketRefusal } from './rules'
import { ticketVersion } from './tickets.server'

const row = {
  id: 'r1',
  eventId: 'e1',
  ticketSecret: 'secret',
  status: 'CONFIRMED',
  role: 'ATTENDEE',
  companyName: null,
  firstName: 'Jana',
  lastName: 'Schröder',
  personCompany: 'Muster GmbH',
  timeZone: 'Europe/Berlin',
}
const claims = { registrationId: 'r1', eventId: 'e1', version: ticketVersion('secret') }

describe('door rules', () => {
  it('admits only a current ticket of this event; a forged, foreign or superseded code names nobody', () => {
    expect(ticketRefusal(claims, 'e1', row)).toBeNull()
    expect(ticketRefusal(null, 'e1', row)).toEqual({ result: 'invalid' })
    expect(ticketRefusal(claims, 'e2', row)).toEqual({ result: 'wrong_event' })
    expect(ticketRefusal({ ...claims, version: ticketVersion('older') }, 'e1', row)).toEqual({ result: 'invalid' })
    expect(ticketRefusal(claims, 'e1', null)).toEqual({ result: 'invalid' })
  })

  it('names the company as registered, else the person’s', () => {
    expect(admittedOf(row)).toEqual({ name: 'Jana Schröder', company: 'Muster GmbH', role: 'ATTENDEE' })
    expect(admittedOf({ ...row, companyName: 'Andere AG' }).company).toBe('Andere AG')
  })

  it('turns away a cancelled registration and a waiting-list place, and keys one admission per day', () => {
    const attendee = admittedOf(row)
    expect(statusRefusal(row, attendee)).toBeNull()
    expect(statusRefusal({ ...row, status: 'CANCELLED' }, attendee)?.result).toBe('cancelled')
    expect(statusRefusal({ ...row, status: 'WAITLISTED' }, attendee)?.result).toBe('waitlisted')
    expect(activeKeyOf('r1', '2027-05-19')).toBe('r1:2027-05-19')
  })
})

describe('the door’s days', () => {
  // 19 May 2027, 09:00–17:00 in Berlin (CEST, UTC+2).
  const event = {
    startsAt: new Date('2027-05-19T07:00:00Z'),
    endsAt: new Date('2027-05-19T15:00:00Z'),
    timeZone: 'Europe/Berlin',
    doorsOpenMinutes: 120,
  }

  it('turns a ticket away months before its event, naming the start', () => {
    expect(admissionDay(event, new Date('2026-12-01T10:00:00Z'))).toEqual({ kind: 'not_today', eventStartsAt: event.startsAt })
  })

  it('opens the doors the grace before the start, not a minute earlier', () => {
    expect(admissionDay(event, new Date('2027-05-19T04:59:00Z')).kind).toBe('not_today')
    expect(admissionDay(event, new Date('2027-05-19T05:00:00Z'))).toEqual({ kind: 'day', day: '2027-05-19', override: false })
    expect(admissionDay({ ...event, doorsOpenMinutes: 30 }, new Date('2027-05-19T06:00:00Z')).kind).toBe('not_today')
  })

  it('admits until the end of the last day in the event’s zone, and not the day after', () => {
    expect(admissionDay(event, new Date('2027-05-19T21:59:00Z')).kind).toBe('day')
    expect(admissionDay(event, new Date('2027-05-19T22:00:00Z')).kind).toBe('not_today')
    const fair = { ...event, endsAt: new Date('2027-05-21T15:00:00Z') }
    expect(admissionDay(fair, new Date('2027-05-20T04:00:00Z'))).toEqual({ kind: 'day', day: '2027-05-20', override: false })
    expect(admissionDay(fair, new Date('2027-05-22T07:00:00Z')).kind).toBe('not_today')
  })

  it('counts a scan in the grace before a start just after midnight on the first event day', () => {
    const night = { ...event, startsAt: new Date('2027-05-18T22:30:00Z'), endsAt: new Date('2027-05-19T02:00:00Z') }
    expect(admissionDay(night, new Date('2027-05-18T21:30:00Z'))).toEqual({ kind: 'day', day: '2027-05-19', override: false })
  })

  it('lets an override through on any day, counted on the day it happened', () => {
    expect(admissionDay(event, new Date('2026-12-01T10:00:00Z'), true)).toEqual({ kind: 'day', day: '2026-12-01', override: true })
    expect(admissionDay(event, new Date('2027-05-19T08:00:00Z'), true)).toEqual({ kind: 'day', day: '2027-05-19', override: false })
  })
})
