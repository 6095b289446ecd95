// The capacity guarantee under load, with a control twin that must oversell without the guard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, type Db } from '~/lib/db.server'
import { newToken, normaliseEmail, register } from '~/domain/registration/register.server'
import { createTestDatabase, type TestDatabase } from '../support/db'

const CAPACITY = 100
const ATTEMPTS = 500

describe('registration under concurrency', () => {
  let t: TestDatabase
  let clients: Db[]
  beforeAll(async () => {
    t = await createTestDatabase()
    // PostgreSQL: several clients (each a connection pool), as several server processes would be.
    // SQLite: one client, as in one server process — better-sqlite3 waits for locks synchronously,
    // so a second connection in the same process would block the very event loop it waits for.
    const extra = t.kind === 'postgresql' ? 3 : 0
    clients = [t.db, ...(await Promise.all(Array.from({ length: extra }, () => createDb(t.url))))]
  })
  afterAll(async () => {
    await Promise.all(clients.slice(1).map((c) => c.$disconnect()))
    await t?.close()
  })

  const makeEvent = (slug: string) =>
    t.db.event.create({
      data: {
        slug,
        kind: 'CONFERENCE',
        status: 'PUBLISHED',
        titleDe: slug,
        titleEn: slug,
        startsAt: new Date(Date.now() + 86_400_000),
        endsAt: new Date(Date.now() + 90_000_000),
        capacity: CAPACITY,
      },
    })

  it(`${ATTEMPTS} registrations at once for ${CAPACITY} seats: exactly ${CAPACITY} confirmed, the rest waiting, no errors`, async () => {
    const event = await makeEvent('rush')
    const results = await Promise.allSettled(
      Array.from({ length: ATTEMPTS }, (_, i) =>
        register(clients[i % clients.length]!, event.id, { firstName: 'P', lastName: String(i), email: `p${i}@rush.example` }),
      ),
    )
    const errors = results.filter((r) => r.status === 'rejected')
    expect(errors.map((e) => ((e as PromiseRejectedResult).reason as Error).message).slice(0, 3)).toEqual([])
    const byStatus = await t.db.registration.groupBy({ by: ['status'], where: { eventId: event.id }, _count: true })
    const count = (s: string) => byStatus.find((b) => b.status === s)?._count ?? 0
    expect(count('CONFIRMED')).toBe(CAPACITY)
    expect(count('WAITLISTED')).toBe(ATTEMPTS - CAPACITY)
    const after = await t.db.event.findUniqueOrThrow({ where: { id: event.id } })
    expect(after.confirmedCount).toBe(count('CONFIRMED'))
  })

  it('control twin: a naive read-then-write registration oversells under the same load', async () => {
    const event = await makeEvent('naive')
    await Promise.all(
      Array.from({ length: ATTEMPTS }, (_, i) => naiveRegister(clients[i % clients.length]!, event.id, `n${i}@naive.example`)),
    )
    const confirmed = await t.db.registration.count({ where: { eventId: event.id, status: 'CONFIRMED' } })
    expect(confirmed).toBeGreaterThan(CAPACITY)
  })

  it('20 identical registrations in parallel give one registration', async () => {
    const event = await makeEvent('twenty')
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        register(clients[i % clients.length]!, event.id, {
          firstName: 'Jana',
          lastName: 'Schröder',
          email: i % 2 ? 'Jana.Schroeder@Example.org ' : 'jana.schroeder@example.org',
        }),
      ),
    )
    expect(await t.db.registration.count({ where: { eventId: event.id } })).toBe(1)
    expect(await t.db.person.count({ where: { email: 'jana.schroeder@example.org' } })).toBe(1)
    const ids = new Set(results.map((r) => (r.kind === 'confirmed' ? r.registration.id : r.kind)))
    expect(ids.size).toBe(1)
    expect((await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(1)
  })
})

/** What the guard prevents: count the confirmed seats, then insert — two statements, no guard. */
async function naiveRegister(db: Db, eventId: string, email: string) {
  const person = await db.person.create({ data: { email: normaliseEmail(email), firstName: 'N', lastName: 'N' } })
  const confirmed = await db.registration.count({ where: { eventId, status: 'CONFIRMED' } })
  await db.registration.create({
    data: {
      eventId,
      personId: person.id,
      status: confirmed < CAPACITY ? 'CONFIRMED' : 'WAITLISTED',
      ticketSecret: newToken(),
      manageToken: newToken(),
    },
  })
}
