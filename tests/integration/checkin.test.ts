import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  admitWalkIn as admitWalkInOrNot,
  checkIn,
  checkInRegistration,
  doorConflicts,
  doorCounts,
  undoCheckIn,
} from '~/domain/checkin/checkin.server'
import { doorList } from '~/domain/checkin/door-list.server'
import { cancelRegistration, register } from '~/domain/registration/register.server'
import { getTicketKeys, signTicket, ticketVersion } from '~/domain/checkin/tickets.server'
import { transferRegistration } from '~/domain/registration/self-service.server'
import { createTestDatabase, type TestDatabase } from '../support/db'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(() => t?.close())

const HOUR = 3_600_000
let n = 0
async function eventWithAttendees(count: number, extra: Record<string, unknown> = {}) {
  n += 1
  // Under way: the door admits only on the event's days, from the doors' opening before its start.
  const startsAt = new Date(Date.now() - HOUR)
  const event = await t.db.event.create({
    data: {
      slug: `door-${n}`,
      kind: 'CONFERENCE',
      status: 'PUBLISHED',
      titleDe: 'Tagung',
      titleEn: 'Conference',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 8 * HOUR),
      capacity: 500,
      ...extra,
    },
  })
  const keys = await getTicketKeys(t.db)
  const tickets = []
  for (let i = 0; i < count; i++) {
    const r = await register(t.db, event.id, {
      firstName: 'Gast',
      lastName: `${n}-${i}`,
      email: `gast${n}-${i}@example.org`,
      company: 'INOGET Christoph Lehmann GmbH',
    })
    if (r.kind !== 'confirmed') throw new Error(r.kind)
    tickets.push({ registration: r.registration, code: signTicket(keys, r.registration) })
  }
  return { event, tickets }
}
const nonce = () => randomBytes(12).toString('base64url')
const activeRows = (eventId: string) => t.db.checkIn.count({ where: { eventId, activeKey: { not: null } } })

/** A walk-in on the event's day (these events start an hour ago): admitted, or the test fails. */
async function admitWalkIn(...args: Parameters<typeof admitWalkInOrNot>) {
  const result = await admitWalkInOrNot(...args)
  if (result.kind !== 'admitted') throw new Error(result.kind)
  return result
}

