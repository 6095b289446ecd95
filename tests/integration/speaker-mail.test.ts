// Speaker mails through the outbox to a real SMTP server: the invitation carries the slot as a
// calendar invitation, a move sends an update with a higher SEQUENCE and the same UID, deleting the
// session cancels it. Read back with an independent parser (ical.js).
import ICAL from 'ical.js'
import type { ParsedMail } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deliverDue } from '~/mail/outbox.server'
import { createRoom, createSession, deleteSession, moveSession } from '~/domain/programme/programme.server'
import { inviteSpeaker, resendInvitation, respondAsSpeaker } from '~/domain/programme/speakers.server'
import { wallTimeToUtc } from '~/lib/datetime'
import { createTransport, type OutgoingMail } from '~/lib/mailer.server'
import { createTestDatabase, type TestDatabase } from '../support/db'
import { startSmtpSink, type SmtpSink } from '../support/smtp'

const APP_URL = 'https://events.cluster.example'
let t: TestDatabase
let sink: SmtpSink
beforeAll(async () => {
  ;[t, sink] = await Promise.all([createTestDatabase(), startSmtpSink()])
})
afterAll(async () => {
  await sink?.close()
  await t?.close()
})

const at = (wall: string) => wallTimeToUtc(wall, 'Europe/Berlin')
const transport = () => {
  const tr = createTransport(sink.url)
  return (mail: OutgoingMail) => tr.sendMail({ from: 'Fairdesk <noreply@cluster.example>', ...mail })
}
const deliver = () => deliverDue(t.db, { send: transport(), appUrl: APP_URL })
const to = (email: string) => sink.messages.filter((m) => (m.to && 'value' in m.to ? m.to.value : []).some((a) => a.address === email))

