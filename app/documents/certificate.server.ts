// Certificates of attendance (pdfkit, A4): one page per person, each in that person's language —
// a staff member printing all of an event's certificates gets German and English pages mixed, as
// the people registered.
import { formatDate, formatEventRange } from '~/lib/datetime'
import { localized } from '~/lib/i18n'
import { BRAND, createPdf, INK, MM, MUTED } from './pdf-document.server'
import type { CertificateData } from '~/domain/reports/participant-lists.server'

export type CertificateTexts = {
  heading: string
  certify: string
  attended: string
  /** "Anwesend am …" for events over several days, else null. */
  days: string | null
  issued: string
  signature: string
}

export type CertificatePage = { data: CertificateData; texts: CertificateTexts }

/** The words of one certificate in its language, from a translation function of the `reports` namespace. */
export function certificateTexts(
  data: CertificateData,
  t: (key: string, options?: Record<string, unknown>) => string,
  today: Date,
): CertificateTexts {
  const zone = { locale: data.locale, timeZone: data.event.timeZone }
  const dayNames = data.days.map((d) => formatDate(new Date(`${d}T12:00:00Z`), { locale: data.locale, timeZone: 'UTC' }))
  const multiDay = formatDate(data.event.startsAt, zone) !== formatDate(new Date(data.event.endsAt.getTime() - 1), zone)
  return {
    heading: t('certificate.heading'),
    certify: t('certificate.certify'),
    attended: t('certificate.attended'),
    days: multiDay && dayNames.length ? t('certificate.days', { days: dayNames.join(', ') }) : null,
    issued: t('certificate.issued', { place: data.event.venueCity ?? '', date: formatDate(today, zone, 'long') }).replace(/^,\s*/, ''),
    signature: t('certificate.signature', { organiser: data.event.organiserName ?? 'Fairdesk' }),
  }
}

export function renderCertificates(pages: CertificatePage[], meta: { title: string; lang: 'de' | 'en' }): Promise<Buffer> {
  const pdf = createPdf({ title: meta.title, author: pages[0]?.data.event.organiserName ?? 'Fairdesk', lang: meta.lang, margin: 25 * MM })
  const { doc, fonts, text } = pdf
  pages.forEach((page, i) => {
    if (i > 0) doc.addPage()
    drawCertificate(doc, fonts, text, page)
  })
  if (pages.length === 0) doc.font(fonts.regular).fontSize(12).fillColor(MUTED).text(text(meta.title))
  return pdf.finish()
}

function drawCertificate(
  doc: PDFKit.PDFDocument,
  fonts: { regular: string; bold: string },
  text: (s: string) => string,
  { data, texts }: CertificatePage,
) {
  const left = doc.page.margins.left
  const width = doc.page.width - left - doc.page.margins.right
  const e = data.event
  const centred = { width, align: 'center' as const }
  // A frame and the organiser at the top.
  doc
    .save()
    .lineWidth(1.5)
    .strokeColor(BRAND)
    .rect(12 * MM, 12 * MM, doc.page.width - 24 * MM, doc.page.height - 24 * MM)
    .stroke()
    .restore()
  doc
    .font(fonts.bold)
    .fontSize(11)
    .fillColor(BRAND)
    .text(text(e.organiserName ?? 'Fairdesk'), left, 30 * MM, centred)
  doc
    .font(fonts.bold)
    .fontSize(28)
    .fillColor(INK)
    .text(text(texts.heading), left, 55 * MM, centred)
  doc.moveDown(2)
  doc.font(fonts.regular).fontSize(13).fillColor(INK).text(text(texts.certify), centred)
  doc.moveDown(1)
  doc.font(fonts.bold).fontSize(24).text(text(data.name), centred)
  if (data.company) doc.font(fonts.regular).fontSize(13).fillColor(MUTED).text(text(data.company), centred)
  doc.moveDown(1.5)
  doc.font(fonts.regular).fontSize(13).fillColor(INK).text(text(texts.attended), centred)
  doc.moveDown(1)
  doc
    .font(fonts.bold)
    .fontSize(17)
    .fillColor(BRAND)
    .text(text(localized(data.locale, e.titleDe, e.titleEn)), centred)
  doc.moveDown(0.5)
  doc
    .font(fonts.regular)
    .fontSize(12)
    .fillColor(INK)
    .text(text(formatEventRange(e.startsAt, e.endsAt, { locale: data.locale, timeZone: e.timeZone })), centred)
  const where = [e.venueName, e.venueCity].filter(Boolean).join(', ')
  if (where) doc.text(text(where), centred)
  if (texts.days) {
    doc.moveDown(0.5)
    doc.fontSize(11).fillColor(MUTED).text(text(texts.days), centred)
  }
  // Place, date and a line to sign on, near the bottom.
  const y = doc.page.height - 75 * MM
  doc
    .font(fonts.regular)
    .fontSize(11)
    .fillColor(INK)
    .text(text(texts.issued), left, y, { width: width / 2 - 10 })
  doc
    .moveTo(left + width / 2 + 10, y + 30)
    .lineTo(left + width, y + 30)
    .lineWidth(0.7)
    .strokeColor(MUTED)
    .stroke()
  doc
    .fontSize(9)
    .fillColor(MUTED)
    .text(text(texts.signature), left + width / 2 + 10, y + 35, { width: width / 2 - 10 })
}
