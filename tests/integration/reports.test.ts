// The annual report: hand-built years whose every figure is known, and the demo's 2015 report
// checked against figures computed here, independently, from the demo's raw rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AttendeeRole, Prisma, RegistrationSource, RegistrationStatus } from '~/generated/prisma-sqlite/client'
import { buildDemo } from '~/demo/build'
import { seedDemo } from '~/demo/seed.server'
import { countEvent, countDays } from '~/domain/reports/counting.server'
import {
  annualReport,
  defaultReportYear,
  reportChoices,
  reportEventPages,
  reportTotals,
  type ReportEvent,
} from '~/domain/reports/reports.server'
import { eventDay, wallTimeToUtc } from '~/lib/datetime'
import { createTestDatabase, testDbKind, type TestDatabase } from '../support/db'

const berlin = (local: string) => wallTimeToUtc(local, 'Europe/Berlin')
const NOW = new Date('2040-06-01T00:00:00Z')

describe(`annual report on ${testDbKind()}`, () => {
  let t: TestDatabase
  beforeAll(async () => {
    t = await createTestDatabase()
  })
  afterAll(() => t?.close())

  let seq = 0
  const next = () => ++seq

  async function makeEvent(data: Partial<Prisma.EventUncheckedCreateInput> & { startsAt: Date }) {
    const n = next()
    return t.db.event.create({
      data: {
        slug: `report-${n}`,
        kind: 'DIALOGUE',
        status: 'PUBLISHED',
        titleDe: `Veranstaltung ${n}`,
        titleEn: `Event ${n}`,
        endsAt: new Date(data.startsAt.getTime() + 3 * 3600_000),
        ...data,
      },
    })
  }
  async function makePerson(companyId?: string) {
    const n = next()
    return t.db.person.create({ data: { email: `p${n}@report.example`, firstName: 'Person', lastName: `Nr ${n}`, companyId } })
  }
  type Options = { status?: RegistrationStatus; role?: AttendeeRole; source?: RegistrationSource; personId?: string }
  async function register(eventId: string, o: Options = {}) {
    const n = next()
    return t.db.registration.create({
      data: {
        eventId,
        personId: o.personId ?? (await makePerson()).id,
        status: o.status ?? 'CONFIRMED',
        role: o.role ?? 'ATTENDEE',
        source: o.source ?? 'ONLINE',
        ticketSecret: `r-ticket-${n}`,
        manageToken: `r-manage-${n}`,
      },
    })
  }
  async function checkIn(r: { id: string; eventId: string }, day: string, { undone = false } = {}) {
    await t.db.checkIn.create({
      data: {
        registrationId: r.id,
        eventId: r.eventId,
        day,
        activeKey: undone ? null : `${r.id}:${day}`,
        undoneAt: undone ? new Date() : null,
      },
    })
  }

  describe('a hand-built year (2031)', () => {
    let ids: Record<string, string>
    beforeAll(async () => {
      const organiser = await t.db.user.create({
        data: { email: 'orga@report.example', name: 'Olga Organisatorin', passwordHash: 'x', role: 'ORGANIZER' },
      })
      const series = await t.db.series.create({ data: { slug: 'report-series', nameDe: 'Kammerdialog', nameEn: 'Chamber dialogue' } })
      const programme = await t.db.programme.create({
        data: { slug: 'report-programme', nameDe: 'Remanufacturing', nameEn: 'Remanufacturing' },
      })
      const member = await t.db.company.create({
        data: {
          name: 'Report Mitglied GmbH',
          isMember: true,
          memberSince: berlin('2020-01-01 00:00'),
          memberships: { create: { from: berlin('2020-01-01 00:00') } },
        },
      })
      const guest = await t.db.company.create({ data: { name: 'Report Gast GmbH' } })
      const regular = await makePerson(member.id)
      const visitor = await makePerson(guest.id)

      // March: a two-day conference. Regular comes both days, one attendee day 1 only, a walk-in
      // without a scan, a cancelled one who was scanned anyway, a no-show, a speaker.
      const conference = await makeEvent({
        kind: 'CONFERENCE',
        startsAt: berlin('2031-03-10 09:00'),
        endsAt: berlin('2031-03-11 17:00'),
        seriesId: series.id,
      })
      const a = await register(conference.id, { personId: regular.id })
      await checkIn(a, '2031-03-10')
      await checkIn(a, '2031-03-11')
      await checkIn(await register(conference.id, { personId: visitor.id }), '2031-03-10')
      await register(conference.id, { source: 'WALK_IN' })
      await checkIn(await register(conference.id, { status: 'CANCELLED' }), '2031-03-10')
      await register(conference.id)
      await checkIn(await register(conference.id, { role: 'SPEAKER' }), '2031-03-10')

      // May: a dialogue counted by hand (25), in the programme; the regular came but nobody scanned.
      const byHand = await makeEvent({
        startsAt: berlin('2031-05-05 18:00'),
        headcount: 25,
        headcountNote: 'Sommerabend, von Hand gezählt',
        headcountAt: berlin('2031-05-05 21:00'),
        headcountById: organiser.id,
        programmes: { connect: [{ id: programme.id }] },
      })
      await register(byHand.id, { personId: regular.id })

      // September: a fair with two stands (one empty), exhibitors, meetings; a scanned visitor and a scanned walk-in.
      const fair = await makeEvent({
        kind: 'FAIR',
        startsAt: berlin('2031-09-01 09:00'),
        endsAt: berlin('2031-09-03 18:00'),
        programmes: { connect: [{ id: programme.id }] },
      })
      const joint = await t.db.stand.create({ data: { eventId: fair.id, hall: '1', number: 'A1', areaSqm: 60 } })
      await t.db.stand.create({ data: { eventId: fair.id, hall: '1', number: 'A2', areaSqm: 20 } })
      const exhibitor = await t.db.exhibitor.create({
        data: { eventId: fair.id, companyId: member.id, standId: joint.id, status: 'ACCEPTED' },
      })
      await t.db.exhibitor.create({ data: { eventId: fair.id, companyId: guest.id, status: 'REJECTED' } })
      await t.db.meeting.create({ data: { eventId: fair.id, requesterId: visitor.id, exhibitorId: exhibitor.id, status: 'HELD' } })
      await t.db.meeting.create({ data: { eventId: fair.id, requesterId: regular.id, exhibitorId: exhibitor.id, status: 'DECLINED' } })
      await checkIn(await register(fair.id, { personId: visitor.id }), '2031-09-02')
      await checkIn(await register(fair.id, { source: 'WALK_IN' }), '2031-09-03')

      // Not in the report: a cancelled event, a public draft, and one that has not started yet by NOW's standard.
      await makeEvent({ startsAt: berlin('2031-06-01 10:00'), status: 'CANCELLED' })
      await makeEvent({ startsAt: berlin('2031-06-02 10:00'), status: 'DRAFT' })

      // The year before: one event with one participant and one no-show.
      const before = await makeEvent({ startsAt: berlin('2030-11-11 18:00'), seriesId: series.id })
      await checkIn(await register(before.id), '2030-11-11')
      await register(before.id)

      ids = { conference: conference.id, byHand: byHand.id, fair: fair.id, series: series.id, programme: programme.id }
    })

    const report = () => annualReport(t.db, 2031, {}, { now: NOW })

    it('counts events, registrations and participants, and says how each participant was counted', async () => {
      const r = await report()
      expect(r.totals.eventsHeld).toBe(3)
      expect([r.totals.eventsByCheckIns, r.totals.eventsByHeadcount]).toEqual([2, 1])
      // conference 2 scanned + 1 walk-in; by hand 25; fair 1 scanned + 1 walk-in (scanned, counted once)
      expect(r.totals.participants).toBe(3 + 25 + 2)
      expect(r.totals.participantsCountedBy).toEqual({ checkIns: 3, walkIns: 2, headcount: 25 })
      // conference: 4 attendees not cancelled; by hand: 1; fair: 2
      expect(r.totals.registrations).toBe(7)
      expect(r.totals.noShows).toBe(1)
      // confirmed in advance at check-in events: conference 3 (regular, visitor, no-show), fair 1
      expect(r.totals.confirmedInAdvance).toBe(4)
      expect(r.totals.noShowRate).toBeCloseTo(1 / 4)
      expect(r.totals.byRole.SPEAKER).toEqual({ registered: 1, present: 1 })
    })

    it('counts a person once in participants but on each day in daily attendance', async () => {
      const r = await report()
      const conference = r.events.find((e) => e.id === ids.conference)!
      expect(conference.participants).toBe(3)
      // Day 1: regular, visitor, and the unscanned walk-in; day 2: regular.
      expect(conference.days).toEqual([
        { day: '2031-03-10', present: 3 },
        { day: '2031-03-11', present: 1 },
      ])
      const fair = r.events.find((e) => e.id === ids.fair)!
      expect(fair.days).toEqual([
        { day: '2031-09-02', present: 1 },
        { day: '2031-09-03', present: 1 },
      ])
      // 4 + 2 participant-days at check-in events, the headcount once.
      expect(r.totals.participantDays).toBe(4 + 2 + 25)
    })

    it('shows who entered a manual headcount, when, and why', async () => {
      const byHand = (await report()).events.find((e) => e.id === ids.byHand)!
      expect(byHand.method).toBe('headcount')
      expect(byHand.noShows).toBeNull()
      expect(byHand.headcount).toEqual({
        count: 25,
        note: 'Sommerabend, von Hand gezählt',
        at: berlin('2031-05-05 21:00'),
        by: 'Olga Organisatorin',
      })
      expect(byHand.countedBy).toEqual({ checkIns: 0, walkIns: 0, headcount: 25 })
    })

    it('counts unique persons and companies from participants, with the member share', async () => {
      const r = await report()
      // regular (conference), visitor (conference, fair), two walk-ins; the regular at the
      // counted-by-hand event was not admitted by anyone, so adds nobody.
      expect(r.totals.uniquePersons).toBe(4)
      expect(r.totals.companiesReached).toBe(2)
      expect(r.totals.memberCompanies).toBe(1)
      expect(r.totals.memberShare).toBeCloseTo(0.5)
    })

    it('adds up the fair figures: accepted exhibitors, occupied stand area, held meetings', async () => {
      const r = await report()
      expect(r.totals.fair).toEqual({ fairs: 1, exhibitors: 1, exhibitingCompanies: 1, standAreaSqm: 60, meetings: 1 })
      expect(r.events.find((e) => e.id === ids.conference)!.fair).toEqual({
        exhibitors: 0,
        exhibitingCompanies: 0,
        standAreaSqm: 0,
        meetings: 0,
      })
    })

    it('groups by month, kind, series and programme', async () => {
      const r = await report()
      expect(r.byMonth.map((m) => m.participants)).toEqual([0, 0, 3, 0, 25, 0, 0, 0, 2, 0, 0, 0])
      expect(r.byMonth.map((m) => m.events)).toEqual([0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0])
      expect(r.byKind.find((k) => k.kind === 'CONFERENCE')).toEqual({ kind: 'CONFERENCE', events: 1, registrations: 4, participants: 3 })
      expect(r.byKind.find((k) => k.kind === 'WORKSHOP')).toEqual({ kind: 'WORKSHOP', events: 0, registrations: 0, participants: 0 })
      expect(r.bySeries.map((s) => [s.series?.id ?? null, s.events, s.participants])).toEqual([
        [null, 2, 27],
        [ids.series, 1, 3],
      ])
      expect(r.byProgramme.map((p) => [p.programme.id, p.events, p.participants])).toEqual([[ids.programme, 2, 27]])
    })

    it('compares with the previous year under the same filter', async () => {
      const r = await report()
      expect(r.previous.year).toBe(2030)
      expect(r.previous.totals).toMatchObject({ eventsHeld: 1, participants: 1, noShows: 1, registrations: 2 })
      const inSeries = await annualReport(t.db, 2031, { seriesId: ids.series }, { now: NOW })
      expect([inSeries.totals.eventsHeld, inSeries.previous.totals.eventsHeld]).toEqual([1, 1])
      const fairs = await annualReport(t.db, 2031, { kind: 'FAIR' }, { now: NOW })
      expect([fairs.totals.eventsHeld, fairs.totals.participants, fairs.previous.totals.eventsHeld]).toEqual([1, 2, 0])
    })

    it('filters by a date range of Berlin days, inclusive', async () => {
      const spring = await annualReport(t.db, 2031, { from: '2031-03-11', to: '2031-05-05' }, { now: NOW })
      // The conference starts on 10 March: outside. The evening of 5 May is inside.
      expect(spring.events.map((e) => e.id)).toEqual([ids.byHand])
      const march = await annualReport(t.db, 2031, { from: '2031-03-10', to: '2031-03-10' }, { now: NOW })
      expect(march.events.map((e) => e.id)).toEqual([ids.conference])
      // The same days a year earlier, for the comparison.
      const autumn = await annualReport(t.db, 2031, { from: '2031-11-01' }, { now: NOW })
      expect([autumn.totals.eventsHeld, autumn.previous.totals.eventsHeld]).toEqual([0, 1])
    })

    it('leaves every figure unchanged when a participant’s data is erased', async () => {
      const before = await report()
      const person = await t.db.person.findFirstOrThrow({
        where: { registrations: { some: { eventId: ids.conference, checkIns: { some: {} } } } },
      })
      // GDPR erasure as the schema describes it: names and e-mail overwritten, the row stays.
      await t.db.person.update({
        where: { id: person.id },
        data: {
          firstName: '–',
          lastName: '–',
          email: `erased-${person.id}@erased.invalid`,
          phone: null,
          title: null,
          jobTitle: null,
          erasedAt: new Date(),
        },
      })
      expect(await report()).toEqual(before)
    })

    it('gives the same events page by page, and the same totals alone, as the whole report', async () => {
      const whole = await report()
      const pages: ReportEvent[][] = []
      for await (const page of reportEventPages(t.db, 2031, {}, { now: NOW }, 2)) pages.push(page)
      expect(pages.map((p) => p.length)).toEqual([2, 1])
      expect(pages.flat()).toEqual(whole.events)
      const alone = await reportTotals(t.db, 2031, {}, { now: NOW })
      expect([alone.totals, alone.previous]).toEqual([whole.totals, whole.previous])
    })

    it('has an empty year with zeros, not errors', async () => {
      const r = await annualReport(t.db, 2029, {}, { now: NOW })
      expect(r.totals).toMatchObject({ eventsHeld: 0, participants: 0, noShowRate: null, memberShare: null, participantDays: 0 })
      expect(r.events).toEqual([])
      expect(r.byMonth).toHaveLength(12)
    })
  })

  it('counts daily attendance for one event like the report does', async () => {
    const event = await makeEvent({ kind: 'CONFERENCE', startsAt: berlin('2032-04-01 09:00'), endsAt: berlin('2032-04-02 17:00') })
    const r = await register(event.id)
    await checkIn(r, '2032-04-01')
    await checkIn(r, '2032-04-01', { undone: true })
    await checkIn(r, '2032-04-02', { undone: true })
    const days = await countDays(t.db, { id: event.id }, [event])
    expect(days.get(event.id)).toEqual([{ day: '2032-04-01', present: 1 }])
    expect((await countEvent(t.db, event.id))!.participants).toBe(1)
  })

  it('offers the years that have events, and opens the current year once it has held one', async () => {
    const choices = await reportChoices(t.db)
    expect(choices.firstYear).toBeLessThanOrEqual(2030)
    expect(choices.series.some((s) => s.nameDe === 'Kammerdialog')).toBe(true)
    expect(await defaultReportYear(t.db, berlin('2031-03-01 00:00'))).toBe(2030)
    expect(await defaultReportYear(t.db, berlin('2031-03-10 12:00'))).toBe(2031)
  })
})

