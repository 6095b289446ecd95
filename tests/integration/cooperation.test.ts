// The cooperation exchange against a real database (SQLite, and PostgreSQL when TEST_POSTGRES_URL
// is set) and a real SMTP server: requests, the exhibitor's decision, automatic placement without
// double-booking (also when many acceptances arrive at once), moves by hand refused on a clash,
// meetings held, and the calendar invitations both sides receive, read back with ical.js.
import ICAL from 'ical.js'
import type { ParsedMail } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, type Db } from '~/lib/db.server'
import {
  adjustMeeting,
  cancelOwnMeeting,
  decideMeeting,
  getParticipantExchange,
  getStandDesk,
  markMeetingHeld,
  requestMeeting,
  saveExchangeGrid,
  saveProfile,
  scheduleOpenMeetings,
} from '~/domain/fair/cooperation.server'
import { acceptExhibitor, applyAsExhibitor, saveStand, withdrawExhibitor } from '~/domain/fair/fair.server'
import { addQuestion } from '~/domain/events/admin.server'
import { bookingConflicts, meetingParties } from '~/domain/fair/meeting-scheduler'
import { deliverDue } from '~/mail/outbox.server'
import { register } from '~/domain/registration/register.server'
import { wallTimeToUtc } from '~/lib/datetime'
import { createTransport, type OutgoingMail } from '~/lib/mailer.server'
import { createTestDatabase, type TestDatabase } from '../support/db'
import { startSmtpSink, type SmtpSink } from '../support/smtp'

const APP_URL = 'https://events.cluster.example'
let t: TestDatabase
let sink: SmtpSink
let clients: Db[]
beforeAll(async () => {
  ;[t, sink] = await Promise.all([createTestDatabase(), startSmtpSink()])
  clients = [t.db, ...(t.kind === 'postgresql' ? await Promise.all([1, 2, 3].map(() => createDb(t.url))) : [])]
})
afterAll(async () => {
  await Promise.all(clients.slice(1).map((c) => c.$disconnect()))
  await sink?.close()
  await t?.close()
})

const at = (wall: string) => wallTimeToUtc(wall, 'Europe/Berlin')
let n = 0

/** A published fair (12–16 April 2027) with a joint stand, `exhibitors` accepted companies and `visitors` registered participants. */
async function exchange(exhibitors: number, visitors: number) {
  n += 1
  const event = await t.db.event.create({
    data: {
      slug: `boerse-${n}`,
      kind: 'FAIR',
      status: 'PUBLISHED',
      titleDe: 'Hannover Messe 2027',
      titleEn: 'Hannover Messe 2027',
      startsAt: at('2027-04-12T09:00'),
      endsAt: at('2027-04-16T18:00'),
      venueName: 'Deutsche Messe',
      venueCity: 'Hannover',
      organiserName: 'Cluster SMAB',
      contactEmail: 'cluster@example.org',
    },
  })
  const stand = await saveStand(t.db, event.id, null, { hall: 'Halle 2', number: 'A3', areaSqm: 12 * exhibitors, kind: 'JOINT' })
  if (stand.kind !== 'saved') throw new Error('stand')
  const desks: { exhibitorId: string; token: string; contactEmail: string }[] = []
  for (let i = 0; i < exhibitors; i++) {
    const contactEmail = `kontakt${i}@firma${n}-${i}.example`
    const applied = await applyAsExhibitor(t.db, event.id, {
      company: `Firma ${n}-${i} GmbH`,
      contact: { firstName: 'Kim', lastName: `Kontakt ${i}`, email: contactEmail },
      areaWantedSqm: 12,
      topicsDe: 'Sondermaschinen',
      staff: [],
      locale: i % 2 ? 'en' : 'de',
    })
    if (applied.kind !== 'applied') throw new Error('apply')
    await acceptExhibitor(t.db, event.id, applied.exhibitorId, { standId: stand.standId, areaSqm: 12 })
    const pass = await t.db.registration.findFirstOrThrow({ where: { exhibitorId: applied.exhibitorId } })
    desks.push({ exhibitorId: applied.exhibitorId, token: pass.manageToken, contactEmail })
  }
  const people: { token: string; personId: string; email: string }[] = []
  for (let i = 0; i < visitors; i++) {
    const email = `besucher${i}@visit${n}.example`
    const r = await register(t.db, event.id, {
      firstName: 'Vera',
      lastName: `Besucher ${i}`,
      email,
      company: 'Zulieferer AG',
      locale: 'en',
    })
    if (r.kind !== 'confirmed') throw new Error('visitor')
    people.push({ token: r.registration.manageToken, personId: r.registration.personId, email })
  }
  await t.db.outboxMessage.deleteMany({})
  return { event, desks, people }
}

