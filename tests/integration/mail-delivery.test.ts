// Mails through the outbox to a real SMTP server on 127.0.0.1 (smtp-server), read back with
// mailparser, the calendar part with ical.js and the inline QR image with jsQR.
import ICAL from 'ical.js'
import jsQR from 'jsqr'
import type { Attachment, ParsedMail } from 'mailparser'
import type { AddressInfo } from 'node:net'
import nodemailer from 'nodemailer'
import { PNG } from 'pngjs'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setEventStatus, updateEvent } from '~/domain/events/admin.server'
import { backoff, deliverDue, enqueueReminders, MAX_ATTEMPTS, REFUSED, SKIPPED, type OutboxMail } from '~/mail/outbox.server'
import { transferRegistration } from '~/domain/registration/self-service.server'
import { cancelRegistration, register } from '~/domain/registration/register.server'
import { getTicketKeys, signTicket, verifyTicket } from '~/domain/checkin/tickets.server'
import type { Registration } from '~/generated/prisma-sqlite/client'
import { createTestDatabase, type TestDatabase } from '../support/db'
import { freePort } from '../support/app-server'
import { startSmtpSink, type SmtpSink } from '../support/smtp'

const APP_URL = 'https://events.cluster.example'
// The installation's own name, for events that name no organiser (read once, before any mail).
process.env.FAIRDESK_ORGANISER_NAME = 'Cluster Sondermaschinen- und Anlagenbau e. V.'
const HOST = 'events.cluster.example'
let t: TestDatabase
let sink: SmtpSink
beforeAll(async () => {
  ;[t, sink] = await Promise.all([createTestDatabase(), startSmtpSink()])
})
afterAll(async () => {
  await sink?.close()
  await t?.close()
})

type Envelope = { from: string; to: string[] }
/** A sender through a real SMTP connection that also records the envelope nodemailer used. */
function via(url: string, envelopes: Envelope[] = []) {
  const transport = nodemailer.createTransport(url)
  return {
    envelopes,
    async send(mail: OutboxMail) {
      const info = await transport.sendMail({ from: 'Fairdesk <noreply@cluster.example>', ...mail })
      envelopes.push(info.envelope as Envelope)
      return info
    },
  }
}
const deliver = (options: { now?: Date; limit?: number; url?: string } = {}) =>
  deliverDue(t.db, { send: via(options.url ?? sink.url).send, appUrl: APP_URL, now: options.now, limit: options.limit ?? 200 })

let n = 0
async function makeEvent(
  data: { titleDe?: string; titleEn?: string; startsAt?: Date; endsAt?: Date; capacity?: number; organiserName?: string | null } = {},
) {
  n += 1
  return t.db.event.create({
    data: {
      slug: `mail-${n}`,
      kind: 'DIALOGUE',
      status: 'PUBLISHED',
      publishedAt: new Date(),
      titleDe: data.titleDe ?? `Kammerdialog ${n}: KI in der Fertigung`,
      titleEn: data.titleEn ?? `Chamber dialogue ${n}: AI in manufacturing`,
      // 18:00–20:30 in Berlin, winter time.
      startsAt: data.startsAt ?? new Date('2027-01-13T17:00:00Z'),
      endsAt: data.endsAt ?? new Date('2027-01-13T19:30:00Z'),
      venueName: 'IHK Magdeburg',
      venueStreet: 'Alter Markt 8',
      venuePostcode: '39104',
      venueCity: 'Magdeburg',
      organiserName: data.organiserName === undefined ? 'Cluster SMAB' : data.organiserName,
      contactEmail: 'cluster@cluster.example',
      capacity: data.capacity ?? 100,
    },
  })
}
async function confirmed(
  eventId: string,
  person: { firstName: string; lastName: string; email: string; locale?: 'de' | 'en' },
): Promise<Registration> {
  const result = await register(t.db, eventId, person)
  if (result.kind !== 'confirmed') throw new Error(`expected a seat, got ${result.kind}`)
  return result.registration
}

