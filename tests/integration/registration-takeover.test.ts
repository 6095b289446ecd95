// The registration takeover, over real HTTP against the production server on this project's
// database, with a real SMTP sink: typing someone's address into a public form must never hand out
// their personal link, and the answer must not tell whether the address is registered. The link
// reaches its owner's mailbox only.
import type { ParsedMail } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { register } from '~/domain/registration/register.server'
import { createDb, type Db } from '~/lib/db.server'
import { startAppServer, type AppServer } from '../support/app-server'
import { testDbKind } from '../support/db'
import { startSmtpSink, type SmtpSink } from '../support/smtp'

let app: AppServer
let db: Db
let sink: SmtpSink
beforeAll(async () => {
  sink = await startSmtpSink()
  // Rate limits off: this file posts more than a visitor would; the limits are tested in e2e/http-security.
  app = await startAppServer({ seed: false, database: testDbKind(), env: { SMTP_URL: sink.url, FAIRDESK_RATE_LIMITS: 'off' } })
  db = await createDb(app.databaseUrl)
})
afterAll(async () => {
  await db?.$disconnect()
  await app?.stop()
  await sink?.close()
})

const DAY = 86_400_000
const MIN = 60_000
let n = 0
async function makeEvent(extra: Record<string, unknown> = {}) {
  n += 1
  const startsAt = new Date(Date.now() + 20 * DAY)
  return db.event.create({
    data: {
      slug: `takeover-${n}`,
      kind: 'CONFERENCE',
      status: 'PUBLISHED',
      titleDe: 'Tagung',
      titleEn: 'Conference',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 8 * 3_600_000),
      capacity: 50,
      ...extra,
    },
  })
}
/** Registered a while ago, so that the confirmation no longer holds back the link mail. */
async function registeredLongAgo(eventId: string, email: string) {
  const r = await register(
    db,
    eventId,
    { firstName: 'Olga', lastName: 'Owner', email, company: 'Owner AG' },
    new Date(Date.now() - 11 * MIN),
  )
  if (r.kind !== 'confirmed') throw new Error(r.kind)
  return r.registration
}

type Answer = { status: number; location: string | null; setCookie: string[]; headerNames: string[]; body: string }
async function post(path: string, fields: Record<string, string>): Promise<Answer> {
  const res = await fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  })
  const skip = new Set(['date', 'content-security-policy', 'set-cookie'])
  return {
    status: res.status,
    location: res.headers.get('location'),
    setCookie: res.headers.getSetCookie(),
    headerNames: [...res.headers.keys()].filter((h) => !skip.has(h)).sort(),
    body: await res.text(),
  }
}
/** Every part of an answer that may carry a token: the redirect, the cookies, the body. */
const everything = (a: Answer) => [a.location ?? '', ...a.setCookie, ...a.setCookie.map(decodedCookie), a.body].join('\n')
/** A signed Remix cookie's value is base64 JSON before the signature. */
function decodedCookie(header: string): string {
  const value = decodeURIComponent(header.split(';')[0]!.split('=').slice(1).join('='))
  return Buffer.from(value.split('.')[0]!, 'base64').toString('utf8')
}
/** The cookie as the browser keeps it, without the instant it expires (the same for all but the second). */
const cookieShape = (header: string) => [
  header.split('=')[0],
  ...header
    .split(';')
    .slice(1)
    .map((p) => p.trim())
    .filter((p) => !/^expires=/i.test(p))
    .sort(),
]

/** The page a browser lands on after the redirect, with the cookie it was given. */
async function landing(a: Answer, address: string) {
  const res = await fetch(`${app.url}${a.location}`, { headers: { cookie: a.setCookie.map((c) => c.split(';')[0]).join('; ') } })
  expect(res.status).toBe(200)
  const html = await res.text()
  expect(html).toContain(address)
  // A fresh script nonce in every response; the address is the visitor's own.
  return html.replaceAll(address, '<address>').replace(/nonce="[^"]*"/g, 'nonce=""')
}

const recipients = (m: ParsedMail) => (Array.isArray(m.to) ? m.to : m.to ? [m.to] : []).flatMap((t) => t.value.map((v) => v.address))
const mailsTo = (address: string) => sink.messages.filter((m) => recipients(m).includes(address))
async function mailTo(address: string, subject: RegExp) {
  await expect.poll(() => mailsTo(address).find((m) => subject.test(m.subject ?? '')), { timeout: 20_000, interval: 200 }).toBeTruthy()
  return mailsTo(address).find((m) => subject.test(m.subject ?? ''))!
}

