// Closing a report year (docs/counting.md, "Closing a year"): the demo's 2015 report is closed, its
// figures are frozen as a snapshot, and every change that would alter them is refused with
// `year_closed` and changes nothing — unless an administrator states a reason, which is audited in
// the change's transaction and listed as a correction; the snapshot (and its exports) stay as closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '~/demo/seed.server'
import { admitWalkIn, checkIn, checkInRegistration, undoCheckIn } from '~/domain/checkin/checkin.server'
import { getTicketKeys, signTicket } from '~/domain/checkin/tickets.server'
import { cancelRegistrationByStaff, moveRegistration, updateRegistrationDetails } from '~/domain/registration/admin.server'
import { cancelRegistration } from '~/domain/registration/register.server'
import { closedYear, closedYearCorrections, closeYear, reopenYear } from '~/domain/reports/closed-year.server'
import { yearCsvStream } from '~/domain/reports/export.server'
import { clearHeadcount, setHeadcount } from '~/domain/reports/headcount.server'
import { annualReport } from '~/domain/reports/reports.server'
import { wallTimeToUtc } from '~/lib/datetime'
import { createTestDatabase, testDbKind, type TestDatabase } from '../support/db'

const NOW = new Date('2026-11-24T10:00:00Z')
const from2015 = wallTimeToUtc('2015-01-01 00:00', 'Europe/Berlin')
const to2015 = wallTimeToUtc('2016-01-01 00:00', 'Europe/Berlin')