async function requested(token: string, exhibitorId: string, message?: string) {
  const r = await requestMeeting(t.db, token, { exhibitorId, message })
  if (r.kind !== 'requested') throw new Error(`request: ${r.kind}`)
  return r.meetingId
}

const slotOf = (m: { startsAt: Date | null; tableLabel: string | null }) => [m.startsAt?.toISOString(), m.tableLabel]

describe('requests and decisions', () => {
  it('lets a registered participant ask each exhibitor once, not their own stand, and not from the waiting list', async () => {
    const { event, desks, people } = await exchange(2, 1)
    const id = await requested(people[0]!.token, desks[0]!.exhibitorId, 'Wir suchen einen Fertigungspartner.')
    expect(await requestMeeting(t.db, people[0]!.token, { exhibitorId: desks[0]!.exhibitorId })).toEqual({
      kind: 'alreadyRequested',
      meetingId: id,
    })
    expect(await requestMeeting(t.db, desks[1]!.token, { exhibitorId: desks[1]!.exhibitorId })).toEqual({ kind: 'ownStand' })
    expect((await requestMeeting(t.db, desks[1]!.token, { exhibitorId: desks[0]!.exhibitorId })).kind).toBe('requested')
    expect(await requestMeeting(t.db, people[0]!.token, { exhibitorId: 'nope' })).toEqual({ kind: 'unknownExhibitor' })
    expect(await requestMeeting(t.db, 'not-a-token-at-all-000000', { exhibitorId: desks[0]!.exhibitorId })).toEqual({ kind: 'notFound' })
    await t.db.registration.updateMany({ where: { manageToken: people[0]!.token }, data: { status: 'WAITLISTED' } })
    expect(await requestMeeting(t.db, people[0]!.token, { exhibitorId: desks[1]!.exhibitorId })).toEqual({ kind: 'closed' })
    // A double click makes one meeting.
    await t.db.registration.updateMany({ where: { manageToken: people[0]!.token }, data: { status: 'CONFIRMED' } })
    const twice = await Promise.all([1, 2, 3].map(() => requestMeeting(t.db, people[0]!.token, { exhibitorId: desks[1]!.exhibitorId })))
    expect(twice.filter((r) => r.kind === 'requested')).toHaveLength(1)
    expect(await t.db.meeting.count({ where: { eventId: event.id, requesterId: people[0]!.personId } })).toBe(2)
  })

  it('places an accepted meeting in the first free slot and invites both sides; a declined one gets nothing', async () => {
    const { desks, people } = await exchange(1, 2)
    const a = await requested(people[0]!.token, desks[0]!.exhibitorId)
    const b = await requested(people[1]!.token, desks[0]!.exhibitorId)
    const accepted = await decideMeeting(t.db, desks[0]!.token, a, 'accept')
    expect(accepted).toEqual({
      kind: 'accepted',
      scheduled: { start: at('2027-04-12T10:00'), end: at('2027-04-12T10:30'), table: 'Tisch 1' },
    })
    expect(await decideMeeting(t.db, desks[0]!.token, a, 'decline')).toEqual({ kind: 'alreadyDecided', status: 'ACCEPTED' })
    expect(await decideMeeting(t.db, desks[0]!.token, b, 'decline')).toEqual({ kind: 'declined' })
    // Someone else's staff pass cannot decide, a visitor's link is no staff pass.
    expect(await decideMeeting(t.db, people[1]!.token, b, 'accept')).toEqual({ kind: 'notFound' })
    const outbox = await t.db.outboxMessage.findMany({ where: { template: 'meeting.scheduled' } })
    expect(outbox.map((m) => [m.toEmail, (m.payload as { side: string }).side]).sort()).toEqual([
      [people[0]!.email, 'requester'],
      [desks[0]!.contactEmail, 'exhibitor'],
    ])
    const desk = await getStandDesk(t.db, desks[0]!.token)
    expect(desk?.meetings.map((m) => m.status).sort()).toEqual(['ACCEPTED', 'DECLINED'])
  })

  it('keeps the exhibitor, the visitor and each table to one meeting at a time', async () => {
    const { event, desks, people } = await exchange(3, 3)
    await saveExchangeGrid(t.db, event.id, { tables: 2, slotMinutes: 30, from: '10:00', until: '11:00' })
    // v0 meets all three exhibitors; v1 and v2 meet exhibitor 0.
    const ids = [
      await requested(people[0]!.token, desks[0]!.exhibitorId),
      await requested(people[0]!.token, desks[1]!.exhibitorId),
      await requested(people[0]!.token, desks[2]!.exhibitorId),
      await requested(people[1]!.token, desks[0]!.exhibitorId),
      await requested(people[2]!.token, desks[1]!.exhibitorId),
    ]
    const desksOf = [0, 1, 2, 0, 1]
    for (const [i, id] of ids.entries()) await decideMeeting(t.db, desks[desksOf[i]!]!.token, id, 'accept')
    const meetings = await t.db.meeting.findMany({
      where: { eventId: event.id },
      include: { exhibitor: true },
      orderBy: { createdAt: 'asc' },
    })
    const placed = meetings.filter((m) => m.startsAt)
    const bookings = placed.map((m) => ({
      id: m.id,
      start: m.startsAt!,
      end: m.endsAt!,
      table: m.tableLabel!,
      parties: meetingParties({ ...m, contactPersonId: m.exhibitor.contactPersonId }),
    }))
    for (const b of bookings) expect(bookingConflicts(b, bookings)).toEqual([])
    // Two slots a day × two tables, and v0 can be in only two of their three meetings on that day —
    // the grid spans the fair's five days, so everything fits, v0's third meeting on the next day.
    expect(placed).toHaveLength(5)
    expect(meetings.map(slotOf)).toEqual([
      [at('2027-04-12T10:00').toISOString(), 'Tisch 1'],
      [at('2027-04-12T10:30').toISOString(), 'Tisch 1'],
      [at('2027-04-13T10:00').toISOString(), 'Tisch 1'],
      [at('2027-04-12T10:30').toISOString(), 'Tisch 2'],
      [at('2027-04-12T10:00').toISOString(), 'Tisch 2'],
    ])
  })

  it('places acceptances that arrive at the same moment without double-booking a table', async () => {
    const { event, desks, people } = await exchange(6, 6)
    await saveExchangeGrid(t.db, event.id, { tables: 2, slotMinutes: 30, from: '10:00', until: '12:00' })
    const ids = await Promise.all(people.map((p, i) => requested(p.token, desks[i]!.exhibitorId)))
    const results = await Promise.all(ids.map((id, i) => decideMeeting(clients[i % clients.length]!, desks[i]!.token, id, 'accept')))
    expect(results.every((r) => r.kind === 'accepted' && r.scheduled)).toBe(true)
    const meetings = await t.db.meeting.findMany({ where: { eventId: event.id } })
    const seen = new Set(meetings.map((m) => `${m.startsAt?.toISOString()} ${m.tableLabel}`))
    expect(seen.size).toBe(6)
    // Six meetings, two tables: the first three slots of the day, full.
    expect([...new Set(meetings.map((m) => m.startsAt!.toISOString()))].sort()).toEqual(
      ['10:00', '10:30', '11:00'].map((h) => at(`2027-04-12T${h}`).toISOString()),
    )
  })

  it('leaves a meeting unplaced when the grid is full, and places it once the organisers widen the grid', async () => {
    const { event, desks, people } = await exchange(2, 2)
    await saveExchangeGrid(t.db, event.id, { tables: 1, slotMinutes: 30, from: '10:00', until: '10:30' })
    // The fair's last day is the only one with slots left: start from a "now" on that day.
    const now = at('2027-04-16T09:00')
    const a = await requested(people[0]!.token, desks[0]!.exhibitorId)
    const b = await requested(people[1]!.token, desks[1]!.exhibitorId)
    expect((await decideMeeting(t.db, desks[0]!.token, a, 'accept', now)).kind).toBe('accepted')
    expect(await decideMeeting(t.db, desks[1]!.token, b, 'accept', now)).toEqual({ kind: 'accepted', scheduled: null })
    await saveExchangeGrid(t.db, event.id, { tables: 2, slotMinutes: 30, from: '10:00', until: '10:30' })
    expect(await scheduleOpenMeetings(t.db, event.id, now)).toEqual({ kind: 'scheduled', placed: 1, unplaced: 0 })
    expect(slotOf(await t.db.meeting.findUniqueOrThrow({ where: { id: b } }))).toEqual([at('2027-04-16T10:00').toISOString(), 'Tisch 2'])
  })
})

