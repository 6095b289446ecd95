// The machine API over real HTTP: POST /api/v1/checkins with device tokens, against the production
// server on this project's database (SQLite, and PostgreSQL when TEST_POSTGRES_URL is set).
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDevice, revokeDevice } from '~/domain/checkin/devices.server'
import { register } from '~/domain/registration/register.server'
import { getTicketKeys, signTicket } from '~/domain/checkin/tickets.server'
import { createDb, type Db } from '~/lib/db.server'
import { startAppServer, type AppServer } from '../support/app-server'
import { testDbKind } from '../support/db'

let app: AppServer
let db: Db
beforeAll(async () => {
  // Rate limits off: the forged-code test sends 3,000 requests; the limit itself is tested in e2e/http-security.
  app = await startAppServer({ seed: false, database: testDbKind(), env: { FAIRDESK_RATE_LIMITS: 'off', FAIRDESK_WORKER: 'off' } })
  db = await createDb(app.databaseUrl)
})
afterAll(async () => {
  await db?.$disconnect()
  await app?.stop()
})

const HOUR = 3_600_000
let n = 0
async function eventWithAttendees(count: number, when: { startsAt?: Date } = {}) {
  n += 1
  // Under way: the door admits only on the event's days, from the doors' opening before its start.
  const startsAt = when.startsAt ?? new Date(Date.now() - HOUR)
  const event = await db.event.create({
    data: {
      slug: `api-${n}`,
      kind: 'CONFERENCE',
      status: 'PUBLISHED',
      titleDe: 'Tagung',
      titleEn: 'Conference',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 8 * HOUR),
      capacity: 500,
    },
  })
  const keys = await getTicketKeys(db)
  const tickets = []
  for (let i = 0; i < count; i++) {
    const r = await register(db, event.id, {
      firstName: 'Gast',
      lastName: `Nr. ${n}-${i}`,
      email: `api${n}-${i}@example.org`,
      company: 'Cluster SMAB e. V.',
    })
    if (r.kind !== 'confirmed') throw new Error(r.kind)
    tickets.push({ registration: r.registration, code: signTicket(keys, r.registration) })
  }
  return { event, tickets }
}

