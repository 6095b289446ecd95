// Stands, exhibitor applications, decisions and staff passes against a real database (SQLite, and
// PostgreSQL when TEST_POSTGRES_URL is set): refusals, the joint stand's area never exceeded, the
// staff-pass quota under concurrency (with a control twin that oversells), the outbox rows written
// with each change, and the fair's figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, type Db } from '~/lib/db.server'
import {
  acceptExhibitor,
  applyAsExhibitor,
  deleteStand,
  fairCounts,
  getFairOverview,
  issueStaffPass,
  listExhibitorDirectory,
  rejectExhibitor,
  revokeStaffPass,
  saveStand,
  withdrawExhibitor,
  type ApplicationInput,
  type StandInput,
} from '~/domain/fair/fair.server'
import { staffPassQuota } from '~/domain/fair/rules'
import { newToken, register } from '~/domain/registration/register.server'
import { resendRegistrationMail } from '~/domain/registration/admin.server'
import { renderOutboxMessage } from '~/mail/outbox.server'
import { wallTimeToUtc } from '~/lib/datetime'
import { createTestDatabase, type TestDatabase } from '../support/db'

let t: TestDatabase
let clients: Db[]
beforeAll(async () => {
  t = await createTestDatabase()
  // PostgreSQL: several clients, as several server processes would be (see registration-concurrency).
  clients = [t.db, ...(t.kind === 'postgresql' ? await Promise.all([1, 2, 3].map(() => createDb(t.url))) : [])]
})
afterAll(async () => {
  await Promise.all(clients.slice(1).map((c) => c.$disconnect()))
  await t?.close()
})

const at = (wall: string) => wallTimeToUtc(wall, 'Europe/Berlin')
let n = 0

async function fair(extra: { status?: 'DRAFT' | 'PUBLISHED' | 'CANCELLED'; kind?: 'FAIR' | 'CONFERENCE'; startsAt?: Date } = {}) {
  n += 1
  return t.db.event.create({
    data: {
      slug: `messe-${n}`,
      kind: extra.kind ?? 'FAIR',
      status: extra.status ?? 'PUBLISHED',
      titleDe: 'Hannover Messe 2027',
      titleEn: 'Hannover Messe 2027',
      startsAt: extra.startsAt ?? at('2027-04-12T09:00'),
      endsAt: at('2027-04-16T18:00'),
      capacity: 80,
    },
  })
}

const jointStand: StandInput = {
  hall: 'Halle 2',
  number: 'A3',
  areaSqm: 36,
  kind: 'JOINT',
  equipment: 'Theke',
  x: 10,
  y: 4,
  width: 6,
  depth: 6,
}

function application(company: string, extra: Partial<ApplicationInput> = {}): ApplicationInput {
  const slug = company.toLowerCase().replace(/[^a-z]+/g, '')
  return {
    company,
    contact: { firstName: 'Kim', lastName: company, email: `kontakt@${slug}.example` },
    areaWantedSqm: 12,
    topicsDe: 'Sondermaschinen',
    topicsEn: 'Special machines',
    staff: [],
    locale: 'de',
    ...extra,
  }
}

async function applied(eventId: string, company: string, extra: Partial<ApplicationInput> = {}) {
  const result = await applyAsExhibitor(t.db, eventId, application(company, extra))
  if (result.kind !== 'applied') throw new Error(`apply: ${result.kind}`)
  return result.exhibitorId
}

async function standOf(eventId: string, input: StandInput = jointStand) {
  const result = await saveStand(t.db, eventId, null, input)
  if (result.kind !== 'saved') throw new Error(`stand: ${result.kind}`)
  return result.standId
}

