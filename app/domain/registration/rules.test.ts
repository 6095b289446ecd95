import { describe, expect, it } from 'vitest'
import { confirmationMessage, fullWithoutWaitlist, newPerson, newRegistration, refusalFor } from './rules'

const now = new Date('2027-05-01T10:00:00Z')
const input = { firstName: ' Jana ', lastName: ' Schröder ', email: 'jana@example.org', company: '  Muster GmbH ' }
const event = {
  id: 'e',
  status: 'PUBLISHED',
  capacity: 10,
  waitlistEnabled: true,
  registrationOpensAt: null,
  registrationClosesAt: new Date('2027-04-30T00:00:00Z'),
  endsAt: new Date('2027-05-19T16:00:00Z'),
}

describe('registration rules', () => {
  it('a seat confirms, none puts the person on the waiting list, with the moment it happened', () => {
    expect(newRegistration(input, true, now)).toMatchObject({
      status: 'CONFIRMED',
      confirmedAt: now,
      waitlistedAt: null,
      companyName: 'Muster GmbH',
    })
    expect(newRegistration(input, false, now)).toMatchObject({ status: 'WAITLISTED', confirmedAt: null, waitlistedAt: now })
    expect(newRegistration(input, true, now)).toMatchObject({ role: 'ATTENDEE', source: 'ONLINE', locale: 'de', answers: null })
  })

  it('stamps the link as mailed only when the confirmation (which carries it) is written', () => {
    expect(newRegistration(input, true, now).linkMailedAt).toEqual(now)
    expect(newRegistration({ ...input, notify: false }, true, now).linkMailedAt).toBeNull()
    const registration = { id: 'r', locale: 'en', status: 'WAITLISTED' as const }
    expect(confirmationMessage(registration, 'jana@example.org', {})).toEqual({
      template: 'registration.waitlisted',
      toEmail: 'jana@example.org',
      locale: 'en',
      registrationId: 'r',
      payload: { registrationId: 'r' },
    })
    expect(confirmationMessage({ ...registration, status: 'CONFIRMED' }, 'x@y.de', {})?.template).toBe('registration.confirmed')
    expect(confirmationMessage(registration, 'jana@example.org', { notify: false })).toBeNull()
  })

  it('closes a public form after its deadline, while staff may still add people; nobody joins a cancelled event', () => {
    expect(refusalFor(event, {}, now)).toBe('closed')
    expect(refusalFor(event, { byStaff: true }, now)).toBeNull()
    expect(refusalFor({ ...event, status: 'CANCELLED' }, { byStaff: true }, now)).toBe('cancelled')
  })

  it('trims the names of a new person and counts only attendees and press against the seats', () => {
    expect(newPerson('jana@example.org', input)).toEqual({
      email: 'jana@example.org',
      firstName: 'Jana',
      lastName: 'Schröder',
      locale: 'de',
    })
    const full = { capacity: 1, confirmedCount: 1, waitlistEnabled: false }
    expect(fullWithoutWaitlist(full)).toBe(true)
    expect(fullWithoutWaitlist(full, 'SPEAKER')).toBe(false)
  })
})
