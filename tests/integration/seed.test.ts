// The demo data: the annual report's 2015 figures under the counting rules, the named events on
// their dates, the staff logins, and upcoming events open for registration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDemo } from '~/demo/build'
import { seedDemo, type SeedSummary } from '~/demo/seed.server'
import { countEvent, countYear, type YearCount } from '~/domain/reports/counting.server'
import { closedReason } from '~/domain/registration/register.server'
import { eventDay, utcToWallTime } from '~/lib/datetime'
import { verifyPassword } from '~/lib/password.server'
import { createTestDatabase, testDbKind, type TestDatabase } from '../support/db'

// "Today" in the brief of the demo; upcoming events are planned from it.
const NOW = new Date('2026-11-24T10:00:00Z')

describe(`demo seed on ${testDbKind()}`, () => {
  let t: TestDatabase
  let summary: SeedSummary
  let year2015: YearCount
  beforeAll(async () => {
    t = await createTestDatabase()
    const started = performance.now()
    summary = await seedDemo(t.db, { now: NOW })
    console.info(`[seed test] demo seeded on ${t.kind} in ${Math.round(performance.now() - started)} ms`, summary)
    year2015 = await countYear(t.db, 2015, { now: NOW })
  })
  afterAll(() => t?.close())

  const event = (slug: string) => t.db.event.findUniqueOrThrow({ where: { slug } })
  const berlinDay = (date: Date) => eventDay(date, 'Europe/Berlin')

  it('gives exactly 23 events held with 1,307 participants in 2015, as the annual report says', () => {
    expect(year2015.eventsHeld).toBe(23)
    expect(year2015.participants).toBe(1307)
  })

  it('has people who came more than once, so unique persons are fewer than participants', () => {
    expect(year2015.uniquePersons).toBeGreaterThan(300)
    expect(year2015.uniquePersons).toBeLessThan(year2015.participants)
    expect(year2015.companiesReached).toBeGreaterThan(100)
    expect(year2015.memberCompanies).toBeGreaterThan(50)
    expect(year2015.memberCompanies).toBeLessThanOrEqual(126)
    expect(year2015.noShows).toBeGreaterThan(0)
  })

  it('counts the named 2015 events as the report tells them', async () => {
    const participants = Object.fromEntries(year2015.perEvent.map((e) => [e.slug, e]))
    expect(participants['energieforum-2015']).toMatchObject({ participants: 80, method: 'checkins' })
    expect(participants['energieforum-2015']!.noShows).toBeGreaterThan(0)
    expect(participants['ag-remanufacturing-2015-08']).toMatchObject({ participants: 10, method: 'checkins' })
    expect(participants['industriedialog-ost-2015']!.participants).toBeGreaterThan(100)
    expect(participants['leitmarkt-auftakt-2015']).toMatchObject({ participants: 30, method: 'headcount' })
    expect(participants['leitmarkt-auftakt-2015']!.headcountNote).toBeTruthy()
    // The cancelled e-business event of August is not one of the 23.
    expect(participants['e-business-2015-08-18']).toBeUndefined()
    expect((await event('e-business-2015-08-18')).status).toBe('CANCELLED')
  })

  it('has the named 2015 events on their dates in Berlin', async () => {
    const dates: Array<[string, string, string]> = [
      ['hannover-messe-2015', '2015-04-13', '2015-04-17'],
      ['leitmarkt-auftakt-2015', '2015-04-24', '2015-04-24'],
      ['energieforum-2015', '2015-05-20', '2015-05-20'],
      ['ag-remanufacturing-2015-08', '2015-08-25', '2015-08-25'],
      ['industriemesse-plovdiv-2015', '2015-09-28', '2015-10-03'],
      ['maschinenbau-tage-2015', '2015-09-30', '2015-10-01'],
      ['industriedialog-ost-2015', '2015-11-19', '2015-11-19'],
    ]
    for (const [slug, first, last] of dates) {
      const e = await event(slug)
      expect([slug, berlinDay(e.startsAt), berlinDay(e.endsAt)]).toEqual([slug, first, last])
      expect(e.status).toBe('PUBLISHED')
    }
    // Stored in UTC from Berlin wall-clock time: 09:30 in summer time is 07:30 UTC.
    expect((await event('energieforum-2015')).startsAt.toISOString()).toBe('2015-05-20T07:30:00.000Z')
    const plovdiv = await event('industriemesse-plovdiv-2015')
    expect([plovdiv.timeZone, utcToWallTime(plovdiv.startsAt, plovdiv.timeZone)]).toEqual(['Europe/Sofia', '2015-09-28T10:00'])
  })

  it('admits the two-day conference on both days, each check-in on its own day', async () => {
    const e = await event('maschinenbau-tage-2015')
    const days = await t.db.checkIn.groupBy({ by: ['day'], where: { eventId: e.id }, _count: { _all: true } })
    expect(days.map((d) => d.day).sort()).toEqual(['2015-09-30', '2015-10-01'])
    const checkIns = await t.db.checkIn.findMany({ where: { eventId: e.id }, select: { day: true, checkedInAt: true } })
    for (const c of checkIns) expect(berlinDay(c.checkedInAt)).toBe(c.day)
    expect((await countEvent(t.db, e.id))!.participants).toBe(312)
  })

  it('gives the conference a programme with rooms, sessions, speakers and partners', async () => {
    const e = await t.db.event.findUniqueOrThrow({
      where: { slug: 'energieforum-2015' },
      include: {
        rooms: true,
        sessions: { include: { speakers: { include: { speaker: { include: { person: { include: { company: true } } } } } } } },
        partners: true,
      },
    })
    expect(e.rooms.length).toBe(2)
    const speakerCompanies = e.sessions.flatMap((s) => s.speakers.map((l) => l.speaker.person.company?.name))
    expect(speakerCompanies).toContain('NOVO-TECH GmbH & Co. KG')
    expect(speakerCompanies).toContain('MTU Reman Technologies GmbH')
    expect(e.partners.map((p) => [p.name, p.role])).toEqual(
      expect.arrayContaining([
        ['LENA Landesenergieagentur Sachsen-Anhalt', 'CO_HOST'],
        ['IHK Magdeburg', 'SUPPORTER'],
      ]),
    )
    const industriedialog = await t.db.speaker.findMany({
      where: { event: { slug: 'industriedialog-ost-2015' } },
      include: { person: true },
    })
    expect(industriedialog.map((s) => `${s.person.firstName} ${s.person.lastName}`)).toEqual(
      expect.arrayContaining(['Iris Gleicke', 'Michael Schenk', 'Christian Malorny', 'Heinrich von Nathusius']),
    )
  })

  it('shows the fairs with stands, accepted exhibitors, their staff and held meetings', async () => {
    for (const slug of ['hannover-messe-2015', 'industriemesse-plovdiv-2015']) {
      const e = await t.db.event.findUniqueOrThrow({
        where: { slug },
        include: { stands: true, exhibitors: { include: { company: true } }, meetings: true },
      })
      expect(e.kind).toBe('FAIR')
      expect(e.stands.some((s) => s.kind === 'JOINT' && s.width! * s.depth! === s.areaSqm)).toBe(true)
      expect(e.exhibitors.length).toBeGreaterThanOrEqual(3)
      for (const x of e.exhibitors) expect([x.status, !!x.standId, x.company.isMember]).toEqual(['ACCEPTED', true, true])
      expect(e.meetings.length).toBeGreaterThan(0)
      expect(e.meetings.every((m) => m.status === 'HELD')).toBe(true)
      const c = (await countEvent(t.db, e.id))!
      expect(c.byRole.EXHIBITOR.present).toBeGreaterThan(0)
      expect(c.participants).toBe(c.byRole.ATTENDEE.present + c.byRole.PRESS.present)
    }
  })

  it('has 126 member companies, the named ones among them, and the partner institutions', async () => {
    expect(await t.db.company.count({ where: { isMember: true } })).toBe(126)
    const named = [
      'NOVO-TECH GmbH & Co. KG',
      'MTU Reman Technologies GmbH',
      'INOGET Christoph Lehmann GmbH',
      'Laserscanning Europe GmbH',
      'Luxaa® | Tywear – Textile Solutions UG',
      'icb-consulting Carmen Bohndick',
    ]
    expect(await t.db.company.count({ where: { name: { in: named }, isMember: true } })).toBe(named.length)
    const members = await t.db.company.findMany({ where: { isMember: true }, select: { memberSince: true } })
    const joined = members.map((m) => berlinDay(m.memberSince!)).sort()
    expect(joined[0]! >= '2008-01-01' && joined.at(-1)! <= '2015-12-31').toBe(true)
    const tti = await t.db.company.findUniqueOrThrow({ where: { name: 'tti Technologietransfer und Innovationsförderung Magdeburg GmbH' } })
    expect(tti.isMember).toBe(false)
  })

  it('has people with normalised, unique e-mail addresses', async () => {
    const persons = await t.db.person.findMany({ select: { email: true } })
    expect(persons.length).toBe(summary.persons)
    for (const { email } of persons) expect(email).toMatch(/^[a-z0-9.-]+@[a-z0-9.-]+\.example$/)
  })

  it('has the demo admin and one login per role, with the demo password', async () => {
    const users = await t.db.user.findMany({ orderBy: { email: 'asc' } })
    expect(users.map((u) => [u.email, u.role])).toEqual([
      ['admin@example.org', 'ADMIN'],
      ['door@example.org', 'DOOR'],
      ['orga@example.org', 'ORGANIZER'],
      ['report@example.org', 'REPORTER'],
    ])
    const admin = users[0]!
    expect(await verifyPassword('fairdesk-demo', admin.passwordHash)).toBe(true)
    expect(await verifyPassword('wrong', admin.passwordHash)).toBe(false)
  })

  it('has upcoming events open for registration, with questions and existing registrations', async () => {
    const upcoming = await t.db.event.findMany({
      where: { startsAt: { gt: NOW }, status: 'PUBLISHED' },
      include: { questions: true, _count: { select: { registrations: true } } },
    })
    const slugs = upcoming.map((e) => e.slug)
    expect(slugs).toEqual(
      expect.arrayContaining([
        'kammerdialog-2026-12',
        'kammerdialog-2027-01',
        'kammerdialog-2027-02',
        'clustertagung-2027',
        'hannover-messe-2027',
      ]),
    )
    expect(slugs.some((s) => s.startsWith('workshop-remanufacturing-'))).toBe(true)
    expect(slugs.some((s) => s.startsWith('e-business-2027'))).toBe(true)
    for (const e of upcoming) {
      expect([e.slug, closedReason(e, NOW)]).toEqual([e.slug, null])
      expect(e.registrationOpensAt! < NOW && NOW < e.registrationClosesAt! && e.registrationClosesAt! <= e.startsAt).toBe(true)
      expect(e.capacity).toBeGreaterThan(0)
      expect(e.questions.length).toBeGreaterThanOrEqual(1)
      expect(e.questions.length).toBeLessThanOrEqual(3)
      expect(e._count.registrations).toBeGreaterThan(0)
    }
    const reman = upcoming.find((e) => e.slug.startsWith('workshop-remanufacturing-'))!
    expect([reman.capacity, reman.confirmedCount, reman.waitlistEnabled]).toEqual([12, 11, true])
    const conference = await t.db.event.findUniqueOrThrow({
      where: { slug: 'clustertagung-2027' },
      include: { rooms: true, sessions: true },
    })
    expect([conference.kind, conference.capacity, conference.rooms.length]).toEqual(['CONFERENCE', 150, 2])
    const fair = await t.db.event.findUniqueOrThrow({ where: { slug: 'hannover-messe-2027' }, include: { stands: true, meetings: true } })
    expect(fair.kind).toBe('FAIR')
    expect(fair.stands.some((s) => s.kind === 'JOINT')).toBe(true)
    expect(fair.meetings.length).toBeGreaterThan(0)
  })

  it('has one draft and one cancelled upcoming event, neither open for registration', async () => {
    const others = await t.db.event.findMany({ where: { startsAt: { gt: NOW }, status: { not: 'PUBLISHED' } } })
    expect(others.map((e) => e.status).sort()).toEqual(['CANCELLED', 'DRAFT'])
    for (const e of others) expect(closedReason(e, NOW)).not.toBeNull()
    const cancelled = others.find((e) => e.status === 'CANCELLED')!
    expect(await t.db.registration.count({ where: { eventId: cancelled.id, status: { not: 'CANCELLED' } } })).toBe(0)
  })

  it('keeps every event’s confirmedCount equal to its confirmed attendee and press registrations', async () => {
    const events = await t.db.event.findMany({ select: { id: true, slug: true, confirmedCount: true, capacity: true } })
    const seats = await t.db.registration.groupBy({
      by: ['eventId'],
      where: { status: 'CONFIRMED', role: { in: ['ATTENDEE', 'PRESS'] } },
      _count: { _all: true },
    })
    const taken = new Map(seats.map((s) => [s.eventId, s._count._all]))
    for (const e of events) {
      expect([e.slug, e.confirmedCount]).toEqual([e.slug, taken.get(e.id) ?? 0])
      if (e.capacity !== null) expect(e.confirmedCount).toBeLessThanOrEqual(e.capacity)
    }
    const sessions = await t.db.session.findMany({
      where: { capacity: { not: null } },
      include: { _count: { select: { registrations: { where: { status: 'CONFIRMED' } } } } },
    })
    for (const s of sessions) expect(s.confirmedCount).toBe(s._count.registrations)
  })

  it('refuses to seed a database that already holds events', async () => {
    await expect(seedDemo(t.db, { now: NOW })).rejects.toThrow(/already holds \d+ event/)
  })

  it('is reproducible: the same day gives the same rows, ids and tokens', () => {
    const staff = { organiserId: 'organiser', doorId: 'door' }
    const first = buildDemo({ now: NOW, staff })
    const second = buildDemo({ now: NOW, staff })
    expect(second).toEqual(first)
    const secrets = first.registrations.flatMap((r) => [r.ticketSecret, r.manageToken])
    expect(new Set(secrets).size).toBe(secrets.length)
    for (const s of secrets) expect(s).toMatch(/^[0-9a-f]{64}$/)
  })

  it('plans upcoming events after any "now", and keeps 2015 as it is', () => {
    const later = new Date('2029-02-10T09:00:00Z')
    const rows = buildDemo({ now: later, staff: { organiserId: 'o', doorId: 'd' } })
    const upcoming = rows.events.filter((e) => (e.startsAt as Date) > later)
    expect(upcoming.length).toBe(summary.upcomingEvents)
    const open = upcoming.filter((e) => e.status === 'PUBLISHED')
    for (const e of open) expect((e.registrationOpensAt as Date) < later && later < (e.registrationClosesAt as Date)).toBe(true)
    const slugs2015 = (r: typeof rows) => r.events.filter((e) => e.slug.includes('2015')).map((e) => e.slug)
    expect(slugs2015(rows)).toEqual(slugs2015(buildDemo({ now: NOW, staff: { organiserId: 'o', doorId: 'd' } })))
  })
})
