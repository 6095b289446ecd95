// The ticket-rush path: register() on SQLite as one SQL transaction without the ORM. It must write
// exactly what the Prisma path writes, hand everything it does not cover to Prisma before writing,
// and never run inside another request's open Prisma transaction.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cancelRegistration, register, registerWithPrisma, type RegisterInput } from '~/domain/registration/register.server'
import { getRegistrationForm, registrationFormWithPrisma } from '~/domain/registration/page.server'
import { registerOnSqlite } from '~/domain/registration/store.sqlite.server'
import { sqliteDirect } from '~/lib/db.server'
import { createTestDatabase, type TestDatabase } from '../support/db'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(() => t?.close())

const DAY = 86_400_000
let counter = 0
async function makeEvent(overrides: Record<string, unknown> = {}) {
  counter += 1
  return t.db.event.create({
    data: {
      slug: `direct-${counter}`,
      kind: 'WORKSHOP',
      status: 'PUBLISHED',
      titleDe: 'Arbeitskreis',
      titleEn: 'Working group',
      startsAt: new Date(Date.now() + 7 * DAY),
      endsAt: new Date(Date.now() + 7 * DAY + 3_600_000),
      capacity: 1,
      ...overrides,
    },
  })
}
const input = (email: string, extra: Partial<RegisterInput> = {}): RegisterInput => ({
  firstName: ' Ada ',
  lastName: 'Lovelace ',
  email,
  company: ` Company of ${email} `,
  locale: 'en',
  answers: { diet: 'vegan', days: ['1', '2'], consent: true },
  ...extra,
})

/** Every column of a row as stored (text, integers), without the values that differ by nature. */
async function stored(table: string, where: string, value: string, and = '') {
  // Read without Prisma, to see the stored text rather than what Prisma makes of it.
  const rows = await sqliteDirect(t.db)!.transaction(
    (conn) => conn.prepare(`SELECT * FROM "${table}" WHERE "${where}" = ? ${and}`).all(value) as Record<string, unknown>[],
  )
  expect(rows).toHaveLength(1)
  const row = rows[0]!
  const shape: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(row)) {
    if (
      [
        'id',
        'eventId',
        'personId',
        'companyId',
        'registrationId',
        'ticketSecret',
        'manageToken',
        'email',
        'toEmail',
        'name',
        'companyName',
        'payload',
      ].includes(key)
    )
      shape[key] = typeof v
    // Timestamps: the same text format (ISO 8601 with +00:00), not the same instant.
    else if (typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v)) shape[key] = v.replace(/\d/g, '9')
    else shape[key] = v
  }
  return shape
}