describe('stands', () => {
  it('refuses a second stand with the same hall and number, however it is spelt', async () => {
    const event = await fair()
    await standOf(event.id)
    expect(await saveStand(t.db, event.id, null, { ...jointStand, hall: ' halle  2', number: 'a3', x: 30 })).toEqual({ kind: 'duplicate' })
    expect((await saveStand(t.db, event.id, null, { ...jointStand, number: 'A4', x: 30 })).kind).toBe('saved')
  })

  it('refuses stands that overlap on the plan of one hall, and half-given positions', async () => {
    const event = await fair()
    await standOf(event.id)
    expect(await saveStand(t.db, event.id, null, { ...jointStand, number: 'A5', x: 12 })).toEqual({
      kind: 'overlap',
      other: { hall: 'Halle 2', number: 'A3' },
    })
    expect((await saveStand(t.db, event.id, null, { ...jointStand, hall: 'Halle 3', number: 'A5', x: 12 })).kind).toBe('saved')
    expect(await saveStand(t.db, event.id, null, { ...jointStand, number: 'A6', x: 40, y: null })).toEqual({
      kind: 'invalidGeometry',
      problem: 'incomplete',
    })
  })

  it('will not shrink a stand below its exhibitors’ space, nor delete one that is in use', async () => {
    const event = await fair()
    const standId = await standOf(event.id)
    const a = await applied(event.id, 'Alpha Maschinenbau')
    await acceptExhibitor(t.db, event.id, a, { standId, areaSqm: 24 })
    expect(await saveStand(t.db, event.id, standId, { ...jointStand, areaSqm: 20 })).toEqual({ kind: 'belowAllocated', allocated: 24 })
    expect((await saveStand(t.db, event.id, standId, { ...jointStand, areaSqm: 24 })).kind).toBe('saved')
    expect(await deleteStand(t.db, event.id, standId)).toEqual({ kind: 'inUse', exhibitors: 1 })
    expect(await saveStand(t.db, event.id, 'no-such-stand', jointStand)).toEqual({ kind: 'notFound' })
  })
})

