// The annual report's CSV and XLSX files, read back the way a spreadsheet program would.
import ExcelJS from 'exceljs'
import i18next from 'i18next'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { yearCsvStream, yearWorkbook, type ExportLabels } from '~/domain/reports/export.server'
import { annualReport } from '~/domain/reports/reports.server'
import { i18nConfig } from '~/lib/i18n-resources'
import { wallTimeToUtc } from '~/lib/datetime'
import { createTestDatabase, testDbKind, type TestDatabase } from '../support/db'

const berlin = (local: string) => wallTimeToUtc(local, 'Europe/Berlin')
const NOW = new Date('2040-01-01T00:00:00Z')

async function labels(locale: 'de' | 'en', filterText = ''): Promise<ExportLabels> {
  const i18n = i18next.createInstance()
  await i18n.init({ ...i18nConfig, lng: locale })
  const t = i18n.getFixedT(locale, 'reports')
  return { locale, filterText, t: (key, options) => String(t(key, options as never)) }
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const reader = stream.getReader()
  const parts: Uint8Array[] = []
  for (;;) {
    const { value, done } = await reader.read()
    if (done) break
    parts.push(value)
  }
  return { text: Buffer.concat(parts).toString('utf8'), chunks: parts.length }
}

describe(`report exports on ${testDbKind()}`, () => {
  let t: TestDatabase
  beforeAll(async () => {
    t = await createTestDatabase()
    const company = await t.db.company.create({ data: { name: '@Evil GmbH', isMember: true, memberships: { create: { from: null } } } })
    // A title that a spreadsheet would run as a formula, and 150 events, so the CSV takes two pages.
    for (let i = 0; i < 150; i++) {
      const event = await t.db.event.create({
        data: {
          slug: `export-${i}`,
          kind: i % 10 === 0 ? 'FAIR' : 'DIALOGUE',
          status: 'PUBLISHED',
          titleDe: i === 0 ? '=HYPERLINK("http://evil.example";"klick")' : `Dialog ${i}`,
          titleEn: i === 0 ? '=HYPERLINK("http://evil.example";"click")' : `Dialogue ${i}`,
          startsAt: berlin(`2033-${String((i % 12) + 1).padStart(2, '0')}-10 18:00`),
          endsAt: berlin(`2033-${String((i % 12) + 1).padStart(2, '0')}-10 20:00`),
          headcount: i === 1 ? 40 : null,
          headcountNote: i === 1 ? '-von Hand' : null,
          headcountAt: i === 1 ? berlin('2033-02-11 09:15') : null,
        },
      })
      const person = await t.db.person.create({
        data: { email: `x${i}@export.example`, firstName: 'X', lastName: String(i), companyId: company.id },
      })
      const r = await t.db.registration.create({
        data: { eventId: event.id, personId: person.id, status: 'CONFIRMED', ticketSecret: `es${i}`, manageToken: `em${i}` },
      })
      if (i % 3 !== 0)
        await t.db.checkIn.create({ data: { registrationId: r.id, eventId: event.id, day: '2033-01-10', activeKey: `${r.id}:d` } })
    }
  })
  afterAll(() => t?.close())

  it('streams the year as CSV: BOM, semicolons, figures, every event and the totals, formulas defused', async () => {
    const report = await annualReport(t.db, 2033, {}, { now: NOW })
    const { text, chunks } = await readAll(yearCsvStream(t.db, 2033, {}, await labels('de'), { now: NOW }))
    expect(text.startsWith('\uFEFF')).toBe(true)
    // Summary, the first page of 100 events, the second of 50, the total row.
    expect(chunks).toBe(4)
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';' }).data
    expect(rows[0]).toEqual(['Jahresbericht 2033', ''])
    expect(rows[1]![0]).toBe(`150 Veranstaltungen mit ${new Intl.NumberFormat('de-DE').format(report.totals.participants)} Teilnehmenden`)
    const figure = (label: string) => rows.find((r) => r[0] === label)
    expect(figure('Veranstaltungen')!.slice(1, 3)).toEqual(['150', '0'])
    expect(figure('Teilnehmende')![1]).toBe(String(report.totals.participants))
    expect(figure('davon von Hand gezählt')![1]).toBe('40')
    expect(figure('No-Show-Quote')![1]).toBe(
      new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1, useGrouping: false }).format(report.totals.noShowRate!),
    )
    const header = rows.findIndex((r) => r[0] === 'Datum')
    const events = rows.slice(header + 1).filter((r) => r.length > 5 && r[0] !== 'Summe')
    expect(events).toHaveLength(150)
    expect(events.some((r) => r[1] === '\'=HYPERLINK("http://evil.example";"klick")')).toBe(true)
    expect(events.some((r) => r[13] === "'-von Hand")).toBe(true)
    const total = rows.find((r) => r[0] === 'Summe')!
    expect(total[6]).toBe(String(report.totals.participants))
    expect(events.reduce((n, r) => n + Number(r[6]), 0)).toBe(report.totals.participants)
  })

  it('writes the workbook in English with numbers as numbers and no formula anywhere', async () => {
    const report = await annualReport(t.db, 2033, { kind: 'DIALOGUE' }, { now: NOW })
    const buffer = await yearWorkbook(t.db, 2033, { kind: 'DIALOGUE' }, await labels('en', 'Kind: Dialogue evening'), { now: NOW })
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(buffer as unknown as ArrayBuffer)
    expect(book.worksheets.map((s) => s.name)).toEqual(['Report', 'Events', 'Months', 'Kinds', 'Series', 'Programmes'])
    const summary = book.getWorksheet('Report')!
    expect(summary.getCell('A1').value).toBe('Annual report 2033')
    expect(summary.getCell('A3').value).toBe('Filter: Kind: Dialogue evening')
    const byLabel = new Map<string, ExcelJS.Row>()
    summary.eachRow((row) => byLabel.set(String(row.getCell(1).value), row))
    expect(byLabel.get('Events')!.getCell(2).value).toBe(report.totals.eventsHeld)
    expect(byLabel.get('Participants')!.getCell(2).value).toBe(report.totals.participants)
    expect(byLabel.get('No-show rate')!.getCell(2).value).toBeCloseTo(report.totals.noShowRate!, 10)
    expect(byLabel.get('No-show rate')!.getCell(2).numFmt).toBe('0.0%')

    const events = book.getWorksheet('Events')!
    expect(events.rowCount).toBe(1 + report.totals.eventsHeld + 1)
    let formulas = 0
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void (cell.type === ExcelJS.ValueType.Formula && formulas++))))
    expect(formulas).toBe(0)
    const evil = events.getColumn(2).values.find((v) => typeof v === 'string' && v.startsWith('='))
    expect(evil).toBeUndefined() // the =HYPERLINK event is a fair: filtered out here
    const total = events.getRow(events.rowCount)
    expect([total.getCell(1).value, total.getCell(7).value]).toEqual(['Total', report.totals.participants])
    const months = book.getWorksheet('Months')!
    expect(months.getRow(2).values).toEqual([
      undefined,
      'January',
      report.byMonth[0]!.events,
      report.byMonth[0]!.registrations,
      report.byMonth[0]!.participants,
    ])
  })

  it('writes dates as date cells in the workbook and as readable local text in the CSV', async () => {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await yearWorkbook(t.db, 2033, {}, await labels('de'), { now: NOW })) as unknown as ArrayBuffer)
    const events = book.getWorksheet('Veranstaltungen')!
    const row = events.getRow(2) // the first event of the year: 10 January, 18:00 in Berlin
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.Date)
    // Excel has no time zones: the cell holds the wall time of the event's zone.
    expect(row.getCell(1).value).toEqual(new Date(Date.UTC(2033, 0, 10)))
    expect(row.getCell(1).numFmt).toBe('yyyy-mm-dd')
    let headcountAt: ExcelJS.Cell | undefined
    events.eachRow((r) => {
      if (r.getCell(14).value === '-von Hand') headcountAt = r.getCell(16)
    })
    expect(headcountAt!.type).toBe(ExcelJS.ValueType.Date)
    expect(headcountAt!.value).toEqual(new Date(Date.UTC(2033, 1, 11, 9, 15)))
    expect(headcountAt!.numFmt).toBe('yyyy-mm-dd hh:mm')

    const { text } = await readAll(yearCsvStream(t.db, 2033, {}, await labels('de'), { now: NOW }))
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';' }).data
    const eventRows = rows.slice(rows.findIndex((r) => r[0] === 'Datum') + 1)
    expect(eventRows[0]![0]).toBe('2033-01-10')
    expect(eventRows.find((r) => r[13] === "'-von Hand")![15]).toBe('2033-02-11 09:15')
  })

  it('keeps a formula-like title as text in the workbook', async () => {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load((await yearWorkbook(t.db, 2033, { kind: 'FAIR' }, await labels('de'), { now: NOW })) as unknown as ArrayBuffer)
    const events = book.getWorksheet('Veranstaltungen')!
    const cells: ExcelJS.Cell[] = []
    events.eachRow((row) => cells.push(row.getCell(2)))
    const cell = cells.find((c) => String(c.value).startsWith('=HYPERLINK'))!
    expect(cell.value).toBe('=HYPERLINK("http://evil.example";"klick")')
    expect(cell.type).toBe(ExcelJS.ValueType.String)
    expect(cell.numFmt).toBe('@')
  })
})
