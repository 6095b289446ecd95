// The mails of a registration's journey, through the outbox to a real SMTP server on 127.0.0.1,
// read back with mailparser and the calendar part with ical.js: a colleague registered in a group,
// a change on /r/:token, a corrected name, a new e-mail address confirmed by its mailbox, and the
// chosen workshops named in the confirmation and its invitation.
import ICAL from 'ical.js'
import jsQR from 'jsqr'
import type { Attachment, ParsedMail } from 'mailparser'
import nodemailer from 'nodemailer'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getTicketKeys, signTicket } from '~/domain/checkin/tickets.server'
import { register } from '~/domain/registration/register.server'
import { changeChoices, registerGroup } from '~/domain/registration/self-service.server'
import { changeDetails, confirmEmailChange, EMAIL_CHANGE_TTL_MS, requestEmailChange } from '~/domain/registration/contact-change.server'
import type { Registration } from '~/generated/prisma-sqlite/client'
import { deliverDue, type OutboxMail } from '~/mail/outbox.server'
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

const transport = () => nodemailer.createTransport(sink.url)
const deliver = () =>
  deliverDue(t.db, {
    send: (mail: OutboxMail) => transport().sendMail({ from: 'Fairdesk <noreply@cluster.example>', ...mail }),
    appUrl: APP_URL,
    limit: 200,
  })

let n = 0
async function makeEvent(extra: { contactEmail?: string | null } = {}) {
  n += 1
  return t.db.event.create({
    data: {
      slug: `journey-${n}`,
      kind: 'CONFERENCE',
      status: 'PUBLISHED',
      publishedAt: new Date(),
      titleDe: `Clustertagung ${n}`,
      titleEn: `Cluster conference ${n}`,
      startsAt: new Date('2027-03-10T08:00:00Z'),
      endsAt: new Date('2027-03-10T16:00:00Z'),
      venueName: 'Festung Mark',
      venueCity: 'Magdeburg',
      organiserName: 'Cluster SMAB',
      contactEmail: extra.contactEmail === undefined ? 'cluster@cluster.example' : extra.contactEmail,
      capacity: 50,
      questions: { create: [{ kind: 'CHOICE', labelDe: 'Essen', labelEn: 'Food', required: true, position: 0, options: [] }] },
    },
    include: { questions: true },
  })
}
const workshop = (eventId: string, title: string, hour: number) =>
  t.db.session.create({
    data: {
      eventId,
      kind: 'WORKSHOP',
      titleDe: `Workshop: ${title}`,
      titleEn: `Workshop: ${title} (EN)`,
      capacity: 10,
      // 10:00 + hour in Berlin (winter time).
      startsAt: new Date(Date.UTC(2027, 2, 10, 9 + hour)),
      endsAt: new Date(Date.UTC(2027, 2, 10, 10 + hour)),
    },
  })
async function confirmed(eventId: string, email: string, extra: Record<string, unknown> = {}): Promise<Registration> {
  const result = await register(t.db, eventId, { firstName: 'Maria', lastName: 'Muster', email, ...extra })
  if (result.kind !== 'confirmed') throw new Error(`expected a seat, got ${result.kind}`)
  return result.registration
}

const recipients = (m: ParsedMail) => (m.to && !Array.isArray(m.to) ? m.to.value : []).map((a) => a.address)
const mailsTo = (email: string) => sink.messages.filter((m) => recipients(m).includes(email))
const replyTo = (m: ParsedMail) => (m.replyTo ? m.replyTo.value.map((a) => a.address) : [])
const calendarPart = (m: ParsedMail): Attachment | undefined => m.attachments.find((a) => a.contentType.startsWith('text/calendar'))
function veventOf(m: ParsedMail) {
  const part = calendarPart(m)
  if (!part) throw new Error(`no calendar part in "${m.subject}"`)
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString()))
  return { method: calendar.getFirstPropertyValue('method'), vevent: calendar.getFirstSubcomponent('vevent')! }
}
function qrOf(m: ParsedMail): string {
  const image = m.attachments.find((a) => a.contentType === 'image/png' && a.cid === 'ticket-qr')
  if (!image) throw new Error(`no inline QR in "${m.subject}"`)
  const png = PNG.sync.read(image.content)
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)!.data
}