describe('applications and decisions', () => {
  it('takes an application for a published fair only, once per company', async () => {
    const event = await fair()
    expect((await applyAsExhibitor(t.db, event.id, application('Beta GmbH'))).kind).toBe('applied')
    expect(
      await applyAsExhibitor(
        t.db,
        event.id,
        application('Beta GmbH', { contact: { firstName: 'X', lastName: 'Y', email: 'x@beta.example' } }),
      ),
    ).toEqual({ kind: 'alreadyApplied', status: 'APPLIED' })
    expect(await applyAsExhibitor(t.db, (await fair({ status: 'DRAFT' })).id, application('Beta GmbH'))).toEqual({
      kind: 'closed',
      reason: 'notFound',
    })
    expect(await applyAsExhibitor(t.db, (await fair({ kind: 'CONFERENCE' })).id, application('Beta GmbH'))).toEqual({
      kind: 'closed',
      reason: 'notFair',
    })
    expect(await applyAsExhibitor(t.db, (await fair({ startsAt: new Date(Date.now() - 3_600_000) })).id, application('Beta GmbH'))).toEqual(
      { kind: 'closed', reason: 'started' },
    )
  })

  it('acknowledges a new application to the applicant in their language and tells the organisers, with a link to the fair page', async () => {
    const event = await t.db.event.update({ where: { id: (await fair()).id }, data: { contactEmail: 'messe@cluster.example' } })
    const exhibitorId = await applied(event.id, 'Zeta Robotik GmbH', { locale: 'en' })
    const rows = (await t.db.outboxMessage.findMany({ orderBy: { createdAt: 'asc' } })).filter(
      (m) => (m.payload as { exhibitorId?: string }).exhibitorId === exhibitorId,
    )
    expect(rows.map((m) => [m.template, m.toEmail, m.locale])).toEqual([
      ['exhibitor.applied', 'kontakt@zetarobotikgmbh.example', 'en'],
      ['exhibitor.newApplication', 'messe@cluster.example', 'de'],
    ])
    const [ack, notice] = await Promise.all(rows.map((m) => renderOutboxMessage(t.db, m, 'https://events.example')))
    if (ack?.kind !== 'mail' || notice?.kind !== 'mail') throw new Error('not rendered')
    expect(ack.mail.text).toContain('Zeta Robotik GmbH')
    expect(ack.mail.subject).toMatch(/application/i)
    expect(notice.mail.text).toContain(`https://events.example/admin/events/${event.id}/fair`)
    expect(notice.mail.text).toContain('Zeta Robotik GmbH')
    // An event without an organiser contact: the applicant alone hears of it; a repeated application adds neither.
    const quiet = await fair()
    const other = await applied(quiet.id, 'Eta GmbH')
    expect((await applyAsExhibitor(t.db, quiet.id, application('Eta GmbH'))).kind).toBe('alreadyApplied')
    const quietRows = (await t.db.outboxMessage.findMany()).filter((m) => (m.payload as { exhibitorId?: string }).exhibitorId === other)
    expect(quietRows.map((m) => m.template).sort()).toEqual(['exhibitor.applied', 'exhibitor.reapplied'])
  })

  it('tells the contact of a standing application — and nobody else — when the company applies again, at most every 10 minutes', async () => {
    const event = await fair()
    const t0 = Date.now()
    const exhibitorId = await applied(event.id, 'Gamma GmbH')
    const again = (minutes: number, email: string) =>
      applyAsExhibitor(
        t.db,
        event.id,
        application('Gamma GmbH', { topicsDe: 'Etwas anderes', contact: { firstName: 'Eve', lastName: 'Andere', email } }),
        new Date(t0 + minutes * 60_000),
      )
    for (const [minutes, email] of [
      [1, 'eve@elsewhere.example'],
      [5, ' KONTAKT@gammagmbh.example'],
      [11, 'eve@elsewhere.example'],
      [12, 'eve@elsewhere.example'],
    ] as const) {
      expect(await again(minutes, email)).toEqual({ kind: 'alreadyApplied', status: 'APPLIED' })
    }
    const notices = (
      await t.db.outboxMessage.findMany({ where: { template: 'exhibitor.reapplied' }, orderBy: { createdAt: 'asc' } })
    ).filter((m) => (m.payload as { exhibitorId: string }).exhibitorId === exhibitorId)
    expect(notices.map((m) => [m.toEmail, (m.payload as { exhibitorId: string }).exhibitorId])).toEqual([
      ['kontakt@gammagmbh.example', exhibitorId],
      ['kontakt@gammagmbh.example', exhibitorId],
    ])
    // The application stands as it was sent first.
    const exhibitor = await t.db.exhibitor.findUniqueOrThrow({ where: { id: exhibitorId }, include: { contactPerson: true } })
    expect([exhibitor.topicsDe, exhibitor.contactPerson?.email]).toEqual(['Sondermaschinen', 'kontakt@gammagmbh.example'])
  })

  it('keeps the city and website of a new exhibitor’s company, shown in the public directory', async () => {
    const event = await fair()
    const standId = await standOf(event.id, { ...jointStand, number: 'C1' })
    const id = await applied(event.id, 'Ortsfest Maschinenbau GmbH', {
      companyCity: 'Magdeburg',
      companyWebsite: 'https://ortsfest.example',
    })
    expect(await t.db.company.findUniqueOrThrow({ where: { name: 'Ortsfest Maschinenbau GmbH' } })).toMatchObject({
      city: 'Magdeburg',
      website: 'https://ortsfest.example',
    })
    expect((await acceptExhibitor(t.db, event.id, id, { standId, areaSqm: 12 })).kind).toBe('accepted')
    const directory = await listExhibitorDirectory(t.db, event.slug)
    expect(directory!.exhibitors.find((e) => e.id === id)).toMatchObject({ city: 'Magdeburg', website: 'https://ortsfest.example' })
    expect((await listExhibitorDirectory(t.db, event.slug, 'magdeburg'))!.exhibitors.map((e) => e.id)).toEqual([id])
  })

  it('fills in a known company’s missing city and website from an application, but never overwrites them', async () => {
    const known = await t.db.company.create({ data: { name: 'Bekannt AG', website: 'https://bekannt.example' } })
    const event = await fair()
    await applied(event.id, 'Bekannt AG', { companyCity: 'Halle (Saale)', companyWebsite: 'https://fremd.example' })
    expect(await t.db.company.findUniqueOrThrow({ where: { id: known.id } })).toMatchObject({
      city: 'Halle (Saale)',
      website: 'https://bekannt.example',
    })
  })

  it('accepts onto a stand, mails the contact and issues passes to the contact and the named staff', async () => {
    const event = await fair()
    const standId = await standOf(event.id)
    const id = await applied(event.id, 'Gamma Anlagenbau', {
      staff: [
        { firstName: 'Ina', lastName: 'Roth', email: 'Ina.Roth@gamma.example' },
        { firstName: 'Kim', lastName: 'Doppelt', email: 'kontakt@gammaanlagenbau.example' },
      ],
    })
    const result = await acceptExhibitor(t.db, event.id, id, { standId, areaSqm: 12 })
    expect(result).toEqual({ kind: 'accepted', passesIssued: 2, passesSkipped: 0 })
    const exhibitor = await t.db.exhibitor.findUniqueOrThrow({ where: { id } })
    expect(exhibitor).toMatchObject({ status: 'ACCEPTED', standId, areaSqm: 12 })
    const mails = (
      await t.db.outboxMessage.findMany({ where: { OR: [{ template: 'exhibitor.confirmed' }, { registration: { exhibitorId: id } }] } })
    ).filter((m) => m.template !== 'exhibitor.confirmed' || (m.payload as { exhibitorId: string }).exhibitorId === id)
    expect(mails.map((m) => [m.template, m.toEmail]).sort()).toEqual([
      ['exhibitor.confirmed', 'kontakt@gammaanlagenbau.example'],
      ['registration.staffPass', 'ina.roth@gamma.example'],
      ['registration.staffPass', 'kontakt@gammaanlagenbau.example'],
    ])
    const passes = await t.db.registration.findMany({ where: { exhibitorId: id } })
    expect(passes.map((p) => [p.role, p.status, p.source, p.companyName])).toEqual([
      ['EXHIBITOR', 'CONFIRMED', 'STAFF', 'Gamma Anlagenbau'],
      ['EXHIBITOR', 'CONFIRMED', 'STAFF', 'Gamma Anlagenbau'],
    ])
    // Exhibitor staff take no seat from the visitors.
    expect((await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(0)
  })

  it('never gives away more of the joint stand than it has, also when two organisers accept at once', async () => {
    const event = await fair()
    const standId = await standOf(event.id)
    const first = await applied(event.id, 'Delta GmbH')
    expect((await acceptExhibitor(t.db, event.id, first, { standId, areaSqm: 24 })).kind).toBe('accepted')
    const late = await applied(event.id, 'Epsilon GmbH')
    expect(await acceptExhibitor(t.db, event.id, late, { standId, areaSqm: 12.5 })).toEqual({ kind: 'overAllocated', free: 12 })
    // Moving the accepted one does not count its own old space against it.
    expect((await acceptExhibitor(t.db, event.id, first, { standId, areaSqm: 30 })).kind).toBe('accepted')
    expect((await acceptExhibitor(t.db, event.id, first, { standId, areaSqm: 24 })).kind).toBe('accepted')

    const rivals = await Promise.all(['Zeta', 'Eta', 'Theta', 'Iota'].map((c) => applied(event.id, `${c} GmbH`)))
    const results = await Promise.all(
      rivals.map((id, i) => acceptExhibitor(clients[i % clients.length]!, event.id, id, { standId, areaSqm: 6 })),
    )
    expect(results.filter((r) => r.kind === 'accepted')).toHaveLength(2)
    const total = await t.db.exhibitor.aggregate({ where: { standId, status: 'ACCEPTED' }, _sum: { areaSqm: true } })
    expect(total._sum.areaSqm).toBe(36)
  })

  it('rejects open applications only, and withdrawing frees the space and cancels passes and meetings', async () => {
    const event = await fair()
    const standId = await standOf(event.id)
    const rejected = await applied(event.id, 'Kappa GmbH')
    expect(await rejectExhibitor(t.db, event.id, rejected)).toEqual({ kind: 'done' })
    expect(await rejectExhibitor(t.db, event.id, rejected)).toEqual({ kind: 'notAllowed', status: 'REJECTED' })
    expect(await rejectExhibitor(t.db, event.id, 'nope')).toEqual({ kind: 'notFound' })

    const id = await applied(event.id, 'Lambda GmbH')
    await acceptExhibitor(t.db, event.id, id, { standId, areaSqm: 36 })
    const visitor = await register(t.db, event.id, { firstName: 'Vera', lastName: 'Besucher', email: 'vera@visit.example' })
    if (visitor.kind !== 'confirmed') throw new Error('visitor')
    await t.db.meeting.create({ data: { eventId: event.id, exhibitorId: id, requesterId: visitor.registration.personId } })
    expect(await withdrawExhibitor(t.db, id)).toEqual({ kind: 'done' })
    expect(await t.db.registration.count({ where: { exhibitorId: id, status: 'CANCELLED' } })).toBe(1)
    expect(await t.db.outboxMessage.count({ where: { template: 'registration.cancelled', registration: { exhibitorId: id } } })).toBe(1)
    expect((await t.db.meeting.findFirstOrThrow({ where: { exhibitorId: id } })).status).toBe('CANCELLED')
    // The space is free again.
    const other = await applied(event.id, 'My GmbH')
    expect((await acceptExhibitor(t.db, event.id, other, { standId, areaSqm: 36 })).kind).toBe('accepted')
    // A rejected company may apply again.
    expect((await applyAsExhibitor(t.db, event.id, application('Kappa GmbH'))).kind).toBe('applied')
  })
})

describe('staff passes', () => {
  it('issue a ticket per person up to the quota; the same person twice is one pass; a visitor is not made staff', async () => {
    const event = await fair()
    const standId = await standOf(event.id)
    const id = await applied(event.id, 'Ny GmbH')
    expect(await issueStaffPass(t.db, id, { firstName: 'A', lastName: 'B', email: 'a@ny.example' })).toEqual({ kind: 'notAccepted' })
    await acceptExhibitor(t.db, event.id, id, { standId, areaSqm: 9 })
    expect(staffPassQuota(9)).toBe(2)
    const first = await issueStaffPass(t.db, id, { firstName: 'Olga', lastName: 'Stand', email: 'olga@ny.example' })
    expect(first.kind).toBe('issued')
    expect((await issueStaffPass(t.db, id, { firstName: 'Olga', lastName: 'Stand', email: 'OLGA@ny.example ' })).kind).toBe('existing')
    expect(await issueStaffPass(t.db, id, { firstName: 'Paul', lastName: 'Zuviel', email: 'paul@ny.example' })).toEqual({
      kind: 'quotaReached',
      quota: 2,
    })
    await register(t.db, event.id, { firstName: 'Vera', lastName: 'Besucher', email: 'vera2@visit.example' })
    // Revoking one frees a pass, but a registered visitor cannot take it.
    if (first.kind !== 'issued') throw new Error('pass')
    expect(await revokeStaffPass(t.db, id, first.registrationId)).toEqual({ kind: 'revoked' })
    expect(await issueStaffPass(t.db, id, { firstName: 'Vera', lastName: 'Besucher', email: 'vera2@visit.example' })).toEqual({
      kind: 'alreadyRegistered',
    })
    expect((await issueStaffPass(t.db, id, { firstName: 'Olga', lastName: 'Stand', email: 'olga@ny.example' })).kind).toBe('issued')
  })

  it('mails a staff pass as what it is — the stand of the company at the fair, its days, ticket and invite, and the link to the stand desk — in the holder’s language', async () => {
    const event = await fair()
    const standId = await standOf(event.id)
    const id = await applied(event.id, 'Omikron Prüftechnik GmbH', {
      staff: [{ firstName: 'Ina', lastName: 'Roth', email: 'ina.roth@omikron.example' }],
    })
    await acceptExhibitor(t.db, event.id, id, { standId, areaSqm: 12 })
    const english = await issueStaffPass(t.db, id, { firstName: 'Ian', lastName: 'Reed', email: 'ian.reed@omikron.example', locale: 'en' })
    if (english.kind !== 'issued') throw new Error(english.kind)
    const rows = await t.db.outboxMessage.findMany({ where: { registration: { exhibitorId: id } }, orderBy: { toEmail: 'asc' } })
    expect(rows.map((m) => [m.template, m.toEmail, m.locale])).toEqual([
      ['registration.staffPass', 'ian.reed@omikron.example', 'en'],
      ['registration.staffPass', 'ina.roth@omikron.example', 'de'],
      ['registration.staffPass', 'kontakt@omikronprftechnikgmbh.example', 'de'],
    ])
    const base = 'https://events.example'
    const [en, de] = await Promise.all(rows.slice(0, 2).map((m) => renderOutboxMessage(t.db, m, base, at('2027-03-01T12:00'))))
    if (en?.kind !== 'mail' || de?.kind !== 'mail') throw new Error('not rendered')
    const ina = await t.db.registration.findFirstOrThrow({ where: { exhibitorId: id, person: { email: 'ina.roth@omikron.example' } } })
    // The plain-text part as one line (it wraps long sentences).
    const text = (mail: { text?: unknown }) => String(mail.text).replace(/\s+/g, ' ')

    expect(de.mail.subject).toBe('Ihr Standausweis: Hannover Messe 2027')
    // What the pass is: staff of this company's stand at this fair, on the fair's days — not "thank you for registering".
    expect(text(de.mail)).toContain('Standpersonal von Omikron Prüftechnik GmbH')
    expect(text(de.mail)).toContain('Halle 2, Stand A3')
    expect(text(de.mail)).toMatch(/Gültig: 12\.\s?–\s?16\. Apr\. 2027/)
    expect(text(de.mail)).not.toContain('vielen Dank für Ihre Anmeldung')
    // The stand desk, spelt out, and what it is for.
    expect(text(de.mail)).toContain(`${base}/r/${ina.manageToken}/stand`)
    expect(text(de.mail)).toMatch(/Kontakte am Stand: Sie scannen den QR-Code auf dem Ausweis eines Besuchers mit der Kamera/)
    // Ticket and calendar invitation as before.
    expect(de.mail.attachments?.map((a) => a.cid)).toEqual(['ticket-qr'])
    expect(de.mail.icalEvent?.method).toBe('REQUEST')
    expect(String(de.mail.icalEvent?.content)).toContain('SUMMARY:Hannover Messe 2027')
    expect(text(de.mail)).toContain(`${base}/r/${ina.manageToken}/ticket.pdf`)

    expect(en.mail.subject).toBe('Your stand staff pass: Hannover Messe 2027')
    expect(text(en.mail)).toContain('stand staff of Omikron Prüftechnik GmbH')
    expect(text(en.mail)).toMatch(/Valid: 12\s?–\s?16 Apr 2027/)
    expect(text(en.mail)).toContain(`${base}/r/${english.manageToken}/stand`)
    expect(en.mail.attachments?.map((a) => a.cid)).toEqual(['ticket-qr'])
    expect(en.mail.icalEvent?.method).toBe('REQUEST')

    // Sent once more by the organisers, it is the staff-pass mail again.
    const organiser = await t.db.user.create({
      data: { email: 'orga.pass@cluster.example', name: 'Orga', role: 'ORGANIZER', passwordHash: 'x' },
    })
    const holder = await t.db.registration.findUniqueOrThrow({ where: { id: ina.id }, include: { person: true } })
    expect(await resendRegistrationMail(t.db, holder, organiser.id)).toEqual({ kind: 'resent' })
    const again = await t.db.outboxMessage.findMany({ where: { registrationId: ina.id }, orderBy: { createdAt: 'asc' } })
    expect(again.map((m) => m.template)).toEqual(['registration.staffPass', 'registration.staffPass'])
  })

  it('20 passes asked for at once for a quota of 3: exactly 3 issued', async () => {
    const event = await fair()
    const standId = await standOf(event.id)
    const id = await applied(event.id, 'Xi GmbH')
    await acceptExhibitor(t.db, event.id, id, { standId, areaSqm: 12 })
    await t.db.registration.updateMany({ where: { exhibitorId: id }, data: { status: 'CANCELLED' } })
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        issueStaffPass(clients[i % clients.length]!, id, { firstName: 'S', lastName: String(i), email: `s${i}@xi.example` }),
      ),
    )
    expect(results.filter((r) => r.kind === 'issued')).toHaveLength(3)
    expect(results.filter((r) => r.kind === 'quotaReached')).toHaveLength(17)
    expect(await t.db.registration.count({ where: { exhibitorId: id, status: 'CONFIRMED' } })).toBe(3)
  })

  it('control twin: counting passes and inserting without the guard issues too many under the same load', async () => {
    const event = await fair()
    const standId = await standOf(event.id)
    const id = await applied(event.id, 'Omikron GmbH')
    await acceptExhibitor(t.db, event.id, id, { standId, areaSqm: 12 })
    await t.db.registration.updateMany({ where: { exhibitorId: id }, data: { status: 'CANCELLED' } })
    // Every request reads the count before any inserts: the interleaving a busy server produces
    // now and then, made certain so that this control cannot pass by luck of timing.
    const allCounted = barrier(20)
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => naivePass(clients[i % clients.length]!, event.id, id, `n${i}@omikron.example`, allCounted)),
    )
    expect(await t.db.registration.count({ where: { exhibitorId: id, status: 'CONFIRMED' } })).toBeGreaterThan(3)
  })
})

