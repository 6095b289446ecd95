// Manual headcounts and the live counts of one event, on a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countEvent } from '~/domain/reports/counting.server'
import { clearHeadcount, setHeadcount } from '~/domain/reports/headcount.server'
import { liveCounts } from '~/domain/checkin/live-counts.server'
import { wallTimeToUtc } from '~/lib/datetime'
import { createTestDatabase, testDbKind, type TestDatabase } from '../support/db'

const berlin = (local: string) => wallTimeToUtc(local, 'Europe/Berlin')

describe(`headcounts and live counts on ${testDbKind()}`, () => {
  let t: TestDatabase
  let userId: string
  beforeAll(async () => {
    t = await createTestDatabase()
    userId = (
      await t.db.user.create({ data: { email: 'orga@headcount.example', name: 'Otto Orga', passwordHash: 'x', role: 'ORGANIZER' } })
    ).id
  })
  afterAll(() => t?.close())

  let n = 0
  async function makeEvent(starts: string, ends: string) {
    n++
    return t.db.event.create({
      data: {
        slug: `headcount-${n}`,
        kind: 'CONFERENCE',
        status: 'PUBLISHED',
        titleDe: `V ${n}`,
        titleEn: `E ${n}`,
        startsAt: berlin(starts),
        endsAt: berlin(ends),
      },
    })
  }
  async function register(
    eventId: string,
    data: { role?: 'ATTENDEE' | 'SPEAKER'; source?: 'WALK_IN'; status?: 'WAITLISTED' | 'CANCELLED' } = {},
  ) {
    n++
    const person = await t.db.person.create({ data: { email: `p${n}@headcount.example`, firstName: 'P', lastName: String(n) } })
    return t.db.registration.create({
      data: { eventId, personId: person.id, status: 'CONFIRMED', ticketSecret: `hs-${n}`, manageToken: `hm-${n}`, ...data },
    })
  }
  const admit = (r: { id: string; eventId: string }, day: string) =>
    t.db.checkIn.create({ data: { registrationId: r.id, eventId: r.eventId, day, activeKey: `${r.id}:${day}` } })

  it('refuses a headcount before the event has started, and for unknown events', async () => {
    const event = await makeEvent('2030-05-01 18:00', '2030-05-01 21:00')
    expect(await setHeadcount(t.db, event.id, { headcount: 10, note: null }, { userId }, berlin('2030-05-01 17:59'))).toEqual({
      kind: 'notStarted',
    })
    expect((await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).headcount).toBeNull()
    expect(await setHeadcount(t.db, 'nope', { headcount: 10, note: null }, { userId })).toEqual({ kind: 'notFound' })
    expect(await clearHeadcount(t.db, 'nope', { userId })).toEqual({ kind: 'notFound' })
  })

  it('replaces the check-ins by the headcount, records who and when, and can be taken back', async () => {
    const event = await makeEvent('2030-06-01 18:00', '2030-06-01 21:00')
    await admit(await register(event.id), '2030-06-01')
    const at = berlin('2030-06-01 22:00')
    expect(await setHeadcount(t.db, event.id, { headcount: 80, note: 'ca. 80' }, { userId }, at)).toEqual({ kind: 'saved' })
    const saved = await t.db.event.findUniqueOrThrow({ where: { id: event.id } })
    expect([saved.headcount, saved.headcountNote, saved.headcountAt, saved.headcountById]).toEqual([80, 'ca. 80', at, userId])
    expect(await countEvent(t.db, event.id)).toMatchObject({ participants: 80, method: 'headcount', participantsByCheckIns: 1 })

    expect(await clearHeadcount(t.db, event.id, { userId }, at)).toEqual({ kind: 'cleared' })
    const cleared = await t.db.event.findUniqueOrThrow({ where: { id: event.id } })
    expect([cleared.headcount, cleared.headcountNote, cleared.headcountAt, cleared.headcountById]).toEqual([null, null, null, null])
    expect(await countEvent(t.db, event.id)).toMatchObject({ participants: 1, method: 'checkins' })

    const audit = await t.db.auditEntry.findMany({ where: { entityId: event.id }, orderBy: { action: 'desc' } })
    expect(audit.map((a) => [a.action, a.actorId, a.details])).toEqual([
      ['event.headcount.set', userId, { headcount: 80, note: 'ca. 80', previous: null, previousNote: null }],
      ['event.headcount.cleared', userId, { previous: 80, previousNote: 'ca. 80' }],
    ])
  })

  it('shows live counts per day, by role, with every day of the event listed', async () => {
    const event = await makeEvent('2030-09-30 09:00', '2030-10-02 17:00')
    const regular = await register(event.id)
    await admit(regular, '2030-09-30')
    await admit(regular, '2030-10-01')
    await admit(await register(event.id), '2030-09-30')
    await register(event.id, { source: 'WALK_IN' })
    await register(event.id)
    await register(event.id, { status: 'WAITLISTED' })
    await register(event.id, { status: 'CANCELLED' })
    await admit(await register(event.id, { role: 'SPEAKER' }), '2030-10-01')

    const during = await liveCounts(t.db, event.id, berlin('2030-10-01 10:00'))
    expect(during).toMatchObject({
      registered: 5,
      confirmed: 4,
      waitlisted: 1,
      cancelled: 1,
      checkedIn: 2,
      walkIns: 1,
      notArrived: 1,
      participants: 3,
      method: 'checkins',
      phase: 'running',
      live: true,
    })
    expect(during!.days).toEqual([
      { day: '2030-09-30', present: 3 },
      { day: '2030-10-01', present: 1 },
      { day: '2030-10-02', present: 0 },
    ])
    expect(during!.byRole.find((r) => r.role === 'SPEAKER')).toEqual({ role: 'SPEAKER', registered: 1, present: 1 })

    expect(await liveCounts(t.db, event.id, berlin('2030-09-30 07:00'))).toMatchObject({ phase: 'before', live: true })
    expect(await liveCounts(t.db, event.id, berlin('2030-09-29 12:00'))).toMatchObject({ phase: 'before', live: false })
    expect(await liveCounts(t.db, event.id, berlin('2030-10-05 12:00'))).toMatchObject({ phase: 'after', live: false })
    expect(await liveCounts(t.db, 'nope')).toBeNull()
  })
})
