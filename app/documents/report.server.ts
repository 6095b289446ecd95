// The annual report as a printable PDF (pdfkit, A4): the headline sentence, every figure with the
// previous year and how it was counted, the two charts drawn as vector bars, the breakdowns by
// series, programme and trade fair (as on the page and in the workbook), and the events with how
// each was counted. In the language of the request.
import type { AnnualReport } from '~/domain/reports/reports.server'
import { headline, summaryRows, type ExportLabels } from '~/domain/reports/export.server'
import { formatDate, formatDateTime } from '~/lib/datetime'
import { localized } from '~/lib/i18n'
import { BRAND, createPdf, INK, MM, MUTED } from './pdf-document.server'

type Column = { label: string; width: number; align?: 'left' | 'right' }

export function renderReportPdf(report: AnnualReport, labels: ExportLabels, generatedAt = new Date()): Promise<Buffer> {
  const { t, locale } = labels
  const tag = locale === 'de' ? 'de-DE' : 'en-GB'
  const n = (v: number) => new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(v)
  const pct = (v: number | null) =>
    v === null ? '–' : new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 }).format(v)
  const value = (v: number | { percent: number | null }) => (typeof v === 'number' ? n(v) : pct(v.percent))
  const title = t('annual.title', { year: report.year })
  const pdf = createPdf({ title, author: 'Fairdesk', lang: locale, margin: 16 * MM })
  const { doc, fonts, text } = pdf
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  const bottom = () => doc.page.height - doc.page.margins.bottom

  doc.font(fonts.bold).fontSize(20).fillColor(BRAND).text(text(title), left, doc.page.margins.top, { width })
  doc
    .font(fonts.bold)
    .fontSize(13)
    .fillColor(INK)
    .text(text(headline(report.totals, labels)), { width })
  doc.font(fonts.regular).fontSize(9).fillColor(MUTED)
  if (labels.filterText) doc.text(text(`${t('export.filter')}: ${labels.filterText}`), { width })
  doc.text(text(t('pdf.generated', { at: formatDateTime(generatedAt, { locale, timeZone: report.timeZone }) })), { width })
  doc.moveDown(0.8)

  /**
   * A table whose rows grow to fit wrapped text; the header repeats on every new page. Headers wrap
   * only between words: pdfkit breaks a word that is wider than its column, so the header's font
   * shrinks until the longest word of every header fits ("Anmeldungen" in a narrow number column).
   */
  const table = (columns: Column[], rows: string[][], options: { bold?: (row: number) => boolean } = {}) => {
    const pad = 3
    doc.font(fonts.bold)
    const longestWordFits = (size: number) =>
      columns.every((c) =>
        text(c.label)
          .split(/\s+/)
          .every((word) => doc.fontSize(size).widthOfString(word) <= c.width - 2 * pad),
      )
    let headerSize = 8
    while (headerSize > 5 && !longestWordFits(headerSize)) headerSize -= 0.5
    const header = () => {
      const y = doc.y
      doc.font(fonts.bold).fontSize(headerSize)
      const h = Math.max(...columns.map((c) => doc.heightOfString(text(c.label), { width: c.width - 2 * pad }))) + 2 * pad
      doc.rect(left, y, width, h).fill('#e2e8f0')
      let x = left
      doc.fillColor(INK)
      for (const c of columns) {
        doc.text(text(c.label), x + pad, y + pad, { width: c.width - 2 * pad, align: c.align ?? 'left' })
        x += c.width
      }
      doc.y = y + h
    }
    header()
    rows.forEach((cells, r) => {
      doc.font(options.bold?.(r) ? fonts.bold : fonts.regular).fontSize(8)
      const h = Math.max(...cells.map((cell, i) => doc.heightOfString(text(cell || ' '), { width: columns[i]!.width - 2 * pad }))) + 2 * pad
      if (doc.y + h > bottom()) {
        doc.addPage()
        header()
        doc.font(options.bold?.(r) ? fonts.bold : fonts.regular).fontSize(8)
      }
      const y = doc.y
      let x = left
      doc.fillColor(INK)
      cells.forEach((cell, i) => {
        doc.text(text(cell), x + pad, y + pad, { width: columns[i]!.width - 2 * pad, align: columns[i]!.align ?? 'left' })
        x += columns[i]!.width
      })
      doc
        .moveTo(left, y + h)
        .lineTo(left + width, y + h)
        .lineWidth(0.4)
        .strokeColor('#cbd5e1')
        .stroke()
      doc.y = y + h
    })
    doc.x = left
  }

  const heading = (s: string, space = 60) => {
    if (doc.y + space > bottom()) doc.addPage()
    doc.moveDown(0.6)
    doc.font(fonts.bold).fontSize(12).fillColor(BRAND).text(text(s), left, doc.y, { width })
    doc.moveDown(0.3)
  }

  heading(t('annual.figures'))
  table(
    [
      { label: t('export.figure'), width: width * 0.3 },
      { label: t('export.value'), width: width * 0.12, align: 'right' },
      { label: t('export.previousYear', { year: report.previous.year }), width: width * 0.14, align: 'right' },
      { label: t('table.how'), width: width * 0.44 },
    ],
    summaryRows(report.totals, report.previous.totals, labels).map((r) => [r.label, value(r.value), value(r.previous), r.how]),
  )

  doc.moveDown(0.5)
  doc
    .font(fonts.regular)
    .fontSize(7.5)
    .fillColor(MUTED)
    .text(text(t('annual.rules')), left, doc.y, { width })

  const month = (m: number) => new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2001, m - 1, 15)))
  heading(t('charts.perMonth'), 190)
  barsVertical(
    doc,
    fonts,
    text,
    report.byMonth.map((m) => ({ label: month(m.month), value: m.participants })),
    { left, width, height: 140, format: n },
  )
  heading(t('charts.perKind'), 170)
  barsHorizontal(
    doc,
    fonts,
    text,
    report.byKind.map((k) => ({ label: t(`kinds.${k.kind}`, { ns: 'admin' }), value: k.participants })),
    { left, width, format: n },
  )

  const bucketColumns = (first: string): Column[] => [
    { label: first, width: width * 0.55 },
    { label: t('figures.events'), width: width * 0.15, align: 'right' },
    { label: t('figures.registrations'), width: width * 0.15, align: 'right' },
    { label: t('figures.participants'), width: width * 0.15, align: 'right' },
  ]
  const bucketRow = (name: string, b: { events: number; registrations: number; participants: number }) => [
    name,
    n(b.events),
    n(b.registrations),
    n(b.participants),
  ]
  const note = (s: string) => {
    doc.moveDown(0.3)
    doc.font(fonts.regular).fontSize(7.5).fillColor(MUTED).text(text(s), left, doc.y, { width })
  }
  doc.addPage()
  heading(t('annual.bySeries'), 0)
  table(
    bucketColumns(t('annual.series')),
    report.bySeries.map((b) => bucketRow(b.series ? localized(locale, b.series.nameDe, b.series.nameEn) : t('annual.noSeries'), b)),
  )
  heading(t('annual.byProgramme'))
  if (report.byProgramme.length) {
    table(
      bucketColumns(t('annual.programme')),
      report.byProgramme.map((b) => bucketRow(localized(locale, b.programme.nameDe, b.programme.nameEn), b)),
    )
    note(t('annual.programmeNote'))
  } else note('–')
  heading(t('annual.fair'))
  const fair = report.totals.fair
  if (fair.fairs === 0) note(t('annual.noFairs'))
  else {
    table(
      [
        { label: t('export.figure'), width: width * 0.7 },
        { label: t('export.value'), width: width * 0.3, align: 'right' },
      ],
      [
        [t('fair.fairs'), n(fair.fairs)],
        [t('fair.exhibitors'), n(fair.exhibitors)],
        [t('fair.exhibitingCompanies'), n(fair.exhibitingCompanies)],
        [t('fair.standArea'), t('fair.sqm', { value: n(fair.standAreaSqm) })],
        [t('fair.meetings'), n(fair.meetings)],
      ],
    )
    note(t('how.fair'))
  }

  if (report.events.length) {
    doc.addPage()
    heading(t('annual.events', { count: report.events.length }), 0)
    const zone = (e: AnnualReport['events'][number]) => ({ locale, timeZone: e.timeZone })
    table(
      [
        { label: t('table.date'), width: width * 0.15 },
        { label: t('table.event'), width: width * 0.36 },
        { label: t('figures.registrations'), width: width * 0.13, align: 'right' },
        { label: t('figures.participants'), width: width * 0.13, align: 'right' },
        { label: t('table.how'), width: width * 0.23 },
      ],
      [
        ...report.events.map((e) => [
          formatDate(e.startsAt, zone(e)),
          localized(locale, e.titleDe, e.titleEn),
          n(e.registrations),
          n(e.participants),
          e.method === 'headcount'
            ? [
                t('table.byHeadcount'),
                e.headcount?.note,
                e.headcount?.by
                  ? t('headcount.byAt', { by: e.headcount.by, at: e.headcount.at ? formatDate(e.headcount.at, zone(e)) : '–' })
                  : null,
              ]
                .filter(Boolean)
                .join(' – ')
            : t('table.byCheckIns', { checkins: n(e.countedBy.checkIns), walkins: n(e.countedBy.walkIns), count: e.countedBy.walkIns }),
        ]),
        [t('table.total'), '', n(report.totals.registrations), n(report.totals.participants), ''],
      ],
      { bold: (r) => r === report.events.length },
    )
  }
  return pdf.finish((page, pages) => t('pdf.page', { page, pages }))
}