describe('registering with a registered address (the curl of the issue)', () => {
  it('answers exactly as for an unknown address, with no token anywhere, and mails the link to its owner only', async () => {
    const event = await makeEvent()
    const owner = await registeredLongAgo(event.id, 'olga.owner@example.org')
    const curl = (email: string) =>
      post(`/events/${event.slug}/register`, { firstName: 'M', lastName: 'A', email, colleagueRows: '0', website: '' })
    const known = await curl('  OLGA.Owner@Example.ORG ')
    const unknown = await curl('stranger@example.org')

    for (const answer of [known, unknown]) {
      expect(answer.status).toBe(303)
      expect(answer.location).toBe(`/events/${event.slug}/register/sent`)
      for (const secret of [owner.manageToken, owner.ticketSecret, '/r/']) expect(everything(answer)).not.toContain(secret)
    }
    expect(known.body).toBe(unknown.body)
    expect(known.headerNames).toEqual(unknown.headerNames)
    expect(known.setCookie.map(cookieShape)).toEqual(unknown.setCookie.map(cookieShape))
    // The page behind the redirect: byte for byte the same but for the address each visitor typed.
    const [knownPage, unknownPage] = [await landing(known, 'olga.owner@example.org'), await landing(unknown, 'stranger@example.org')]
    expect(knownPage).toBe(unknownPage)
    for (const secret of [owner.manageToken, owner.ticketSecret]) expect(knownPage).not.toContain(secret)

    // The link reaches its owner by mail, and nobody else gets it; the newcomer gets a confirmation of their own.
    const link = await mailTo('olga.owner@example.org', /^Ihr Link zur Anmeldung:/)
    expect(link.text).toContain(`${app.url}/r/${owner.manageToken}`)
    expect(link.attachments.some((a) => a.contentType === 'image/png')).toBe(true)
    await mailTo('stranger@example.org', /^Anmeldebestätigung:/)
    const carrying = sink.messages.filter((m) => `${m.text}${m.html}`.includes(owner.manageToken))
    expect(new Set(carrying.flatMap(recipients))).toEqual(new Set(['olga.owner@example.org']))
    // Nothing about the owner was changed by whoever typed their address.
    const after = await db.registration.findUniqueOrThrow({ where: { id: owner.id }, include: { person: true } })
    expect([after.manageToken, after.ticketSecret, after.person.firstName, after.person.lastName]).toEqual([
      owner.manageToken,
      owner.ticketSecret,
      'Olga',
      'Owner',
    ])
  })

  it('answers a group with an already registered colleague as any group, and re-mails that colleague their own link', async () => {
    const event = await makeEvent()
    const colleague = await registeredLongAgo(event.id, 'carl.colleague@example.org')
    const group = (leader: string, colleagueEmail: string) =>
      post(`/events/${event.slug}/register`, {
        firstName: 'Lea',
        lastName: 'Leader',
        email: leader,
        company: 'Gruppe GmbH',
        colleagueRows: '1',
        'colleagues[0].firstName': 'Carl',
        'colleagues[0].lastName': 'Colleague',
        'colleagues[0].email': colleagueEmail,
        website: '',
      })
    const withRegistered = await group('lea.one@example.org', ' CARL.colleague@example.org')
    const allNew = await group('lea.two@example.org', 'new.colleague@example.org')
    expect(withRegistered.status).toBe(303)
    expect(withRegistered.location).toBe(allNew.location)
    expect(withRegistered.location).not.toMatch(/already|refused|welcome/)
    expect(await landing(withRegistered, 'lea.one@example.org')).toBe(await landing(allNew, 'lea.two@example.org'))
    for (const secret of [colleague.manageToken, '/r/']) expect(everything(withRegistered)).not.toContain(secret)
    const link = await mailTo('carl.colleague@example.org', /^Ihr Link zur Anmeldung:/)
    expect(link.text).toContain(`/r/${colleague.manageToken}`)
    expect((await db.registration.findUniqueOrThrow({ where: { id: colleague.id } })).registeredById).toBeNull()
  })
})

