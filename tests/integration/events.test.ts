// The public event list and event page against a real database (SQLite, and PostgreSQL in CI).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Prisma } from '~/generated/prisma-sqlite/client'
import { getPublicEvent, listPublicEvents, type PublicEventsQuery } from '~/domain/events/events.server'
import { createTestDatabase, type TestDatabase } from '../support/db'

const now = new Date('2026-05-01T10:00:00Z')
const days = (d: number, hours = 0) => new Date(now.getTime() + (d * 24 + hours) * 3_600_000)

describe('public events', () => {
  let t: TestDatabase
  const list = (query: Partial<PublicEventsQuery> = {}) => listPublicEvents(t.db, { when: 'upcoming', page: 1, perPage: 50, now, ...query })
  const slugs = async (query: Partial<PublicEventsQuery> = {}) => (await list(query)).events.map((e) => e.slug)

  const make = (slug: string, data: Partial<Prisma.EventUncheckedCreateInput> & { start: number; lengthHours?: number }) => {
    const { start, lengthHours = 6, ...rest } = data
    return t.db.event.create({
      data: {
        slug,
        kind: 'CONFERENCE',
        status: 'PUBLISHED',
        titleDe: `Titel ${slug}`,
        titleEn: `Title ${slug}`,
        startsAt: days(start),
        endsAt: days(start, lengthHours),
        ...rest,
      },
    })
  }

  beforeAll(async () => {
    t = await createTestDatabase()
    const series = await t.db.series.create({
      data: { slug: 'clusterkonferenz', nameDe: 'Clusterkonferenz', nameEn: 'Cluster conference' },
    })
    const industry = await t.db.programme.create({
      data: { slug: 'industrie-4-0', nameDe: 'E-Business / Industrie 4.0', nameEn: 'E-business / Industry 4.0' },
    })
    const reman = await t.db.programme.create({ data: { slug: 'reman', nameDe: 'Remanufacturing', nameEn: 'Remanufacturing' } })

    // Upcoming, in order of start: running fair, workshop (full), dialogue (cancelled), conference.
    await make('fair-running', {
      kind: 'FAIR',
      start: -1,
      lengthHours: 48,
      titleDe: 'Fachmesse Antriebstechnik und Großanlagen',
      titleEn: 'Drive technology fair',
      venueCity: 'Leipzig',
    })
    await make('workshop-full', {
      kind: 'WORKSHOP',
      start: 2,
      titleDe: 'Workshop: Über Remanufacturing',
      titleEn: 'Workshop: about remanufacturing',
      venueCity: 'Düsseldorf',
      capacity: 20,
      confirmedCount: 20,
    })
    await make('dialogue-cancelled', {
      kind: 'DIALOGUE',
      status: 'CANCELLED',
      start: 5,
      titleDe: 'Dialogabend Industrie 4.0',
      titleEn: 'Dialogue evening Industry 4.0',
      venueCity: 'Zwickau',
    })
    const conference = await make('conference', {
      start: 10,
      lengthHours: 30,
      titleDe: 'Clusterkonferenz Maschinenbau',
      titleEn: 'Cluster conference mechanical engineering',
      summaryDe: 'Der Treffpunkt der Branche.',
      summaryEn: 'Where the industry meets.',
      venueName: 'Stadthalle',
      venueStreet: 'Theaterplatz 1',
      venuePostcode: '09111',
      venueCity: 'Chemnitz',
      capacity: 100,
      confirmedCount: 40,
      seriesId: series.id,
      programmes: { connect: [{ id: reman.id }, { id: industry.id }] },
    } as Partial<Prisma.EventUncheckedCreateInput> & { start: number })

    // Past, latest first: meeting, cancelled conference, old conference.
    await make('meeting-past', {
      kind: 'MEETING',
      start: -10,
      titleDe: 'Arbeitskreis Qualität',
      titleEn: 'Quality working group',
      venueCity: 'Überlingen',
    })
    await make('conference-past-cancelled', { status: 'CANCELLED', start: -40 })
    await make('conference-old', {
      start: -400,
      titleDe: 'Clusterkonferenz 2025',
      titleEn: 'Cluster conference 2025',
      venueCity: 'Chemnitz',
    })
    // An event that ended exactly now is past.
    await make('ended-now', { kind: 'WORKSHOP', start: 0, lengthHours: 0 })

    // Never public: drafts and internal events, even when their titles match a search.
    await make('draft', { status: 'DRAFT', start: 3, titleDe: 'Entwurf Über Remanufacturing', venueCity: 'Chemnitz' })
    await make('internal', { isPublic: false, start: 4, titleDe: 'Interne Klausur Remanufacturing', venueCity: 'Chemnitz' })
    await make('internal-cancelled', { isPublic: false, status: 'CANCELLED', start: 6 })
    await make('draft-past', { status: 'DRAFT', start: -5 })

    // The conference's programme: two rooms, three sessions, speakers with companies.
    const hall = await t.db.room.create({ data: { eventId: conference.id, name: 'Großer Saal', position: 0 } })
    const lab = await t.db.room.create({ data: { eventId: conference.id, name: 'Labor', position: 1 } })
    const acme = await t.db.company.create({ data: { name: 'Acme Antriebe GmbH', website: 'https://acme.example' } })
    const anna = await t.db.person.create({
      data: { email: 'anna@acme.example', firstName: 'Anna', lastName: 'Schmidt', title: 'Dr.', companyId: acme.id },
    })
    const ben = await t.db.person.create({ data: { email: 'ben@example.org', firstName: 'Ben', lastName: 'Jones' } })
    const carl = await t.db.person.create({ data: { email: 'carl@example.org', firstName: 'Carl', lastName: 'Declined' } })
    const speaker = (personId: string, token: string, status: 'INVITED' | 'CONFIRMED' | 'DECLINED' = 'CONFIRMED') =>
      t.db.speaker.create({ data: { eventId: conference.id, personId, token, status } })
    const [sAnna, sBen, sCarl] = [
      await speaker(anna.id, 'tok-a'),
      await speaker(ben.id, 'tok-b', 'INVITED'),
      await speaker(carl.id, 'tok-c', 'DECLINED'),
    ]
    const session = (titleDe: string, startHour: number, roomId: string | null, extra: Partial<Prisma.SessionUncheckedCreateInput> = {}) =>
      t.db.session.create({
        data: {
          eventId: conference.id,
          roomId,
          titleDe,
          titleEn: `${titleDe} (en)`,
          startsAt: days(10, startHour),
          endsAt: days(10, startHour + 1),
          ...extra,
        },
      })
    // Created first and first in the alphabet, but in the second room: sorted after the panel.
    const workshop = await session('Anwenderwerkstatt', 2, lab.id, { kind: 'WORKSHOP' })
    const keynote = await session('Eröffnung', 0, hall.id, { kind: 'KEYNOTE' })
    const panel = await session('Podium', 2, hall.id, { kind: 'PANEL' })
    await session('Tag zwei', 24, null)
    await t.db.sessionSpeaker.createMany({
      data: [
        { sessionId: keynote.id, speakerId: sAnna.id },
        { sessionId: panel.id, speakerId: sCarl.id, position: 0 },
        { sessionId: panel.id, speakerId: sBen.id, position: 2 },
        { sessionId: panel.id, speakerId: sAnna.id, position: 1 },
        { sessionId: workshop.id, speakerId: sBen.id },
      ],
    })
    await t.db.eventPartner.createMany({
      data: [
        { eventId: conference.id, name: 'Sponsor AG', role: 'SPONSOR', position: 2, url: 'https://sponsor.example' },
        { eventId: conference.id, name: 'Acme Antriebe GmbH', role: 'CO_HOST', position: 1, companyId: acme.id },
        { eventId: conference.id, name: 'IHK', role: 'HOST', position: 0 },
      ],
    })
  })
  afterAll(async () => {
    await t?.close()
  })

  describe('listPublicEvents', () => {
    it('lists upcoming public events, soonest first, including running and cancelled ones', async () => {
      expect(await slugs()).toEqual(['fair-running', 'workshop-full', 'dialogue-cancelled', 'conference'])
    })

    it('lists past public events, latest first', async () => {
      expect(await slugs({ when: 'past' })).toEqual(['ended-now', 'meeting-past', 'conference-past-cancelled', 'conference-old'])
    })

    it('filters by kind', async () => {
      expect(await slugs({ kind: 'WORKSHOP' })).toEqual(['workshop-full'])
      expect(await slugs({ kind: 'CONFERENCE', when: 'past' })).toEqual(['conference-past-cancelled', 'conference-old'])
      expect(await slugs({ kind: 'MEETING' })).toEqual([])
    })

    it('derives seats left and the registration state for each event', async () => {
      const { events } = await list()
      const bySlug = Object.fromEntries(events.map((e) => [e.slug, e]))
      expect(bySlug.conference).toMatchObject({ seatsLeft: 60, registrationState: 'open' })
      expect(bySlug['workshop-full']).toMatchObject({ seatsLeft: 0, registrationState: 'waitlist' })
      expect(bySlug['dialogue-cancelled']).toMatchObject({ seatsLeft: null, registrationState: 'cancelled' })
      expect(bySlug['fair-running']).toMatchObject({ seatsLeft: null, registrationState: 'open' })
      const past = await list({ when: 'past' })
      expect(past.events.find((e) => e.slug === 'meeting-past')?.registrationState).toBe('past')
    })

    it('searches titles in both languages and the city, ignoring case', async () => {
      expect(await slugs({ q: 'clusterkonferenz' })).toEqual(['conference'])
      expect(await slugs({ q: 'MECHANICAL' })).toEqual(['conference'])
      expect(await slugs({ q: 'chemnitz' })).toEqual(['conference'])
      expect(await slugs({ q: 'Chemnitz', when: 'past' })).toEqual(['conference-old'])
    })

    it('ignores the case of umlauts and finds words with or without them', async () => {
      for (const q of ['über', 'ÜBER', 'Über', 'uber']) expect(await slugs({ q }), q).toEqual(['workshop-full'])
      for (const q of ['düsseldorf', 'DÜSSELDORF', 'Dusseldorf']) expect(await slugs({ q }), q).toEqual(['workshop-full'])
      expect(await slugs({ q: 'GROSSANLAGEN' })).toEqual(['fair-running'])
      expect(await slugs({ q: 'über', when: 'past' })).toEqual(['meeting-past'])
    })

    it('requires every word of the query, in any of the fields', async () => {
      expect(await slugs({ q: 'remanufacturing düsseldorf' })).toEqual(['workshop-full'])
      expect(await slugs({ q: 'remanufacturing chemnitz' })).toEqual([])
      expect(await slugs({ q: '   ' })).toEqual(['fair-running', 'workshop-full', 'dialogue-cancelled', 'conference'])
    })

    it('never finds drafts or internal events', async () => {
      expect(await slugs({ q: 'Entwurf' })).toEqual([])
      expect(await slugs({ q: 'Klausur' })).toEqual([])
      expect(await slugs({ q: 'remanufacturing' })).toEqual(['workshop-full'])
    })

    it('combines search with kind and time filters', async () => {
      expect(await slugs({ q: 'industrie', kind: 'DIALOGUE' })).toEqual(['dialogue-cancelled'])
      expect(await slugs({ q: 'industrie', kind: 'FAIR' })).toEqual([])
      expect(await slugs({ q: 'arbeitskreis' })).toEqual([])
      expect(await slugs({ q: 'arbeitskreis', when: 'past' })).toEqual(['meeting-past'])
    })

    it('paginates with totals and page counts', async () => {
      const first = await list({ perPage: 3 })
      expect(first).toMatchObject({ total: 4, page: 1, pages: 2 })
      expect(first.events.map((e) => e.slug)).toEqual(['fair-running', 'workshop-full', 'dialogue-cancelled'])
      const second = await list({ perPage: 3, page: 2 })
      expect(second).toMatchObject({ total: 4, page: 2, pages: 2 })
      expect(second.events.map((e) => e.slug)).toEqual(['conference'])
    })

    it('clamps a page number beyond the last page or below the first', async () => {
      expect(await list({ perPage: 3, page: 9 })).toMatchObject({ page: 2, pages: 2 })
      expect(await list({ perPage: 3, page: 0 })).toMatchObject({ page: 1 })
      expect(await list({ perPage: 3, page: Number.NaN })).toMatchObject({ page: 1 })
    })

    it('paginates search results', async () => {
      const page1 = await list({ when: 'past', q: 'titel', perPage: 1 })
      expect(page1).toMatchObject({ total: 2, pages: 2, page: 1 })
      expect(page1.events.map((e) => e.slug)).toEqual(['ended-now'])
      const page2 = await list({ when: 'past', q: 'titel', perPage: 1, page: 2 })
      expect(page2.events.map((e) => e.slug)).toEqual(['conference-past-cancelled'])
    })

    it('reports one empty page when nothing matches', async () => {
      expect(await list({ q: 'nichts dergleichen' })).toEqual({ events: [], total: 0, page: 1, pages: 1 })
    })
  })

  describe('getPublicEvent', () => {
    it('returns the event with series, programmes, partners in order, and seats left', async () => {
      const event = await getPublicEvent(t.db, 'conference', now)
      expect(event).toMatchObject({
        slug: 'conference',
        titleDe: 'Clusterkonferenz Maschinenbau',
        venueStreet: 'Theaterplatz 1',
        seatsLeft: 60,
        registrationState: 'open',
        series: { slug: 'clusterkonferenz', nameDe: 'Clusterkonferenz', nameEn: 'Cluster conference' },
      })
      expect(event!.programmes.map((p) => p.slug)).toEqual(['industrie-4-0', 'reman'])
      expect(event!.partners).toEqual([
        { name: 'IHK', role: 'HOST', url: null },
        { name: 'Acme Antriebe GmbH', role: 'CO_HOST', url: 'https://acme.example' },
        { name: 'Sponsor AG', role: 'SPONSOR', url: 'https://sponsor.example' },
      ])
    })

    it('returns the sessions by start and room, with room and the speakers who accepted', async () => {
      const event = await getPublicEvent(t.db, 'conference', now)
      expect(event!.sessions.map((s) => [s.titleDe, s.room])).toEqual([
        ['Eröffnung', 'Großer Saal'],
        ['Podium', 'Großer Saal'],
        ['Anwenderwerkstatt', 'Labor'],
        ['Tag zwei', null],
      ])
      const [keynote, panel, workshop] = event!.sessions
      expect(keynote!.speakers).toEqual([{ id: expect.any(String), name: 'Dr. Anna Schmidt', company: 'Acme Antriebe GmbH' }])
      // Ben has not answered his invitation and Carl declined: neither is announced. Ben's
      // workshop is still on the programme, without a speaker.
      expect(panel!.speakers.map((s) => s.name)).toEqual(['Dr. Anna Schmidt'])
      expect(workshop!.speakers).toEqual([])
      expect(keynote).toMatchObject({ kind: 'KEYNOTE', titleEn: 'Eröffnung (en)', startsAt: days(10, 0), endsAt: days(10, 1) })
    })

    it('does not hand out speakers’ e-mail addresses or internal fields', async () => {
      const event = await getPublicEvent(t.db, 'conference', now)
      const json = JSON.stringify(event)
      expect(json).not.toContain('anna@acme.example')
      expect(json).not.toContain('tok-a')
      expect(event).not.toHaveProperty('headcount')
      expect(event).not.toHaveProperty('isPublic')
    })

    it('hides a speaker whose personal data was erased', async () => {
      await t.db.speaker.updateMany({ where: { token: 'tok-b' }, data: { status: 'CONFIRMED' } })
      const confirmed = await getPublicEvent(t.db, 'conference', now)
      expect(confirmed!.sessions[1]!.speakers.map((s) => [s.name, s.company])).toEqual([
        ['Dr. Anna Schmidt', 'Acme Antriebe GmbH'],
        ['Ben Jones', null],
      ])
      const erased = await t.db.person.update({ where: { email: 'ben@example.org' }, data: { erasedAt: now } })
      try {
        const event = await getPublicEvent(t.db, 'conference', now)
        expect(event!.sessions[1]!.speakers.map((s) => s.name)).toEqual(['Dr. Anna Schmidt'])
      } finally {
        await t.db.speaker.updateMany({ where: { token: 'tok-b' }, data: { status: 'INVITED' } })
        await t.db.person.update({ where: { id: erased.id }, data: { erasedAt: null } })
      }
    })

    it('gives the waiting list, unlimited seats, cancelled and past states', async () => {
      expect(await getPublicEvent(t.db, 'workshop-full', now)).toMatchObject({ seatsLeft: 0, registrationState: 'waitlist' })
      expect(await getPublicEvent(t.db, 'fair-running', now)).toMatchObject({ seatsLeft: null, registrationState: 'open' })
      expect(await getPublicEvent(t.db, 'dialogue-cancelled', now)).toMatchObject({ registrationState: 'cancelled' })
      expect(await getPublicEvent(t.db, 'meeting-past', now)).toMatchObject({
        registrationState: 'past',
        sessions: [],
        partners: [],
        series: null,
      })
    })

    it('returns null for drafts, internal and unknown events', async () => {
      for (const slug of ['draft', 'draft-past', 'internal', 'internal-cancelled', 'no-such-event']) {
        expect(await getPublicEvent(t.db, slug, now), slug).toBeNull()
      }
    })
  })
})
