// The lists with names: who is on the sign-in sheet and the funders' list, who gets a certificate,
// and that the PDFs come out with one page per certificate.
import i18next from 'i18next'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { certificateForToken, certificatesForEvent, hasCertificate, participantList } from '~/domain/reports/participant-lists.server'
import { participantTable } from '~/domain/reports/export.server'
import { annualReport } from '~/domain/reports/reports.server'
import { certificateTexts, renderCertificates } from '~/documents/certificate.server'
import { wallTimeToUtc } from '~/lib/datetime'
import { i18nConfig } from '~/lib/i18n-resources'
import { renderReportPdf } from '~/documents/report.server'
import { renderSignInSheet } from '~/documents/sign-in-sheet.server'
import { createTestDatabase, testDbKind, type TestDatabase } from '../support/db'

const berlin = (local: string) => wallTimeToUtc(local, 'Europe/Berlin')
/** Pages of a PDF written by pdfkit (uncompressed page objects). */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length

async function translator(locale: 'de' | 'en') {
  const i18n = i18next.createInstance()
  await i18n.init({ ...i18nConfig, lng: locale })
  const t = i18n.getFixedT(locale, 'reports')
  return (key: string, options?: Record<string, unknown>) => String(t(key, options as never))
}

describe(`participant lists and certificates on ${testDbKind()}`, () => {
  let t: TestDatabase
  let eventId: string
  const tokens: Record<string, string> = {}
  beforeAll(async () => {
    t = await createTestDatabase()
    const member = await t.db.company.create({
      data: {
        name: 'Mitglied AG',
        isMember: true,
        memberSince: berlin('2020-01-01 00:00'),
        memberships: { create: { from: berlin('2020-01-01 00:00') } },
      },
    })
    const lateMember = await t.db.company.create({
      data: {
        name: 'Spät AG',
        isMember: true,
        memberSince: berlin('2031-01-01 00:00'),
        memberships: { create: { from: berlin('2031-01-01 00:00') } },
      },
    })
    const event = await t.db.event.create({
      data: {
        slug: 'lists-conference',
        kind: 'CONFERENCE',
        status: 'PUBLISHED',
        titleDe: 'Clustertagung',
        titleEn: 'Cluster conference',
        startsAt: berlin('2030-09-30 09:00'),
        endsAt: berlin('2030-10-01 17:00'),
        venueName: 'IHK',
        venueCity: 'Magdeburg',
        organiserName: 'Cluster SMAB',
      },
    })
    eventId = event.id
    let n = 0
    const add = async (
      key: string,
      lastName: string,
      data: {
        companyId?: string
        status?: 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED'
        role?: 'ATTENDEE' | 'PRESS' | 'SPEAKER'
        source?: 'WALK_IN'
        locale?: string
        companyName?: string
      },
      days: string[] = [],
    ) => {
      n++
      const person = await t.db.person.create({
        data: { email: `${key}@lists.example`, firstName: key, lastName, companyId: data.companyId },
      })
      const r = await t.db.registration.create({
        data: {
          eventId,
          personId: person.id,
          status: data.status ?? 'CONFIRMED',
          role: data.role ?? 'ATTENDEE',
          source: data.source ?? 'ONLINE',
          locale: data.locale ?? 'de',
          companyName: data.companyName,
          ticketSecret: `lt${n}`,
          manageToken: `lists-token-${key}-0123456789`,
        },
      })
      tokens[key] = r.manageToken
      for (const day of days) await t.db.checkIn.create({ data: { registrationId: r.id, eventId, day, activeKey: `${r.id}:${day}` } })
      return r
    }
    await add('zoe', 'Zander', { companyId: member.id, locale: 'en' }, ['2030-09-30', '2030-10-01'])
    await add('anna', 'Ahrens', { companyId: lateMember.id })
    await add('walt', 'Walker', { source: 'WALK_IN', companyName: '=cmd|calc' })
    await add('wait', 'Warte', { status: 'WAITLISTED' })
    await add('lucky', 'Glück', { status: 'WAITLISTED' }, ['2030-10-01'])
    await add('gone', 'Storno', { status: 'CANCELLED' }, ['2030-09-30'])
    await add('speaker', 'Redner', { role: 'SPEAKER' }, ['2030-09-30'])
    await add('press', 'Presse', { role: 'PRESS' }, ['2030-09-30'])
    const erased = await add('erased', 'Gelöscht', { companyId: member.id }, ['2030-09-30'])
    await t.db.person.update({
      where: { id: erased.personId },
      data: { firstName: '–', lastName: '–', email: 'erased@erased.invalid', erasedAt: new Date() },
    })
  })
  afterAll(() => t?.close())

  it('lists attendees and press who held a seat or came, by last name, with member and attendance', async () => {
    const list = (await participantList(t.db, eventId))!
    expect(list.rows.map((r) => [r.name, r.company, r.member, r.attendance])).toEqual([
      ['anna Ahrens', 'Spät AG', false, 'absent'],
      ['lucky Glück', null, false, 'checkedIn'],
      ['press Presse', null, false, 'checkedIn'],
      ['walt Walker', '=cmd|calc', false, 'walkIn'],
      ['zoe Zander', 'Mitglied AG', true, 'checkedIn'],
      [null, 'Mitglied AG', true, 'checkedIn'],
    ])
    const table = participantTable(list.rows, await translator('de'))
    expect(table.header).toEqual(['Name', 'Unternehmen', 'Clustermitglied', 'Eingecheckt'])
    expect(table.rows.at(-1)).toEqual(['(Daten gelöscht)', 'Mitglied AG', 'ja', 'ja'])
    expect(await participantList(t.db, 'nope')).toBeNull()
  })

  it('gives a certificate only to someone who was there, with the days they came, in their language', async () => {
    const zoe = await certificateForToken(t.db, tokens.zoe!)
    expect(zoe.kind).toBe('certificate')
    if (zoe.kind !== 'certificate') return
    expect(zoe.certificate).toMatchObject({ name: 'zoe Zander', company: 'Mitglied AG', locale: 'en', days: ['2030-09-30', '2030-10-01'] })
    expect((await certificateForToken(t.db, tokens.walt!)).kind).toBe('certificate')
    expect((await certificateForToken(t.db, tokens.anna!)).kind).toBe('notPresent')
    expect((await certificateForToken(t.db, tokens.wait!)).kind).toBe('notPresent')
    expect((await certificateForToken(t.db, tokens.gone!)).kind).toBe('notPresent')
    expect((await certificateForToken(t.db, tokens.erased!)).kind).toBe('notFound')
    expect((await certificateForToken(t.db, 'short')).kind).toBe('notFound')
    const anna = await t.db.registration.findUniqueOrThrow({ where: { manageToken: tokens.anna! } })
    expect(await hasCertificate(t.db, anna.id)).toBe(false)

    const texts = certificateTexts(zoe.certificate, await translator('en'), berlin('2030-10-02 12:00'))
    expect(texts).toMatchObject({
      heading: 'Certificate of attendance',
      issued: 'Magdeburg, Wednesday, 2 October 2030',
      signature: 'For the organiser: Cluster SMAB',
    })
    // ICU writes September short as "Sep" or "Sept", depending on its version.
    expect(texts.days).toMatch(/^Present on: Mon, 30 Sept? 2030, Tue, 1 Oct 2030$/)
  })

  it('prints one certificate page per person present (every role), skipping erased people', async () => {
    const found = (await certificatesForEvent(t.db, eventId))!
    expect(found.certificates.map((c) => c.name)).toEqual(['lucky Glück', 'press Presse', 'speaker Redner', 'walt Walker', 'zoe Zander'])
    const de = await translator('de')
    const en = await translator('en')
    const pages = found.certificates.map((data) => ({ data, texts: certificateTexts(data, data.locale === 'en' ? en : de, new Date()) }))
    const pdf = await renderCertificates(pages, { title: 'Bescheinigungen', lang: 'de' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pageCount(pdf)).toBe(5)
  })

  it('prints the sign-in sheet with empty rows for walk-ins, and the annual report', async () => {
    const list = (await participantList(t.db, eventId))!
    const t2 = await translator('de')
    const sheet = await renderSignInSheet(
      list.event,
      list.rows,
      {
        heading: 'Teilnehmerliste',
        intro: '',
        number: 'Nr.',
        name: 'Name',
        company: 'Firma',
        signature: 'Unterschrift',
        erased: '–',
        page: (p, n) => `${p}/${n}`,
      },
      'de',
    )
    expect(pageCount(sheet)).toBe(1)
    const report = await annualReport(t.db, 2030, {}, { now: berlin('2031-01-01 00:00') })
    const pdf = await renderReportPdf(report, { t: t2, locale: 'de', filterText: '' })
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2)
  })
})