describe('checkIn', () => {
  it('admits a genuine ticket once and names the person', async () => {
    const { event, tickets } = await eventWithAttendees(1)
    const first = await checkIn(t.db, { eventId: event.id, code: tickets[0]!.code, gate: '1' })
    expect(first).toMatchObject({ result: 'ok', attendee: { company: 'INOGET Christoph Lehmann GmbH' } })
    const again = await checkIn(t.db, { eventId: event.id, code: tickets[0]!.code, gate: '2' })
    expect(again).toMatchObject({ result: 'already_checked_in', gate: '1' })
  })

  it('50 parallel scans of one ticket from two devices: one admitted, 49 already checked in, one row', async () => {
    const { event, tickets } = await eventWithAttendees(1)
    const [a, b] = await Promise.all(
      ['A', 'B'].map((label) => t.db.checkInDevice.create({ data: { eventId: event.id, label, tokenHash: `hash-${label}-${n}` } })),
    )
    const verdicts = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        checkIn(t.db, {
          eventId: event.id,
          code: tickets[0]!.code,
          deviceId: (i % 2 ? a : b)!.id,
          gate: i % 2 ? 'A' : 'B',
          nonce: nonce(),
        }),
      ),
    )
    expect(verdicts.filter((v) => v.result === 'ok')).toHaveLength(1)
    expect(verdicts.filter((v) => v.result === 'already_checked_in')).toHaveLength(49)
    expect(await t.db.checkIn.count({ where: { eventId: event.id } })).toBe(1)
  })

  it('a retried request with the same nonce creates nothing new and repeats the verdict', async () => {
    const { event, tickets } = await eventWithAttendees(1)
    const same = nonce()
    const verdicts = await Promise.all([1, 2, 3].map(() => checkIn(t.db, { eventId: event.id, code: tickets[0]!.code, nonce: same })))
    expect(verdicts.map((v) => v.result)).toEqual(['ok', 'ok', 'ok'])
    expect(await t.db.checkIn.count({ where: { eventId: event.id } })).toBe(1)
  })

  it('refuses a nonce reused with another ticket as "nonce reused" and admits nobody, online, offline and by name', async () => {
    const { event, tickets } = await eventWithAttendees(2)
    const [a, b] = tickets
    const used = nonce()
    const first = await checkIn(t.db, { eventId: event.id, code: a!.code, nonce: used })
    expect(first).toMatchObject({ result: 'ok', attendee: { name: `Gast ${n}-0` } })
    expect(await checkIn(t.db, { eventId: event.id, code: b!.code, nonce: used })).toEqual({ result: 'nonce_reused' })
    expect(await checkIn(t.db, { eventId: event.id, code: b!.code, nonce: used, scannedAt: new Date(Date.now() - 60_000) })).toEqual({
      result: 'nonce_reused',
    })
    expect(await checkInRegistration(t.db, { eventId: event.id, registrationId: b!.registration.id, nonce: used })).toEqual({
      result: 'nonce_reused',
    })
    expect(await checkIn(t.db, { eventId: event.id, code: a!.code.slice(0, -4) + 'AAAA', nonce: used })).toEqual({ result: 'nonce_reused' })
    expect(await activeRows(event.id)).toBe(1)
    expect(await t.db.checkIn.count({ where: { registrationId: b!.registration.id } })).toBe(0)
    // The genuine retry still repeats the first verdict, and the other ticket is admitted with a nonce of its own.
    expect(await checkIn(t.db, { eventId: event.id, code: a!.code, nonce: used })).toMatchObject({
      result: 'ok',
      checkInId: (first as { checkInId: string }).checkInId,
    })
    expect(await checkIn(t.db, { eventId: event.id, code: b!.code, nonce: nonce() })).toMatchObject({
      result: 'ok',
      attendee: { name: `Gast ${n}-1` },
    })
  })

  it('two tickets sent at the same instant with one nonce: one admitted, the other "nonce reused", one row', async () => {
    const { event, tickets } = await eventWithAttendees(2)
    for (const offline of [false, true]) {
      const same = nonce()
      const scannedAt = offline ? new Date(Date.now() - 60_000) : undefined
      const verdicts = await Promise.all(
        tickets.map((ticket) => checkIn(t.db, { eventId: event.id, code: ticket.code, nonce: same, scannedAt })),
      )
      expect(verdicts.map((v) => v.result).sort()).toEqual(['nonce_reused', 'ok'])
      expect(await t.db.checkIn.count({ where: { nonce: same } })).toBe(1)
      await t.db.checkIn.deleteMany({ where: { eventId: event.id } })
    }
  })

  it('admits nothing for 10,000 random and 1,000 bit-flipped codes', async () => {
    const { event, tickets } = await eventWithAttendees(1)
    const code = tickets[0]!.code
    const verdicts = []
    for (let i = 0; i < 10_000; i++)
      verdicts.push(await checkIn(t.db, { eventId: event.id, code: randomBytes(8 + (i % 120)).toString(i % 2 ? 'base64url' : 'hex') }))
    for (let i = 0; i < 1_000; i++) {
      const bytes = Buffer.from(code)
      const pos = 4 + (i % (bytes.length - 4))
      bytes[pos] = bytes[pos]! ^ (1 << (i % 7))
      const flipped = bytes.toString()
      if (flipped === code) continue
      verdicts.push(await checkIn(t.db, { eventId: event.id, code: flipped }))
    }
    expect(verdicts.filter((v) => v.result === 'ok' || v.result === 'already_checked_in')).toEqual([])
    expect(await t.db.checkIn.count({ where: { eventId: event.id } })).toBe(0)
  })

  it('answers a ticket of another event with "wrong event" and no personal data', async () => {
    const { tickets } = await eventWithAttendees(1)
    const { event: other } = await eventWithAttendees(0)
    const verdict = await checkIn(t.db, { eventId: other.id, code: tickets[0]!.code })
    expect(verdict).toEqual({ result: 'wrong_event' })
  })

  it('says "cancelled" for a cancelled registration and "invalid" for a superseded ticket', async () => {
    const { event, tickets } = await eventWithAttendees(2)
    await cancelRegistration(t.db, tickets[0]!.registration.id)
    expect((await checkIn(t.db, { eventId: event.id, code: tickets[0]!.code })).result).toBe('cancelled')
    await transferRegistration(t.db, tickets[1]!.registration.id, { firstName: 'Neu', lastName: 'Kollege', email: `neu${n}@example.org` })
    expect((await checkIn(t.db, { eventId: event.id, code: tickets[1]!.code })).result).toBe('invalid')
  })

  it('counts per day: the same ticket is admitted again on the second day of a two-day event', async () => {
    const { event, tickets } = await eventWithAttendees(1, { endsAt: new Date(Date.now() + 40 * HOUR) })
    const day1 = new Date()
    const day2 = new Date(day1.getTime() + 24 * HOUR)
    expect((await checkIn(t.db, { eventId: event.id, code: tickets[0]!.code, nonce: nonce(), scannedAt: day1 })).result).toBe('ok')
    expect((await checkIn(t.db, { eventId: event.id, code: tickets[0]!.code, nonce: nonce(), scannedAt: day2 })).result).toBe('ok')
    expect(await activeRows(event.id)).toBe(2)
  })
})

