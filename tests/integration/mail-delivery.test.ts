// Mails through the outbox to a real SMTP server on 127.0.0.1, read back and checked.
import ICAL from 'ical.js'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deliverDue } from '~/domain/outbox.server'
import { cancelRegistration, register } from '~/domain/registration.server'
import { getTicketKeys, verifyTicket } from '~/domain/tickets.server'
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

const via = (url: string) => {
  const transport = createTransport(url)
  return (mail: OutgoingMail) => transport.sendMail({ from: 'Fairdesk <noreply@cluster.example>', ...mail })
}
let n = 0
async function makeEvent(title: string) {
  n += 1
  return t.db.event.create({
    data: {
      slug: `mail-${n}`,
      kind: 'DIALOGUE',
      status: 'PUBLISHED',
      titleDe: title,
      titleEn: `${title} (EN)`,
      startsAt: new Date('2027-01-13T17:00:00Z'), // 18:00 in Berlin
      endsAt: new Date('2027-01-13T19:30:00Z'),
      venueName: 'IHK Magdeburg',
      venueCity: 'Magdeburg',
      capacity: 100,
    },
  })
}
const messagesTo = (email: string) => sink.messages.filter((m) => (m.to && 'value' in m.to ? m.to.value : []).some((a) => a.address === email))

describe('confirmation mail', () => {
  it('arrives in the person’s language with a calendar invite and a QR ticket that scans back', async () => {
    const event = await makeEvent('Kammerdialog: KI in der Fertigung')
    const result = await register(t.db, event.id, { firstName: 'Lena', lastName: 'Vogt', email: 'lena@vogt.example', locale: 'en' })
    if (result.kind !== 'confirmed') throw new Error(result.kind)
    expect((await deliverDue(t.db, { send: via(sink.url), appUrl: APP_URL })).sent).toBe(1)
    const [mail] = messagesTo('lena@vogt.example')
    expect(mail!.subject).toBe('Registration confirmed: Kammerdialog: KI in der Fertigung (EN)')
    expect(mail!.text).toContain(`${APP_URL}/r/${result.registration.manageToken}`)

    const ics = mail!.attachments.find((a) => a.contentType.startsWith('text/calendar'))!.content.toString()
    const calendar = new ICAL.Component(ICAL.parse(ics))
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST')
    const vevent = calendar.getFirstSubcomponent('vevent')!
    expect(vevent.getFirstPropertyValue('uid')).toBe(`registration-${result.registration.id}@events.cluster.example`)
    expect((vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe('2027-01-13T17:00:00.000Z')
    expect((vevent.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().toISOString()).toBe('2027-01-13T19:30:00.000Z')
    expect(String(vevent.getFirstPropertyValue('attendee')).toLowerCase()).toBe('mailto:lena@vogt.example')

    const qr = mail!.attachments.find((a) => a.contentType === 'image/png')!
    const png = PNG.sync.read(qr.content)
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)!.data
    expect(verifyTicket((await getTicketKeys(t.db)).publicKey, code)).toMatchObject({ registrationId: result.registration.id })
  })

  it('cancels the invite with the same UID and a higher SEQUENCE when the attendee cancels', async () => {
    const event = await makeEvent('Workshop Energieaudit')
    const result = await register(t.db, event.id, { firstName: 'Kai', lastName: 'Brandt', email: 'kai@brandt.example' })
    if (result.kind !== 'confirmed') throw new Error(result.kind)
    await cancelRegistration(t.db, result.registration.id)
    await deliverDue(t.db, { send: via(sink.url), appUrl: APP_URL })
    const icsOf = (subjectStart: string) => {
      const mail = messagesTo('kai@brandt.example').find((m) => m.subject!.startsWith(subjectStart))
      return new ICAL.Component(ICAL.parse(mail!.attachments.find((a) => a.contentType.startsWith('text/calendar'))!.content.toString()))
    }
    // The confirmation was skipped (the registration is cancelled by the time it is sent); the cancellation goes out.
    expect(messagesTo('kai@brandt.example').map((m) => m.subject)).toEqual(['Stornierung bestätigt: Workshop Energieaudit'])
    const cancel = icsOf('Stornierung')
    expect(cancel.getFirstPropertyValue('method')).toBe('CANCEL')
    const vevent = cancel.getFirstSubcomponent('vevent')!
    expect(vevent.getFirstPropertyValue('uid')).toBe(`registration-${result.registration.id}@events.cluster.example`)
    expect(vevent.getFirstPropertyValue('sequence')).toBeGreaterThan(0)
  })

  it('a name with CR/LF adds no header and no recipient', async () => {
    const event = await makeEvent('Industriedialog')
    await register(t.db, event.id, { firstName: 'Eve', lastName: 'X\r\nBcc: x@example.org', email: 'eve@evil.example' })
    const before = sink.messages.length
    await deliverDue(t.db, { send: via(sink.url), appUrl: APP_URL })
    expect(sink.messages.length).toBe(before + 1)
    const mail = sink.messages.at(-1)!
    expect(mail.bcc).toBeUndefined()
    expect((mail.to as { value: { address: string }[] }).value.map((a) => a.address)).toEqual(['eve@evil.example'])
  })
})

describe('delivery when the mail server is down', () => {
  it('keeps all 50 registrations, retries, and delivers each message exactly once when it is back', async () => {
    const event = await makeEvent('Clustertagung')
    await t.db.outboxMessage.updateMany({ where: { status: 'PENDING' }, data: { status: 'SENT' } })
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => register(t.db, event.id, { firstName: 'P', lastName: String(i), email: `p${i}@down.example` })))
    expect(results.filter((r) => r.kind === 'confirmed')).toHaveLength(50)
    const down = await deliverDue(t.db, { send: via('smtp://127.0.0.1:9'), appUrl: APP_URL, limit: 100 })
    expect(down).toMatchObject({ sent: 0, retried: 50 })
    // Not due yet: nothing is attempted again before the backoff has passed.
    expect((await deliverDue(t.db, { send: via(sink.url), appUrl: APP_URL, limit: 100 })).sent).toBe(0)
    const later = new Date(Date.now() + 60_000)
    // Two workers racing over the same due messages.
    const [a, b] = await Promise.all([
      deliverDue(t.db, { send: via(sink.url), appUrl: APP_URL, now: later, limit: 100 }),
      deliverDue(t.db, { send: via(sink.url), appUrl: APP_URL, now: later, limit: 100 }),
    ])
    expect(a.sent + b.sent).toBe(50)
    for (let i = 0; i < 50; i++) expect(messagesTo(`p${i}@down.example`)).toHaveLength(1)
  })
})