function invite(mail: ParsedMail) {
  const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString()
  if (!ics) return null
  const calendar = new ICAL.Component(ICAL.parse(ics))
  const vevent = calendar.getFirstSubcomponent('vevent')!
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: vevent.getFirstPropertyValue('uid'),
    sequence: vevent.getFirstPropertyValue('sequence'),
    summary: vevent.getFirstPropertyValue('summary'),
    location: vevent.getFirstPropertyValue('location'),
    start: (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    end: (vevent.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString(),
    partstat: vevent.getFirstProperty('attendee')?.getParameter('partstat'),
  }
}

describe('speaker mails', () => {
  it('invites with the slot as a calendar invite, updates it with a higher SEQUENCE when moved, cancels it when deleted', async () => {
    const event = await t.db.event.create({
      data: {
        slug: 'clustertagung-mail',
        kind: 'CONFERENCE',
        status: 'PUBLISHED',
        titleDe: 'Clustertagung 2027',
        titleEn: 'Cluster conference 2027',
        startsAt: at('2027-05-19T09:00'),
        endsAt: at('2027-05-20T17:00'),
        venueName: 'Fraunhofer IFF',
        venueCity: 'Magdeburg',
        contactEmail: 'cluster@example.org',
      },
    })
    const room = await createRoom(t.db, event.id, { name: 'Konferenzsaal', capacity: 150 })
    const other = await createRoom(t.db, event.id, { name: 'Seminarraum', capacity: 30 })
    const speaker = await inviteSpeaker(t.db, event.id, {
      email: 'silvio@iff.example',
      firstName: 'Silvio',
      lastName: 'Fischer',
      locale: 'en',
    })
    if (room.kind !== 'saved' || other.kind !== 'saved' || speaker.kind !== 'invited') throw new Error('setup')

    // The invitation before any slot: the link, no calendar part.
    await deliver()
    const [first] = to('silvio@iff.example')
    expect(first!.subject).toBe('Invitation to speak: Cluster conference 2027')
    expect(first!.text).toContain(`${APP_URL}/s/${speaker.token}`)
    expect(invite(first!)).toBeNull()

    const session = await createSession(t.db, event.id, {
      kind: 'KEYNOTE',
      titleDe: 'Industrie 4.0 im Mittelstand',
      titleEn: 'Industry 4.0 in small firms',
      language: 'de',
      roomId: room.roomId,
      startsAt: at('2027-05-19T09:45'),
      endsAt: at('2027-05-19T10:30'),
      capacity: null,
      speakerIds: [speaker.speakerId],
    })
    if (session.kind !== 'saved') throw new Error('session')
    await deliver()
    const invitation = invite(to('silvio@iff.example')[1]!)
    const uid = `speaker-${speaker.speakerId}-session-${session.sessionId}@events.cluster.example`
    expect(invitation).toEqual({
      method: 'REQUEST',
      uid,
      sequence: 0,
      summary: 'Industry 4.0 in small firms – Cluster conference 2027',
      location: 'Konferenzsaal, Fraunhofer IFF, Magdeburg',
      // 09:45 CEST is 07:45 UTC.
      start: '2027-05-19T07:45:00.000Z',
      end: '2027-05-19T08:30:00.000Z',
      // Not answered yet.
      partstat: 'NEEDS-ACTION',
    })

    await respondAsSpeaker(t.db, speaker.token, 'CONFIRMED')
    await moveSession(t.db, event.id, session.sessionId, { roomId: other.roomId, startsAt: at('2027-05-20T14:00') })
    await deliver()
    const moved = to('silvio@iff.example')[2]!
    expect(moved.subject).toBe('Your slot has changed: Cluster conference 2027')
    // One version for the answer (PARTSTAT), one for the move.
    expect(invite(moved)).toMatchObject({
      method: 'REQUEST',
      uid,
      sequence: 2,
      partstat: 'ACCEPTED',
      location: 'Seminarraum, Fraunhofer IFF, Magdeburg',
      start: '2027-05-20T12:00:00.000Z',
      end: '2027-05-20T12:45:00.000Z',
    })

    await deleteSession(t.db, event.id, session.sessionId)
    await deliver()
    const cancelled = to('silvio@iff.example')[3]!
    expect(cancelled.subject).toBe('Your slot is cancelled: Cluster conference 2027')
    expect(invite(cancelled)).toMatchObject({ method: 'CANCEL', uid, sequence: 3, start: '2027-05-20T12:00:00.000Z' })
    expect(await t.db.outboxMessage.count({ where: { status: { not: 'SENT' } } })).toBe(0)
    expect(await t.db.outboxMessage.count({ where: { lastError: { not: null } } })).toBe(0)
  })

  it('the invitation says the speaker has not answered until they accept, then ACCEPTED with a higher SEQUENCE', async () => {
    const event = await t.db.event.create({
      data: {
        slug: 'partstat-mail',
        kind: 'CONFERENCE',
        status: 'PUBLISHED',
        titleDe: 'Fachtagung',
        titleEn: 'Symposium',
        startsAt: at('2027-03-10T09:00'),
        endsAt: at('2027-03-10T17:00'),
      },
    })
    const room = await createRoom(t.db, event.id, { name: 'Saal', capacity: 80 })
    const speaker = await inviteSpeaker(t.db, event.id, { email: 'petra@partstat.example', firstName: 'Petra', lastName: 'Antwort' })
    if (room.kind !== 'saved' || speaker.kind !== 'invited') throw new Error('setup')
    const session = await createSession(t.db, event.id, {
      kind: 'TALK',
      titleDe: 'Vortrag',
      titleEn: 'Talk',
      language: 'de',
      roomId: room.roomId,
      startsAt: at('2027-03-10T10:00'),
      endsAt: at('2027-03-10T10:45'),
      capacity: null,
      speakerIds: [speaker.speakerId],
    })
    if (session.kind !== 'saved') throw new Error('session')
    await deliver()
    const invited = invite(to('petra@partstat.example').at(-1)!)!
    expect(invited.partstat).toBe('NEEDS-ACTION')

    expect(await respondAsSpeaker(t.db, speaker.token, 'CONFIRMED')).toEqual({ kind: 'confirmed' })
    expect(await resendInvitation(t.db, event.id, speaker.speakerId)).toEqual({ kind: 'sent', messages: 1 })
    await deliver()
    const accepted = invite(to('petra@partstat.example').at(-1)!)!
    expect(accepted).toMatchObject({ method: 'REQUEST', uid: invited.uid, partstat: 'ACCEPTED' })
    expect(Number(accepted.sequence)).toBeGreaterThan(Number(invited.sequence))

    // Confirming twice is no new answer and no new version.
    await respondAsSpeaker(t.db, speaker.token, 'CONFIRMED')
    await resendInvitation(t.db, event.id, speaker.speakerId)
    await deliver()
    expect(invite(to('petra@partstat.example').at(-1)!)!.sequence).toBe(accepted.sequence)
  })

  it('writes German mails for German speakers and skips a speaker who has declined since', async () => {
    const event = await t.db.event.create({
      data: {
        slug: 'dialog-mail',
        kind: 'CONFERENCE',
        status: 'PUBLISHED',
        titleDe: 'Kammerdialog',
        titleEn: 'Chamber dialogue',
        startsAt: at('2027-02-10T17:00'),
        endsAt: at('2027-02-10T20:00'),
      },
    })
    const anna = await inviteSpeaker(t.db, event.id, { email: 'anna@firma.example', firstName: 'Anna', lastName: 'Schmidt', locale: 'de' })
    const ben = await inviteSpeaker(t.db, event.id, { email: 'ben@firma.example', firstName: 'Ben', lastName: 'Wolf', locale: 'de' })
    if (anna.kind !== 'invited' || ben.kind !== 'invited') throw new Error('setup')
    await respondAsSpeaker(t.db, ben.token, 'DECLINED')
    const before = sink.messages.length
    const report = await deliver()
    expect(report).toMatchObject({ sent: 1, skipped: 1 })
    await sink.waitFor(before + 1)
    expect(to('anna@firma.example')[0]!.subject).toBe('Einladung zur Mitwirkung: Kammerdialog')
    expect(to('anna@firma.example')[0]!.text).toContain('Guten Tag Anna Schmidt,')
    expect(to('ben@firma.example')).toEqual([])
  })
})