describe.runIf(process.env.TEST_DB !== 'postgresql')('register() on SQLite without the ORM', () => {
  it('writes the same registration, person, company and outbox rows as the Prisma path', async () => {
    const [a, b] = [await makeEvent(), await makeEvent()]
    const direct = await sqliteDirect(t.db)!.transaction((conn) => registerOnSqlite(conn, a.id, input('direct@example.org'), new Date()))
    const viaPrisma = await registerWithPrisma(t.db, b.id, input('prisma@example.org'))
    expect(direct.kind).toBe('confirmed')
    expect(viaPrisma.kind).toBe('confirmed')
    if (direct.kind !== 'confirmed' || viaPrisma.kind !== 'confirmed') return

    expect(await stored('Registration', 'id', direct.registration.id)).toEqual(
      await stored('Registration', 'id', viaPrisma.registration.id),
    )
    expect(await stored('Person', 'email', 'direct@example.org')).toEqual(await stored('Person', 'email', 'prisma@example.org'))
    expect(await stored('Company', 'name', 'Company of direct@example.org')).toEqual(
      await stored('Company', 'name', 'Company of prisma@example.org'),
    )
    expect(await stored('OutboxMessage', 'registrationId', direct.registration.id)).toEqual(
      await stored('OutboxMessage', 'registrationId', viaPrisma.registration.id),
    )
    // What register() returns is what Prisma reads back.
    const readBack = await t.db.registration.findUniqueOrThrow({ where: { id: direct.registration.id } })
    expect(direct.registration).toEqual(readBack)
    const counts = await t.db.event.findMany({ where: { id: { in: [a.id, b.id] } }, select: { confirmedCount: true } })
    expect(counts.map((c) => c.confirmedCount)).toEqual([1, 1])
  })

  it('takes the same decisions: waiting list, full without one, closed, existing', async () => {
    const event = await makeEvent()
    const noWaitlist = await makeEvent({ waitlistEnabled: false })
    expect((await register(t.db, event.id, input('one@example.org'))).kind).toBe('confirmed')
    expect((await register(t.db, event.id, input('two@example.org'))).kind).toBe('waitlisted')
    const again = await register(t.db, event.id, input('ONE@example.org '))
    expect(again.kind === 'confirmed' && again.existing).toBe(true)
    await register(t.db, noWaitlist.id, input('three@example.org'))
    expect(await register(t.db, noWaitlist.id, input('four@example.org'))).toEqual({ kind: 'full' })
    const draft = await makeEvent({ status: 'DRAFT' })
    expect(await register(t.db, draft.id, input('five@example.org'))).toEqual({ kind: 'closed', reason: 'draft' })
    expect(await register(t.db, 'no-such-event', input('five@example.org'))).toEqual({ kind: 'closed', reason: 'notFound' })
    expect(await t.db.registration.count({ where: { eventId: { in: [event.id, noWaitlist.id] } } })).toBe(3)
  })

  it('mails the link again for a repeated form registration exactly as the Prisma path does, at most every 10 minutes', async () => {
    const [a, b] = [await makeEvent({ capacity: 5 }), await makeEvent({ capacity: 5 })]
    const t0 = new Date(Date.now() - 30 * 60_000)
    const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000)
    const direct = sqliteDirect(t.db)!
    const first = await direct.transaction((conn) => registerOnSqlite(conn, a.id, input('again-direct@example.org'), t0))
    const firstViaPrisma = await registerWithPrisma(t.db, b.id, input('again-prisma@example.org'), t0)
    if (first.kind !== 'confirmed' || firstViaPrisma.kind !== 'confirmed') throw new Error('not confirmed')
    const repeat = (minutes: number) =>
      Promise.all([
        direct.transaction((conn) =>
          registerOnSqlite(
            conn,
            a.id,
            input(' AGAIN-direct@example.org', { firstName: 'Eve', mailLinkIfRegistered: true }),
            later(minutes),
          ),
        ),
        registerWithPrisma(
          t.db,
          b.id,
          input(' AGAIN-prisma@example.org', { firstName: 'Eve', mailLinkIfRegistered: true }),
          later(minutes),
        ),
      ])
    for (const minutes of [5, 11, 12]) {
      const [viaSql, viaPrisma] = await repeat(minutes)
      expect(viaSql.kind === 'confirmed' && viaSql.existing && viaSql.registration.id).toBe(first.registration.id)
      expect(viaPrisma.kind === 'confirmed' && viaPrisma.existing && viaPrisma.registration.id).toBe(firstViaPrisma.registration.id)
    }
    const linkMails = (id: string) => t.db.outboxMessage.count({ where: { registrationId: id, template: 'registration.link' } })
    expect([await linkMails(first.registration.id), await linkMails(firstViaPrisma.registration.id)]).toEqual([1, 1])
    expect(await stored('Registration', 'id', first.registration.id)).toEqual(
      await stored('Registration', 'id', firstViaPrisma.registration.id),
    )
    const linkRow = (id: string) => stored('OutboxMessage', 'registrationId', id, `AND "template" = 'registration.link'`)
    expect(await linkRow(first.registration.id)).toEqual(await linkRow(firstViaPrisma.registration.id))
    const stamps = await t.db.registration.findMany({
      where: { id: { in: [first.registration.id, firstViaPrisma.registration.id] } },
      select: { linkMailedAt: true },
    })
    expect(stamps.map((s) => s.linkMailedAt?.getTime())).toEqual([later(11).getTime(), later(11).getTime()])
  })

  it('answers "full" to a repeated form registration on a full event without a waiting list, as Prisma does', async () => {
    const [a, b] = [await makeEvent({ waitlistEnabled: false }), await makeEvent({ waitlistEnabled: false })]
    await register(t.db, a.id, input('full-direct@example.org'))
    await registerWithPrisma(t.db, b.id, input('full-prisma@example.org'))
    const direct = sqliteDirect(t.db)!
    expect(
      await direct.transaction((conn) =>
        registerOnSqlite(conn, a.id, input('FULL-direct@example.org', { mailLinkIfRegistered: true }), new Date()),
      ),
    ).toEqual({ kind: 'full' })
    expect(await registerWithPrisma(t.db, b.id, input('FULL-prisma@example.org', { mailLinkIfRegistered: true }))).toEqual({ kind: 'full' })
    // Without the flag (staff, imports) the existing registration is the answer, as before.
    const staff = await register(t.db, a.id, input('full-direct@example.org'))
    expect(staff.kind === 'confirmed' && staff.existing).toBe(true)
  })

  it('leaves sessions, invitations and returning cancelled registrations to Prisma, before writing anything', async () => {
    const invite = await makeEvent({ inviteOnly: true })
    const plain = await makeEvent()
    const first = await register(t.db, plain.id, input('back@example.org'))
    if (first.kind !== 'confirmed') throw new Error(first.kind)
    await cancelRegistration(t.db, first.registration.id)
    const before = await Promise.all([t.db.registration.count(), t.db.person.count(), t.db.outboxMessage.count()])
    const direct = sqliteDirect(t.db)!
    expect(await direct.transaction((conn) => registerOnSqlite(conn, plain.id, input('back@example.org'), new Date()))).toEqual({
      kind: 'fallback',
    })
    expect(await direct.transaction((conn) => registerOnSqlite(conn, invite.id, input('new@example.org'), new Date()))).toEqual({
      kind: 'fallback',
    })
    expect(
      await direct.transaction((conn) => registerOnSqlite(conn, plain.id, input('new@example.org', { sessionIds: ['s1'] }), new Date())),
    ).toEqual({ kind: 'fallback' })
    expect(await Promise.all([t.db.registration.count(), t.db.person.count(), t.db.outboxMessage.count()])).toEqual(before)
    // register() then takes the Prisma path: the cancelled registration comes back.
    const back = await register(t.db, plain.id, input('back@example.org'))
    expect(back.kind === 'confirmed' && back.registration.id).toBe(first.registration.id)
  })

  it('waits for an open Prisma transaction instead of running inside it', async () => {
    const direct = sqliteDirect(t.db)!
    let directStarted!: () => void
    const started = new Promise<void>((resolve) => (directStarted = resolve))
    const rolledBack = t.db
      .$transaction(async (tx) => {
        await tx.company.create({ data: { name: 'Rolled back GmbH' } })
        directStarted()
        await new Promise((r) => setTimeout(r, 100))
        throw new Error('roll back')
      })
      .catch((e: Error) => e.message)
    await started
    await direct.transaction((conn) =>
      conn
        .prepare(
          `INSERT INTO "Company" ("id", "name", "createdAt", "updatedAt") VALUES ('c-direct', 'Direct GmbH', '2026-01-01T00:00:00.000+00:00', '2026-01-01T00:00:00.000+00:00')`,
        )
        .run(),
    )
    expect(await rolledBack).toBe('roll back')
    expect(await t.db.company.findMany({ where: { name: { in: ['Rolled back GmbH', 'Direct GmbH'] } }, select: { name: true } })).toEqual([
      { name: 'Direct GmbH' },
    ])
  })

  it('rolls the whole transaction back when a statement fails', async () => {
    const direct = sqliteDirect(t.db)!
    await expect(
      direct.transaction((conn) => {
        conn
          .prepare(
            `INSERT INTO "Company" ("id", "name", "createdAt", "updatedAt") VALUES ('c-half', 'Half GmbH', '2026-01-01T00:00:00.000+00:00', '2026-01-01T00:00:00.000+00:00')`,
          )
          .run()
        conn.prepare('INSERT INTO "NoSuchTable" VALUES (1)').run()
      }),
    ).rejects.toThrow()
    expect(await t.db.company.count({ where: { name: 'Half GmbH' } })).toBe(0)
  })

  it('reads the registration form (questions, bookable sessions) as the Prisma reads do', async () => {
    const event = await makeEvent({ kind: 'CONFERENCE', capacity: 50 })
    const room = await t.db.room.create({ data: { eventId: event.id, name: 'Saal 2', position: 0 } })
    const at = (h: number) => new Date(event.startsAt.getTime() + h * 3_600_000)
    await t.db.session.createMany({
      data: [
        {
          eventId: event.id,
          kind: 'WORKSHOP',
          titleDe: 'B-Workshop',
          titleEn: 'B workshop',
          capacity: 3,
          confirmedCount: 1,
          roomId: room.id,
          startsAt: at(2),
          endsAt: at(3),
        },
        {
          eventId: event.id,
          kind: 'WORKSHOP',
          titleDe: 'A-Workshop',
          titleEn: 'A workshop',
          capacity: 2,
          confirmedCount: 2,
          startsAt: at(2),
          endsAt: at(3),
        },
        { eventId: event.id, kind: 'TALK', titleDe: 'Vortrag', titleEn: 'Talk', startsAt: at(1), endsAt: at(2) },
        { eventId: event.id, kind: 'BREAK', titleDe: 'Pause', titleEn: 'Break', capacity: 100, startsAt: at(3), endsAt: at(4) },
      ],
    })
    await t.db.eventQuestion.createMany({
      data: [
        {
          eventId: event.id,
          position: 2,
          kind: 'MULTI',
          labelDe: 'Tage',
          labelEn: 'Days',
          required: true,
          options: [
            { value: '1', de: 'Tag 1', en: 'Day 1' },
            { value: '2', de: 'Tag 2', en: 'Day 2' },
          ],
        },
        { eventId: event.id, position: 1, kind: 'TEXT', labelDe: 'Anmerkung', labelEn: 'Note' },
      ],
    })
    const viaSql = await getRegistrationForm(t.db, event.slug)
    expect(viaSql).toEqual(await registrationFormWithPrisma(t.db, event.slug))
    expect(viaSql?.sessions.map((s) => [s.titleEn, s.seatsLeft, s.roomName])).toEqual([
      ['A workshop', 0, null],
      ['B workshop', 2, 'Saal 2'],
    ])
    expect(viaSql?.questions.map((q) => q.labelEn)).toEqual(['Note', 'Days'])
    const draft = await makeEvent({ status: 'DRAFT' })
    expect(await getRegistrationForm(t.db, draft.slug)).toBeNull()
    expect(await getRegistrationForm(t.db, 'no-such-slug')).toBeNull()
  })

  it('opens the connection again after a disconnect', async () => {
    await t.db.$disconnect()
    expect(await sqliteDirect(t.db)!.transaction((conn) => conn.prepare('SELECT 41 + 1 AS n').get())).toEqual({ n: 42 })
  })
})

describe.runIf(process.env.TEST_DB === 'postgresql')('register() on PostgreSQL', () => {
  it('has no SQL path: Prisma does the work', async () => {
    expect(sqliteDirect(t.db)).toBeUndefined()
    const event = await makeEvent()
    expect((await register(t.db, event.id, input('pg@example.org'))).kind).toBe('confirmed')
  })
})