describe(`closing the demo's 2015 report on ${testDbKind()}`, () => {
  let t: TestDatabase
  let admin: { id: string }
  let organiser: { id: string }
  beforeAll(async () => {
    t = await createTestDatabase()
    await seedDemo(t.db, { now: NOW })
    admin = await t.db.user.findFirstOrThrow({ where: { role: 'ADMIN' } })
    organiser = await t.db.user.findFirstOrThrow({ where: { role: 'ORGANIZER' } })
  })
  afterAll(() => t?.close())

  const in2015 = { event: { startsAt: { gte: from2015, lt: to2015 } } }
  /** A confirmed attendee of a 2015 event with a check-in that counts: a participant. */
  const checkedIn2015 = () =>
    t.db.registration.findFirstOrThrow({
      where: { ...in2015, status: 'CONFIRMED', role: 'ATTENDEE', source: 'ONLINE', checkIns: { some: { activeKey: { not: null } } } },
      include: { checkIns: { where: { activeKey: { not: null } } } },
      orderBy: { id: 'asc' },
    })
  const live = async () => (await annualReport(t.db, 2015, {}, { now: NOW })).totals
  const state = async () => ({
    totals: await live(),
    registrations: await t.db.registration.count({ where: { ...in2015, status: { not: 'CANCELLED' } } }),
    checkIns: await t.db.checkIn.count({ where: { ...in2015, activeKey: { not: null } } }),
    allCheckIns: await t.db.checkIn.count(),
    outbox: await t.db.outboxMessage.count(),
    events: await t.db.event.findMany({ where: { startsAt: { gte: from2015, lt: to2015 } }, select: { id: true, headcount: true } }),
  })

  it('freezes the report as it is at closing, with who closed it and when', async () => {
    const before = await annualReport(t.db, 2015, {}, { now: NOW })
    expect([before.totals.eventsHeld, before.totals.participants]).toEqual([23, 1307])
    expect(await closeYear(t.db, 2015, { userId: admin.id }, NOW)).toEqual({ kind: 'closed', year: 2015 })
    const closed = await closedYear(t.db, 2015)
    expect(closed).not.toBeNull()
    expect(closed!.closedAt).toEqual(NOW)
    expect(closed!.closedBy).toBe((await t.db.user.findUniqueOrThrow({ where: { id: admin.id } })).name)
    expect(closed!.report).toEqual(before)
    expect(await closeYear(t.db, 2015, { userId: admin.id }, NOW)).toEqual({ kind: 'alreadyClosed', year: 2015 })
    expect(await t.db.auditEntry.count({ where: { action: 'report.year.closed', entityId: '2015' } })).toBe(1)
  })

  it('refuses every change to the year’s figures and changes nothing, nor mails anyone', async () => {
    const before = await state()
    const r = await checkedIn2015()
    const closed = { kind: 'year_closed', year: 2015 }
    // The attendee on /r/:token, staff, and an administrator without a reason.
    expect(await cancelRegistration(t.db, r.id, { reason: 'self-service' })).toEqual(closed)
    expect(await cancelRegistrationByStaff(t.db, r.id, organiser.id)).toEqual(closed)
    expect(await cancelRegistrationByStaff(t.db, r.id, admin.id, { role: 'ADMIN', reason: '' })).toEqual(closed)
    expect(await cancelRegistrationByStaff(t.db, r.id, organiser.id, { role: 'ORGANIZER', reason: 'a good long reason' })).toEqual(closed)
    const target = await t.db.event.findFirstOrThrow({ where: { status: 'PUBLISHED', startsAt: { gt: NOW } } })
    expect(await moveRegistration(t.db, r.eventId, r.id, target.id, { now: NOW, actorId: organiser.id })).toEqual(closed)
    expect(
      await updateRegistrationDetails(
        t.db,
        r.eventId,
        r.id,
        { firstName: 'A', lastName: 'B', company: '', role: 'PRESS', answers: {} },
        organiser.id,
      ),
    ).toEqual(closed)
    // The door: a scanned ticket (online and an offline upload), found by name, a walk-in, an undo.
    const event = await t.db.event.findUniqueOrThrow({ where: { id: r.eventId } })
    const code = signTicket(await getTicketKeys(t.db), r)
    const during = new Date(event.startsAt.getTime() + 30 * 60_000)
    const other = await t.db.registration.findFirstOrThrow({
      where: { eventId: r.eventId, status: 'CONFIRMED', role: 'ATTENDEE', checkIns: { none: {} } },
    })
    expect(await checkIn(t.db, { eventId: event.id, code: signTicket(await getTicketKeys(t.db), other), now: during })).toEqual({
      result: 'year_closed',
      year: 2015,
    })
    expect(await checkIn(t.db, { eventId: event.id, code, scannedAt: during, nonce: 'offline-1' })).toEqual({
      result: 'year_closed',
      year: 2015,
    })
    expect(await checkInRegistration(t.db, { eventId: event.id, registrationId: other.id, now: during })).toEqual({
      result: 'year_closed',
      year: 2015,
    })
    expect(await admitWalkIn(t.db, event.id, { firstName: 'Late', lastName: 'Comer', email: 'late@example.org' }, during)).toEqual(closed)
    expect(await undoCheckIn(t.db, r.checkIns[0]!.id, { userId: organiser.id, anyScan: true, eventId: event.id })).toEqual(closed)
    // The event's report page: a headcount set or cleared.
    expect(await setHeadcount(t.db, event.id, { headcount: 99, note: null }, { userId: organiser.id }, NOW)).toEqual(closed)
    expect(await clearHeadcount(t.db, event.id, { userId: organiser.id }, NOW)).toEqual(closed)
    expect(await state()).toEqual(before)
    expect(await t.db.auditEntry.count({ where: { action: 'report.closedYear.changed' } })).toBe(0)
  })

  it('lets an administrator change it with a reason: audited, listed, the snapshot and its export unchanged', async () => {
    const r = await checkedIn2015()
    const reason = 'Registered twice, the other registration was scanned'
    const result = await cancelRegistrationByStaff(t.db, r.id, admin.id, { role: 'ADMIN', reason })
    expect(result.kind).toBe('cancelled')
    expect((await live()).participants).toBe(1306)
    const entry = await t.db.auditEntry.findFirstOrThrow({ where: { action: 'report.closedYear.changed' } })
    expect(entry).toMatchObject({ actorId: admin.id, entityType: 'ClosedReportYear', entityId: '2015' })
    expect(entry.details).toMatchObject({ eventId: r.eventId, change: 'registration.cancel', reason, registrationId: r.id })
    const closed = (await closedYear(t.db, 2015))!
    expect(closed.report.totals.participants).toBe(1307)
    const corrections = await closedYearCorrections(t.db, 2015, closed.closedAt)
    expect(corrections).toMatchObject([{ eventId: r.eventId, change: 'registration.cancel', reason }])
    const labels = {
      t: (key: string, o?: Record<string, unknown>) => `${key}${o ? JSON.stringify(o) : ''}`,
      locale: 'en' as const,
      filterText: '',
    }
    const csv = await new Response(yearCsvStream(t.db, 2015, {}, labels, { now: NOW, snapshot: closed.report })).text()
    expect(csv).toMatch(/^table\.total;;;;;\d+;1307;/m)
    const liveCsv = await new Response(yearCsvStream(t.db, 2015, {}, labels, { now: NOW })).text()
    expect(liveCsv).toMatch(/^table\.total;;;;;\d+;1306;/m)
  })

  it('reopens the year, audited: live figures count again and changes go through', async () => {
    expect(await reopenYear(t.db, 2015, { userId: admin.id, reason: 'Late headcount from the summer fair' })).toEqual({
      kind: 'reopened',
      year: 2015,
    })
    expect(await closedYear(t.db, 2015)).toBeNull()
    expect(await t.db.auditEntry.findFirst({ where: { action: 'report.year.reopened', entityId: '2015' } })).toMatchObject({
      actorId: admin.id,
      details: expect.objectContaining({ reason: 'Late headcount from the summer fair', participants: 1307 }),
    })
    expect(await reopenYear(t.db, 2015, { userId: admin.id })).toEqual({ kind: 'notClosed', year: 2015 })
    const r = await checkedIn2015()
    expect((await cancelRegistration(t.db, r.id, { reason: 'self-service' })).kind).toBe('cancelled')
    expect((await live()).participants).toBe(1305)
  })
})
