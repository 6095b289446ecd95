// Series with all their dates in one go, and working-group rosters, on a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { register } from '~/domain/registration/register.server'
import { seriesDays, seriesOccurrences } from '~/domain/events/series-dates'
import {
  addRosterMember,
  createSeries,
  getSeriesAdmin,
  listSeries,
  removeRosterMember,
  type NewSeries,
} from '~/domain/events/series.server'
import { createTestDatabase, type TestDatabase } from '../support/db'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(() => t?.close())

const berlin = 'Europe/Berlin'
const THURSDAY = 4
const before = new Date('2026-01-01T00:00:00Z')
function newSeries(days: string[], extra: Partial<NewSeries> = {}): NewSeries {
  return {
    nameDe: 'Kammerdialog',
    nameEn: 'Chamber dialogue',
    kind: 'DIALOGUE',
    occurrences: seriesOccurrences(days, '18:00', '20:30', berlin),
    timeZone: berlin,
    venueName: 'IHK Magdeburg',
    venueCity: 'Magdeburg',
    capacity: 60,
    waitlistEnabled: true,
    inviteOnly: false,
    publish: true,
    ...extra,
  }
}

describe('createSeries', () => {
  it('creates a monthly series on the 2nd Thursday with the same wall-clock time across the change to summer time', async () => {
    const days = seriesDays({ kind: 'monthly', ordinal: 2, weekday: THURSDAY, from: '2026-01-01', to: '2026-06-30' })
    const result = await createSeries(t.db, newSeries(days), before)
    if (result.kind !== 'created') throw new Error(result.kind)
    const events = await t.db.event.findMany({ where: { seriesId: result.id }, orderBy: { startsAt: 'asc' } })
    expect(events.map((e) => e.startsAt.toISOString())).toEqual([
      '2026-01-08T17:00:00.000Z',
      '2026-02-12T17:00:00.000Z',
      '2026-03-12T17:00:00.000Z',
      // Summer time from 29 March: 18:00 in Berlin is 16:00 UTC.
      '2026-04-09T16:00:00.000Z',
      '2026-05-14T16:00:00.000Z',
      '2026-06-11T16:00:00.000Z',
    ])
    expect(events.every((e) => e.endsAt.getTime() - e.startsAt.getTime() === 150 * 60_000)).toBe(true)
    expect(new Set(events.map((e) => [e.status, e.kind, e.capacity, e.venueName, e.timeZone, e.titleEn].join('|')))).toEqual(
      new Set(['PUBLISHED|DIALOGUE|60|IHK Magdeburg|Europe/Berlin|Chamber dialogue']),
    )
    expect(events[0]!.slug).toBe('kammerdialog-2026-01-08')
  })

  it('leaves out the months without a 5th Thursday', async () => {
    const days = seriesDays({ kind: 'monthly', ordinal: 5, weekday: THURSDAY, from: '2026-01-01', to: '2026-06-30' })
    const result = await createSeries(t.db, newSeries(days, { nameDe: 'Fünfter Donnerstag', publish: false }), before)
    if (result.kind !== 'created') throw new Error(result.kind)
    const events = await t.db.event.findMany({ where: { seriesId: result.id }, orderBy: { startsAt: 'asc' } })
    expect(events.map((e) => e.slug)).toEqual(['fuenfter-donnerstag-2026-01-29', 'fuenfter-donnerstag-2026-04-30'])
    expect(events.map((e) => e.status)).toEqual(['DRAFT', 'DRAFT'])
  })

  it('gives a second series of the same name its own slugs', async () => {
    const first = await createSeries(t.db, newSeries(['2026-09-10'], { nameDe: 'Stammtisch' }), before)
    const second = await createSeries(t.db, newSeries(['2026-09-10'], { nameDe: 'Stammtisch' }), before)
    if (first.kind !== 'created' || second.kind !== 'created') throw new Error('not created')
    const slugs = await t.db.event.findMany({ where: { id: { in: [...first.eventIds, ...second.eventIds] } }, select: { slug: true } })
    expect(slugs.map((s) => s.slug).sort()).toEqual(['stammtisch-2026-09-10', 'stammtisch-2026-09-10-2'])
    const series = await t.db.series.findMany({ where: { id: { in: [first.id, second.id] } } })
    expect(series.map((s) => s.slug).sort()).toEqual(['stammtisch', 'stammtisch-2'])
  })

  it('creates nothing for no dates, too many dates, or an end before the start', async () => {
    const count = await t.db.event.count()
    const many = Array.from({ length: 61 }, (_, i) => new Date(Date.UTC(2027, 0, 1 + i)).toISOString().slice(0, 10))
    expect(await createSeries(t.db, newSeries([]))).toEqual({ kind: 'noDates' })
    expect(await createSeries(t.db, newSeries(many))).toEqual({ kind: 'tooManyDates' })
    expect(
      await createSeries(t.db, { ...newSeries(['2027-02-02']), occurrences: seriesOccurrences(['2027-02-02'], '20:00', '19:00', berlin) }),
    ).toEqual({ kind: 'endsBeforeStart' })
    expect(await t.db.event.count()).toBe(count)
  })

  it('lists each series with its number of dates and the next one', async () => {
    const result = await createSeries(t.db, newSeries(['2026-02-05', '2026-03-05'], { nameDe: 'Listenprobe' }), before)
    if (result.kind !== 'created') throw new Error(result.kind)
    const listed = (await listSeries(t.db, new Date('2026-02-06T00:00:00Z'))).find((s) => s.id === result.id)
    expect(listed).toMatchObject({ dates: 2, members: 0, next: { startsAt: new Date('2026-03-05T17:00:00.000Z') } })
  })
})

