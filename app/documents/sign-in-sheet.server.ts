// The sign-in sheet (pdfkit, A4): everyone registered, by last name, with a column to sign in,
// and empty rows for people who come without registering. Printed before the doors open.
import { formatEventRange } from '~/lib/datetime'
import type { Locale } from '~/lib/i18n'
import { localized } from '~/lib/i18n'
import { BRAND, createPdf, INK, MM, MUTED } from './pdf-document.server'
import type { ListEvent, ParticipantRow } from '~/domain/reports/participant-lists.server'

export type SignInTexts = {
  heading: string
  intro: string
  number: string
  name: string
  company: string
  signature: string
  erased: string
  page: (page: number, pages: number) => string
}

const EMPTY_ROWS = 12
const ROW = 9 * MM

export function renderSignInSheet(event: ListEvent, rows: ParticipantRow[], texts: SignInTexts, locale: Locale): Promise<Buffer> {
  const title = localized(locale, event.titleDe, event.titleEn)
  const pdf = createPdf({ title: `${texts.heading}: ${title}`, author: event.organiserName ?? 'Fairdesk', lang: locale, margin: 15 * MM })
  const { doc, fonts, text } = pdf
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  const columns = [
    { label: texts.number, width: 10 * MM },
    { label: texts.name, width: width * 0.3 },
    { label: texts.company, width: width * 0.38 },
    { label: texts.signature, width: 0 },
  ]
  columns[3]!.width = width - columns.slice(0, 3).reduce((n, c) => n + c.width, 0)

  doc
    .font(fonts.bold)
    .fontSize(16)
    .fillColor(BRAND)
    .text(text(`${texts.heading}: ${title}`), left, doc.page.margins.top, { width })
  const where = [event.venueName, event.venueCity].filter(Boolean).join(', ')
  doc
    .font(fonts.regular)
    .fontSize(10)
    .fillColor(INK)
    .text(
      text(
        [formatEventRange(event.startsAt, event.endsAt, { locale, timeZone: event.timeZone }, { withTimes: true }), where]
          .filter(Boolean)
          .join(' · '),
      ),
      { width },
    )
  doc.fillColor(MUTED).text(text(texts.intro), { width })
  doc.moveDown(0.8)

  const header = () => {
    let x = left
    const y = doc.y
    doc.rect(left, y, width, ROW * 0.8).fill('#e2e8f0')
    doc.font(fonts.bold).fontSize(9).fillColor(INK)
    for (const c of columns) {
      doc.text(text(c.label), x + 4, y + 7, { width: c.width - 8, lineBreak: false })
      x += c.width
    }
    doc.y = y + ROW * 0.8
  }
  const line = (cells: string[]) => {
    if (doc.y + ROW > doc.page.height - doc.page.margins.bottom) {
      doc.addPage()
      header()
    }
    const y = doc.y
    let x = left
    doc.font(fonts.regular).fontSize(9.5).fillColor(INK)
    cells.forEach((cell, i) => {
      doc.text(text(cell), x + 4, y + 9, { width: columns[i]!.width - 8, height: ROW - 10, ellipsis: true, lineBreak: false })
      x += columns[i]!.width
    })
    doc
      .moveTo(left, y + ROW)
      .lineTo(left + width, y + ROW)
      .lineWidth(0.5)
      .strokeColor('#94a3b8')
      .stroke()
    doc.y = y + ROW
  }
  header()
  rows.forEach((r, i) => line([String(i + 1), r.name ?? texts.erased, r.company ?? '', '']))
  for (let i = 0; i < EMPTY_ROWS; i++) line([String(rows.length + i + 1), '', '', ''])
  return pdf.finish(texts.page)
}
