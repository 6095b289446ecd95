// The door admits a ticket only on its event's days: on SQLite through the SQL fast path (online
// scans) and Prisma (offline uploads, by name), on PostgreSQL through Prisma. The clock is the
// `now` of checkIn(), so the test does not depend on when it runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { admitWalkIn, checkIn, checkInRegistration, doorCounts } from '~/domain/checkin/checkin.server'
import { register } from '~/domain/registration/register.server'
import { getTicketKeys, signTicket } from '~/domain/checkin/tickets.server'
import { createTestDatabase, type TestDatabase } from '../support/db'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(() => t?.close())

// 19 May 2027, 09:00–17:00 in Berlin (CEST, UTC+2); doors open 120 minutes before by default.
const startsAt = new Date('2027-05-19T07:00:00Z')
const endsAt = new Date('2027-05-19T15:00:00Z')
const december = new Date('2026-12-01T10:00:00Z')
let n = 0
async function ticketForMay2027() {
  n += 1
  const event = await t.db.event.create({
    data: {
      slug: `mai-${n}`,
      kind: 'CONFERENCE',
      status: 'PUBLISHED',
      titleDe: 'Tagung',
      titleEn: 'Conference',
      startsAt,
      endsAt,
      capacity: 50,
    },
  })
  const r = await register(t.db, event.id, { firstName: 'Jana', lastName: `Schröder ${n}`, email: `jana${n}@example.org` })
  if (r.kind !== 'confirmed') throw new Error(r.kind)
  return { event, registration: r.registration, code: signTicket(await getTicketKeys(t.db), r.registration) }
}

describe('the door on the event’s days', () => {
  it('turns away a ticket scanned months before its event, names the start and writes nothing', async () => {
    const { event, registration, code } = await ticketForMay2027()
    expect(await checkIn(t.db, { eventId: event.id, code, nonce: 'nonce-dec-1', now: december })).toMatchObject({
      result: 'not_today',
      registrationId: registration.id,
      eventStartsAt: startsAt,
    })
    // Offline upload (Prisma on both databases) and search by name decide the same.
    expect(await checkIn(t.db, { eventId: event.id, code, scannedAt: december })).toMatchObject({ result: 'not_today' })
    expect(await checkInRegistration(t.db, { eventId: event.id, registrationId: registration.id, now: december })).toMatchObject({
      result: 'not_today',
    })
    expect(await t.db.checkIn.count({ where: { eventId: event.id } })).toBe(0)
  })

  it('refuses a scan a minute before the doors open, and admits one within the grace', async () => {
    const { event, code } = await ticketForMay2027()
    const early = new Date(startsAt.getTime() - 121 * 60_000)
    expect((await checkIn(t.db, { eventId: event.id, code, now: early })).result).toBe('not_today')
    const inGrace = new Date(startsAt.getTime() - 90 * 60_000)
    expect(await checkIn(t.db, { eventId: event.id, code, now: inGrace })).toMatchObject({ result: 'ok', day: '2027-05-19' })
    const row = await t.db.checkIn.findFirstOrThrow({ where: { eventId: event.id } })
    expect(row).toMatchObject({ day: '2027-05-19', override: false })
  })

  it('refuses a scan the day after the event', async () => {
    const { event, code } = await ticketForMay2027()
    expect((await checkIn(t.db, { eventId: event.id, code, now: new Date('2027-05-20T07:00:00Z') })).result).toBe('not_today')
    expect(await t.db.checkIn.count({ where: { eventId: event.id } })).toBe(0)
  })

  it('admits anyway on an organiser’s override, marked as such and counted on the day it happened', async () => {
    const { event, code } = await ticketForMay2027()
    const verdict = await checkIn(t.db, { eventId: event.id, code, now: december, override: true, gate: 'Nord' })
    expect(verdict).toMatchObject({ result: 'ok', day: '2026-12-01', gate: 'Nord' })
    const row = await t.db.checkIn.findFirstOrThrow({ where: { eventId: event.id } })
    expect(row).toMatchObject({ day: '2026-12-01', override: true, activeKey: expect.any(String) })
    expect((await doorCounts(t.db, event.id, '2026-12-01')).checkedIn).toBe(1)
    // Once per day still holds for overrides.
    expect(await checkIn(t.db, { eventId: event.id, code, now: december, override: true })).toMatchObject({ result: 'already_checked_in' })
  })

  it('does not mark an override that was not needed', async () => {
    const { event, code } = await ticketForMay2027()
    const onTheDay = new Date('2027-05-19T08:00:00Z')
    expect(await checkIn(t.db, { eventId: event.id, code, now: onTheDay, override: true })).toMatchObject({ result: 'ok' })
    expect(await t.db.checkIn.findFirstOrThrow({ where: { eventId: event.id } })).toMatchObject({ override: false })
  })

  it('still says "cancelled" for a cancelled registration on the wrong day: an override admits no cancelled ticket', async () => {
    const { event, registration, code } = await ticketForMay2027()
    await t.db.registration.update({ where: { id: registration.id }, data: { status: 'CANCELLED' } })
    expect((await checkIn(t.db, { eventId: event.id, code, now: december, override: true })).result).toBe('cancelled')
    expect(await t.db.checkIn.count({ where: { eventId: event.id } })).toBe(0)
  })
})

describe('a walk-in on the event’s days', () => {
  async function mayEvent() {
    n += 1
    return t.db.event.create({
      data: {
        slug: `mai-walk-${n}`,
        kind: 'CONFERENCE',
        status: 'PUBLISHED',
        titleDe: 'Tagung',
        titleEn: 'Conference',
        startsAt,
        endsAt,
        capacity: 50,
      },
    })
  }

  it('registers nobody months before the event: not today, with its start, no check-in and no mail', async () => {
    const event = await mayEvent()
    const result = await admitWalkIn(t.db, event.id, { firstName: 'Spontan', lastName: 'Gast', email: 'spontan.mai@example.org' }, december)
    expect(result).toEqual({ kind: 'not_today', eventStartsAt: startsAt })
    expect(await t.db.registration.count({ where: { eventId: event.id } })).toBe(0)
    expect(await t.db.checkIn.count({ where: { eventId: event.id } })).toBe(0)
    expect(await t.db.outboxMessage.count({ where: { toEmail: 'spontan.mai@example.org' } })).toBe(0)
    expect((await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(0)
  })

  it('admits a walk-in within the doors’ grace on the day, counted on the event’s day', async () => {
    const event = await mayEvent()
    const result = await admitWalkIn(t.db, event.id, { firstName: 'Früh', lastName: 'Da' }, new Date('2027-05-19T05:30:00Z'))
    expect(result).toMatchObject({ kind: 'admitted', alreadyAdmitted: false, checkIn: { day: '2027-05-19', override: false } })
  })

  it('admits anyway on an organiser’s override, marked and counted on the day it happened', async () => {
    const event = await mayEvent()
    const result = await admitWalkIn(t.db, event.id, { firstName: 'Vor', lastName: 'Ab', override: true }, december)
    expect(result).toMatchObject({ kind: 'admitted', checkIn: { day: '2026-12-01', override: true } })
    expect((await doorCounts(t.db, event.id, '2026-12-01')).checkedIn).toBe(1)
  })
})