describe('offline admissions uploaded later', () => {
  it('keep the earliest admission and flag the other as a conflict, whatever order they arrive in', async () => {
    const { event, tickets } = await eventWithAttendees(1)
    const early = new Date(Date.now() - 60_000)
    const late = new Date(Date.now() - 30_000)
    // The later scan uploads first.
    expect((await checkIn(t.db, { eventId: event.id, code: tickets[0]!.code, gate: 'Nord', nonce: nonce(), scannedAt: late })).result).toBe(
      'ok',
    )
    expect((await checkIn(t.db, { eventId: event.id, code: tickets[0]!.code, gate: 'Süd', nonce: nonce(), scannedAt: early })).result).toBe(
      'ok',
    )
    const rows = await t.db.checkIn.findMany({ where: { eventId: event.id }, orderBy: { checkedInAt: 'asc' } })
    expect(rows.map((r) => [r.gate, r.activeKey !== null, r.conflict])).toEqual([
      ['Süd', true, false],
      ['Nord', false, true],
    ])
    expect((await doorCounts(t.db, event.id, rows[0]!.day)).checkedIn).toBe(1)
  })
})

describe('undo and walk-ins', () => {
  it('lets door staff undo their own recent scan, not someone else’s; the count goes back down', async () => {
    const { event, tickets } = await eventWithAttendees(1)
    const [door, other] = await Promise.all(
      ['door', 'other'].map((x) => t.db.user.create({ data: { email: `${x}${n}@example.org`, name: x, passwordHash: 'x', role: 'DOOR' } })),
    )
    const verdict = await checkIn(t.db, { eventId: event.id, code: tickets[0]!.code, byUserId: door!.id })
    if (verdict.result !== 'ok') throw new Error(verdict.result)
    expect(await undoCheckIn(t.db, verdict.checkInId, { userId: other!.id, anyScan: false })).toEqual({ kind: 'notYours' })
    expect(await undoCheckIn(t.db, verdict.checkInId, { userId: door!.id, anyScan: false })).toEqual({ kind: 'undone' })
    expect(await undoCheckIn(t.db, verdict.checkInId, { userId: door!.id, anyScan: false })).toEqual({ kind: 'alreadyUndone' })
    expect(await activeRows(event.id)).toBe(0)
    // After the undo the ticket can be admitted again.
    expect((await checkIn(t.db, { eventId: event.id, code: tickets[0]!.code })).result).toBe('ok')
  })

  it('registers and admits a walk-in at once, even when the event is full, and only once', async () => {
    const { event } = await eventWithAttendees(2, { capacity: 2 })
    const first = await admitWalkIn(t.db, event.id, {
      firstName: 'Spontan',
      lastName: 'Gast',
      email: 'spontan@example.org',
      company: 'Laserscanning Europe GmbH',
    })
    const again = await admitWalkIn(t.db, event.id, { firstName: 'Spontan', lastName: 'Gast', email: 'SPONTAN@example.org' })
    expect([first.alreadyAdmitted, again.alreadyAdmitted]).toEqual([false, true])
    expect(first.registration.source).toBe('WALK_IN')
    expect(await t.db.registration.count({ where: { eventId: event.id, source: 'WALK_IN' } })).toBe(1)
    const counts = await doorCounts(t.db, event.id, first.checkIn.day)
    expect(counts).toMatchObject({ expected: 3, checkedIn: 1, walkIns: 1 })
  })
})

describe('a walk-in’s mail', () => {
  it('confirms a walk-in with an e-mail address by mail (ticket, invite, link), once, in the form’s language', async () => {
    const { event } = await eventWithAttendees(0)
    const first = await admitWalkIn(t.db, event.id, { firstName: 'Walk', lastName: 'In', email: 'walk.in@example.org', locale: 'en' })
    await admitWalkIn(t.db, event.id, { firstName: 'Walk', lastName: 'In', email: 'walk.in@example.org', locale: 'en' })
    const mails = await t.db.outboxMessage.findMany({ where: { registrationId: first.registration.id } })
    expect(mails.map((m) => [m.template, m.toEmail, m.locale])).toEqual([['registration.confirmed', 'walk.in@example.org', 'en']])
  })

  it('mails nobody for a walk-in without an address', async () => {
    const { event } = await eventWithAttendees(0)
    const walkIn = await admitWalkIn(t.db, event.id, { firstName: 'Ohne', lastName: 'Adresse' })
    expect(await t.db.outboxMessage.count({ where: { registrationId: walkIn.registration.id } })).toBe(0)
  })

  it('confirms a cancelled registration that the door lets in again', async () => {
    const { event, tickets } = await eventWithAttendees(1)
    const registration = tickets[0]!.registration
    await cancelRegistration(t.db, registration.id)
    const person = await t.db.person.findUniqueOrThrow({ where: { id: registration.personId } })
    await admitWalkIn(t.db, event.id, { firstName: person.firstName, lastName: person.lastName, email: person.email })
    const confirmations = await t.db.outboxMessage.count({ where: { registrationId: registration.id, template: 'registration.confirmed' } })
    // One from registering, one from the door.
    expect(confirmations).toBe(2)
  })
})

