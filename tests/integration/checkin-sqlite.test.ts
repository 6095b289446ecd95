// The door's SQL path on SQLite: the same rows and verdicts as the Prisma path, and device
// authentication with the same answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkIn, checkInWithPrisma, type CheckInVerdict } from '~/domain/checkin/checkin.server'
import { authenticateDevice, createDevice, revokeDevice } from '~/domain/checkin/devices.server'
import { register } from '~/domain/registration/register.server'
import { getTicketKeys, signTicket } from '~/domain/checkin/tickets.server'
import { sqliteDirect } from '~/lib/db.server'
import { createTestDatabase, type TestDatabase } from '../support/db'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(() => t?.close())

const HOUR = 3_600_000
async function eventWithTickets(count: number) {
  // Under way: the door admits only on the event's days, from the doors' opening before its start.
  const startsAt = new Date(Date.now() - HOUR)
  const event = await t.db.event.create({
    data: {
      slug: `sql-door-${Math.random().toString(36).slice(2)}`,
      kind: 'CONFERENCE',
      status: 'PUBLISHED',
      titleDe: 'T',
      titleEn: 'T',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 8 * HOUR),
      capacity: 2,
    },
  })
  const keys = await getTicketKeys(t.db)
  const tickets = []
  for (let i = 0; i < count; i++) {
    const r = await register(t.db, event.id, {
      firstName: 'Gast',
      lastName: String(i),
      email: `sql-door-${event.id}-${i}@example.org`,
      company: 'Ifak e.V.',
    })
    if (r.kind !== 'confirmed' && r.kind !== 'waitlisted') throw new Error(r.kind)
    tickets.push({ registration: r.registration, code: signTicket(keys, r.registration) })
  }
  return { event, tickets }
}

/** A verdict without what differs by nature between two scans (ids, instants, names). */
const shape = (v: CheckInVerdict) => ({
  ...v,
  checkInId: 'checkInId' in v ? typeof v.checkInId : undefined,
  registrationId: 'registrationId' in v ? typeof v.registrationId : undefined,
  at: 'at' in v ? typeof v.at : undefined,
  attendee: 'attendee' in v ? { ...v.attendee, name: typeof v.attendee.name } : undefined,
})

async function storedCheckIn(id: string) {
  const row = await sqliteDirect(t.db)!.transaction(
    (conn) => conn.prepare('SELECT * FROM "CheckIn" WHERE "id" = ?').get(id) as Record<string, unknown>,
  )
  return {
    ...row,
    id: typeof row.id,
    registrationId: typeof row.registrationId,
    nonce: typeof row.nonce,
    activeKey: String(row.activeKey).replace(/^[^:]+/, 'id'),
    checkedInAt: String(row.checkedInAt).replace(/\d/g, '9'),
  }
}

describe.runIf(process.env.TEST_DB !== 'postgresql')('check-in on SQLite without the ORM', () => {
  it('gives the same verdicts and writes the same rows as the Prisma path', async () => {
    const { event, tickets } = await eventWithTickets(3)
    const [a, b, waiting] = tickets
    const device = (await createDevice(t.db, event.id, 'Gate 1')).device
    const scan = { eventId: event.id, gate: 'Gate 1', deviceId: device.id }
    const viaSql = await checkIn(t.db, { ...scan, code: a!.code, nonce: 'n-1' })
    const viaPrisma = await checkInWithPrisma(t.db, { ...scan, code: b!.code, nonce: 'n-2' })
    expect(viaSql.result).toBe('ok')
    expect(shape(viaSql)).toEqual(shape(viaPrisma))
    if (viaSql.result !== 'ok' || viaPrisma.result !== 'ok') return
    expect(await storedCheckIn(viaSql.checkInId)).toEqual(await storedCheckIn(viaPrisma.checkInId))

    // Repeats, a waiting-list ticket, a forged and a foreign code: the same answers either way.
    expect(shape(await checkIn(t.db, { ...scan, code: a!.code, nonce: 'n-3' }))).toEqual(
      shape(await checkInWithPrisma(t.db, { ...scan, code: b!.code, nonce: 'n-4' })),
    )
    expect(await checkIn(t.db, { ...scan, code: waiting!.code })).toEqual(await checkInWithPrisma(t.db, { ...scan, code: waiting!.code }))
    const forged = a!.code.slice(0, -4) + 'AAAA'
    expect(await checkIn(t.db, { ...scan, code: forged })).toEqual(await checkInWithPrisma(t.db, { ...scan, code: forged }))
    const other = await eventWithTickets(1)
    expect(await checkIn(t.db, { ...scan, code: other.tickets[0]!.code })).toEqual({ result: 'wrong_event' })
    expect(await t.db.checkIn.count({ where: { eventId: event.id, activeKey: { not: null } } })).toBe(2)
  })

  it('answers a retried nonce with the first verdict (through Prisma) and creates nothing', async () => {
    const { event, tickets } = await eventWithTickets(1)
    const first = await checkIn(t.db, { eventId: event.id, code: tickets[0]!.code, nonce: 'retry' })
    const retry = await checkIn(t.db, { eventId: event.id, code: tickets[0]!.code, nonce: 'retry' })
    expect(retry).toEqual(first)
    expect(await t.db.checkIn.count({ where: { eventId: event.id } })).toBe(1)
  })

  it('authenticates devices as before: known, unknown, revoked, last seen', async () => {
    const { event } = await eventWithTickets(0)
    const { device, token } = await createDevice(t.db, event.id, 'Gate 2')
    const now = new Date()
    expect(await authenticateDevice(t.db, token, now)).toEqual({ id: device.id, eventId: event.id, label: 'Gate 2' })
    expect((await t.db.checkInDevice.findUniqueOrThrow({ where: { id: device.id } })).lastSeenAt).toEqual(now)
    expect(await authenticateDevice(t.db, token + 'x')).toBeNull()
    await revokeDevice(t.db, event.id, device.id)
    expect(await authenticateDevice(t.db, token)).toBeNull()
  })
})

describe.runIf(process.env.TEST_DB === 'postgresql')('check-in on PostgreSQL', () => {
  it('has no SQL path: Prisma does the work', async () => {
    expect(sqliteDirect(t.db)).toBeUndefined()
    const { event, tickets } = await eventWithTickets(1)
    expect((await checkIn(t.db, { eventId: event.id, code: tickets[0]!.code })).result).toBe('ok')
  })
})