describe('the fair in figures and in the directory', () => {
  it('counts exhibitors, space, passes, visitors admitted and meetings', async () => {
    const event = await fair()
    const standId = await standOf(event.id)
    await standOf(event.id, { ...jointStand, number: 'A9', areaSqm: 20, kind: 'OWN', x: null, y: null, width: null, depth: null })
    const id = await applied(event.id, 'Pi GmbH', { topicsEn: 'Gearboxes', products: 'Getriebe' })
    await applied(event.id, 'Rho GmbH')
    await acceptExhibitor(t.db, event.id, id, { standId, areaSqm: 12 })
    const v1 = await register(t.db, event.id, { firstName: 'V', lastName: '1', email: 'v1@visit.example' })
    const v2 = await register(t.db, event.id, { firstName: 'V', lastName: '2', email: 'v2@visit.example' })
    if (v1.kind !== 'confirmed' || v2.kind !== 'confirmed') throw new Error('visitors')
    await t.db.checkIn.create({
      data: { registrationId: v1.registration.id, eventId: event.id, day: '2027-04-12', activeKey: `${v1.registration.id}:2027-04-12` },
    })
    await t.db.meeting.createMany({
      data: [
        { eventId: event.id, exhibitorId: id, requesterId: v1.registration.personId, status: 'HELD' },
        { eventId: event.id, exhibitorId: id, requesterId: v2.registration.personId, status: 'DECLINED' },
      ],
    })
    expect(await fairCounts(t.db, event.id)).toEqual({
      exhibitors: 1,
      applications: 1,
      standAreaSqm: 56,
      allocatedAreaSqm: 12,
      staffPasses: 1,
      staffPresent: 0,
      visitorsCheckedIn: 1,
      meetingsRequested: 2,
      meetingsAccepted: 1,
      meetingsHeld: 1,
    })
    const overview = await getFairOverview(t.db, event.id)
    expect(overview?.stands.find((s) => s.id === standId)).toMatchObject({ free: 24, exhibitors: [{ company: 'Pi GmbH', areaSqm: 12 }] })

    const directory = await listExhibitorDirectory(t.db, event.slug)
    expect(directory?.exhibitors.map((e) => [e.company, e.stand?.number])).toEqual([['Pi GmbH', 'A3']])
    expect((await listExhibitorDirectory(t.db, event.slug, 'gearbox'))?.exhibitors).toHaveLength(1)
    expect((await listExhibitorDirectory(t.db, event.slug, 'nichts'))?.exhibitors).toHaveLength(0)
  })
})

/** What the guard prevents: count the passes, then insert — two statements, no lock. */
/** Resolves once it has been awaited `parties` times. */
function barrier(parties: number) {
  let arrived = 0
  let open!: () => void
  const opened = new Promise<void>((resolve) => (open = resolve))
  return () => {
    if (++arrived === parties) open()
    return opened
  }
}

async function naivePass(db: Db, eventId: string, exhibitorId: string, email: string, allCounted: () => Promise<void>) {
  const person = await db.person.create({ data: { email, firstName: 'N', lastName: 'N' } })
  const passes = await db.registration.count({ where: { exhibitorId, status: { not: 'CANCELLED' } } })
  await allCounted()
  if (passes >= 3) return
  await db.registration.create({
    data: {
      eventId,
      personId: person.id,
      exhibitorId,
      role: 'EXHIBITOR',
      status: 'CONFIRMED',
      ticketSecret: newToken(),
      manageToken: newToken(),
    },
  })
}