describe('a colleague registered in a group', () => {
  it('gets their own mail in their own language, saying who registered them, with their own ticket and invitation', async () => {
    const event = await makeEvent()
    const earlier = await makeEvent()
    const diet = event.questions[0]!
    await confirmed(earlier.id, 'ken@firma.example', { firstName: 'Ken', lastName: 'Known', locale: 'en' })
    await deliver()
    await registerGroup(
      t.db,
      event.id,
      {
        firstName: 'Maria',
        lastName: 'Muster',
        email: 'maria@firma.example',
        company: 'Firma AG',
        locale: 'de',
        answers: { [diet.id]: 'x' },
      },
      [
        { firstName: 'Ken', lastName: 'Known', email: 'ken@firma.example', answers: { [diet.id]: 'vegan' } },
        { firstName: 'Nina', lastName: 'Neu', email: 'nina@firma.example', answers: { [diet.id]: 'none' } },
      ],
    )
    await deliver()
    const keys = await getTicketKeys(t.db)
    const ken = await t.db.registration.findFirstOrThrow({ where: { eventId: event.id, person: { email: 'ken@firma.example' } } })
    const nina = await t.db.registration.findFirstOrThrow({ where: { eventId: event.id, person: { email: 'nina@firma.example' } } })

    const toKen = mailsTo('ken@firma.example').find((m) => m.subject?.includes(event.titleEn))!
    expect(toKen.subject).toBe(`Registration confirmed: ${event.titleEn}`)
    expect(toKen.text).toContain('Maria Muster registered you for this event.')
    expect(toKen.text).toContain(`${APP_URL}/r/${ken.manageToken}`)
    expect(qrOf(toKen)).toBe(signTicket(keys, ken))
    expect(String(veventOf(toKen).vevent.getFirstPropertyValue('attendee')).toLowerCase()).toBe('mailto:ken@firma.example')

    const [toNina] = mailsTo('nina@firma.example')
    expect(toNina!.subject).toBe(`Anmeldebestätigung: ${event.titleDe}`)
    expect(toNina!.text).toContain('Maria Muster hat Sie für diese Veranstaltung angemeldet.')
    expect(qrOf(toNina!)).toBe(signTicket(keys, nina))
    expect(veventOf(toNina!).vevent.getFirstPropertyValue('uid')).toBe(`registration-${nina.id}@events.cluster.example`)
    // The registrant's own mail says nothing of that kind.
    expect(mailsTo('maria@firma.example')[0]!.text).not.toContain('hat Sie für diese Veranstaltung angemeldet')
  })
})

describe('the confirmation', () => {
  it('names the chosen workshops in the text and the invitation, and answers go to the event’s contact', async () => {
    const event = await makeEvent()
    const twin = await workshop(event.id, 'Digitaler Zwilling', 1)
    await confirmed(event.id, 'ws@firma.example', { sessionIds: [twin.id] })
    await deliver()
    const [mail] = mailsTo('ws@firma.example')
    expect(mail!.text).toContain('Ihre Programmpunkte')
    expect(mail!.text).toContain('Workshop: Digitaler Zwilling')
    expect(mail!.text).toContain('11:00–12:00')
    expect(String(veventOf(mail!).vevent.getFirstPropertyValue('description'))).toContain('Workshop: Digitaler Zwilling')
    expect(replyTo(mail!)).toEqual(['cluster@cluster.example'])
    expect(mail!.text).not.toMatch(/antworten Sie nicht/)
  })

  it('without a contact has no Reply-To and still says not to reply', async () => {
    const event = await makeEvent({ contactEmail: null })
    await confirmed(event.id, 'nocontact@firma.example')
    await deliver()
    const [mail] = mailsTo('nocontact@firma.example')
    expect(replyTo(mail!)).toEqual([])
    expect(mail!.text).toContain('Bitte antworten Sie nicht direkt darauf.')
  })
})