describe(`the demo's 2015 report on ${testDbKind()}`, () => {
  const now = new Date('2026-11-24T10:00:00Z')
  let t: TestDatabase
  beforeAll(async () => {
    t = await createTestDatabase()
    await seedDemo(t.db, { now })
  })
  afterAll(() => t?.close())

  /** The 2015 figures recomputed from the demo's rows with plain array code, not the counting module. */
  function expected2015() {
    const rows = buildDemo({ now, staff: { organiserId: 'o', doorId: 'd' } })
    const from = berlin('2015-01-01 00:00')
    const to = berlin('2016-01-01 00:00')
    const held = rows.events.filter((e) => {
      const s = e.startsAt as Date
      return s >= from && s < to && s <= now && e.status !== 'CANCELLED' && (e.status === 'PUBLISHED' || e.isPublic === false)
    })
    const active = new Map<string, Set<string>>()
    for (const c of rows.checkIns) if (!c.undoneAt) active.set(c.registrationId, (active.get(c.registrationId) ?? new Set()).add(c.day))
    const seated = (role: string | undefined) => (role ?? 'ATTENDEE') === 'ATTENDEE' || role === 'PRESS'
    const companyOf = new Map(rows.persons.map((p) => [p.id!, p.companyId ?? null]))
    const company = new Map(rows.companies.map((c) => [c.id!, c]))
    const persons = new Set<string>()
    let participants = 0
    let registrations = 0
    let noShows = 0
    let expectedToCome = 0
    let participantDays = 0
    const byMonth = Array(12).fill(0) as number[]
    const perEvent: Record<string, number> = {}
    for (const e of held) {
      const regs = rows.registrations.filter((r) => r.eventId === e.id && r.status !== 'CANCELLED' && seated(r.role))
      const present = regs.filter((r) => r.source === 'WALK_IN' || active.has(r.id!))
      for (const r of present) persons.add(r.personId)
      const count = e.headcount ?? present.length
      perEvent[e.slug] = count
      participants += count
      registrations += regs.length
      if (e.headcount == null) {
        const ahead = regs.filter((r) => r.status === 'CONFIRMED' && r.source !== 'WALK_IN')
        expectedToCome += ahead.length
        noShows += ahead.filter((r) => !active.has(r.id!)).length
        participantDays += present.reduce((n, r) => n + (active.get(r.id!)?.size ?? 1), 0)
      } else participantDays += count
      byMonth[Number(eventDay(e.startsAt as Date, 'Europe/Berlin').slice(5, 7)) - 1]! += count
    }
    const companies = new Set([...persons].map((p) => companyOf.get(p)).filter((c): c is string => !!c))
    const members = [...companies].filter(
      (c) => company.get(c)!.isMember && (!company.get(c)!.memberSince || (company.get(c)!.memberSince as Date) < to),
    )
    const heldIds = new Set(held.map((e) => e.id))
    const accepted = rows.exhibitors.filter((x) => heldIds.has(x.eventId) && x.status === 'ACCEPTED')
    const occupied = new Set(accepted.map((x) => x.standId))
    return {
      eventsHeld: held.length,
      participants,
      registrations,
      uniquePersons: persons.size,
      companiesReached: companies.size,
      memberCompanies: members.length,
      noShows,
      noShowRate: noShows / expectedToCome,
      participantDays,
      byMonth,
      perEvent,
      fair: {
        exhibitors: accepted.length,
        standAreaSqm: rows.stands.filter((s) => occupied.has(s.id!)).reduce((n, s) => n + s.areaSqm, 0),
        meetings: rows.meetings.filter((m) => heldIds.has(m.eventId) && m.status === 'HELD').length,
      },
    }
  }

  it('equals the figures computed independently from the demo rows: 23 events, 1,307 participants', async () => {
    const want = expected2015()
    const r = await annualReport(t.db, 2015, {}, { now })
    expect([want.eventsHeld, want.participants]).toEqual([23, 1307])
    expect(r.totals).toMatchObject({
      eventsHeld: want.eventsHeld,
      participants: want.participants,
      registrations: want.registrations,
      uniquePersons: want.uniquePersons,
      companiesReached: want.companiesReached,
      memberCompanies: want.memberCompanies,
      noShows: want.noShows,
      participantDays: want.participantDays,
      fair: { fairs: 2, exhibitors: want.fair.exhibitors, standAreaSqm: want.fair.standAreaSqm, meetings: want.fair.meetings },
    })
    expect(r.totals.noShowRate).toBeCloseTo(want.noShowRate, 10)
    expect(r.byMonth.map((m) => m.participants)).toEqual(want.byMonth)
    expect(Object.fromEntries(r.events.map((e) => [e.slug, e.participants]))).toEqual(want.perEvent)
    const counted = r.totals.participantsCountedBy
    expect(counted.checkIns + counted.walkIns + counted.headcount).toBe(1307)
    expect(r.previous.totals.eventsHeld).toBe(0)
    const paged: ReportEvent[] = []
    for await (const page of reportEventPages(t.db, 2015, {}, { now }, 7)) paged.push(...page)
    expect(paged).toEqual(r.events)
  })
})
