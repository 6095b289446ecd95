// The annual report as files for the funders: CSV (streamed, page by page of events, so memory
// stays flat however many events a year holds) and XLSX (exceljs). Both carry the same figures as
// the page, each with how it was counted, in the language of the request.
//
// Spreadsheet safety: CSV cells starting with = + - @ get an apostrophe (app/lib/csv.ts); in the
// workbook every text is written as a plain string cell — never a formula — and such cells are
// also formatted as text ("@"), so Excel shows them as typed.
//
// Dates and times are the wall time of the event's zone, as the pages show them: readable text in
// the CSV ("2033-01-10", "2033-02-11 09:15"), real date cells with a date format in the workbook.
// Excel has no time zones, so the cell holds the wall time itself (its serial number is that wall
// time read as UTC) — a Berlin evening stays on its day whichever zone the reader's computer is in.
// Loaded when a workbook is asked for: exceljs is ~30 MB of memory a server otherwise never needs.
import type ExcelJS from 'exceljs'
import { csvCell } from '~/lib/csv'
import { eventDay, utcToWallTime } from '~/lib/datetime'
import type { DbOrTx } from '~/lib/db.server'
import { localized, type Locale } from '~/lib/i18n'
import type { ParticipantRow } from './participant-lists.server'
import {
  annualReport,
  reportEventPages,
  reportTotals,
  type AnnualReport,
  type ReportEvent,
  type ReportFilter,
  type ReportOptions,
  type ReportTotals,
} from './reports.server'

/** The report's options, and the snapshot of a closed year: then the file is built from it, not counted again. */
export type ExportOptions = ReportOptions & { snapshot?: AnnualReport | null }

/** A translation function of the `reports` namespace (other namespaces via `{ ns }`). */
export type Translate = (key: string, options?: Record<string, unknown>) => string

export type ExportLabels = { t: Translate; locale: Locale; /** The filter in words, or '' when unfiltered. */ filterText: string }

/** A moment as the wall time of a zone: "YYYY-MM-DD", or "YYYY-MM-DD HH:mm" with the time of day. */
export type LocalTime = { local: string }
type Cell = string | number | null | LocalTime
type Percent = { percent: number | null }
type SummaryRow = { label: string; value: number | Percent; previous: number | Percent; how: string }

const FORMULA_START = /^[=+\-@\t\r]/

function numberText(locale: Locale, value: number, style: 'decimal' | 'percent' = 'decimal') {
  return new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { style, maximumFractionDigits: 1, useGrouping: false }).format(value)
}

/** The headline figures, each with its value, the previous year's and how it was counted. */
export function summaryRows(totals: ReportTotals, previous: ReportTotals, { t, locale }: Pick<ExportLabels, 't' | 'locale'>): SummaryRow[] {
  // In sentences, numbers as people read them ("1.205"); the value columns stay plain numbers.
  const n = (v: number) => new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }).format(v)
  const c = totals.participantsCountedBy
  return [
    {
      label: t('figures.events'),
      value: totals.eventsHeld,
      previous: previous.eventsHeld,
      how: t('how.events', { checkins: n(totals.eventsByCheckIns), headcount: n(totals.eventsByHeadcount) }),
    },
    {
      label: t('figures.participants'),
      value: totals.participants,
      previous: previous.participants,
      how: t('how.participants', { checkins: n(c.checkIns), walkins: n(c.walkIns), count: c.walkIns, headcount: n(c.headcount) }),
    },
    { label: t('export.byCheckIns'), value: c.checkIns, previous: previous.participantsCountedBy.checkIns, how: t('export.byCheckInsHow') },
    { label: t('export.byWalkIns'), value: c.walkIns, previous: previous.participantsCountedBy.walkIns, how: t('export.byWalkInsHow') },
    {
      label: t('export.byHeadcount'),
      value: c.headcount,
      previous: previous.participantsCountedBy.headcount,
      how: t('export.byHeadcountHow'),
    },
    { label: t('figures.registrations'), value: totals.registrations, previous: previous.registrations, how: t('how.registrations') },
    { label: t('table.noShows'), value: totals.noShows, previous: previous.noShows, how: t('export.noShowsHow') },
    {
      label: t('figures.noShowRate'),
      value: { percent: totals.noShowRate },
      previous: { percent: previous.noShowRate },
      how: t('how.noShowRate', { noShows: n(totals.noShows), expected: n(totals.confirmedInAdvance) }),
    },
    { label: t('figures.uniquePersons'), value: totals.uniquePersons, previous: previous.uniquePersons, how: t('how.uniquePersons') },
    {
      label: t('figures.companiesReached'),
      value: totals.companiesReached,
      previous: previous.companiesReached,
      how: t('how.companiesReached'),
    },
    {
      label: t('export.memberCompanies'),
      value: totals.memberCompanies,
      previous: previous.memberCompanies,
      how: t('export.memberCompaniesHow'),
    },
    {
      label: t('figures.memberShare'),
      value: { percent: totals.memberShare },
      previous: { percent: previous.memberShare },
      how: t('how.memberShare', { members: n(totals.memberCompanies), companies: n(totals.companiesReached) }),
    },
    {
      label: t('figures.participantDays'),
      value: totals.participantDays,
      previous: previous.participantDays,
      how: t('how.participantDays'),
    },
    ...(['SPEAKER', 'EXHIBITOR', 'STAFF'] as const).map((role) => ({
      label: t('export.present', { role: t(`roles.${role}`) }),
      value: totals.byRole[role].present,
      previous: previous.byRole[role].present,
      how: t('how.roles'),
    })),
    { label: t('fair.fairs'), value: totals.fair.fairs, previous: previous.fair.fairs, how: '' },
    { label: t('fair.exhibitors'), value: totals.fair.exhibitors, previous: previous.fair.exhibitors, how: t('how.fair') },
    { label: t('fair.exhibitingCompanies'), value: totals.fair.exhibitingCompanies, previous: previous.fair.exhibitingCompanies, how: '' },
    { label: t('export.standArea'), value: totals.fair.standAreaSqm, previous: previous.fair.standAreaSqm, how: '' },
    { label: t('fair.meetings'), value: totals.fair.meetings, previous: previous.fair.meetings, how: '' },
  ]
}

