// The staff dashboard's data on a small hand-built scenario (SQLite, and PostgreSQL when configured).
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listDashboardEvents, searchWhere } from '~/domain/reports/dashboard.server'
import type { Db } from '~/lib/db.server'
import type { EventKind, EventStatus, RegistrationStatus } from '~/generated/prisma-sqlite/client'
import { createTestDatabase, type TestDatabase } from '../support/db'

const NOW = new Date('2030-06-15T12:00:00Z')
const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR
const token = () => randomBytes(16).toString('base64url')

describe('staff dashboard', () => {
  let t: TestDatabase
  let db: Db
  const ids: Record<string, string> = {}

  async function makeEvent(
    key: string,
    kind: EventKind,
    status: EventStatus,
    titleDe: string,
    titleEn: string,
    startsIn: number,
    hours = 4,
    extra: { headcount?: number; capacity?: number } = {},
  ) {
    const startsAt = new Date(NOW.getTime() + startsIn)
    const event = await db.event.create({
      data: {
        slug: key,
        kind,
        status,
        titleDe,
        titleEn,
        startsAt,
        endsAt: new Date(startsAt.getTime() + hours * HOUR),
        ...extra,
      },
    })
    ids[key] = event.id
    return event.id
  }

  async function makeRegistration(
    eventId: string,
    n: string,
    status: RegistrationStatus,
    checkIns: { day: string; undone?: boolean }[] = [],
  ) {
    const person = await db.person.create({ data: { email: `${n}@example.org`, firstName: n, lastName: 'Test' } })
    const registration = await db.registration.create({
      data: { eventId, personId: person.id, status, ticketSecret: token(), manageToken: token() },
    })
    for (const c of checkIns) {
      await db.checkIn.create({
        data: {
          registrationId: registration.id,
          eventId,
          day: c.day,
          activeKey: c.undone ? null : `${registration.id}:${c.day}`,
          undoneAt: c.undone ? NOW : null,
        },
      })
    }
  }

  beforeAll(async () => {
    t = await createTestDatabase()
    db = t.db
    await makeEvent('running', 'CONFERENCE', 'PUBLISHED', 'Clusterkonferenz 2030', 'Cluster conference 2030', -1 * HOUR, 3)
    await makeEvent('workshop', 'WORKSHOP', 'DRAFT', 'Workshop Über Datenräume', 'Workshop on data spaces', 1 * DAY)
    const dialog = await makeEvent(
      'sommer-dialog',
      'DIALOGUE',
      'PUBLISHED',
      'Sommerdialog Industrie 4.0',
      'Summer dialogue on Industry 4.0',
      2 * DAY,
      4,
      { capacity: 40 },
    )
    await makeEvent('fachmesse', 'FAIR', 'PUBLISHED', 'Fachmesse Remanufacturing', 'Remanufacturing trade fair', 10 * DAY, 30)
    const meeting = await makeEvent(
      'netzwerktreffen',
      'MEETING',
      'CANCELLED',
      'Netzwerktreffen Januar',
      'Network meeting January',
      -150 * DAY,
      2,
      { headcount: 80 },
    )
    const past = await makeEvent(
      'jahreskonferenz-2029',
      'CONFERENCE',
      'PUBLISHED',
      'Jahreskonferenz 2029',
      'Annual conference 2029',
      -200 * DAY,
    )

    // Sommerdialog: 4 confirmed, 2 waiting, 1 cancelled; admitted: p1 (on two days, counted once) and p7.
    await makeRegistration(dialog, 'p1', 'CONFIRMED', [{ day: '2030-06-17' }, { day: '2030-06-18' }])
    await makeRegistration(dialog, 'p2', 'CONFIRMED', [{ day: '2030-06-17', undone: true }]) // undone: not admitted
    await makeRegistration(dialog, 'p3', 'CONFIRMED')
    await makeRegistration(dialog, 'p4', 'WAITLISTED')
    await makeRegistration(dialog, 'p5', 'WAITLISTED')
    await makeRegistration(dialog, 'p6', 'CANCELLED', [{ day: '2030-06-17' }]) // cancelled: not counted
    await makeRegistration(dialog, 'p7', 'CONFIRMED', [{ day: '2030-06-17' }])
    await makeRegistration(past, 'q1', 'CONFIRMED', [{ day: '2029-11-27' }])
    await makeRegistration(past, 'q2', 'CONFIRMED')
    await makeRegistration(meeting, 'r1', 'CANCELLED')
  })
  afterAll(async () => {
    await t?.close()
  })

  const slugs = async (filter: Parameters<typeof listDashboardEvents>[1]) =>
    (await listDashboardEvents(db, filter, NOW)).events.map((e) => e.slug)

  it('lists running and upcoming events first (soonest first), then past ones (latest first)', async () => {
    const page = await listDashboardEvents(db, {}, NOW)
    expect(page.events.map((e) => e.slug)).toEqual([
      'running',
      'workshop',
      'sommer-dialog',
      'fachmesse',
      'netzwerktreffen',
      'jahreskonferenz-2029',
    ])
    expect(page.events.map((e) => e.isPast)).toEqual([false, false, false, false, true, true])
    expect(page).toMatchObject({ total: 6, upcomingTotal: 4, page: 1, pages: 1 })
  })

  it('counts confirmed, waiting, cancelled and admitted registrations per event', async () => {
    const { events } = await listDashboardEvents(db, {}, NOW)
    const bySlug = Object.fromEntries(events.map((e) => [e.slug, e]))
    const none = {
      confirmed: 0,
      waitlisted: 0,
      cancelled: 0,
      checkedIn: 0,
      walkIns: 0,
      participants: 0,
      othersPresent: 0,
      method: 'checkins',
    }
    expect(bySlug['sommer-dialog']!.counts).toEqual({ ...none, confirmed: 4, waitlisted: 2, cancelled: 1, checkedIn: 2, participants: 2 })
    expect(bySlug['sommer-dialog']!.capacity).toBe(40)
    expect(bySlug['jahreskonferenz-2029']!.counts).toEqual({ ...none, confirmed: 2, checkedIn: 1, participants: 1 })
    // Counted by hand: the headcount is the participants' number, as in the report.
    expect(bySlug['netzwerktreffen']!.counts).toEqual({ ...none, cancelled: 1, participants: 80, method: 'headcount' })
    expect(bySlug['netzwerktreffen']!.headcount).toBe(80)
    expect(bySlug['running']!.counts).toEqual(none)
  })

  it('pages across the boundary between upcoming and past events', async () => {
    const first = await listDashboardEvents(db, { pageSize: 3 }, NOW)
    expect(first.events.map((e) => e.slug)).toEqual(['running', 'workshop', 'sommer-dialog'])
    expect(first).toMatchObject({ page: 1, pages: 2, total: 6 })
    expect(await slugs({ pageSize: 3, page: 2 })).toEqual(['fachmesse', 'netzwerktreffen', 'jahreskonferenz-2029'])
    expect(await slugs({ pageSize: 2, page: 3 })).toEqual(['netzwerktreffen', 'jahreskonferenz-2029'])
    expect(await slugs({ pageSize: 4, page: 2 })).toEqual(['netzwerktreffen', 'jahreskonferenz-2029'])
    // Counts stay right on later pages.
    const second = await listDashboardEvents(db, { pageSize: 3, page: 2 }, NOW)
    expect(second.events.find((e) => e.slug === 'jahreskonferenz-2029')!.counts.checkedIn).toBe(1)
  })

  it('clamps a page number outside the range', async () => {
    expect((await listDashboardEvents(db, { pageSize: 3, page: 99 }, NOW)).page).toBe(2)
    expect((await listDashboardEvents(db, { pageSize: 3, page: 0 }, NOW)).page).toBe(1)
    expect((await listDashboardEvents(db, { pageSize: 3, page: -5 }, NOW)).page).toBe(1)
  })

  it('searches the German and English titles regardless of case', async () => {
    expect(await slugs({ query: 'dialog' })).toEqual(['sommer-dialog'])
    expect(await slugs({ query: 'DIALOG' })).toEqual(['sommer-dialog'])
    expect(await slugs({ query: 'industrie' })).toEqual(['sommer-dialog'])
    expect(await slugs({ query: 'summer' })).toEqual(['sommer-dialog'])
    expect(await slugs({ query: 'über' })).toEqual(['workshop'])
    expect(await slugs({ query: 'ÜBER' })).toEqual(['workshop'])
    expect(await slugs({ query: 'messe' })).toEqual(['fachmesse'])
    expect(await slugs({ query: 'konferenz' })).toEqual(['running', 'jahreskonferenz-2029'])
    expect(await slugs({ query: '  fachmesse   remanufacturing ' })).toEqual(['fachmesse'])
    expect(await slugs({ query: 'fachmesse januar' })).toEqual([])
  })

  it('never lets % or _ act as LIKE wildcards (Prisma cannot escape them): they separate words', async () => {
    for (const q of ['100%_x', '%', '_', 'a%b_c']) expect(JSON.stringify(searchWhere(q))).not.toMatch(/[%_]/)
    expect(await slugs({ query: '2029%' })).toEqual(['jahreskonferenz-2029'])
    expect(await slugs({ query: 'jahres_konferenz' })).toEqual(['jahreskonferenz-2029'])
    expect(await slugs({ query: 'Fach%Remanufacturing' })).toEqual(['fachmesse'])
    expect(await slugs({ query: '%' })).toEqual(await slugs({}))
  })

  it('filters by kind and status, also together with a search', async () => {
    expect(await slugs({ kind: 'FAIR' })).toEqual(['fachmesse'])
    expect(await slugs({ status: 'CANCELLED' })).toEqual(['netzwerktreffen'])
    expect(await slugs({ kind: 'CONFERENCE', status: 'PUBLISHED' })).toEqual(['running', 'jahreskonferenz-2029'])
    expect(await slugs({ kind: 'CONFERENCE', query: '2029' })).toEqual(['jahreskonferenz-2029'])
    const none = await listDashboardEvents(db, { kind: 'WORKSHOP', status: 'PUBLISHED' }, NOW)
    expect(none).toMatchObject({ events: [], total: 0, page: 1, pages: 1 })
  })
})