type Bar = { label: string; value: number }
type Fonts = { regular: string; bold: string }

function barsVertical(
  doc: PDFKit.PDFDocument,
  fonts: Fonts,
  text: (s: string) => string,
  bars: Bar[],
  o: { left: number; width: number; height: number; format: (n: number) => string },
) {
  const top = doc.y + 12
  const axis = 30
  const max = Math.max(1, ...bars.map((b) => b.value))
  const slot = (o.width - axis) / bars.length
  const base = top + o.height
  doc
    .moveTo(o.left + axis, base)
    .lineTo(o.left + o.width, base)
    .lineWidth(0.6)
    .strokeColor(MUTED)
    .stroke()
  bars.forEach((b, i) => {
    const h = (b.value / max) * (o.height - 12)
    const x = o.left + axis + i * slot + slot * 0.15
    if (h > 0) doc.rect(x, base - h, slot * 0.7, h).fill('#1d5f99')
    doc.font(fonts.regular).fontSize(7).fillColor(INK)
    if (b.value) doc.text(text(o.format(b.value)), x - 4, base - h - 10, { width: slot * 0.7 + 8, align: 'center', lineBreak: false })
    doc.text(text(b.label), x - 4, base + 3, { width: slot * 0.7 + 8, align: 'center', lineBreak: false })
  })
  doc.y = base + 16
  doc.x = o.left
}

function barsHorizontal(
  doc: PDFKit.PDFDocument,
  fonts: Fonts,
  text: (s: string) => string,
  bars: Bar[],
  o: { left: number; width: number; format: (n: number) => string },
) {
  const labelWidth = 120
  const row = 18
  const max = Math.max(1, ...bars.map((b) => b.value))
  let y = doc.y + 4
  const room = o.width - labelWidth - 50
  for (const b of bars) {
    doc
      .font(fonts.regular)
      .fontSize(8)
      .fillColor(INK)
      .text(text(b.label), o.left, y + 4, { width: labelWidth - 6, align: 'right', lineBreak: false })
    const w = (b.value / max) * room
    if (w > 0) doc.rect(o.left + labelWidth, y + 2, w, row - 6).fill('#1d5f99')
    doc.fillColor(INK).text(text(o.format(b.value)), o.left + labelWidth + w + 4, y + 4, { width: 46, lineBreak: false })
    y += row
  }
  doc.y = y + 6
  doc.x = o.left
}