export function eventHeader(t: Translate): string[] {
  return [
    t('table.date'),
    t('table.event'),
    t('filter.kind'),
    t('filter.series'),
    t('filter.programme'),
    t('figures.registrations'),
    t('figures.participants'),
    t('export.byCheckIns'),
    t('export.byWalkIns'),
    t('export.byHeadcount'),
    t('table.noShows'),
    t('export.perDay'),
    t('table.how'),
    t('export.headcountNote'),
    t('export.headcountBy'),
    t('export.headcountAt'),
    t('fair.exhibitors'),
    t('export.standArea'),
    t('fair.meetings'),
  ]
}

/** The day of an instant in a zone, as a cell. */
export function localDay(date: Date, timeZone: string): LocalTime {
  return { local: eventDay(date, timeZone) }
}

/** The wall time of an instant in a zone, to the minute, as a cell. */
export function localDateTime(date: Date, timeZone: string): LocalTime {
  return { local: utcToWallTime(date, timeZone).replace('T', ' ') }
}

/** One event as a row of the events table (numbers as numbers; the date and the headcount's time in the event's zone). */
export function eventRow(e: ReportEvent, { t, locale }: Pick<ExportLabels, 't' | 'locale'>): Cell[] {
  return [
    localDay(e.startsAt, e.timeZone),
    localized(locale, e.titleDe, e.titleEn),
    t(`kinds.${e.kind}`, { ns: 'admin' }),
    e.series ? localized(locale, e.series.nameDe, e.series.nameEn) : '',
    e.programmes.map((p) => localized(locale, p.nameDe, p.nameEn)).join(', '),
    e.registrations,
    e.participants,
    e.countedBy.checkIns,
    e.countedBy.walkIns,
    e.countedBy.headcount,
    e.noShows,
    e.days.length > 1 ? e.days.map((d) => `${d.day}: ${d.present}`).join(', ') : '',
    e.method === 'headcount' ? t('table.byHeadcount') : t('export.methodCheckIns'),
    e.headcount?.note ?? '',
    e.headcount ? (e.headcount.by ?? t('headcount.unknownUser')) : '',
    e.headcount?.at ? localDateTime(e.headcount.at, e.timeZone) : '',
    e.fair.exhibitors || null,
    e.fair.standAreaSqm || null,
    e.fair.meetings || null,
  ]
}

/** "23 Veranstaltungen mit 1.307 Teilnehmenden", as on the page. */
export function headline(totals: ReportTotals, { t, locale }: Pick<ExportLabels, 't' | 'locale'>): string {
  const n = (v: number) => new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB').format(v)
  return t('annual.headline', { events: n(totals.eventsHeld), participants: n(totals.participants), count: totals.eventsHeld })
}