describe('admission by name (no ticket at hand)', () => {
  it('admits a registration found by name once, with the same verdicts as a ticket', async () => {
    const { event, tickets } = await eventWithAttendees(2)
    const id = tickets[0]!.registration.id
    expect(await checkInRegistration(t.db, { eventId: event.id, registrationId: id, gate: 'Nord' })).toMatchObject({
      result: 'ok',
      gate: 'Nord',
      registrationId: id,
    })
    expect(await checkInRegistration(t.db, { eventId: event.id, registrationId: id })).toMatchObject({
      result: 'already_checked_in',
      gate: 'Nord',
    })
    expect((await checkIn(t.db, { eventId: event.id, code: tickets[0]!.code })).result).toBe('already_checked_in')
    await cancelRegistration(t.db, tickets[1]!.registration.id)
    expect((await checkInRegistration(t.db, { eventId: event.id, registrationId: tickets[1]!.registration.id })).result).toBe('cancelled')
  })

  it('refuses a registration of another event without naming the person', async () => {
    const { tickets } = await eventWithAttendees(1)
    const { event: other } = await eventWithAttendees(0)
    expect(await checkInRegistration(t.db, { eventId: other.id, registrationId: tickets[0]!.registration.id })).toEqual({
      result: 'wrong_event',
    })
    expect(await checkInRegistration(t.db, { eventId: other.id, registrationId: 'nope' })).toEqual({ result: 'invalid' })
  })

  it('undo through another event finds nothing', async () => {
    const { event, tickets } = await eventWithAttendees(1)
    const { event: other } = await eventWithAttendees(0)
    const verdict = await checkIn(t.db, { eventId: event.id, code: tickets[0]!.code })
    if (verdict.result !== 'ok') throw new Error(verdict.result)
    expect(await undoCheckIn(t.db, verdict.checkInId, { userId: 'x', anyScan: true, eventId: other.id })).toEqual({ kind: 'notFound' })
    expect(await activeRows(event.id)).toBe(1)
  })
})

describe('the door list for offline scanners', () => {
  it('holds every registration with ticket version, status and today’s admission, and the public key', async () => {
    const { event, tickets } = await eventWithAttendees(3)
    await cancelRegistration(t.db, tickets[1]!.registration.id)
    await checkIn(t.db, { eventId: event.id, code: tickets[2]!.code, gate: 'Süd' })
    const list = await doorList(t.db, event.id)
    expect(list!.publicKey).toMatchObject({ kty: 'OKP', crv: 'Ed25519' })
    expect(list!.publicKey).not.toHaveProperty('d')
    const byId = new Map(list!.registrations.map((r) => [r.id, r]))
    expect(byId.get(tickets[0]!.registration.id)).toMatchObject({
      status: 'CONFIRMED',
      v: ticketVersion(tickets[0]!.registration.ticketSecret),
      in: null,
      company: 'INOGET Christoph Lehmann GmbH',
    })
    expect(byId.get(tickets[1]!.registration.id)).toMatchObject({ status: 'CANCELLED' })
    expect(byId.get(tickets[2]!.registration.id)!.in).toMatchObject({ gate: 'Süd' })
    // Names only: no e-mail addresses, no answers.
    expect(JSON.stringify(list)).not.toContain('@example.org')
    expect(await doorList(t.db, 'nope')).toBeNull()
  })

  it('lists the flagged offline conflicts of the day with the admission that counts', async () => {
    const { event, tickets } = await eventWithAttendees(1)
    const early = new Date(Date.now() - 60_000)
    await checkIn(t.db, { eventId: event.id, code: tickets[0]!.code, gate: 'Nord', nonce: nonce(), scannedAt: early })
    await checkIn(t.db, {
      eventId: event.id,
      code: tickets[0]!.code,
      gate: 'Süd',
      nonce: nonce(),
      scannedAt: new Date(early.getTime() + 10_000),
    })
    const day = (await t.db.checkIn.findFirstOrThrow({ where: { eventId: event.id } })).day
    const conflicts = await doorConflicts(t.db, event.id, day)
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0]).toMatchObject({ flaggedGate: 'Süd', counted: { gate: 'Nord', at: early } })
  })
})
