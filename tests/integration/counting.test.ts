// The counting rules of the annual report, scenario by scenario, on a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AttendeeRole, Prisma, RegistrationSource, RegistrationStatus } from '~/generated/prisma-sqlite/client'
import { countEvent, countYear, isParticipant } from '~/domain/reports/counting.server'
import { wallTimeToUtc } from '~/lib/datetime'
import { createTestDatabase, testDbKind, type TestDatabase } from '../support/db'

describe(`counting rules on ${testDbKind()}`, () => {
  let t: TestDatabase
  beforeAll(async () => {
    t = await createTestDatabase()
  })
  afterAll(() => t?.close())

  let seq = 0
  const next = () => ++seq

  const berlin = (local: string) => wallTimeToUtc(local, 'Europe/Berlin')

  async function makeEvent(data: Partial<Prisma.EventUncheckedCreateInput> = {}) {
    const n = next()
    const startsAt = data.startsAt ?? berlin('2030-03-04 18:00')
    return t.db.event.create({
      data: {
        slug: `counting-${n}`,
        kind: 'DIALOGUE',
        status: 'PUBLISHED',
        titleDe: `Veranstaltung ${n}`,
        titleEn: `Event ${n}`,
        startsAt,
        endsAt: new Date(new Date(startsAt).getTime() + 2 * 3600_000),
        ...data,
      },
    })
  }

  async function makePerson(companyId?: string) {
    const n = next()
    return t.db.person.create({ data: { email: `person${n}@counting.example`, firstName: 'Person', lastName: String(n), companyId } })
  }

  type RegistrationOptions = { status?: RegistrationStatus; role?: AttendeeRole; source?: RegistrationSource; personId?: string }

  async function register(eventId: string, options: RegistrationOptions = {}) {
    const n = next()
    const personId = options.personId ?? (await makePerson()).id
    return t.db.registration.create({
      data: {
        eventId,
        personId,
        status: options.status ?? 'CONFIRMED',
        role: options.role ?? 'ATTENDEE',
        source: options.source ?? 'ONLINE',
        ticketSecret: `ticket-${n}`,
        manageToken: `manage-${n}`,
      },
    })
  }

  async function checkIn(registration: { id: string; eventId: string }, day = '2030-03-04', { undone = false } = {}) {
    return t.db.checkIn.create({
      data: {
        registrationId: registration.id,
        eventId: registration.eventId,
        day,
        activeKey: undone ? null : `${registration.id}:${day}`,
        undoneAt: undone ? new Date() : null,
      },
    })
  }

  const count = async (eventId: string) => {
    const c = await countEvent(t.db, eventId)
    if (!c) throw new Error('event not found')
    return c
  }

  it('counts a checked-in attendee as a participant and a confirmed one who never came as a no-show', async () => {
    const event = await makeEvent()
    await checkIn(await register(event.id))
    await register(event.id)
    const c = await count(event.id)
    expect(c).toMatchObject({ registrations: 2, confirmed: 2, checkedIn: 1, noShows: 1, participants: 1, method: 'checkins' })
  })

  it('does not count a check-in that was undone', async () => {
    const event = await makeEvent()
    await checkIn(await register(event.id), '2030-03-04', { undone: true })
    const c = await count(event.id)
    expect(c.participants).toBe(0)
    expect(c.checkedIn).toBe(0)
    expect(c.noShows).toBe(1)
  })

  it('counts a registration whose first scan was undone and who was then admitted properly', async () => {
    const event = await makeEvent()
    const registration = await register(event.id)
    await checkIn(registration, '2030-03-04', { undone: true })
    await checkIn(registration, '2030-03-04')
    expect((await count(event.id)).participants).toBe(1)
  })

  it('does not count a cancelled registration, even with a check-in', async () => {
    const event = await makeEvent()
    await checkIn(await register(event.id, { status: 'CANCELLED' }))
    const c = await count(event.id)
    expect(c).toMatchObject({ participants: 0, cancelled: 1, registrations: 0, checkedIn: 0 })
  })

  it('counts a walk-in without a scan, and a scanned walk-in only once', async () => {
    const event = await makeEvent()
    await register(event.id, { source: 'WALK_IN' })
    await checkIn(await register(event.id, { source: 'WALK_IN' }))
    const c = await count(event.id)
    expect(c.participants).toBe(2)
    expect(c.walkIns).toBe(2)
    // Walk-ins came by definition: they are no no-shows.
    expect(c.noShows).toBe(0)
  })

  it('does not count a cancelled walk-in', async () => {
    const event = await makeEvent()
    await register(event.id, { source: 'WALK_IN', status: 'CANCELLED' })
    expect((await count(event.id)).participants).toBe(0)
  })

  it('counts press as participants, but speakers, exhibitors and staff only in their own columns', async () => {
    const event = await makeEvent()
    await checkIn(await register(event.id, { role: 'PRESS' }))
    await checkIn(await register(event.id, { role: 'SPEAKER' }))
    await register(event.id, { role: 'SPEAKER' })
    await checkIn(await register(event.id, { role: 'EXHIBITOR' }))
    await checkIn(await register(event.id, { role: 'STAFF' }))
    await register(event.id, { role: 'STAFF', source: 'WALK_IN' })
    const c = await count(event.id)
    expect(c.participants).toBe(1)
    expect(c.byRole).toEqual({
      ATTENDEE: { registered: 0, present: 0 },
      PRESS: { registered: 1, present: 1 },
      SPEAKER: { registered: 2, present: 1 },
      EXHIBITOR: { registered: 1, present: 1 },
      STAFF: { registered: 2, present: 2 },
    })
  })

  it('counts a registration admitted on two days of a conference once', async () => {
    const event = await makeEvent({ kind: 'CONFERENCE' })
    const registration = await register(event.id)
    await checkIn(registration, '2030-03-04')
    await checkIn(registration, '2030-03-05')
    expect((await count(event.id)).participants).toBe(1)
  })

  it('counts waiting registrations as registrations, neither as confirmed nor as no-shows', async () => {
    const event = await makeEvent()
    await register(event.id, { status: 'WAITLISTED' })
    const c = await count(event.id)
    expect(c).toMatchObject({ registrations: 1, confirmed: 0, waitlisted: 1, noShows: 0, participants: 0 })
  })

  it('uses a manual headcount instead of the check-ins, and says so', async () => {
    const event = await makeEvent({ headcount: 42, headcountNote: 'von Hand gezählt' })
    await checkIn(await register(event.id))
    await register(event.id)
    const c = await count(event.id)
    expect(c).toMatchObject({
      participants: 42,
      participantsByCheckIns: 1,
      method: 'headcount',
      headcountNote: 'von Hand gezählt',
      noShows: null,
    })
  })

  it('returns null for an unknown event', async () => {
    expect(await countEvent(t.db, 'no-such-event')).toBeNull()
  })

  it('agrees with the rule for one registration', () => {
    expect(isParticipant({ status: 'CONFIRMED', role: 'ATTENDEE', source: 'ONLINE', activeCheckIns: 1 })).toBe(true)
    expect(isParticipant({ status: 'CONFIRMED', role: 'ATTENDEE', source: 'ONLINE', activeCheckIns: 0 })).toBe(false)
    expect(isParticipant({ status: 'CANCELLED', role: 'ATTENDEE', source: 'WALK_IN', activeCheckIns: 1 })).toBe(false)
    expect(isParticipant({ status: 'CONFIRMED', role: 'PRESS', source: 'WALK_IN', activeCheckIns: 0 })).toBe(true)
    expect(isParticipant({ status: 'CONFIRMED', role: 'SPEAKER', source: 'ONLINE', activeCheckIns: 1 })).toBe(false)
  })

  describe('a year', () => {
    // Each test uses its own year, so the events of one do not show up in another.
    const now = new Date('2040-06-01T00:00:00Z')

    it('holds the events that are not cancelled, published or internal, and started in that year in Berlin', async () => {
      const held = [
        await makeEvent({ startsAt: berlin('2031-01-01 00:30') }),
        await makeEvent({ startsAt: berlin('2031-12-31 23:30') }),
        await makeEvent({ startsAt: berlin('2031-06-01 10:00'), status: 'DRAFT', isPublic: false }),
      ]
      await makeEvent({ startsAt: berlin('2030-12-31 23:30') }) // 22:30 UTC: still 2030
      await makeEvent({ startsAt: berlin('2032-01-01 00:30') }) // 23:30 UTC on 31 Dec 2031, but 2032 in Berlin
      await makeEvent({ startsAt: berlin('2031-05-01 10:00'), status: 'CANCELLED' })
      await makeEvent({ startsAt: berlin('2031-05-02 10:00'), status: 'DRAFT' })
      const year = await countYear(t.db, 2031, { now })
      expect(year.perEvent.map((e) => e.eventId).sort()).toEqual(held.map((e) => e.id).sort())
      expect(year.eventsHeld).toBe(3)
    })

    it('has not held the events that have not started yet', async () => {
      const past = await makeEvent({ startsAt: berlin('2035-03-01 10:00') })
      await makeEvent({ startsAt: berlin('2035-09-01 10:00') })
      const year = await countYear(t.db, 2035, { now: berlin('2035-06-01 00:00') })
      expect(year.perEvent.map((e) => e.eventId)).toEqual([past.id])
    })

    it('adds up participations, and counts people and companies once', async () => {
      const member = await t.db.company.create({
        data: {
          name: 'Mitglied GmbH',
          isMember: true,
          memberSince: berlin('2020-01-01 00:00'),
          memberships: { create: { from: berlin('2020-01-01 00:00') } },
        },
      })
      const laterMember = await t.db.company.create({
        data: {
          name: 'Spätes Mitglied GmbH',
          isMember: true,
          memberSince: berlin('2034-01-01 00:00'),
          memberships: { create: { from: berlin('2034-01-01 00:00') } },
        },
      })
      const guest = await t.db.company.create({ data: { name: 'Gast GmbH' } })
      const regular = await makePerson(member.id)
      const colleague = await makePerson(member.id)
      const newcomer = await makePerson(laterMember.id)
      const visitor = await makePerson(guest.id)
      const absentee = await makePerson(guest.id)

      const first = await makeEvent({ startsAt: berlin('2033-03-01 18:00') })
      const second = await makeEvent({ startsAt: berlin('2033-04-01 18:00') })
      await makeEvent({ startsAt: berlin('2033-05-01 18:00'), headcount: 25 }) // counted by hand
      await checkIn(await register(first.id, { personId: regular.id }), '2033-03-01')
      await checkIn(await register(first.id, { personId: colleague.id }), '2033-03-01')
      await register(first.id, { personId: absentee.id })
      await checkIn(await register(second.id, { personId: regular.id }), '2033-04-01')
      await register(second.id, { personId: visitor.id, source: 'WALK_IN' })
      await checkIn(await register(second.id, { personId: newcomer.id }), '2033-04-01')
      await checkIn(await register(second.id, { personId: absentee.id, role: 'SPEAKER' }), '2033-04-01')

      const year = await countYear(t.db, 2033, { now })
      expect(year.eventsHeld).toBe(3)
      expect(year.participants).toBe(2 + 3 + 25)
      expect(year.registrations).toBe(6)
      expect(year.uniquePersons).toBe(4)
      expect(year.companiesReached).toBe(3)
      expect(year.memberCompanies).toBe(1)
      expect(year.noShows).toBe(1)
      // Walk-ins are not in the base of the no-show rate: 5 confirmed in advance, 1 never came.
      expect(year.noShowRate).toBeCloseTo(1 / 5)
      expect(year.byRole.SPEAKER).toEqual({ registered: 1, present: 1 })
    })

    it('counts a company joining at midnight on New Year as a member of the next year only', async () => {
      const joining = await t.db.company.create({
        data: {
          name: 'Neujahr GmbH',
          isMember: true,
          memberSince: berlin('2037-01-01 00:00'),
          memberships: { create: { from: berlin('2037-01-01 00:00') } },
        },
      })
      const event = await makeEvent({ startsAt: berlin('2036-06-01 10:00') })
      await checkIn(await register(event.id, { personId: (await makePerson(joining.id)).id }), '2036-06-01')
      await checkIn(await register(event.id, { source: 'WALK_IN' }), '2036-06-01')
      const year = await countYear(t.db, 2036, { now })
      expect([year.uniquePersons, year.companiesReached, year.memberCompanies]).toEqual([2, 1, 0])
    })

    it('decides membership per year from the periods: a company that left later is a member of the earlier year', async () => {
      const left = await t.db.company.create({
        data: { name: 'Ausgetreten GmbH', memberships: { create: { from: berlin('2030-01-01 00:00'), to: berlin('2041-06-30 00:00') } } },
      })
      const returned = await t.db.company.create({
        data: {
          name: 'Wiedereingetreten GmbH',
          isMember: true,
          memberSince: berlin('2043-01-01 00:00'),
          memberships: {
            create: [
              { from: null, to: berlin('2040-01-01 00:00') },
              { from: berlin('2043-01-01 00:00'), to: null },
            ],
          },
        },
      })
      for (const [day, company] of [
        ['2039-05-01', returned],
        ['2041-05-01', left],
        ['2041-05-01', returned],
        ['2042-05-01', left],
        ['2042-05-01', returned],
      ] as const) {
        const event = await makeEvent({ startsAt: berlin(`${day} 10:00`) })
        await checkIn(await register(event.id, { personId: (await makePerson(company.id)).id }), day)
      }
      const members = async (year: number) => (await countYear(t.db, year, { now: berlin('2044-01-01 00:00') })).memberCompanies
      expect([await members(2039), await members(2041), await members(2042)]).toEqual([1, 1, 0])
    })

    it('counts people once across a year of more events than one SQL statement can name', async () => {
      const startsAt = berlin('2038-02-01 10:00')
      const data = Array.from({ length: 501 }, (_, i) => ({
        id: `many-${i}`,
        slug: `many-${i}`,
        kind: 'MEETING' as const,
        status: 'PUBLISHED' as const,
        titleDe: 'V',
        titleEn: 'E',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3600_000),
      }))
      await t.db.event.createMany({ data })
      const company = await t.db.company.create({
        data: { name: 'Viele Termine GmbH', isMember: true, memberships: { create: { from: null } } },
      })
      const regular = await makePerson(company.id)
      for (const eventId of ['many-0', 'many-250', 'many-500'])
        await checkIn(await register(eventId, { personId: regular.id }), '2038-02-01')
      await checkIn(await register('many-500'), '2038-02-01')
      const year = await countYear(t.db, 2038, { now })
      expect([year.eventsHeld, year.participants, year.uniquePersons, year.companiesReached, year.memberCompanies]).toEqual([
        501, 4, 2, 1, 1,
      ])
    })

    it('filters by kind, series and programme', async () => {
      const series = await t.db.series.create({ data: { slug: 'counting-series', nameDe: 'Reihe', nameEn: 'Series' } })
      const programme = await t.db.programme.create({ data: { slug: 'counting-programme', nameDe: 'Programm', nameEn: 'Programme' } })
      const fair = await makeEvent({ startsAt: berlin('2034-04-01 10:00'), kind: 'FAIR' })
      const inSeries = await makeEvent({ startsAt: berlin('2034-05-01 10:00'), seriesId: series.id })
      const inProgramme = await makeEvent({ startsAt: berlin('2034-06-01 10:00') })
      await t.db.programme.update({ where: { id: programme.id }, data: { events: { connect: [{ id: inProgramme.id }] } } })
      const ids = async (filter: Parameters<typeof countYear>[2]) =>
        (await countYear(t.db, 2034, { now, ...filter })).perEvent.map((e) => e.eventId)
      expect(await ids({ kind: 'FAIR' })).toEqual([fair.id])
      expect(await ids({ seriesId: series.id })).toEqual([inSeries.id])
      expect(await ids({ programmeId: programme.id })).toEqual([inProgramme.id])
      expect(await ids({})).toHaveLength(3)
    })
  })
})