describe('adjustments, meetings held and the participant’s view', () => {
  it('moves a meeting by hand, and refuses a busy table or a busy person', async () => {
    const { event, desks, people } = await exchange(2, 2)
    const a = await requested(people[0]!.token, desks[0]!.exhibitorId)
    const b = await requested(people[1]!.token, desks[1]!.exhibitorId)
    const c = await requested(people[0]!.token, desks[1]!.exhibitorId)
    for (const [id, d] of [
      [a, 0],
      [b, 1],
      [c, 1],
    ] as const)
      await decideMeeting(t.db, desks[d]!.token, id, 'accept')
    const A = await t.db.meeting.findUniqueOrThrow({ where: { id: a } })
    const slot = (wall: string, table: string) => ({ startsAt: at(wall), endsAt: new Date(at(wall).getTime() + 30 * 60_000), table })
    // b sits at Tisch 2, 10:00: same table and time is refused, naming the meeting in the way.
    const tableClash = await adjustMeeting(t.db, event.id, a, slot('2027-04-12T10:00', 'Tisch 2'))
    expect(tableClash).toMatchObject({
      kind: 'conflict',
      conflicts: [{ kind: 'table', other: b, with: 'Vera Besucher 1 – ' + (await companyOf(desks[1]!.exhibitorId)) }],
    })
    // c is v0 with exhibitor 1 at 10:30: moving it to 10:00 clashes with v0's meeting a.
    const personClash = await adjustMeeting(t.db, event.id, c, slot('2027-04-12T10:00', 'Tisch 3'))
    expect(personClash.kind).toBe('conflict')
    if (personClash.kind === 'conflict') expect(personClash.conflicts.map((x) => x.kind)).toContain('party')
    expect(await adjustMeeting(t.db, event.id, a, { ...slot('2027-04-12T10:00', 'Tisch 1'), endsAt: at('2027-04-12T10:00') })).toEqual({
      kind: 'conflict',
      conflicts: [{ kind: 'invalidTimes' }],
    })
    const before = await t.db.outboxMessage.count({ where: { template: 'meeting.scheduled' } })
    expect(await adjustMeeting(t.db, event.id, a, slot('2027-04-13T14:00', 'Tisch 3'), new Date(Date.now() + 5_000))).toEqual({
      kind: 'moved',
    })
    const moved = await t.db.meeting.findUniqueOrThrow({ where: { id: a } })
    expect(slotOf(moved)).toEqual([at('2027-04-13T14:00').toISOString(), 'Tisch 3'])
    expect(A.startsAt).not.toEqual(moved.startsAt)
    expect(await t.db.outboxMessage.count({ where: { template: 'meeting.scheduled' } })).toBe(before + 2)
    expect(await adjustMeeting(t.db, event.id, 'nope', slot('2027-04-13T14:00', 'Tisch 1'))).toEqual({ kind: 'notFound' })
  })

  it('refuses a move to a table the grid lacks, off the slots or after the fair has closed, and changes nothing', async () => {
    const { event, desks, people } = await exchange(1, 1)
    const a = await requested(people[0]!.token, desks[0]!.exhibitorId)
    await decideMeeting(t.db, desks[0]!.token, a, 'accept')
    const before = await t.db.meeting.findUniqueOrThrow({ where: { id: a } })
    const outbox = await t.db.outboxMessage.count()
    const move = (wall: string, table: string) => ({ startsAt: at(wall), endsAt: new Date(at(wall).getTime() + 30 * 60_000), table })
    expect(await adjustMeeting(t.db, event.id, a, move('2027-04-13T11:00', 'Stehtisch'))).toEqual({
      kind: 'refused',
      field: 'table',
      reason: 'unknownTable',
    })
    expect(await adjustMeeting(t.db, event.id, a, move('2027-04-13T11:10', 'Tisch 1'))).toEqual({
      kind: 'refused',
      field: 'start',
      reason: 'offGrid',
    })
    // The fair closes at 18:00 on the 16th; the grid's day ends at 17:00.
    for (const wall of ['2027-04-16T19:00', '2027-04-17T11:00', '2027-04-13T16:45'])
      expect(await adjustMeeting(t.db, event.id, a, move(wall, 'Tisch 1'))).toEqual({
        kind: 'refused',
        field: 'start',
        reason: wall.endsWith('16:45') ? 'offGrid' : 'outsideHours',
      })
    expect(slotOf(await t.db.meeting.findUniqueOrThrow({ where: { id: a } }))).toEqual(slotOf(before))
    expect(await t.db.outboxMessage.count()).toBe(outbox)
  })

  it('counts a meeting as held only once it has begun', async () => {
    const { event, desks, people } = await exchange(1, 1)
    const a = await requested(people[0]!.token, desks[0]!.exhibitorId)
    await decideMeeting(t.db, desks[0]!.token, a, 'accept')
    expect(await markMeetingHeld(t.db, { meetingId: a, exhibitorId: desks[0]!.exhibitorId })).toEqual({ kind: 'notYet' })
    expect(await markMeetingHeld(t.db, { meetingId: a, exhibitorId: 'other' }, at('2027-04-12T10:05'))).toEqual({ kind: 'notFound' })
    expect(await markMeetingHeld(t.db, { meetingId: a, eventId: event.id }, at('2027-04-12T10:05'))).toEqual({ kind: 'held' })
    expect((await t.db.meeting.findUniqueOrThrow({ where: { id: a } })).status).toBe('HELD')
  })

  it('shows the participant the exhibitors, their requests and their profile, and lets them call a request off', async () => {
    const { desks, people } = await exchange(2, 1)
    const a = await requested(people[0]!.token, desks[0]!.exhibitorId)
    expect(
      await saveProfile(t.db, people[0]!.token, {
        offer: 'Schweißbaugruppen',
        seek: 'Vertriebspartner',
        topics: 'Zulieferung',
        consentLeadScan: true,
      }),
    ).toEqual({ kind: 'saved' })
    const view = await getParticipantExchange(t.db, people[0]!.token)
    expect(view?.profile).toMatchObject({ offer: 'Schweißbaugruppen', seek: 'Vertriebspartner' })
    expect(view?.person.consentLeadScan).toBe(true)
    expect(view?.exhibitors.map((e) => e.request?.id ?? null)).toEqual([a, null])
    expect(await cancelOwnMeeting(t.db, people[0]!.token, a)).toEqual({ kind: 'cancelled' })
    expect(await cancelOwnMeeting(t.db, people[0]!.token, a)).toEqual({ kind: 'notFound' })
    expect((await getParticipantExchange(t.db, people[0]!.token))?.exhibitors.every((e) => e.request === null)).toBe(true)
  })
})

