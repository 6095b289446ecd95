// The annual report's PDF, read back as text: it carries the same breakdowns as the page and the
// workbook (series, programmes, fairs), and no column header breaks a word across lines.
import i18next from 'i18next'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderReportPdf } from '~/documents/report.server'
import type { ExportLabels } from '~/domain/reports/export.server'
import { annualReport } from '~/domain/reports/reports.server'
import { wallTimeToUtc } from '~/lib/datetime'
import { i18nConfig } from '~/lib/i18n-resources'
import deReports from '~/locales/de/reports.json'
import enReports from '~/locales/en/reports.json'
import { createTestDatabase, testDbKind, type TestDatabase } from '../support/db'

const berlin = (local: string) => wallTimeToUtc(local, 'Europe/Berlin')
const NOW = new Date('2040-01-01T00:00:00Z')

async function labels(locale: 'de' | 'en'): Promise<ExportLabels> {
  const i18n = i18next.createInstance()
  await i18n.init({ ...i18nConfig, lng: locale })
  const t = i18n.getFixedT(locale, 'reports')
  return { locale, filterText: '', t: (key, options) => String(t(key, options as never)) }
}

/** The text of every page, one line per line of text as the PDF lays it out. */
async function pdfLines(buffer: Buffer): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer))
  const { text } = await extractText(pdf, { mergePages: false })
  return text.flatMap((page) => page.split('\n')).map((line) => line.trim())
}

describe(`the annual report as PDF on ${testDbKind()}`, () => {
  let t: TestDatabase
  beforeAll(async () => {
    t = await createTestDatabase()
    const series = await t.db.series.create({ data: { slug: 'kammerdialog', nameDe: 'Kammerdialog', nameEn: 'Chamber dialogue' } })
    const programme = await t.db.programme.create({
      data: { slug: 'leitmarkt', nameDe: 'Leitmarkt Mobilität', nameEn: 'Lead market mobility' },
    })
    const company = await t.db.company.create({ data: { name: 'Messebau GmbH' } })
    const specs = [
      { slug: 'pdf-dialog', kind: 'DIALOGUE' as const, seriesId: series.id, month: '03' },
      { slug: 'pdf-messe', kind: 'FAIR' as const, seriesId: null, month: '09' },
    ]
    for (const [i, spec] of specs.entries()) {
      const event = await t.db.event.create({
        data: {
          slug: spec.slug,
          kind: spec.kind,
          status: 'PUBLISHED',
          titleDe: `Veranstaltung ${i}`,
          titleEn: `Event ${i}`,
          startsAt: berlin(`2033-${spec.month}-10 10:00`),
          endsAt: berlin(`2033-${spec.month}-10 16:00`),
          seriesId: spec.seriesId,
          programmes: { connect: { id: programme.id } },
        },
      })
      const person = await t.db.person.create({ data: { email: `pdf${i}@example.org`, firstName: 'P', lastName: String(i) } })
      const r = await t.db.registration.create({
        data: { eventId: event.id, personId: person.id, status: 'CONFIRMED', ticketSecret: `pdf-t${i}`, manageToken: `pdf-m${i}` },
      })
      await t.db.checkIn.create({ data: { registrationId: r.id, eventId: event.id, day: `2033-${spec.month}-10`, activeKey: `${r.id}:d` } })
      if (spec.kind === 'FAIR') await t.db.exhibitor.create({ data: { eventId: event.id, companyId: company.id, status: 'ACCEPTED' } })
    }
  })
  afterAll(() => t?.close())

  for (const [locale, words] of [
    ['de', deReports],
    ['en', enReports],
  ] as const) {
    it(`has the series, programme and fair breakdowns and whole words in every column header (${locale})`, async () => {
      const report = await annualReport(t.db, 2033, {}, { now: NOW })
      const lines = await pdfLines(await renderReportPdf(report, await labels(locale), NOW))
      for (const heading of [words.annual.bySeries, words.annual.byProgramme, words.annual.fair]) expect(lines).toContain(heading)
      expect(lines.some((l) => l.includes('Kammerdialog') || l.includes('Chamber dialogue'))).toBe(true)
      expect(lines.some((l) => l.includes('Leitmarkt Mobilität') || l.includes('Lead market mobility'))).toBe(true)

      // A header word broken across lines leaves its two pieces as words of their own ("Anmeldunge", "n").
      const headers = [
        words.export.figure,
        words.export.value,
        words.export.previousYear.replace('{{year}}', '2032'),
        words.table.how,
        words.table.date,
        words.table.event,
        words.figures.registrations,
        words.figures.participants,
        words.figures.events,
        words.annual.series,
        words.annual.programme,
      ]
      const tokens = new Set(lines.flatMap((l) => l.split(/\s+/)))
      const split = (word: string) => [...word].some((_, i) => i > 0 && tokens.has(word.slice(0, i)) && tokens.has(word.slice(i)))
      const broken = headers.flatMap((h) => h.split(/\s+/)).filter(split)
      expect(broken).toEqual([])
    })
  }
})