const recipients = (m: ParsedMail) => (m.to && !Array.isArray(m.to) ? m.to.value : []).map((a) => a.address)
const mailsTo = (email: string) => sink.messages.filter((m) => recipients(m).includes(email))
const calendarPart = (m: ParsedMail): Attachment | undefined => m.attachments.find((a) => a.contentType.startsWith('text/calendar'))
function calendarOf(m: ParsedMail) {
  const part = calendarPart(m)
  if (!part) throw new Error(`no calendar part in "${m.subject}"`)
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString()))
  return {
    calendar,
    vevents: calendar.getAllSubcomponents('vevent'),
    vevent: calendar.getFirstSubcomponent('vevent')!,
    contentType: part.headers.get('content-type') as { value: string; params: Record<string, string> },
  }
}
const sequenceOf = (v: ICAL.Component) => Number(v.getFirstPropertyValue('sequence'))
const utc = (v: ICAL.Component, prop: string) => (v.getFirstPropertyValue(prop) as ICAL.Time).toJSDate().toISOString()
function qrOf(m: ParsedMail): string {
  const image = m.attachments.find((a) => a.contentType === 'image/png' && a.cid === 'ticket-qr')
  if (!image) throw new Error(`no inline QR in "${m.subject}"`)
  const png = PNG.sync.read(image.content)
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
  if (!decoded) throw new Error('QR did not decode')
  return decoded.data
}

