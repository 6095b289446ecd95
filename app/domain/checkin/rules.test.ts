import { describe, expect, it } from 'vitest'
import { activeKeyOf, admittedOf, statusRefusal, ticketRefusal } from './rules'
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
