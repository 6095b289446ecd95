// Lead scanning against a real database (SQLite, and PostgreSQL when TEST_POSTGRES_URL is set):
// badges are verified like at the door, a contact is kept only with the visitor's consent, each
// exhibitor sees and exports only its own leads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acceptExhibitor, applyAsExhibitor, recordLeadConsent, saveStand } from '~/domain/fair/fair.server'
import { leadsCsv, listLeads, scanLead } from '~/domain/fair/leads.server'
import { newToken, register } from '~/domain/registration/register.server'
import { getTicketKeys, signTicket } from '~/domain/checkin/tickets.server'
import { wallTimeToUtc } from '~/lib/datetime'
import { createTestDatabase, type TestDatabase } from '../support/db'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(() => t?.close())

const at = (wall: string) => wallTimeToUtc(wall, 'Europe/Berlin')
let n = 0

async function fairWithStand() {
  n += 1
  const event = await t.db.event.create({
    data: {
      slug: `leads-${n}`,
      kind: 'FAIR',
      status: 'PUBLISHED',
      titleDe: 'Messe',
      titleEn: 'Fair',
      startsAt: at('2027-04-12T09:00'),
      endsAt: at('2027-04-16T18:00'),
    },
  })
  const stand = await saveStand(t.db, event.id, null, { hall: 'Halle 2', number: 'A3', areaSqm: 24, kind: 'JOINT' })
  if (stand.kind !== 'saved') throw new Error('stand')
  const desks = []
  for (const company of [`Alpha ${n} GmbH`, `Beta ${n} GmbH`]) {
    const applied = await applyAsExhibitor(t.db, event.id, {
      company,
      contact: { firstName: 'K', lastName: company, email: `kontakt@${company.replace(/\W/g, '').toLowerCase()}.example` },
      areaWantedSqm: 12,
      topicsDe: 'x',
      staff: [],
      locale: 'de',
    })
    if (applied.kind !== 'applied') throw new Error('apply')
    await acceptExhibitor(t.db, event.id, applied.exhibitorId, { standId: stand.standId, areaSqm: 12 })
    const pass = await t.db.registration.findFirstOrThrow({ where: { exhibitorId: applied.exhibitorId } })
    desks.push({ token: pass.manageToken, pass })
  }
  return { event, desks }
}

async function visitor(eventId: string, name: string, consent: boolean) {
  const r = await register(t.db, eventId, {
    firstName: name,
    lastName: 'Besucher',
    email: `${name.toLowerCase()}.${n}@visit.example`,
    company: 'Zulieferer AG',
  })
  if (r.kind !== 'confirmed') throw new Error('visitor')
  await recordLeadConsent(t.db, r.registration.personId, consent)
  return { registration: r.registration, code: signTicket(await getTicketKeys(t.db), r.registration) }
}

describe('lead scanning', () => {
  it('keeps a consenting visitor with a note, adds later notes, and stores nothing without consent', async () => {
    const { event, desks } = await fairWithStand()
    const yes = await visitor(event.id, 'Ja', true)
    const no = await visitor(event.id, 'Nein', false)
    expect(await scanLead(t.db, desks[0]!.token, { code: yes.code, note: 'Will ein Angebot für Prüfstände' })).toEqual({
      kind: 'saved',
      name: 'Ja Besucher, Zulieferer AG',
    })
    expect(await scanLead(t.db, desks[0]!.token, { code: ` ${yes.code}\n` })).toEqual({
      kind: 'already',
      name: 'Ja Besucher, Zulieferer AG',
    })
    expect((await scanLead(t.db, desks[0]!.token, { code: yes.code, note: 'Rückruf Dienstag' })).kind).toBe('updated')
    expect(await scanLead(t.db, desks[0]!.token, { code: no.code, note: 'x' })).toEqual({ kind: 'noConsent' })
    expect(await t.db.lead.count({ where: { eventId: event.id } })).toBe(1)
    const lead = await t.db.lead.findFirstOrThrow({ where: { eventId: event.id } })
    expect(lead).toMatchObject({ note: 'Will ein Angebot für Prüfstände\nRückruf Dienstag', scannedById: desks[0]!.pass.id })
  })

  it('refuses forged, foreign, superseded and cancelled badges, and the stand’s own staff', async () => {
    const { event, desks } = await fairWithStand()
    const other = await fairWithStand()
    const v = await visitor(event.id, 'Vera', true)
    const foreign = await visitor(other.event.id, 'Fritz', true)
    const forged = v.code.slice(0, -3) + (v.code.endsWith('AAA') ? 'BBB' : 'AAA')
    expect(await scanLead(t.db, desks[0]!.token, { code: forged })).toEqual({ kind: 'invalid' })
    expect(await scanLead(t.db, desks[0]!.token, { code: 'FD1.x'.repeat(200) })).toEqual({ kind: 'invalid' })
    expect(await scanLead(t.db, desks[0]!.token, { code: foreign.code })).toEqual({ kind: 'wrongEvent' })
    const ownStaff = signTicket(await getTicketKeys(t.db), desks[0]!.pass)
    expect(await scanLead(t.db, desks[0]!.token, { code: ownStaff })).toEqual({ kind: 'ownStaff' })
    // Another exhibitor's staff member is a contact like any other (if they agreed).
    await recordLeadConsent(t.db, desks[0]!.pass.personId, true)
    expect((await scanLead(t.db, desks[1]!.token, { code: ownStaff })).kind).toBe('saved')
    await t.db.registration.update({ where: { id: v.registration.id }, data: { ticketSecret: newToken() } })
    expect(await scanLead(t.db, desks[0]!.token, { code: v.code })).toEqual({ kind: 'invalid' })
    const w = await visitor(event.id, 'Willi', true)
    await t.db.registration.update({ where: { id: w.registration.id }, data: { status: 'CANCELLED' } })
    expect(await scanLead(t.db, desks[0]!.token, { code: w.code })).toEqual({ kind: 'cancelled' })
    // A visitor's own link is no staff pass.
    expect(await scanLead(t.db, w.registration.manageToken, { code: v.code })).toEqual({ kind: 'notFound' })
  })

  it('shows and exports each exhibitor only its own leads, safely for Excel, and drops those who withdrew consent', async () => {
    const { event, desks } = await fairWithStand()
    const a = await visitor(event.id, 'Anna', true)
    const b = await visitor(event.id, 'Bernd', true)
    await scanLead(t.db, desks[0]!.token, { code: a.code, note: '=HYPERLINK("http://evil.example")' })
    await scanLead(t.db, desks[1]!.token, { code: b.code })
    const mine = await listLeads(t.db, desks[0]!.token)
    expect(mine?.leads.map((l) => l.firstName)).toEqual(['Anna'])
    const csv = leadsCsv(mine!.leads, {
      firstName: 'Vorname',
      lastName: 'Nachname',
      company: 'Firma',
      email: 'E-Mail',
      note: 'Notiz',
      scannedAt: 'Erfasst am',
    })
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe('Vorname;Nachname;Firma;E-Mail;Notiz;Erfasst am')
    expect(lines[1]).toContain(`Anna;Besucher;Zulieferer AG;anna.${n}@visit.example;"'=HYPERLINK(""http://evil.example"")"`)
    await recordLeadConsent(t.db, a.registration.personId, false)
    expect((await listLeads(t.db, desks[0]!.token))?.leads).toEqual([])
    expect(await listLeads(t.db, 'no-such-token-0000000000')).toBeNull()
  })
})
