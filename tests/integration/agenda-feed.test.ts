// The programme as a calendar feed, read back with an independent parser (ical.js): one VEVENT per
// session that is not a break, times in UTC, text escaped so that no title can end an event early.
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPersonalAgenda, getPublicAgenda, markSession, personalFeed, programmeFeed } from '~/domain/programme/agenda.server'
import { getPublicEvent } from '~/domain/events/events.server'
import { createRoom, createSession, type SessionInput } from '~/domain/programme/programme.server'
import { register } from '~/domain/registration/register.server'
import { inviteSpeaker, readSpeakerPhoto, respondAsSpeaker } from '~/domain/programme/speakers.server'
import { wallTimeToUtc } from '~/lib/datetime'
import { createTestDatabase, type TestDatabase } from '../support/db'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(() => t?.close())

const berlin = 'Europe/Berlin'
const at = (wall: string) => wallTimeToUtc(wall, berlin)
const appUrl = 'https://fairdesk.example'

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  return calendar.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c)
    return {
      uid: e.uid,
      summary: e.summary,
      location: e.location,
      description: e.description,
      sequence: e.sequence,
      status: c.getFirstPropertyValue('status'),
      start: e.startDate.toJSDate().toISOString(),
      startIsUtc: e.startDate.zone?.tzid === 'UTC',
      end: e.endDate.toJSDate().toISOString(),
    }
  })
}

async function conference(slug: string, dates: { from: string; until: string }) {
  const event = await t.db.event.create({
    data: {
      slug,
      kind: 'CONFERENCE',
      status: 'PUBLISHED',
      titleDe: 'Clustertagung, „Industrie 4.0“',
      titleEn: 'Cluster conference',
      startsAt: at(dates.from),
      endsAt: at(dates.until),
      venueName: 'Fraunhofer IFF',
      venueCity: 'Magdeburg',
    },
  })
  const room = await createRoom(t.db, event.id, { name: 'Saal A; Erdgeschoss', capacity: 100 })
  if (room.kind !== 'saved') throw new Error('room')
  return { event, roomId: room.roomId }
}

const session = (roomId: string, from: string, until: string, more: Partial<SessionInput>): SessionInput => ({
  kind: 'TALK',
  titleDe: 'Vortrag',
  titleEn: 'Talk',
  language: 'de',
  roomId,
  startsAt: at(from),
  endsAt: at(until),
  capacity: null,
  speakerIds: [],
  ...more,
})

async function create(eventId: string, input: SessionInput) {
  const result = await createSession(t.db, eventId, input)
  if (result.kind !== 'saved') throw new Error(JSON.stringify(result))
  return result.sessionId
}