describe('the calendar invitations', () => {
  const transport = () => {
    const tr = createTransport(sink.url)
    return (mail: OutgoingMail) => tr.sendMail({ from: 'Fairdesk <noreply@cluster.example>', ...mail })
  }
  const to = (email: string) => sink.messages.filter((m) => (m.to && 'value' in m.to ? m.to.value : []).some((a) => a.address === email))
  function invite(mail: ParsedMail) {
    const ics =
      mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString() ??
      (mail as unknown as { alternatives?: { content: Buffer }[] }).alternatives?.[0]?.content.toString()
    if (!ics) return null
    const calendar = new ICAL.Component(ICAL.parse(ics))
    const vevent = calendar.getFirstSubcomponent('vevent')!
    return {
      method: calendar.getFirstPropertyValue('method'),
      uid: vevent.getFirstPropertyValue('uid'),
      sequence: Number(vevent.getFirstPropertyValue('sequence')),
      location: vevent.getFirstPropertyValue('location'),
      start: (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
      end: (vevent.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString(),
      attendee: String(vevent.getFirstPropertyValue('attendee')).toLowerCase(),
    }
  }

  it('reach the visitor and the exhibitor’s contact, each in their language; a move sends an update with the same UID and a higher SEQUENCE', async () => {
    const { event, desks, people } = await exchange(1, 1)
    const id = await requested(people[0]!.token, desks[0]!.exhibitorId, 'Interested in test rigs.')
    await decideMeeting(t.db, desks[0]!.token, id, 'accept')
    await deliverDue(t.db, { send: transport(), appUrl: APP_URL })
    const [visitorMail] = to(people[0]!.email)
    const [exhibitorMail] = to(desks[0]!.contactEmail)
    // Both languages use the 24-hour clock.
    expect(visitorMail!.subject?.replace(/\s/g, ' ')).toBe(
      `Your meeting: ${await companyOf(desks[0]!.exhibitorId)}, Mon, 12 Apr 2027, 10:00–10:30`,
    )
    expect(visitorMail!.text).toContain(`${APP_URL}/r/${people[0]!.token}/meetings`)
    // The footer says answers go to the organiser: the mail lets them.
    expect(visitorMail!.replyTo?.value.map((a) => a.address)).toEqual(['cluster@example.org'])
    expect(exhibitorMail!.replyTo?.value.map((a) => a.address)).toEqual(['cluster@example.org'])
    expect(visitorMail!.text).toContain('Interested in test rigs.')
    expect(exhibitorMail!.subject?.replace(/\s/g, ' ')).toBe('Ihr Gesprächstermin: Vera Besucher 0, Mo., 12. Apr. 2027, 10:00–10:30 Uhr')
    expect(exhibitorMail!.text).toContain(`${APP_URL}/r/${desks[0]!.token}/stand`)
    const first = invite(visitorMail!)!
    expect(first).toMatchObject({
      method: 'REQUEST',
      start: at('2027-04-12T10:00').toISOString(),
      end: at('2027-04-12T10:30').toISOString(),
      attendee: `mailto:${people[0]!.email}`,
    })
    expect(first.location).toBe('Deutsche Messe, Hannover, stand A3 (Halle 2), Tisch 1')
    const other = invite(exhibitorMail!)!
    expect(other.uid).not.toBe(first.uid)
    expect(other.start).toBe(first.start)

    await adjustMeeting(
      t.db,
      event.id,
      id,
      { startsAt: at('2027-04-14T11:00'), endsAt: at('2027-04-14T11:30'), table: 'Tisch 2' },
      new Date(Date.now() + 10_000),
    )
    await deliverDue(t.db, { send: transport(), appUrl: APP_URL, now: new Date(Date.now() + 10_000) })
    const update = invite(to(people[0]!.email)[1]!)!
    expect(update.uid).toBe(first.uid)
    expect(update.sequence).toBeGreaterThan(first.sequence)
    expect(update.start).toBe(at('2027-04-14T11:00').toISOString())
  })

  it('skips the invitation of a meeting called off before it was sent', async () => {
    const { desks, people } = await exchange(1, 1)
    const id = await requested(people[0]!.token, desks[0]!.exhibitorId)
    await decideMeeting(t.db, desks[0]!.token, id, 'accept')
    await cancelOwnMeeting(t.db, people[0]!.token, id)
    const report = await deliverDue(t.db, { send: transport(), appUrl: APP_URL })
    // The request, answered by then, and both invitations are skipped; the two cancellations go out.
    expect(report).toMatchObject({ sent: 2, skipped: 3 })
    expect(to(people[0]!.email).map((m) => invite(m)?.method)).toEqual(['CANCEL'])
  })

  it('cancel the meeting in both calendars when the visitor calls it off, or the exhibitor withdraws', async () => {
    const { event, desks, people } = await exchange(2, 1)
    const a = await requested(people[0]!.token, desks[0]!.exhibitorId)
    const b = await requested(people[0]!.token, desks[1]!.exhibitorId)
    await decideMeeting(t.db, desks[0]!.token, a, 'accept')
    await decideMeeting(t.db, desks[1]!.token, b, 'accept')
    await deliverDue(t.db, { send: transport(), appUrl: APP_URL })
    const invitations = to(people[0]!.email).map(invite)
    expect(invitations.map((i) => i?.method)).toEqual(['REQUEST', 'REQUEST'])

    const later = new Date(Date.now() + 5_000)
    expect(await cancelOwnMeeting(t.db, people[0]!.token, a, later)).toEqual({ kind: 'cancelled' })
    expect(await withdrawExhibitor(t.db, desks[1]!.exhibitorId, later)).toEqual({ kind: 'done' })
    await deliverDue(t.db, { send: transport(), appUrl: APP_URL, now: later })
    const mails = to(people[0]!.email)
    const cancellations = mails.slice(2).map((m) => ({ subject: m.subject, ...invite(m)! }))
    expect(cancellations.map((c) => c.method)).toEqual(['CANCEL', 'CANCEL'])
    expect(cancellations.map((c) => c.uid).sort()).toEqual(invitations.map((i) => i!.uid).sort())
    for (const c of cancellations) expect(c.sequence).toBeGreaterThan(invitations.find((i) => i!.uid === c.uid)!.sequence)
    expect(cancellations[0]!.subject).toMatch(/^Meeting called off: /)
    expect(to(desks[0]!.contactEmail).some((m) => invite(m)?.method === 'CANCEL')).toBe(true)
    expect(await t.db.meeting.count({ where: { eventId: event.id, status: 'CANCELLED' } })).toBe(2)
  })

  it('tell the exhibitor’s contact of a new request, with the link to answer it on the stand desk', async () => {
    const { desks, people } = await exchange(1, 1)
    await saveProfile(t.db, people[0]!.token, { offer: 'Schweißbaugruppen', seek: 'Prüfstände' })
    await requested(people[0]!.token, desks[0]!.exhibitorId, 'Wir suchen Prüfstände.')
    await deliverDue(t.db, { send: transport(), appUrl: APP_URL })
    const [mail] = to(desks[0]!.contactEmail)
    expect(mail!.subject).toBe('Gesprächsanfrage: Vera Besucher 0')
    expect(mail!.text).toContain(`${APP_URL}/r/${desks[0]!.token}/stand#requests`)
    expect(mail!.text).toContain('Wir suchen Prüfstände.')
    expect(mail!.text).toContain('Schweißbaugruppen')
    expect(invite(mail!)).toBeNull()
  })
})

async function companyOf(exhibitorId: string) {
  return (await t.db.exhibitor.findUniqueOrThrow({ where: { id: exhibitorId }, include: { company: true } })).company.name
}

describe('offer and seek from the registration form', () => {
  it('shows a visitor’s answers to the marked questions as their profile, to them and to the exhibitor, until they save their own', async () => {
    const { event, desks } = await exchange(1, 0)
    const offer = await addQuestion(t.db, event.id, {
      kind: 'TEXT',
      labelDe: 'Was bieten Sie an?',
      required: false,
      options: [],
      exchangeField: 'OFFER',
    })
    const seek = await addQuestion(t.db, event.id, {
      kind: 'TEXT',
      labelDe: 'Was suchen Sie?',
      required: false,
      options: [],
      exchangeField: 'SEEK',
    })
    const note = await addQuestion(t.db, event.id, { kind: 'TEXT', labelDe: 'Anmerkungen', required: false, options: [] })
    const r = await register(t.db, event.id, {
      firstName: 'Olaf',
      lastName: 'Offerte',
      email: `olaf${n}@zulieferer.example`,
      answers: { [offer.id]: 'Lohnfertigung Drehteile', [seek.id]: 'Partner für Montage', [note.id]: 'Komme später' },
    })
    if (r.kind !== 'confirmed') throw new Error(r.kind)
    const token = r.registration.manageToken

    expect((await getParticipantExchange(t.db, token))!.profile).toEqual({
      offer: 'Lohnfertigung Drehteile',
      seek: 'Partner für Montage',
      topics: null,
      fromRegistration: true,
    })
    await requested(token, desks[0]!.exhibitorId, 'Gespräch?')
    const desk = await getStandDesk(t.db, desks[0]!.token)
    expect(desk!.meetings.map((m) => [m.requesterProfile?.offer, m.requesterProfile?.seek])).toEqual([
      ['Lohnfertigung Drehteile', 'Partner für Montage'],
    ])

    // Their own profile wins entirely, a cleared field included.
    expect(await saveProfile(t.db, token, { offer: 'Drehteile und Baugruppen', seek: '' })).toEqual({ kind: 'saved' })
    expect((await getParticipantExchange(t.db, token))!.profile).toEqual({
      offer: 'Drehteile und Baugruppen',
      seek: null,
      topics: null,
      fromRegistration: false,
    })
    expect((await getStandDesk(t.db, desks[0]!.token))!.meetings[0]!.requesterProfile).toMatchObject({
      offer: 'Drehteile und Baugruppen',
      seek: null,
    })
    // Only text questions can be marked; a choice question's mark is not kept.
    const choice = await addQuestion(t.db, event.id, {
      kind: 'CHOICE',
      labelDe: 'Branche',
      required: false,
      options: ['A', 'B'],
      exchangeField: 'OFFER',
    })
    expect(choice.exchangeField).toBeNull()
  })
})