describe('working group roster', () => {
  it('lets a member register for an invite-only date through the personal link, and nobody else', async () => {
    const now = new Date()
    const day = new Date(now.getTime() + 20 * 86_400_000).toISOString().slice(0, 10)
    const result = await createSeries(t.db, newSeries([day], { nameDe: 'AK Remanufacturing', kind: 'MEETING', inviteOnly: true }), now)
    if (result.kind !== 'created') throw new Error(result.kind)
    const added = await addRosterMember(t.db, result.id, {
      firstName: 'Mia',
      lastName: 'Mitglied',
      email: ' Mia@Reman.example ',
      company: 'Reman GmbH',
    })
    if (added.kind !== 'added') throw new Error(added.kind)
    expect(await addRosterMember(t.db, result.id, { firstName: 'Mia', lastName: 'M', email: 'mia@reman.example' })).toEqual({
      kind: 'alreadyMember',
    })
    expect(await addRosterMember(t.db, 'no-such-series', { firstName: 'A', lastName: 'B', email: 'a@b.example' })).toEqual({
      kind: 'notFound',
    })

    const admin = await getSeriesAdmin(t.db, result.id, now)
    expect(admin?.inviteEvent?.id).toBe(result.eventIds[0])
    const member = admin!.roster[0]!
    expect(member.person.email).toBe('mia@reman.example')

    const eventId = result.eventIds[0]!
    expect(await register(t.db, eventId, { firstName: 'Otto', lastName: 'Außen', email: 'otto@außen.example' })).toEqual({
      kind: 'closed',
      reason: 'inviteOnly',
    })
    const registered = await register(t.db, eventId, {
      firstName: 'Mia',
      lastName: 'Mitglied',
      email: 'mia@reman.example',
      inviteToken: member.token,
    })
    expect(registered.kind).toBe('confirmed')

    expect(await removeRosterMember(t.db, 'another-series', member.id)).toEqual({ kind: 'notFound' })
    expect(await removeRosterMember(t.db, result.id, member.id)).toEqual({ kind: 'removed' })
    expect(
      await register(t.db, eventId, { firstName: 'Mia', lastName: 'Mitglied', email: 'mia@reman.example', inviteToken: member.token }),
    ).toEqual({
      kind: 'closed',
      reason: 'inviteOnly',
    })
  })
})