const nonce = () => randomBytes(12).toString('base64url')
function post(token: string | null, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${app.url}/api/v1/checkins`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
}
async function verdict(token: string, body: unknown) {
  const res = await post(token, body)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toMatch(/application\/json/)
  return (await res.json()) as Record<string, unknown>
}

describe('POST /api/v1/checkins', () => {
  it('answers "not_today" with the event’s start for a ticket of a later event, admits nobody, and a device cannot override', async () => {
    const startsAt = new Date(Date.now() + 200 * 86_400_000)
    const { event, tickets } = await eventWithAttendees(1, { startsAt })
    const { token } = await createDevice(db, event.id, 'Eingang Nord')
    for (const body of [
      { code: tickets[0]!.code, nonce: nonce() },
      { code: tickets[0]!.code, nonce: nonce(), override: true },
      { code: tickets[0]!.code, nonce: nonce(), scannedAt: new Date(Date.now() - 60_000).toISOString() },
    ])
      expect(await verdict(token, body)).toEqual({ result: 'not_today', eventStartsAt: startsAt.toISOString() })
    expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(0)
  })

  it('admits a ticket, names the person, and says "already checked in" with time and gate the second time', async () => {
    const { event, tickets } = await eventWithAttendees(1)
    const { token } = await createDevice(db, event.id, 'Eingang Nord')
    const first = await verdict(token, { code: tickets[0]!.code, nonce: nonce() })
    expect(first).toMatchObject({ result: 'ok', name: `Gast Nr. ${n}-0`, company: 'Cluster SMAB e. V.', gate: 'Eingang Nord' })
    const again = await verdict(token, { code: tickets[0]!.code, nonce: nonce() })
    expect(again).toMatchObject({
      result: 'already_checked_in',
      name: `Gast Nr. ${n}-0`,
      gate: 'Eingang Nord',
      checkedInAt: first.checkedInAt,
    })
    expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(1)
    const row = await db.checkIn.findFirstOrThrow({ where: { eventId: event.id } })
    expect(row.deviceId).not.toBeNull()
  })

  it('50 parallel requests for one ticket from two devices: 1 ok, 49 already checked in, 1 row', async () => {
    const { event, tickets } = await eventWithAttendees(1)
    const [a, b] = await Promise.all([createDevice(db, event.id, 'A'), createDevice(db, event.id, 'B')])
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => verdict((i % 2 ? a : b)!.token, { code: tickets[0]!.code, nonce: nonce() })),
    )
    expect(results.filter((r) => r.result === 'ok')).toHaveLength(1)
    expect(results.filter((r) => r.result === 'already_checked_in')).toHaveLength(49)
    expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(1)
  })

  it('a retry with the same nonce creates nothing and repeats the verdict, also when sent in parallel', async () => {
    const { event, tickets } = await eventWithAttendees(2)
    const { token } = await createDevice(db, event.id, 'Kasse')
    const same = nonce()
    const results = await Promise.all([1, 2, 3, 4].map(() => verdict(token, { code: tickets[0]!.code, nonce: same })))
    expect(new Set(results.map((r) => r.checkInId)).size).toBe(1)
    expect(results.map((r) => r.result)).toEqual(['ok', 'ok', 'ok', 'ok'])
    expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(1)
  })

  it('refuses a nonce reused with another ticket with 409 "nonce_reused", online and in an offline upload, and admits nobody', async () => {
    const { event, tickets } = await eventWithAttendees(2)
    const { token } = await createDevice(db, event.id, 'Kasse')
    const same = nonce()
    expect(await verdict(token, { code: tickets[0]!.code, nonce: same })).toMatchObject({ result: 'ok', name: `Gast Nr. ${n}-0` })
    for (const body of [
      { code: tickets[1]!.code, nonce: same },
      { code: tickets[1]!.code, nonce: same, scannedAt: new Date(Date.now() - 60_000).toISOString() },
    ]) {
      const res = await post(token, body)
      expect(res.status).toBe(409)
      expect(res.headers.get('content-type')).toMatch(/application\/json/)
      // Nobody's name: neither the first ticket's holder nor this one's.
      expect(await res.json()).toEqual({ result: 'nonce_reused' })
    }
    expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(1)
    expect(await db.checkIn.count({ where: { registrationId: tickets[1]!.registration.id } })).toBe(0)
  })

  // The full 10,000 + 1,000 run against the domain is in checkin.test.ts; over HTTP a smaller sample
  // shows that the endpoint hands every code to the same verification (and keeps the machine free).
  it('admits nothing for 2,000 random and 1,000 bit-flipped codes', async () => {
    const { event, tickets } = await eventWithAttendees(1)
    const { token } = await createDevice(db, event.id, 'Fuzz')
    const code = tickets[0]!.code
    const bodies: unknown[] = []
    for (let i = 0; i < 2_000; i++)
      bodies.push({ code: randomBytes(8 + (i % 120)).toString(i % 3 === 0 ? 'hex' : 'base64url'), nonce: nonce() })
    // Random codes that look like ours: right prefix and shape, random payload and signature.
    for (let i = 0; i < 1_000; i++)
      bodies[i] = { code: `FD1.${randomBytes(40).toString('base64url')}.${randomBytes(64).toString('base64url')}` }
    for (let i = 0; i < 1_000; i++) {
      const bytes = Buffer.from(code)
      const pos = 4 + (i % (bytes.length - 4))
      bytes[pos] = bytes[pos]! ^ (1 << (i % 7))
      if (bytes.toString() !== code) bodies.push({ code: bytes.toString(), nonce: nonce() })
    }
    const counts: Record<string, number> = {}
    let next = 0
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < bodies.length) {
          const body = bodies[next++]!
          const res = await post(token, body)
          const key = res.status === 200 ? String(((await res.json()) as { result: string }).result) : `HTTP ${res.status}`
          counts[key] = (counts[key] ?? 0) + 1
        }
      }),
    )
    expect(Object.keys(counts).sort()).toEqual(['invalid'])
    expect(counts.invalid).toBeGreaterThanOrEqual(2_990)
    expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(0)
  }, 120_000)

  it('answers a code of another event with "wrong_event" and nothing else: no name, no company, no row', async () => {
    const { event: a } = await eventWithAttendees(0)
    const { event: b, tickets } = await eventWithAttendees(1)
    const { token } = await createDevice(db, a.id, 'A')
    expect(await verdict(token, { code: tickets[0]!.code, nonce: nonce() })).toEqual({ result: 'wrong_event' })
    expect(await db.checkIn.count({ where: { eventId: { in: [a.id, b.id] } } })).toBe(0)
  })

  it('a device token of event A can neither read nor write event B', async () => {
    const { event: a, tickets: ticketsA } = await eventWithAttendees(1)
    const { event: b, tickets: ticketsB } = await eventWithAttendees(1)
    const { token } = await createDevice(db, a.id, 'A')
    const { token: tokenB } = await createDevice(db, b.id, 'B')
    // Write: B's ticket through A's device is refused and leaves B untouched.
    expect(await verdict(token, { code: ticketsB[0]!.code })).toEqual({ result: 'wrong_event' })
    // A nonce B's device used is B's business: through A's device it is just a new scan.
    const shared = nonce()
    expect(await verdict(tokenB, { code: ticketsB[0]!.code, nonce: shared })).toMatchObject({ result: 'ok' })
    expect(await verdict(token, { code: ticketsA[0]!.code, nonce: shared })).toMatchObject({ result: 'ok', gate: 'A' })
    expect(await db.checkIn.count({ where: { eventId: b.id } })).toBe(1)
    // Read: the counts of its own event only.
    const get = (query = '', t = token) => fetch(`${app.url}/api/v1/checkins${query}`, { headers: { authorization: `Bearer ${t}` } })
    const own = await get()
    expect(own.status).toBe(200)
    expect(await own.json()).toMatchObject({ eventId: a.id, checkedIn: 1, expected: 1, byGate: [{ gate: 'A', count: 1 }] })
    const foreign = await get(`?event=${b.id}`)
    expect(foreign.status).toBe(403)
    expect(await foreign.json()).toMatchObject({ error: 'forbidden' })
  })

  it('refuses missing, unknown and revoked tokens with 401 JSON', async () => {
    const { event, tickets } = await eventWithAttendees(1)
    const { device, token } = await createDevice(db, event.id, 'Alt')
    const body = { code: tickets[0]!.code, nonce: nonce() }
    for (const res of [await post(null, body), await post('fdd_' + randomBytes(32).toString('base64url'), body), await post('x', body)]) {
      expect(res.status).toBe(401)
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/)
      expect(await res.json()).toMatchObject({ error: 'unauthorized' })
    }
    await revokeDevice(db, event.id, device.id)
    const revoked = await post(token, body)
    expect(revoked.status).toBe(401)
    expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(0)
    // Only the hash is stored.
    expect(await db.checkInDevice.count({ where: { tokenHash: token } })).toBe(0)
  })

  it('answers bad input with 4xx JSON, never 500', async () => {
    const { event } = await eventWithAttendees(0)
    const { token } = await createDevice(db, event.id, 'Test')
    const cases: [unknown, number][] = [
      ['{"code": ', 400],
      ['[1,2]', 400],
      ['null', 400],
      [{}, 400],
      [{ code: 42 }, 400],
      [{ code: 'FD1.x.y', nonce: 'short' }, 400],
      [{ code: 'FD1.x.y', nonce: 'ok-but-with spaces' }, 400],
      [{ code: 'FD1.x.y', scannedAt: 'yesterday' }, 400],
      [{ code: 'FD1.x.y', scannedAt: new Date(Date.now() + 86_400_000).toISOString() }, 400],
      [{ code: 'x'.repeat(5_000) }, 400],
      [JSON.stringify({ code: 'x'.repeat(20_000) }), 413],
    ]
    for (const [body, status] of cases) {
      const res = await post(token, body)
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(status)
      expect(((await res.json()) as { error: string }).error).toBeTruthy()
    }
    const form = await post(token, 'code=x', { 'content-type': 'application/x-www-form-urlencoded' })
    expect(form.status).toBe(415)
    // A JSON body without its Content-Type is refused too (a bare Buffer: fetch adds no type).
    const untyped = await fetch(`${app.url}/api/v1/checkins`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: Buffer.from('{"code":"FD1.x.y"}'),
    })
    expect(untyped.status).toBe(415)
    expect(untyped.headers.get('content-type')).toMatch(/application\/json/)
    expect(await untyped.json()).toMatchObject({ error: 'bad_request', message: 'Content-Type must be application/json' })
    const put = await fetch(`${app.url}/api/v1/checkins`, { method: 'PUT', headers: { authorization: `Bearer ${token}` } })
    expect(put.status).toBe(405)
    expect(await verdict(token, { code: 'not a ticket at all' })).toEqual({ result: 'invalid' })
  })

  it('takes scans queued offline with their scan time: the earliest admission counts', async () => {
    const { event, tickets } = await eventWithAttendees(1)
    const [north, south] = await Promise.all([createDevice(db, event.id, 'Nord'), createDevice(db, event.id, 'Süd')])
    const early = new Date(Date.now() - 120_000).toISOString()
    const late = new Date(Date.now() - 60_000).toISOString()
    expect(await verdict(north.token, { code: tickets[0]!.code, nonce: nonce(), scannedAt: late })).toMatchObject({
      result: 'ok',
      gate: 'Nord',
    })
    expect(await verdict(south.token, { code: tickets[0]!.code, nonce: nonce(), scannedAt: early })).toMatchObject({
      result: 'ok',
      gate: 'Süd',
      checkedInAt: early,
    })
    const rows = await db.checkIn.findMany({ where: { eventId: event.id }, orderBy: { checkedInAt: 'asc' } })
    expect(rows.map((r) => [r.gate, r.activeKey !== null, r.conflict])).toEqual([
      ['Süd', true, false],
      ['Nord', false, true],
    ])
  })
})
