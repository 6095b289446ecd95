// One word, one number: the dashboard's list, an event's live counts and the report count an event
// with several roles, walk-ins and a two-day check-in the same way (docs/counting.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AttendeeRole, RegistrationSource, RegistrationStatus } from '~/generated/prisma-sqlite/client'
import { liveCounts } from '~/domain/checkin/live-counts.server'
import { countYear } from '~/domain/reports/counting.server'
import { listDashboardEvents } from '~/domain/reports/dashboard.server'
import { annualReport } from '~/domain/reports/reports.server'
import { wallTimeToUtc } from '~/lib/datetime'
import { createTestDatabase, testDbKind, type TestDatabase } from '../support/db'

const NOW = wallTimeToUtc('2030-07-01 12:00', 'Europe/Berlin')

describe(`the figures of one event agree on every screen on ${testDbKind()}`, () => {
  let t: TestDatabase
  let eventId: string
  let seq = 0

  async function register(
    role: AttendeeRole,
    {
      status = 'CONFIRMED',
      source = 'ONLINE',
      days = [],
    }: { status?: RegistrationStatus; source?: RegistrationSource; days?: string[] } = {},
  ) {
    const n = ++seq
    const person = await t.db.person.create({ data: { email: `p${n}@agree.example`, firstName: 'Person', lastName: String(n) } })
    const r = await t.db.registration.create({
      data: { eventId, personId: person.id, role, status, source, ticketSecret: `agree-ticket-${n}`, manageToken: `agree-manage-${n}` },
    })
    for (const day of days) await t.db.checkIn.create({ data: { registrationId: r.id, eventId, day, activeKey: `${r.id}:${day}` } })
  }

  beforeAll(async () => {
    t = await createTestDatabase()
    const event = await t.db.event.create({
      data: {
        slug: 'agree-2030',
        kind: 'CONFERENCE',
        status: 'PUBLISHED',
        titleDe: 'Zweitägige Konferenz',
        titleEn: 'Two-day conference',
        startsAt: wallTimeToUtc('2030-06-17 09:00', 'Europe/Berlin'),
        endsAt: wallTimeToUtc('2030-06-18 17:00', 'Europe/Berlin'),
        capacity: 10,
        // Seats are taken by attendees and press only: the six confirmed below.
        confirmedCount: 6,
      },
    })
    eventId = event.id
    await register('ATTENDEE', { days: ['2030-06-17', '2030-06-18'] }) // both days: one participant, two participant days
    await register('ATTENDEE', { days: ['2030-06-17'] })
    await register('ATTENDEE') // a no-show
    await register('ATTENDEE', { source: 'WALK_IN' }) // entered from the paper list, never scanned
    await register('ATTENDEE', { source: 'WALK_IN', days: ['2030-06-18'] }) // a walk-in who was scanned: counted once
    await register('PRESS', { days: ['2030-06-18'] })
    await register('ATTENDEE', { status: 'WAITLISTED' })
    await register('ATTENDEE', { status: 'CANCELLED', days: ['2030-06-17'] })
    await register('SPEAKER', { days: ['2030-06-17'] })
    await register('STAFF', { days: ['2030-06-17', '2030-06-18'] })
    await register('EXHIBITOR')
  })
  afterAll(() => t?.close())

  it('shows the same participants, confirmed, checked-in and walk-in figures in the dashboard list, the live counts and the report', async () => {
    const [dashboard, live, year, report] = await Promise.all([
      listDashboardEvents(t.db, {}, NOW),
      liveCounts(t.db, eventId, NOW),
      countYear(t.db, 2030, { now: NOW }),
      annualReport(t.db, 2030, {}, { now: NOW }),
    ])
    const row = dashboard.events.find((e) => e.id === eventId)!
    const counted = year.perEvent.find((e) => e.eventId === eventId)!
    const reported = report.events.find((e) => e.id === eventId)!

    const expected = { confirmed: 6, waitlisted: 1, checkedIn: 4, walkIns: 2, participants: 5 }
    expect(counted).toMatchObject(expected)
    expect(reported).toMatchObject({ participants: 5, checkedIn: 4, walkIns: 2 })
    expect(live).toMatchObject(expected)
    expect(row.counts).toMatchObject(expected)
    // The dashboard's "confirmed" is the seat counter's number: the same roles take a seat.
    expect(row.counts.confirmed).toBe(row.confirmedCount)
    // Speakers, exhibitors and staff are counted beside the participants, never in them.
    expect(row.counts.othersPresent).toBe(2)
    expect(live!.byRole).toEqual(Object.entries(counted.byRole).map(([role, c]) => ({ role, ...c })))
    // Per day: participants present that day, the unscanned walk-in on the first day.
    expect(live!.days).toEqual([
      { day: '2030-06-17', present: 3 },
      { day: '2030-06-18', present: 3 },
    ])
    expect(reported.days).toEqual(live!.days)
  })
})