describe('changes on /r/:token', () => {
  it('a changed workshop is confirmed by mail with an updated invitation: same UID, higher SEQUENCE', async () => {
    const event = await makeEvent()
    const diet = event.questions[0]!
    const a = await workshop(event.id, 'Alpha', 1)
    const b = await workshop(event.id, 'Beta', 3)
    const reg = await confirmed(event.id, 'change@firma.example', { sessionIds: [a.id], answers: { [diet.id]: 'none' } })
    await deliver()
    const first = veventOf(mailsTo('change@firma.example')[0]!).vevent
    expect(await changeChoices(t.db, reg.id, { answers: { [diet.id]: 'none' }, sessionIds: [b.id] })).toEqual({ kind: 'changed' })
    await deliver()
    const [, changed] = mailsTo('change@firma.example')
    expect(changed!.subject).toBe(`Anmeldung geändert: ${event.titleDe}`)
    expect(changed!.text).toContain('Workshop: Beta')
    expect(changed!.text).not.toContain('Workshop: Alpha')
    const { method, vevent } = veventOf(changed!)
    expect(method).toBe('REQUEST')
    expect(vevent.getFirstPropertyValue('uid')).toBe(first.getFirstPropertyValue('uid'))
    expect(Number(vevent.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(first.getFirstPropertyValue('sequence')))
    expect(String(vevent.getFirstPropertyValue('description'))).toContain('Workshop: Beta')
  })

  it('a changed answer alone is confirmed without a new invitation; the same form sent again mails nothing', async () => {
    const event = await makeEvent()
    const diet = event.questions[0]!
    const reg = await confirmed(event.id, 'answer@firma.example', { answers: { [diet.id]: 'none' } })
    await deliver()
    await changeChoices(t.db, reg.id, { answers: { [diet.id]: 'vegan' }, sessionIds: [] })
    await changeChoices(t.db, reg.id, { answers: { [diet.id]: 'vegan' }, sessionIds: [] })
    await deliver()
    const mails = mailsTo('answer@firma.example')
    expect(mails.map((m) => m.subject)).toEqual([`Anmeldebestätigung: ${event.titleDe}`, `Anmeldung geändert: ${event.titleDe}`])
    expect(calendarPart(mails[1]!)).toBeUndefined()
  })

  it('corrects name and company, confirmed by mail', async () => {
    const event = await makeEvent()
    const reg = await confirmed(event.id, 'typo@firma.example', { firstName: 'Mraia', company: 'Frima' })
    expect(await changeDetails(t.db, reg.id, { firstName: 'Maria', lastName: 'Muster', company: 'Firma AG' })).toEqual({ kind: 'changed' })
    expect(await changeDetails(t.db, reg.id, { firstName: 'Maria', lastName: 'Muster', company: 'Firma AG' })).toEqual({
      kind: 'unchanged',
    })
    const now = await t.db.registration.findUniqueOrThrow({ where: { id: reg.id }, include: { person: true } })
    expect([now.person.firstName, now.companyName]).toEqual(['Maria', 'Firma AG'])
    await deliver()
    const mails = mailsTo('typo@firma.example')
    expect(mails).toHaveLength(2)
    expect(mails[1]!.text).toContain('Guten Tag Maria Muster,')
  })
})

describe('a new e-mail address', () => {
  it('changes only when the link mailed to the new address is followed, once; the old address is told', async () => {
    const event = await makeEvent()
    const reg = await confirmed(event.id, 'old@firma.example')
    await deliver()
    expect(await requestEmailChange(t.db, reg.id, ' New@Firma.example ')).toEqual({ kind: 'sent' })
    await deliver()
    expect((await t.db.person.findUniqueOrThrow({ where: { id: reg.personId } })).email).toBe('old@firma.example')
    const [confirm] = mailsTo('new@firma.example')
    expect(confirm!.subject).toBe(`Bitte bestätigen Sie Ihre neue E-Mail-Adresse: ${event.titleDe}`)
    // Neither the registration's link nor its ticket reach a mailbox that has not confirmed.
    expect(confirm!.text).not.toContain(reg.manageToken)
    expect(confirm!.attachments).toHaveLength(0)
    const link = /\/r\/confirm-email\/([A-Za-z0-9_-]+)/.exec(confirm!.text!)![1]!
    expect(mailsTo('old@firma.example')).toHaveLength(1)

    expect(await confirmEmailChange(t.db, link)).toEqual({ kind: 'changed', manageToken: reg.manageToken })
    expect(await confirmEmailChange(t.db, link)).toEqual({ kind: 'invalid' })
    expect((await t.db.person.findUniqueOrThrow({ where: { id: reg.personId } })).email).toBe('new@firma.example')
    await deliver()
    const notice = mailsTo('old@firma.example')[1]!
    expect(notice.subject).toBe(`E-Mail-Adresse Ihrer Anmeldung geändert: ${event.titleDe}`)
    expect(notice.text).toContain('new@firma.example')
    expect(notice.text).not.toContain(reg.manageToken)
    const welcome = mailsTo('new@firma.example')[1]!
    expect(welcome.text).toContain(`${APP_URL}/r/${reg.manageToken}`)
    const first = await t.db.registration.findUniqueOrThrow({ where: { id: reg.id } })
    expect(qrOf(welcome)).toBe(signTicket(await getTicketKeys(t.db), first))
    expect(String(veventOf(welcome).vevent.getFirstPropertyValue('attendee')).toLowerCase()).toBe('mailto:new@firma.example')
    expect(Number(veventOf(welcome).vevent.getFirstPropertyValue('sequence'))).toBeGreaterThan(0)
  })

  it('answers the same for an address registered already, whose mail says so instead of changing anything', async () => {
    const event = await makeEvent()
    const reg = await confirmed(event.id, 'asker@firma.example')
    await confirmed(event.id, 'taken@firma.example', { firstName: 'Tim', lastName: 'Taken' })
    await deliver()
    expect(await requestEmailChange(t.db, reg.id, 'taken@firma.example')).toEqual({ kind: 'sent' })
    await deliver()
    const [, mail] = mailsTo('taken@firma.example')
    expect(mail!.subject).toBe(`Adresse bereits angemeldet: ${event.titleDe}`)
    expect(mail!.text).toContain('Guten Tag Tim Taken,')
    expect(mail!.text).not.toMatch(/confirm-email/)
    expect((await t.db.person.findUniqueOrThrow({ where: { id: reg.personId } })).email).toBe('asker@firma.example')
  })

  it('hands the registration to another person behind the new address like a transfer: new link and ticket, the old ones stop', async () => {
    const event = await makeEvent()
    const elsewhere = await makeEvent()
    const reg = await confirmed(event.id, 'leaving@firma.example')
    const vera = await confirmed(elsewhere.id, 'vera@firma.example', { firstName: 'Vera', lastName: 'Vorhanden' })
    await requestEmailChange(t.db, reg.id, 'vera@firma.example')
    const { token } = await t.db.emailChange.findFirstOrThrow({ where: { registrationId: reg.id } })
    const result = await confirmEmailChange(t.db, token)
    const after = await t.db.registration.findUniqueOrThrow({ where: { id: reg.id } })
    expect(after.personId).toBe(vera.personId)
    expect(result).toEqual({ kind: 'changed', manageToken: after.manageToken })
    // The old mailbox's link and ticket would otherwise open Vera's registration and admit with it.
    expect(after.manageToken).not.toBe(reg.manageToken)
    expect(after.ticketSecret).not.toBe(reg.ticketSecret)
    await deliver()
    const welcome = mailsTo('vera@firma.example').at(-1)!
    expect(welcome.text).toContain(`${APP_URL}/r/${after.manageToken}`)
    expect(welcome.text).not.toContain(reg.manageToken)
    expect(mailsTo('leaving@firma.example').at(-1)!.text).not.toContain(after.manageToken)
  })

  it('refuses an expired link', async () => {
    const event = await makeEvent()
    const reg = await confirmed(event.id, 'slow@firma.example')
    await requestEmailChange(t.db, reg.id, 'slow-new@firma.example')
    const { token } = await t.db.emailChange.findFirstOrThrow({ where: { registrationId: reg.id } })
    expect(await confirmEmailChange(t.db, token, new Date(Date.now() + EMAIL_CHANGE_TTL_MS + 1000))).toEqual({ kind: 'invalid' })
    expect((await t.db.person.findUniqueOrThrow({ where: { id: reg.personId } })).email).toBe('slow@firma.example')
  })
})