function csvLine(cells: Cell[]): string {
  return cells.map((cell) => csvCell(isLocalTime(cell) ? cell.local : cell)).join(';') + '\r\n'
}

function isLocalTime(value: unknown): value is LocalTime {
  return typeof value === 'object' && value !== null && 'local' in value
}

function csvValue(v: number | Percent, locale: Locale): Cell {
  if (typeof v === 'number') return Number.isInteger(v) ? v : numberText(locale, v)
  return v.percent === null ? '' : numberText(locale, v.percent, 'percent')
}

/**
 * The year as CSV (UTF-8 with BOM, `;`): a title, the headline figures with the previous year and
 * how each was counted, then every event. Streamed: the events are counted and written 100 at a time.
 */
export function yearCsvStream(
  db: DbOrTx,
  year: number,
  filter: ReportFilter,
  labels: ExportLabels,
  options: ExportOptions = {},
): ReadableStream<Uint8Array> {
  const { t, locale } = labels
  const { snapshot, ...counting } = options
  async function* pages(): AsyncGenerator<ReportEvent[]> {
    if (!snapshot) return yield* reportEventPages(db, year, filter, counting)
    for (let i = 0; i < snapshot.events.length; i += 100) yield snapshot.events.slice(i, i + 100)
  }
  async function* chunks(): AsyncGenerator<string> {
    const summary = snapshot ?? (await reportTotals(db, year, filter, counting))
    let head = '\uFEFF' + csvLine([t('annual.title', { year }), labels.filterText ? `${t('export.filter')}: ${labels.filterText}` : null])
    head += csvLine([headline(summary.totals, labels)])
    head +=
      '\r\n' + csvLine([t('export.figure'), t('export.value'), t('export.previousYear', { year: summary.previous.year }), t('table.how')])
    for (const row of summaryRows(summary.totals, summary.previous.totals, labels))
      head += csvLine([row.label, csvValue(row.value, locale), csvValue(row.previous, locale), row.how])
    yield head + '\r\n' + csvLine(eventHeader(t))
    for await (const page of pages()) yield page.map((e) => csvLine(eventRow(e, labels))).join('')
    const s = summary.totals
    yield csvLine([
      t('table.total'),
      null,
      null,
      null,
      null,
      s.registrations,
      s.participants,
      s.participantsCountedBy.checkIns,
      s.participantsCountedBy.walkIns,
      s.participantsCountedBy.headcount,
      s.noShows,
    ])
  }
  const encoder = new TextEncoder()
  const source = chunks()
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await source.next()
        if (done) controller.close()
        else controller.enqueue(encoder.encode(value))
      } catch (error) {
        controller.error(error)
      }
    },
    async cancel() {
      await source.return(undefined)
    },
  })
}

/** Writes a value into a workbook cell; text is always a plain string cell, never a formula. */
function put(cell: ExcelJS.Cell, value: Cell | Percent) {
  if (value === null || value === '') return
  if (typeof value === 'string') {
    cell.value = value
    if (FORMULA_START.test(value)) cell.numFmt = '@'
  } else if (typeof value === 'number') {
    cell.value = value
    if (!Number.isInteger(value)) cell.numFmt = '0.0'
  } else if (isLocalTime(value)) {
    const [y, mo, d, h, mi] = value.local.split(/[- :]/).map(Number) as [number, number, number, number?, number?]
    cell.value = new Date(Date.UTC(y, mo - 1, d, h ?? 0, mi ?? 0))
    cell.numFmt = h === undefined ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm'
  } else if (value.percent !== null) {
    cell.value = value.percent
    cell.numFmt = '0.0%'
  }
}

function addTable(sheet: ExcelJS.Worksheet, header: string[], rows: Array<Array<Cell | Percent>>, widths: number[]) {
  const first = sheet.rowCount + 1
  const headRow = sheet.getRow(first)
  header.forEach((h, i) => put(headRow.getCell(i + 1), h))
  headRow.font = { bold: true }
  rows.forEach((cells, r) => {
    const row = sheet.getRow(first + 1 + r)
    cells.forEach((v, i) => put(row.getCell(i + 1), v))
  })
  widths.forEach((w, i) => {
    const column = sheet.getColumn(i + 1)
    column.width = Math.max(column.width ?? 0, w)
  })
}