describe('confirmation mail', () => {
  it('arrives in German with the invitation (UTC times, UID, attendee) and a QR that is the signed ticket code', async () => {
    const event = await makeEvent()
    const registration = await confirmed(event.id, { firstName: 'Jana', lastName: 'Schröder', email: 'jana@novo.example' })
    const envelopes: Envelope[] = []
    expect(await deliverDue(t.db, { send: via(sink.url, envelopes).send, appUrl: APP_URL })).toMatchObject({ sent: 1, failed: 0 })

    const [mail, ...more] = mailsTo('jana@novo.example')
    expect(more).toHaveLength(0)
    expect(envelopes).toEqual([{ from: 'noreply@cluster.example', to: ['jana@novo.example'] }])
    expect(mail!.subject).toBe(`Anmeldebestätigung: ${event.titleDe}`)
    expect(mail!.text).toContain('Guten Tag Jana Schröder,')
    expect(mail!.text).toContain(`${APP_URL}/r/${registration.manageToken}`)
    expect(mail!.text).toContain(`${APP_URL}/r/${registration.manageToken}/ticket.pdf`)
    // Shown in the event's zone, in German.
    expect(mail!.text).toContain('18:00–20:30')
    // The HTML points at the inline image (mailparser swaps cid: for the image's data: URL).
    expect(mail!.attachments.find((a) => a.cid === 'ticket-qr')).toMatchObject({ contentDisposition: 'inline', related: true })
    expect(mail!.html).toMatch(
      /<img[^>]+alt="QR-Code Ihres Tickets"[^>]+src="data:image\/png;base64,|<img[^>]+src="data:image\/png;base64,[^"]+"[^>]+width="220"/,
    )

    const { calendar, vevents, vevent, contentType } = calendarOf(mail!)
    expect(contentType.params.method).toBe('REQUEST')
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST')
    expect(vevents).toHaveLength(1)
    expect(vevent.getFirstPropertyValue('uid')).toBe(`registration-${registration.id}@${HOST}`)
    expect(vevent.getFirstPropertyValue('sequence')).toBe(0)
    expect(utc(vevent, 'dtstart')).toBe(event.startsAt.toISOString())
    expect(utc(vevent, 'dtend')).toBe(event.endsAt.toISOString())
    expect(vevent.getFirstPropertyValue('summary')).toBe(event.titleDe)
    expect(vevent.getFirstPropertyValue('url')).toBe(`${APP_URL}/r/${registration.manageToken}`)
    const attendee = vevent.getFirstProperty('attendee')!
    expect(String(attendee.getFirstValue()).toLowerCase()).toBe('mailto:jana@novo.example')
    expect(attendee.getParameter('cn')).toBe('Jana Schröder')
    expect(String(vevent.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:cluster@cluster.example')
    expect(vevent.getFirstSubcomponent('valarm')).toBeTruthy()

    const keys = await getTicketKeys(t.db)
    const code = qrOf(mail!)
    expect(code).toBe(signTicket(keys, registration))
    expect(verifyTicket(keys.publicKey, code)).toEqual(expect.objectContaining({ registrationId: registration.id, eventId: event.id }))
    expect(await t.db.outboxMessage.findFirst({ where: { registrationId: registration.id } })).toMatchObject({
      status: 'SENT',
      attempts: 1,
      lastError: null,
    })
  })

  it('is signed by the installation when the event names no organiser, not by "Fairdesk"', async () => {
    const event = await makeEvent({ organiserName: null })
    await confirmed(event.id, { firstName: 'Olga', lastName: 'Ohne', email: 'olga@ohne.example' })
    await deliver()
    const [mail] = mailsTo('olga@ohne.example')
    expect(mail!.text).toContain('im Auftrag von Cluster Sondermaschinen- und Anlagenbau e. V.')
    const organizer = calendarOf(mail!).vevent.getFirstProperty('organizer')!
    expect(organizer.getParameter('cn')).toBe('Cluster Sondermaschinen- und Anlagenbau e. V.')
  })

  it('arrives in English for a person who registered in English', async () => {
    const event = await makeEvent()
    await confirmed(event.id, { firstName: 'Tom', lastName: 'Baker', email: 'tom@laser.example', locale: 'en' })
    await deliver()
    const [mail] = mailsTo('tom@laser.example')
    expect(mail!.subject).toBe(`Registration confirmed: ${event.titleEn}`)
    expect(mail!.text).toContain('Dear Tom Baker,')
    expect(mail!.text).toContain('18:00–20:30')
    expect(calendarOf(mail!).vevent.getFirstPropertyValue('summary')).toBe(event.titleEn)
  })

  it('tells a waiting-list place without ticket or invitation', async () => {
    const event = await makeEvent({ capacity: 1 })
    await confirmed(event.id, { firstName: 'A', lastName: 'Erste', email: 'a@voll.example' })
    const waiting = await register(t.db, event.id, { firstName: 'B', lastName: 'Zweite', email: 'b@voll.example' })
    expect(waiting.kind).toBe('waitlisted')
    await deliver()
    const [mail] = mailsTo('b@voll.example')
    expect(mail!.subject).toBe(`Warteliste: ${event.titleDe}`)
    expect(mail!.text).toContain('Ihr Platz auf der Warteliste: 1')
    expect(calendarPart(mail!)).toBeUndefined()
    expect(mail!.attachments.filter((a) => a.contentType === 'image/png')).toHaveLength(0)
  })
})

describe('calendar updates', () => {
  it('a new time sends each confirmed attendee an update with the same UID and a higher SEQUENCE', async () => {
    const event = await makeEvent({ capacity: 2 })
    const people = [
      { firstName: 'Kai', lastName: 'Brandt', email: 'kai@verlegt.example' },
      { firstName: 'Lea', lastName: 'Sommer', email: 'lea@verlegt.example', locale: 'en' as const },
    ]
    const registrations = [await confirmed(event.id, people[0]!), await confirmed(event.id, people[1]!)]
    await register(t.db, event.id, { firstName: 'W', lastName: 'Wartend', email: 'w@verlegt.example' })
    await deliver()
    const before = registrations.map((r, i) => ({ r, first: calendarOf(mailsTo(people[i]!.email)[0]!).vevent }))

    // The organiser moves the evening by a week and an hour (summer → still winter: 19:00 Berlin = 18:00Z).
    const startsAt = new Date('2027-01-20T18:00:00Z')
    const endsAt = new Date('2027-01-20T20:30:00Z')
    expect(
      await updateEvent(t.db, event.id, {
        kind: 'DIALOGUE',
        titleDe: event.titleDe,
        titleEn: event.titleEn,
        startsAt,
        endsAt,
        venueName: 'IHK Magdeburg',
        venueCity: 'Magdeburg',
        capacity: 2,
        waitlistEnabled: true,
      }),
    ).toEqual({
      kind: 'updated',
      notified: 2,
      promoted: 0,
    })
    expect((await deliver()).sent).toBe(2)

    for (const [i, { r, first }] of before.entries()) {
      const mails = mailsTo(people[i]!.email)
      expect(mails).toHaveLength(2)
      const update = mails[1]!
      expect(update.subject).toBe(i === 0 ? `Geänderte Zeit oder Ort: ${event.titleDe}` : `Changed time or place: ${event.titleEn}`)
      const { vevent, contentType } = calendarOf(update)
      expect(contentType.params.method).toBe('REQUEST')
      expect(vevent.getFirstPropertyValue('uid')).toBe(first.getFirstPropertyValue('uid'))
      expect(vevent.getFirstPropertyValue('uid')).toBe(`registration-${r.id}@${HOST}`)
      expect(sequenceOf(vevent)).toBeGreaterThan(sequenceOf(first))
      expect(utc(vevent, 'dtstart')).toBe(startsAt.toISOString())
      expect(utc(vevent, 'dtend')).toBe(endsAt.toISOString())
      // The ticket stays the same.
      expect(qrOf(update)).toBe(qrOf(mails[0]!))
    }
    // The waiting person holds no seat and gets no invitation update.
    expect(mailsTo('w@verlegt.example').map((m) => m.subject)).toEqual([`Warteliste: ${event.titleDe}`])
  })

  it('an attendee who cancels gets METHOD:CANCEL with the same UID and a higher SEQUENCE', async () => {
    const event = await makeEvent()
    const registration = await confirmed(event.id, { firstName: 'Uwe', lastName: 'Abgeber', email: 'uwe@storno.example' })
    await deliver()
    await cancelRegistration(t.db, registration.id)
    await deliver()
    const [confirmation, cancellation] = mailsTo('uwe@storno.example')
    expect(cancellation!.subject).toBe(`Stornierung bestätigt: ${event.titleDe}`)
    const request = calendarOf(confirmation!)
    const cancel = calendarOf(cancellation!)
    expect(cancel.contentType.params.method).toBe('CANCEL')
    expect(cancel.calendar.getFirstPropertyValue('method')).toBe('CANCEL')
    expect(cancel.vevent.getFirstPropertyValue('status')).toBe('CANCELLED')
    expect(cancel.vevent.getFirstPropertyValue('uid')).toBe(request.vevent.getFirstPropertyValue('uid'))
    expect(sequenceOf(cancel.vevent)).toBeGreaterThan(sequenceOf(request.vevent))
    // No ticket in a cancellation.
    expect(cancellation!.attachments.filter((a) => a.contentType === 'image/png')).toHaveLength(0)
  })

  it('a transfer cancels the previous holder’s calendar item and invites the colleague as a new one', async () => {
    const event = await makeEvent()
    const registration = await confirmed(event.id, { firstName: 'Alt', lastName: 'Inhaber', email: 'alt@uebergabe.example' })
    await deliver()
    const moved = await transferRegistration(t.db, registration.id, {
      firstName: 'Neu',
      lastName: 'Inhaberin',
      email: 'neu@uebergabe.example',
    })
    expect(moved.kind).toBe('transferred')
    await deliver()
    const [confirmation, away] = mailsTo('alt@uebergabe.example')
    const [fresh] = mailsTo('neu@uebergabe.example')
    const first = calendarOf(confirmation!)
    const cancel = calendarOf(away!)
    const request = calendarOf(fresh!)
    expect(cancel.calendar.getFirstPropertyValue('method')).toBe('CANCEL')
    expect(request.calendar.getFirstPropertyValue('method')).toBe('REQUEST')
    // The previous holder's item is the one they were invited to, cancelled by a later version…
    expect(cancel.vevent.getFirstPropertyValue('uid')).toBe(first.vevent.getFirstPropertyValue('uid'))
    expect(sequenceOf(cancel.vevent)).toBeGreaterThan(sequenceOf(first.vevent))
    // …and the colleague's invitation is another item, which that cancellation cannot remove.
    expect(request.vevent.getFirstPropertyValue('uid')).not.toBe(cancel.vevent.getFirstPropertyValue('uid'))
    expect(String(request.vevent.getFirstPropertyValue('uid'))).toMatch(new RegExp(`@${HOST.replace(/\./g, '\\.')}$`))

    // A later change of the event updates the colleague's item, not the previous holder's.
    const changes = {
      kind: 'DIALOGUE' as const,
      titleDe: event.titleDe,
      titleEn: event.titleEn,
      venueName: 'IHK Magdeburg',
      venueCity: 'Magdeburg',
    }
    const startsAt = new Date('2027-01-13T16:00:00Z')
    expect(
      await updateEvent(t.db, event.id, {
        ...changes,
        startsAt,
        endsAt: new Date('2027-01-13T18:30:00Z'),
        capacity: 100,
        waitlistEnabled: true,
      }),
    ).toMatchObject({
      kind: 'updated',
      notified: 1,
    })
    await deliver()
    const update = calendarOf(mailsTo('neu@uebergabe.example').at(-1)!)
    expect(update.vevent.getFirstPropertyValue('uid')).toBe(request.vevent.getFirstPropertyValue('uid'))
    expect(sequenceOf(update.vevent)).toBeGreaterThan(sequenceOf(request.vevent))
    expect(utc(update.vevent, 'dtstart')).toBe(startsAt.toISOString())
    expect(mailsTo('alt@uebergabe.example')).toHaveLength(2)
  })

  it('an event cancelled by the organiser cancels the invitation of everyone with a seat', async () => {
    const event = await makeEvent({ capacity: 1 })
    await confirmed(event.id, { firstName: 'Sitz', lastName: 'Platz', email: 'sitz@abgesagt.example' })
    await register(t.db, event.id, { firstName: 'War', lastName: 'Te', email: 'warte@abgesagt.example' })
    await deliver()
    expect(await setEventStatus(t.db, event.id, 'CANCELLED')).toEqual({ kind: 'changed', notified: 2 })
    await deliver()
    const seat = mailsTo('sitz@abgesagt.example').at(-1)!
    expect(seat.subject).toBe(`Abgesagt: ${event.titleDe}`)
    expect(calendarOf(seat).calendar.getFirstPropertyValue('method')).toBe('CANCEL')
    const waiting = mailsTo('warte@abgesagt.example').at(-1)!
    expect(waiting.subject).toBe(`Abgesagt: ${event.titleDe}`)
    expect(calendarPart(waiting)).toBeUndefined()
  })
})

describe('messages rendered when sent, from the current data', () => {
  it('skips a confirmation whose registration was cancelled before it went out', async () => {
    const event = await makeEvent()
    const registration = await confirmed(event.id, { firstName: 'Kurz', lastName: 'Entschlossen', email: 'kurz@storno.example' })
    await cancelRegistration(t.db, registration.id)
    expect(await deliver()).toMatchObject({ sent: 1, skipped: 1 })
    expect(mailsTo('kurz@storno.example').map((m) => m.subject)).toEqual([`Stornierung bestätigt: ${event.titleDe}`])
    const skipped = await t.db.outboxMessage.findFirstOrThrow({
      where: { registrationId: registration.id, template: 'registration.confirmed' },
    })
    expect(skipped).toMatchObject({ status: 'SENT', lastError: `${SKIPPED}registration is CANCELLED now` })
  })

  it('after a transfer, the colleague’s ticket never goes to the previous holder', async () => {
    const event = await makeEvent()
    const registration = await confirmed(event.id, { firstName: 'Alt', lastName: 'Halter', email: 'alt@firma.example', locale: 'en' })
    // Transferred before the first confirmation was delivered.
    const moved = await transferRegistration(t.db, registration.id, { firstName: 'Neu', lastName: 'Kollegin', email: 'neu@firma.example' })
    expect(moved.kind).toBe('transferred')
    await deliver()
    const old = mailsTo('alt@firma.example')
    expect(old.map((m) => m.subject)).toEqual([`Your seat has been transferred: ${event.titleEn}`])
    expect(old[0]!.text).toContain('Dear Alt Halter,')
    expect(old[0]!.attachments.filter((a) => a.contentType === 'image/png')).toHaveLength(0)
    const oldCancel = calendarOf(old[0]!)
    expect(oldCancel.calendar.getFirstPropertyValue('method')).toBe('CANCEL')
    expect(String(oldCancel.vevent.getFirstPropertyValue('attendee')).toLowerCase()).toBe('mailto:alt@firma.example')

    const now = await t.db.registration.findUniqueOrThrow({ where: { id: registration.id } })
    const [fresh] = mailsTo('neu@firma.example')
    // The colleague was named without a language, so the registration keeps English.
    expect(fresh!.subject).toBe(`Registration confirmed: ${event.titleEn}`)
    expect(qrOf(fresh!)).toBe(signTicket(await getTicketKeys(t.db), now))
    expect(qrOf(fresh!)).not.toBe(signTicket(await getTicketKeys(t.db), registration))
  })
})

describe('bad input', () => {
  it('a name with CR/LF adds no header and no recipient', async () => {
    const event = await makeEvent()
    await confirmed(event.id, { firstName: 'Eve', lastName: 'X\r\nBcc: x@example.org', email: 'eve@evil.example' })
    const envelopes: Envelope[] = []
    await deliverDue(t.db, { send: via(sink.url, envelopes).send, appUrl: APP_URL })
    expect(envelopes).toEqual([{ from: 'noreply@cluster.example', to: ['eve@evil.example'] }])
    const [mail, ...more] = mailsTo('eve@evil.example')
    expect(more).toHaveLength(0)
    expect(mailsTo('x@example.org')).toHaveLength(0)
    expect(mail!.bcc).toBeUndefined()
    expect(mail!.headers.has('bcc')).toBe(false)
    expect(recipients(mail!)).toEqual(['eve@evil.example'])
    // The name stays a name (its line break reduced to a space), in the header and in the text.
    expect((mail!.to as { value: { name: string }[] }).value[0]!.name).toBe('Eve X Bcc: x@example.org')
    expect(mail!.text).toContain('Guten Tag Eve X Bcc: x@example.org,')
  })

  it('escapes HTML in names and titles', async () => {
    const event = await makeEvent({ titleDe: 'Dialog <script>alert(1)</script> & mehr' })
    await confirmed(event.id, { firstName: '<b>Mallory</b>', lastName: '<img src=x onerror=alert(1)>', email: 'mallory@evil.example' })
    await deliver()
    const [mail] = mailsTo('mallory@evil.example')
    const html = String(mail!.html)
    expect(html).not.toMatch(/<script|<b>Mallory|<img src=x/i)
    expect(html).toContain('&lt;b&gt;Mallory&lt;/b&gt;')
    expect(html).toContain('Dialog &lt;script&gt;alert(1)&lt;/script&gt; &amp; mehr')
    expect(mail!.subject).toBe('Anmeldebestätigung: Dialog <script>alert(1)</script> & mehr')
  })

  it('a title with CR/LF stays one VEVENT with the title intact, and one subject line', async () => {
    const event = await makeEvent({ titleDe: 'x\r\nEND:VEVENT' })
    await confirmed(event.id, { firstName: 'Ic', lastName: 'Al', email: 'ical@evil.example' })
    await deliver()
    const [mail] = mailsTo('ical@evil.example')
    const { vevents, calendar } = calendarOf(mail!)
    expect(vevents).toHaveLength(1)
    expect(calendar.getAllSubcomponents()).toHaveLength(1)
    expect(vevents[0]!.getFirstPropertyValue('summary')).toBe('x\nEND:VEVENT')
    // nodemailer folds the subject onto one logical line: nothing after the line break became a header.
    expect(mail!.subject).toMatch(/^Anmeldebestätigung: x\s*END:VEVENT$/)
    expect(mail!.headers.has('end')).toBe(false)
  })
})

describe('delivery when the mail server is down', () => {
  it('keeps all 50 registrations, retries with backoff, and delivers each message exactly once when it is back', async () => {
    const event = await makeEvent({ capacity: 100 })
    await t.db.outboxMessage.updateMany({ where: { status: 'PENDING' }, data: { status: 'SENT' } })
    const down = `smtp://127.0.0.1:${await freePort()}`
    const started = Date.now()
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => register(t.db, event.id, { firstName: 'P', lastName: String(i), email: `p${i}@down.example` })),
    )
    const registeredMs = Date.now() - started
    expect(results.filter((r) => r.kind === 'confirmed')).toHaveLength(50)
    expect(await t.db.registration.count({ where: { eventId: event.id, status: 'CONFIRMED' } })).toBe(50)

    const t0 = new Date()
    expect(await deliver({ url: down, now: t0 })).toMatchObject({ sent: 0, retried: 50, failed: 0 })
    const first = await t.db.outboxMessage.findMany({ where: { registration: { eventId: event.id } } })
    expect(first.every((m) => m.status === 'PENDING' && m.attempts === 1 && m.nextAttemptAt.getTime() === t0.getTime() + backoff(1))).toBe(
      true,
    )
    expect(first[0]!.lastError).toMatch(/ECONNREFUSED|ECONNECTION/)
    // Not due yet: nothing is tried again before the backoff has passed, even with the server back.
    expect(await deliver({ now: new Date(t0.getTime() + 10_000) })).toMatchObject({ sent: 0, retried: 0 })
    // Still down at the second attempt: the wait doubles.
    const t1 = new Date(t0.getTime() + backoff(1))
    expect(await deliver({ url: down, now: t1 })).toMatchObject({ retried: 50 })
    expect((await t.db.outboxMessage.findFirstOrThrow({ where: { registration: { eventId: event.id } } })).nextAttemptAt.getTime()).toBe(
      t1.getTime() + backoff(2),
    )

    // Back up: two workers race over the same due messages.
    const t2 = new Date(t1.getTime() + backoff(2))
    const deliveredAt = Date.now()
    const [a, b] = await Promise.all([deliver({ now: t2 }), deliver({ now: t2 })])
    const deliveredMs = Date.now() - deliveredAt
    expect(a.sent + b.sent).toBe(50)
    // Both saw all 50 as due: every message one of them claimed, the other lost.
    expect(a.lost + b.lost).toBe(50)
    for (let i = 0; i < 50; i++) expect(mailsTo(`p${i}@down.example`)).toHaveLength(1)
    expect(await t.db.outboxMessage.count({ where: { registration: { eventId: event.id }, status: 'SENT', attempts: 3 } })).toBe(50)
    // Nothing left to send: a third round sends nothing more.
    expect((await deliver({ now: new Date(t2.getTime() + 3_600_000) })).sent).toBe(0)
    console.info(
      `[mail-delivery] 50 registrations in ${registeredMs} ms with SMTP down; 50 mails delivered by two racing workers in ${deliveredMs} ms (${a.sent}/${b.sent})`,
    )
  })

  it('without the claim the same race sends duplicates (control)', async () => {
    // The twin of the test above with the guard taken out: both workers read the same due rows and
    // send them. If this stopped producing duplicates, the race above would prove nothing.
    const event = await makeEvent()
    await t.db.outboxMessage.updateMany({ where: { status: 'PENDING' }, data: { status: 'SENT' } })
    for (let i = 0; i < 5; i++) await confirmed(event.id, { firstName: 'D', lastName: String(i), email: `d${i}@race.example` })
    const unguarded = async () => {
      const due = await t.db.outboxMessage.findMany({ where: { status: 'PENDING', registration: { eventId: event.id } } })
      const { renderOutboxMessage } = await import('~/mail/outbox.server')
      for (const m of due) {
        const r = await renderOutboxMessage(t.db, m, APP_URL)
        if (r.kind === 'mail') await via(sink.url).send(r.mail)
        await t.db.outboxMessage.update({ where: { id: m.id }, data: { status: 'SENT' } })
      }
    }
    await Promise.all([unguarded(), unguarded()])
    expect(mailsTo('d0@race.example')).toHaveLength(2)
  })
})

describe('refusals', () => {
  let strict: SMTPServer
  let url: string
  beforeAll(async () => {
    strict = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith('bounce@')) return callback(Object.assign(new Error('5.1.1 User unknown'), { responseCode: 550 }))
        if (address.address.startsWith('greylist@'))
          return callback(Object.assign(new Error('4.7.1 Try again later'), { responseCode: 451 }))
        callback()
      },
      onData(stream, _session, callback) {
        stream.resume()
        stream.on('end', () => callback())
      },
    })
    await new Promise<void>((resolve) => strict.listen(0, '127.0.0.1', resolve))
    url = `smtp://127.0.0.1:${(strict as unknown as { server: { address(): AddressInfo } }).server.address().port}`
  })
  afterAll(() => new Promise<void>((resolve) => strict.close(() => resolve())))

  it('marks an address the server refuses (5xx) as failed at once, and retries a temporary refusal (4xx)', async () => {
    const event = await makeEvent()
    await t.db.outboxMessage.updateMany({ where: { status: 'PENDING' }, data: { status: 'SENT' } })
    await confirmed(event.id, { firstName: 'B', lastName: 'Ounce', email: 'bounce@refused.example' })
    await confirmed(event.id, { firstName: 'G', lastName: 'Rey', email: 'greylist@refused.example' })
    await confirmed(event.id, { firstName: 'O', lastName: 'K', email: 'ok@refused.example' })
    expect(await deliver({ url })).toMatchObject({ sent: 1, failed: 1, retried: 1 })
    const byEmail = Object.fromEntries(
      (await t.db.outboxMessage.findMany({ where: { registration: { eventId: event.id } } })).map((m) => [m.toEmail, m]),
    )
    expect(byEmail['bounce@refused.example']).toMatchObject({ status: 'FAILED', attempts: 1 })
    expect(byEmail['bounce@refused.example']!.lastError).toMatch(new RegExp(`^${REFUSED}.*550`))
    expect(byEmail['greylist@refused.example']).toMatchObject({ status: 'PENDING', attempts: 1 })
    expect(byEmail['greylist@refused.example']!.lastError).toContain('451')
    expect(byEmail['ok@refused.example']).toMatchObject({ status: 'SENT' })
  })

  it('gives up after MAX_ATTEMPTS and keeps the last error for staff', async () => {
    const event = await makeEvent()
    const registration = await confirmed(event.id, { firstName: 'Letzter', lastName: 'Versuch', email: 'greylist2@refused.example' })
    await t.db.outboxMessage.updateMany({ where: { registrationId: registration.id }, data: { attempts: MAX_ATTEMPTS - 1 } })
    await deliver({ url: url.replace(/:\d+$/, `:${await freePort()}`) })
    expect(await t.db.outboxMessage.findFirstOrThrow({ where: { registrationId: registration.id } })).toMatchObject({
      status: 'FAILED',
      attempts: MAX_ATTEMPTS,
    })
    expect(backoff(1)).toBe(30_000)
    expect(backoff(2)).toBe(60_000)
    expect(backoff(MAX_ATTEMPTS)).toBe(3_600_000)
  })
})