describe('the programme feed', () => {
  it('has one VEVENT per session that is not a break, in UTC, with hostile text escaped', async () => {
    const { event, roomId } = await conference('feed-1', { from: '2027-05-19T09:00', until: '2027-05-20T17:00' })
    const speaker = await inviteSpeaker(t.db, event.id, {
      email: 'anna@iff.example',
      firstName: 'Anna',
      lastName: 'Schmidt, Dr.',
      company: 'Fraunhofer IFF',
    })
    if (speaker.kind !== 'invited') throw new Error('invite')
    await respondAsSpeaker(t.db, speaker.token, 'CONFIRMED')

    const keynote = await create(
      event.id,
      session(roomId, '2027-05-19T09:00', '2027-05-19T10:00', {
        kind: 'KEYNOTE',
        titleDe: 'Keynote: Daten, Modelle; Wege\\Irrwege',
        speakerIds: [speaker.speakerId],
      }),
    )
    await create(event.id, session(roomId, '2027-05-19T10:00', '2027-05-19T10:30', { kind: 'BREAK', titleDe: 'Kaffeepause' }))
    const hostile = await create(
      event.id,
      session(roomId, '2027-05-19T10:30', '2027-05-19T11:00', {
        titleDe: 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:injected',
        abstractDe: 'Zeile 1\rZeile 2\nZeile 3',
      }),
    )
    const night = await create(event.id, session(roomId, '2027-05-19T23:30', '2027-05-20T00:30', { titleDe: 'Nachtschicht' }))

    const feed = await programmeFeed(t.db, event.slug, { appUrl, locale: 'de' })
    expect(feed).not.toBeNull()
    const events = parse(feed!.ics)
    expect(events).toHaveLength(3)
    expect(feed!.ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(3)

    const byUid = new Map(events.map((e) => [e.uid, e]))
    const k = byUid.get(`session-${keynote}@fairdesk.example`)!
    expect(k.summary).toBe('Keynote: Daten, Modelle; Wege\\Irrwege')
    // 09:00 CEST is 07:00 UTC, written as UTC.
    expect([k.start, k.end, k.startIsUtc]).toEqual(['2027-05-19T07:00:00.000Z', '2027-05-19T08:00:00.000Z', true])
    expect(k.location).toBe('Saal A; Erdgeschoss, Fraunhofer IFF, Magdeburg')
    expect(k.description).toContain('Anna Schmidt, Dr. (Fraunhofer IFF)')
    expect(k.sequence).toBe(0)

    const h = byUid.get(`session-${hostile}@fairdesk.example`)!
    expect(h.summary).toBe('x\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:injected')
    expect(h.description).toBe('Zeile 1\nZeile 2\nZeile 3')

    // Across midnight: 23:30–00:30 CEST is 21:30–22:30 UTC.
    const nt = byUid.get(`session-${night}@fairdesk.example`)!
    expect([nt.start, nt.end]).toEqual(['2027-05-19T21:30:00.000Z', '2027-05-19T22:30:00.000Z'])
  })

  it('puts times right on the day the clocks go back in Berlin', async () => {
    const { event, roomId } = await conference('feed-dst', { from: '2026-10-24T09:00', until: '2026-10-25T17:00' })
    await create(event.id, session(roomId, '2026-10-24T09:00', '2026-10-24T10:00', { titleDe: 'Samstag' }))
    await create(event.id, session(roomId, '2026-10-25T09:00', '2026-10-25T10:00', { titleDe: 'Sonntag' }))
    const events = parse((await programmeFeed(t.db, event.slug, { appUrl, locale: 'en' }))!.ics)
    // Saturday is still summer time (UTC+2), Sunday winter time (UTC+1).
    expect(events.map((e) => [e.summary, e.start])).toEqual([
      ['Talk', '2026-10-24T07:00:00.000Z'],
      ['Talk', '2026-10-25T08:00:00.000Z'],
    ])
  })

  it('is an empty calendar for an event without programme, and nothing for a draft', async () => {
    const { event } = await conference('feed-empty', { from: '2027-06-01T09:00', until: '2027-06-01T17:00' })
    const feed = await programmeFeed(t.db, event.slug, { appUrl, locale: 'de' })
    expect(parse(feed!.ics)).toEqual([])
    expect(feed!.ics).toContain('X-WR-CALNAME:Clustertagung\\, „Industrie 4.0“')
    await t.db.event.update({ where: { id: event.id }, data: { status: 'DRAFT' } })
    expect(await programmeFeed(t.db, event.slug, { appUrl, locale: 'de' })).toBeNull()
  })
})

describe('speakers who have not accepted', () => {
  it('are named nowhere public — agenda, programme feed, personal agenda — until they accept; their session is', async () => {
    const { event, roomId } = await conference('feed-unconfirmed', { from: '2027-07-01T09:00', until: '2027-07-01T17:00' })
    const invite = async (email: string, lastName: string) => {
      const r = await inviteSpeaker(t.db, event.id, { email, firstName: 'Rita', lastName })
      if (r.kind !== 'invited') throw new Error('invite')
      return r
    }
    const pending = await invite('rita.offen@firma.example', 'Offen')
    const declined = await invite('rita.nein@firma.example', 'Nein')
    await respondAsSpeaker(t.db, declined.token, 'DECLINED')
    const talk = await create(
      event.id,
      session(roomId, '2027-07-01T10:00', '2027-07-01T11:00', { speakerIds: [pending.speakerId, declined.speakerId] }),
    )
    const registered = await register(t.db, event.id, { firstName: 'Eva', lastName: 'Gast', email: 'eva.gast@firma.example' })
    if (registered.kind !== 'confirmed') throw new Error('register')
    await markSession(t.db, registered.registration.manageToken, talk)

    const views = async () => {
      const agenda = await getPublicAgenda(t.db, event.slug)
      const personal = await getPersonalAgenda(t.db, registered.registration.manageToken)
      const publicEvent = await getPublicEvent(t.db, event.slug, new Date())
      const feed = parse((await programmeFeed(t.db, event.slug, { appUrl, locale: 'de' }))!.ics)
      const mine = parse((await personalFeed(t.db, registered.registration.manageToken, { appUrl, locale: 'de' }))!.ics)
      return {
        agenda: agenda!.sessions.map((s) => [s.id, s.speakers.map((sp) => sp.name)]),
        personal: personal!.sessions.map((s) => [s.id, s.speakers.map((sp) => sp.name)]),
        event: publicEvent!.sessions.map((s) => [s.id, s.speakers.map((sp) => sp.name)]),
        feed: feed.map((e) => e.description ?? ''),
        mine: mine.map((e) => e.description ?? ''),
      }
    }
    expect(await views()).toEqual({ agenda: [[talk, []]], personal: [[talk, []]], event: [[talk, []]], feed: [''], mine: [''] })
    expect(await readSpeakerPhoto(t.db, { speakerId: pending.speakerId })).toEqual({ kind: 'notFound' })

    await respondAsSpeaker(t.db, pending.token, 'CONFIRMED')
    expect(await views()).toEqual({
      agenda: [[talk, ['Rita Offen']]],
      personal: [[talk, ['Rita Offen']]],
      event: [[talk, ['Rita Offen']]],
      feed: ['Rita Offen'],
      mine: ['Rita Offen'],
    })
  })
})

describe('the personal agenda feed', () => {
  it('holds only the marked sessions; a waiting-list place is tentative', async () => {
    const { event, roomId } = await conference('feed-personal', { from: '2027-05-19T09:00', until: '2027-05-19T17:00' })
    const seminar = await createRoom(t.db, event.id, { name: 'Seminarraum', capacity: 20 })
    if (seminar.kind !== 'saved') throw new Error('room')
    const keynote = await create(event.id, session(roomId, '2027-05-19T09:00', '2027-05-19T10:00', { titleDe: 'Keynote' }))
    await create(event.id, session(roomId, '2027-05-19T10:00', '2027-05-19T11:00', { titleDe: 'Nicht gewählt' }))
    const workshop = await create(
      event.id,
      session(seminar.roomId, '2027-05-19T13:00', '2027-05-19T14:00', { kind: 'WORKSHOP', titleDe: 'Workshop', capacity: 1 }),
    )
    const first = await register(t.db, event.id, { firstName: 'Eva', lastName: 'Eins', email: 'eva@firma.example' })
    const second = await register(t.db, event.id, { firstName: 'Eli', lastName: 'Zwei', email: 'eli@firma.example' })
    if (first.kind !== 'confirmed' || second.kind !== 'confirmed') throw new Error('register')
    await markSession(t.db, first.registration.manageToken, workshop)
    await markSession(t.db, second.registration.manageToken, keynote)
    await markSession(t.db, second.registration.manageToken, workshop)

    const events = parse((await personalFeed(t.db, second.registration.manageToken, { appUrl, locale: 'de' }))!.ics)
    expect(events.map((e) => [e.summary, e.status])).toEqual([
      ['Keynote', 'CONFIRMED'],
      ['Workshop', 'TENTATIVE'],
    ])
    expect(await personalFeed(t.db, 'z'.repeat(43), { appUrl, locale: 'de' })).toBeNull()
  })
})
