import { describe, expect, it } from 'vitest'
import { closedReason } from './register.server'
import { acceptsRegistrations, registrationState, seatsLeft, type EventForRegistrationState } from './state'

const now = new Date('2026-05-01T10:00:00Z')
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000)

const event = (overrides: Partial<EventForRegistrationState> = {}): EventForRegistrationState => ({
  status: 'PUBLISHED',
  endsAt: hours(48),
  capacity: 100,
  confirmedCount: 10,
  waitlistEnabled: true,
  registrationOpensAt: null,
  registrationClosesAt: null,
  ...overrides,
})

describe('seatsLeft', () => {
  it('is capacity minus confirmed seats', () => {
    expect(seatsLeft({ capacity: 100, confirmedCount: 10 })).toBe(90)
    expect(seatsLeft({ capacity: 100, confirmedCount: 100 })).toBe(0)
  })

  it('is null for an event without a limit', () => {
    expect(seatsLeft({ capacity: null, confirmedCount: 500 })).toBeNull()
  })

  it('never goes below zero when staff overbooked by hand', () => {
    expect(seatsLeft({ capacity: 10, confirmedCount: 12 })).toBe(0)
  })
})

describe('registrationState', () => {
  it('is open for a published future event with free seats', () => {
    expect(registrationState(event(), now)).toBe('open')
    expect(registrationState(event({ capacity: null, confirmedCount: 1000 }), now)).toBe('open')
  })

  it('offers the waiting list when the last seat is taken and the list is on', () => {
    expect(registrationState(event({ confirmedCount: 99 }), now)).toBe('open')
    expect(registrationState(event({ confirmedCount: 100 }), now)).toBe('waitlist')
  })

  it('is full when the last seat is taken and there is no waiting list', () => {
    expect(registrationState(event({ confirmedCount: 100, waitlistEnabled: false }), now)).toBe('full')
    expect(registrationState(event({ capacity: 0, waitlistEnabled: false }), now)).toBe('full')
  })

  it('is notYetOpen before the window opens, open from that instant', () => {
    expect(registrationState(event({ registrationOpensAt: hours(1) }), now)).toBe('notYetOpen')
    expect(registrationState(event({ registrationOpensAt: now }), now)).toBe('open')
  })

  it('is closed from the instant the window closes', () => {
    expect(registrationState(event({ registrationClosesAt: hours(1) }), now)).toBe('open')
    expect(registrationState(event({ registrationClosesAt: now }), now)).toBe('closed')
  })

  it('is past once the event has ended, but not while it runs', () => {
    expect(registrationState(event({ endsAt: now }), now)).toBe('past')
    expect(registrationState(event({ endsAt: hours(-1), confirmedCount: 100 }), now)).toBe('past')
    expect(registrationState(event({ endsAt: hours(1) }), now)).toBe('open')
  })

  it('is cancelled for a cancelled event, whatever else holds', () => {
    expect(registrationState(event({ status: 'CANCELLED' }), now)).toBe('cancelled')
    expect(registrationState(event({ status: 'CANCELLED', endsAt: hours(-5) }), now)).toBe('cancelled')
    expect(registrationState(event({ status: 'CANCELLED', registrationOpensAt: hours(5) }), now)).toBe('cancelled')
  })

  it('lets a closed window win over seats: a full event whose window closed reads closed', () => {
    expect(registrationState(event({ confirmedCount: 100, registrationClosesAt: hours(-1) }), now)).toBe('closed')
  })

  it('offers the form only when open or on the waiting list', () => {
    const offered = (['open', 'waitlist', 'full', 'notYetOpen', 'closed', 'past', 'cancelled'] as const).filter(acceptsRegistrations)
    expect(offered).toEqual(['open', 'waitlist'])
  })

  it('agrees with register(): the form is offered exactly when register() would not refuse', () => {
    const variants: Partial<EventForRegistrationState>[] = [
      {},
      { status: 'CANCELLED' },
      { status: 'DRAFT' },
      { endsAt: now },
      { endsAt: hours(-3) },
      { registrationOpensAt: hours(2) },
      { registrationOpensAt: now },
      { registrationClosesAt: now },
      { registrationClosesAt: hours(2) },
      { confirmedCount: 100 },
      { confirmedCount: 100, waitlistEnabled: false },
      { capacity: null },
      { status: 'CANCELLED', endsAt: hours(-3) },
      { endsAt: hours(-3), registrationOpensAt: hours(2) },
    ]
    for (const v of variants) {
      const e = event(v)
      const state = registrationState(e, now)
      const reason = closedReason({ id: 'e', ...e }, now)
      const label = JSON.stringify(v)
      if (reason === null) expect(['open', 'waitlist', 'full'], label).toContain(state)
      else expect(state, label).toBe(reason === 'draft' ? 'closed' : reason)
    }
  })
})