describe('reminders', () => {
  it('queues one reminder per confirmed attendee before the event and sends it once, with the ticket', async () => {
    await t.db.outboxMessage.updateMany({ where: { status: 'PENDING' }, data: { status: 'SENT' } })
    const now = new Date()
    const startsAt = new Date(now.getTime() + 24 * 3_600_000)
    const event = await makeEvent({ startsAt, endsAt: new Date(startsAt.getTime() + 7_200_000) })
    const early = await confirmed(event.id, { firstName: 'Früh', lastName: 'Angemeldet', email: 'frueh@reminder.example' })
    await t.db.registration.update({ where: { id: early.id }, data: { confirmedAt: new Date(now.getTime() - 10 * 86_400_000) } })
    // Registered inside the reminder window: the confirmation is enough.
    await confirmed(event.id, { firstName: 'Spät', lastName: 'Dran', email: 'spaet@reminder.example' })
    await deliver()
    const leadMs = 48 * 3_600_000
    // Two workers at once write two rows; only one mail goes out.
    expect(await Promise.all([enqueueReminders(t.db, { now, leadMs }), enqueueReminders(t.db, { now, leadMs })])).toEqual([1, 1])
    expect(await enqueueReminders(t.db, { now, leadMs })).toBe(0)
    expect(await deliver()).toMatchObject({ sent: 1, skipped: 1 })
    const reminder = mailsTo('frueh@reminder.example').at(-1)!
    expect(reminder.subject).toMatch(/^Erinnerung: Kammerdialog \d+: KI in der Fertigung am /)
    expect(qrOf(reminder)).toBe(signTicket(await getTicketKeys(t.db), early))
    expect(calendarPart(reminder)).toBeUndefined()
    expect(mailsTo('spaet@reminder.example').map((m) => m.subject)).toEqual([`Anmeldebestätigung: ${event.titleDe}`])
  })
})