/** The year as an Excel workbook: the report with its figures, the events, months, kinds, series and programmes. */
export async function yearWorkbook(
  db: DbOrTx,
  year: number,
  filter: ReportFilter,
  labels: ExportLabels,
  { snapshot, ...options }: ExportOptions = {},
): Promise<Buffer> {
  const report: AnnualReport = snapshot ?? (await annualReport(db, year, filter, options))
  const { t, locale } = labels
  const book = await newWorkbook()
  book.creator = 'Fairdesk'
  book.title = t('annual.title', { year })

  const summary = book.addWorksheet(t('export.sheets.report'))
  put(summary.getCell('A1'), t('annual.title', { year }))
  summary.getCell('A1').font = { bold: true, size: 14 }
  put(summary.getCell('A2'), headline(report.totals, labels))
  if (labels.filterText) put(summary.getCell('A3'), `${t('export.filter')}: ${labels.filterText}`)
  summary.addRow([])
  addTable(
    summary,
    [t('export.figure'), t('export.value'), t('export.previousYear', { year: report.previous.year }), t('table.how')],
    summaryRows(report.totals, report.previous.totals, labels).map((r) => [r.label, r.value, r.previous, r.how]),
    [34, 12, 14, 90],
  )

  const events = book.addWorksheet(t('export.sheets.events'))
  addTable(
    events,
    eventHeader(t),
    report.events.map((e) => eventRow(e, labels)),
    [12, 50, 18, 24, 30, 12, 12, 12, 12, 12, 12, 24, 18, 40, 20, 22, 10, 10, 10],
  )
  const s = report.totals
  const total = events.getRow(events.rowCount + 1)
  const totalCells = [
    t('table.total'),
    null,
    null,
    null,
    null,
    s.registrations,
    s.participants,
    s.participantsCountedBy.checkIns,
    s.participantsCountedBy.walkIns,
    s.participantsCountedBy.headcount,
    s.noShows,
  ]
  totalCells.forEach((v, i) => put(total.getCell(i + 1), v))
  total.font = { bold: true }
  events.views = [{ state: 'frozen', ySplit: 1 }]

  const bucketHeader = (first: string) => [first, t('figures.events'), t('figures.registrations'), t('figures.participants')]
  const monthName = (m: number) =>
    new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2001, m - 1, 15)),
    )
  addTable(
    book.addWorksheet(t('export.sheets.months')),
    bucketHeader(t('export.month')),
    report.byMonth.map((m) => [monthName(m.month), m.events, m.registrations, m.participants]),
    [16, 16, 16, 16],
  )
  addTable(
    book.addWorksheet(t('export.sheets.kinds')),
    bucketHeader(t('filter.kind')),
    report.byKind.map((k) => [t(`kinds.${k.kind}`, { ns: 'admin' }), k.events, k.registrations, k.participants]),
    [24, 16, 16, 16],
  )
  addTable(
    book.addWorksheet(t('export.sheets.series')),
    bucketHeader(t('annual.series')),
    report.bySeries.map((b) => [
      b.series ? localized(locale, b.series.nameDe, b.series.nameEn) : t('annual.noSeries'),
      b.events,
      b.registrations,
      b.participants,
    ]),
    [40, 16, 16, 16],
  )
  addTable(
    book.addWorksheet(t('export.sheets.programmes')),
    bucketHeader(t('annual.programme')),
    report.byProgramme.map((b) => [localized(locale, b.programme.nameDe, b.programme.nameEn), b.events, b.registrations, b.participants]),
    [50, 16, 16, 16],
  )
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** A one-sheet workbook from a table (the participant lists), with the same text-never-formula rule. */
export async function tableWorkbook(sheetName: string, header: string[], rows: Cell[][], widths: number[]): Promise<Buffer> {
  const book = await newWorkbook()
  book.creator = 'Fairdesk'
  // Sheet names: at most 31 characters, none of : \ / ? * [ ]
  const sheet = book.addWorksheet(sheetName.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31))
  addTable(sheet, header, rows, widths)
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  return Buffer.from(await book.xlsx.writeBuffer())
}

/** The funders' participant list: only name, company, member and whether the person came. */
export function participantTable(rows: ParticipantRow[], t: Translate): { header: string[]; rows: Cell[][] } {
  return {
    header: [t('lists.columns.name'), t('lists.columns.company'), t('lists.columns.member'), t('lists.columns.checkedIn')],
    rows: rows.map((r) => [
      r.name ?? t('lists.erased'),
      r.company ?? '',
      r.member ? t('lists.yes') : t('lists.no'),
      t(`lists.attendance.${r.attendance}`),
    ]),
  }
}

async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs')
  return new excel.Workbook()
}