describe('resend my ticket', () => {
  it('answers a registered and an unknown address indistinguishably, and mails the link to the owner only', async () => {
    const event = await makeEvent()
    const owner = await registeredLongAgo(event.id, 'rita.resend@example.org')
    const ask = (email: string) => post(`/events/${event.slug}/resend`, { email, website: '' })
    const known = await ask(' Rita.Resend@EXAMPLE.org')
    const unknown = await ask('nobody.here@example.org')
    for (const answer of [known, unknown]) {
      expect(answer.status).toBe(303)
      expect(answer.location).toBe(`/events/${event.slug}/resend/sent`)
      for (const secret of [owner.manageToken, owner.ticketSecret, '/r/']) expect(everything(answer)).not.toContain(secret)
    }
    expect(known.body).toBe(unknown.body)
    expect(known.headerNames).toEqual(unknown.headerNames)
    expect(known.setCookie.map(cookieShape)).toEqual(unknown.setCookie.map(cookieShape))
    expect(await landing(known, 'rita.resend@example.org')).toBe(await landing(unknown, 'nobody.here@example.org'))

    const link = await mailTo('rita.resend@example.org', /^Ihr Link zur Anmeldung:/)
    expect(link.text).toContain(`${app.url}/r/${owner.manageToken}`)
    expect(link.text).toContain(`${app.url}/r/${owner.manageToken}/ticket.pdf`)
    // Asked again at once: the same answer, no second mail.
    expect((await ask('rita.resend@example.org')).location).toBe(known.location)
    await new Promise((r) => setTimeout(r, 3_000))
    expect(mailsTo('rita.resend@example.org').filter((m) => m.subject?.startsWith('Ihr Link zur Anmeldung:'))).toHaveLength(1)
    expect(mailsTo('nobody.here@example.org')).toHaveLength(0)
  })

  it('refuses a malformed address with a field message, the same for everyone', async () => {
    const event = await makeEvent()
    const res = await fetch(`${app.url}/events/${event.slug}/resend`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url },
      body: 'email=not-an-address',
      redirect: 'manual',
    })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('Bitte geben Sie eine gültige E-Mail-Adresse ein')
    expect((await fetch(`${app.url}/events/no-such-event/resend`)).status).toBe(404)
  })
})

describe('other public forms that find a person or company by what was typed', () => {
  it('answers a company that has applied already as a new one; its contact hears of it by mail, the typist does not', async () => {
    const fair = await makeEvent({ kind: 'FAIR' })
    const apply = (company: string, email: string) =>
      post(`/events/${fair.slug}/exhibit`, {
        company,
        firstName: 'Kai',
        lastName: 'Kontakt',
        email,
        areaWantedSqm: '12',
        topicsDe: 'Sondermaschinen',
        website: '',
      })
    const first = await apply('Erstbewerber GmbH', 'kai@erstbewerber.example')
    const again = await apply('Erstbewerber GmbH', 'eve@elsewhere.example')
    const other = await apply('Neubewerber GmbH', 'neu@neubewerber.example')
    for (const answer of [first, again, other]) {
      expect(answer.status).toBe(303)
      expect(answer.location).toBe(`/events/${fair.slug}/exhibit?sent=1`)
    }
    expect(again.body).toBe(other.body)
    expect(again.headerNames).toEqual(other.headerNames)
    const notice = await mailTo('kai@erstbewerber.example', /^Erneute Bewerbung für Erstbewerber GmbH:/)
    expect(notice.text).toContain('eingegangen, wird geprüft')
    await new Promise((r) => setTimeout(r, 3_000))
    expect(mailsTo('eve@elsewhere.example')).toHaveLength(0)
  })

  it('does not hand the names of known companies to anonymous visitors of the registration form', async () => {
    const event = await makeEvent()
    await db.company.createMany({ data: [{ name: 'Verschwiegen Maschinenbau GmbH' }, { name: 'Mitglied Anlagenbau AG', isMember: true }] })
    const res = await fetch(`${app.url}/events/${event.slug}/register`)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).not.toContain('Verschwiegen Maschinenbau')
    expect(html).not.toContain('Mitglied Anlagenbau')
    expect(html).not.toContain('<datalist')
  })

  it('answers a speaker proposal from a known address as one from an unknown address', async () => {
    const event = await makeEvent({ proposalsOpen: true })
    await registeredLongAgo(event.id, 'paul.proposer@example.org')
    const propose = (email: string) =>
      post(`/events/${event.slug}/propose`, {
        firstName: 'P',
        lastName: 'Q',
        email,
        title: 'Ein Vortrag',
        abstract: 'x'.repeat(80),
        kind: 'TALK',
        language: 'de',
        website: '',
      })
    const known = await propose('PAUL.proposer@example.org ')
    const unknown = await propose('unknown.proposer@example.org')
    expect([known.status, known.location, known.body]).toEqual([unknown.status, unknown.location, unknown.body])
    expect(known.location).toBe(`/events/${event.slug}/propose?sent=1`)
  })
})