describe('the worker', () => {
  it('runs once per process, delivers on its own, at once when kicked, and not when switched off', async () => {
    const { startOutboxWorker } = await import('~/mail/worker.server')
    await t.db.outboxMessage.updateMany({ where: { status: 'PENDING' }, data: { status: 'SENT' } })
    process.env.FAIRDESK_REMINDER_HOURS = '0'
    const options = { smtpUrl: sink.url, from: 'Fairdesk <noreply@cluster.example>', appUrl: APP_URL, intervalMs: 60_000 }
    try {
      process.env.FAIRDESK_WORKER = 'off'
      expect(startOutboxWorker(t.db, options)).toBeNull()
      delete process.env.FAIRDESK_WORKER
      const worker = startOutboxWorker(t.db, options)!
      expect(worker).not.toBeNull()
      expect(startOutboxWorker(t.db, options)).toBe(worker)
      try {
        const event = await makeEvent()
        await confirmed(event.id, { firstName: 'K', lastName: 'Ick', email: 'kick@worker.example' })
        const kicked = Date.now()
        // The next round is a minute away: only the kick can deliver this quickly.
        worker.kick()
        await expect.poll(() => mailsTo('kick@worker.example').length, { timeout: 5_000, interval: 10 }).toBe(1)
        console.info(`[mail-delivery] kicked worker delivered in ${Date.now() - kicked} ms`)
      } finally {
        await worker.stop()
      }
      const again = startOutboxWorker(t.db, options)
      expect(again).not.toBe(worker)
      await again!.stop()
    } finally {
      delete process.env.FAIRDESK_REMINDER_HOURS
      delete process.env.FAIRDESK_WORKER
    }
  })
})
