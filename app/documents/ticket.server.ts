// The printable ticket (pdfkit): an A6 badge — organiser, event, time in the event's own zone,
// venue, the person's name and company, the QR of the signed ticket code — on its own A6 page, or
// framed with a cut line on A4 for printing at home. In the registration's language.
//
// Fonts: a Unicode TrueType font when the system has one (DejaVu or Liberation Sans, or the file
// named by FAIRDESK_PDF_FONT / FAIRDESK_PDF_FONT_BOLD), else the built-in Helvetica, which only
// knows Windows-1252 — then letters outside it (ł, ř, ő …) are written without their accent rather
// than as garbage.
import fs from 'node:fs'
import PDFDocument from 'pdfkit'
import { findByManageToken } from '~/domain/registration/self-service.server'
import { getTicketKeys, signTicket } from '~/domain/checkin/tickets.server'
import type { Db } from '~/lib/db.server'
import { qrMatrix } from '~/lib/qr.server'

export type TicketData = {
  lang: 'de' | 'en'
  labels: { ticket: string; note: string; cut: string; role: string | null; fileTitle: string }
  organiser: string
  eventTitle: string
  when: string
  zone: string | null
  where: string | null
  name: string
  company: string | null
  code: string
}

export type PageFormat = 'A4' | 'A6'

/** What the ticket routes may hand out for a self-service token. */
export type TicketLookup =
  | { kind: 'notFound' }
  | { kind: 'cancelled' | 'waitlisted'; locale: string }
  | { kind: 'ticket'; registration: NonNullable<Awaited<ReturnType<typeof findByManageToken>>>; code: string }

/** A ticket exists only for a confirmed registration; the code is the signed one the door scans. */
export async function loadTicket(db: Db, token: string): Promise<TicketLookup> {
  const registration = await findByManageToken(db, token)
  if (!registration || registration.person.erasedAt) return { kind: 'notFound' }
  if (registration.status === 'CANCELLED') return { kind: 'cancelled', locale: registration.locale }
  if (registration.status === 'WAITLISTED') return { kind: 'waitlisted', locale: registration.locale }
  return { kind: 'ticket', registration, code: signTicket(await getTicketKeys(db), registration) }
}

const MM = 72 / 25.4
const A6 = { width: 105 * MM, height: 148 * MM }
const BRAND = '#113a5e'
const MUTED = '#475569'

export type Fonts = { regular: string; bold: string; unicode: boolean }

const FONT_CANDIDATES: [string, string][] = [
  ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'],
  ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf'],
  ['/usr/share/fonts/TTF/DejaVuSans.ttf', '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf'],
]

let fontChoice: [string, string] | null | undefined
function unicodeFontFiles(): [string, string] | null {
  if (fontChoice !== undefined) return fontChoice
  const fromEnv = process.env.FAIRDESK_PDF_FONT
  const candidates: [string, string][] = fromEnv
    ? [[fromEnv, process.env.FAIRDESK_PDF_FONT_BOLD ?? fromEnv], ...FONT_CANDIDATES]
    : FONT_CANDIDATES
  fontChoice = candidates.find(([regular, bold]) => fs.existsSync(regular) && fs.existsSync(bold)) ?? null
  return fontChoice
}

export function setUpFonts(doc: PDFKit.PDFDocument): Fonts {
  const files = unicodeFontFiles()
  if (!files) return { regular: 'Helvetica', bold: 'Helvetica-Bold', unicode: false }
  doc.registerFont('Ticket', files[0])
  doc.registerFont('Ticket-Bold', files[1])
  return { regular: 'Ticket', bold: 'Ticket-Bold', unicode: true }
}

// Windows-1252 beyond Latin-1: what Helvetica can still draw.
const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')
// Letters that Unicode does not decompose into base letter + accent.
const PLAIN: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', ŀ: 'l', Ŀ: 'L' }

/** For the built-in font: keep what Windows-1252 has, strip accents from the rest, else '?'. */
export function toWinAnsi(text: string): string {
  return [...text]
    .map((ch) => {
      const code = ch.codePointAt(0)!
      if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.has(ch)) return ch
      if (code < 0x20) return ' '
      if (PLAIN[ch]) return PLAIN[ch]
      const base = ch.normalize('NFKD').replace(/\p{M}/gu, '')
      return [...base].every((c) => c.codePointAt(0)! < 0x7f) && base ? base : '?'
    })
    .join('')
}

export function renderTicketPdf(data: TicketData, format: PageFormat = 'A4'): Promise<Buffer> {
  return renderPages([data], format, { title: data.labels.fileTitle, author: data.organiser, lang: data.lang })
}

/** Name badges: one A6 page per person (for A6 badge holders or a printer's A6 tray), in one file. */
export function renderBadgesPdf(badges: TicketData[], info: { title: string; author: string; lang: 'de' | 'en' }): Promise<Buffer> {
  return renderPages(badges, 'A6', info)
}

function renderPages(pages: TicketData[], format: PageFormat, info: { title: string; author: string; lang: 'de' | 'en' }): Promise<Buffer> {
  const size: PDFKit.PDFDocumentOptions['size'] = format === 'A6' ? [A6.width, A6.height] : 'A4'
  const doc = new PDFDocument({
    size,
    margin: 0,
    info: { Title: info.title, Author: info.author, Creator: 'Fairdesk' },
    lang: info.lang,
    autoFirstPage: false,
  })
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const fonts = setUpFonts(doc)
  const text = (s: string) => (fonts.unicode ? s : toWinAnsi(s))
  for (const data of pages) {
    doc.addPage({ size, margin: 0 })
    if (format === 'A6') {
      drawTicket(doc, fonts, text, data, 0, 0)
      continue
    }
    // Centred near the top of the A4 sheet, framed by a dashed cut line.
    const x = (doc.page.width - A6.width) / 2
    const y = 20 * MM
    drawTicket(doc, fonts, text, data, x, y)
    doc.save().lineWidth(0.6).dash(4, { space: 3 }).strokeColor('#94a3b8').rect(x, y, A6.width, A6.height).stroke().restore()
    doc
      .font(fonts.regular)
      .fontSize(9)
      .fillColor(MUTED)
      .text(text(data.labels.cut), x, y + A6.height + 8, { width: A6.width, align: 'center' })
  }
  doc.end()
  return done
}

function drawTicket(doc: PDFKit.PDFDocument, fonts: Fonts, text: (s: string) => string, d: TicketData, x: number, y: number) {
  const pad = 8 * MM
  const inner = A6.width - 2 * pad

  // Header band: the organiser, and what this paper is.
  const band = 14 * MM
  doc.rect(x, y, A6.width, band).fill(BRAND)
  doc
    .font(fonts.bold)
    .fontSize(9)
    .fillColor('#ffffff')
    .text(text(d.organiser), x + pad, y + 5 * MM - 2, { width: inner * 0.7, height: band - 6, ellipsis: true, lineBreak: false })
  doc
    .font(fonts.regular)
    .fontSize(8)
    .text(text(d.labels.ticket.toUpperCase()), x + pad + inner * 0.7, y + 5 * MM - 1, {
      width: inner * 0.3,
      align: 'right',
      lineBreak: false,
    })

  let cursor = y + band + 5 * MM
  doc.font(fonts.bold).fontSize(12).fillColor(BRAND)
  doc.text(text(d.eventTitle), x + pad, cursor, { width: inner, height: 3 * 15, ellipsis: true })
  cursor = doc.y + 3
  doc.font(fonts.regular).fontSize(8.5).fillColor('#0f172a')
  doc.text(text(d.zone ? `${d.when} (${d.zone})` : d.when), x + pad, cursor, { width: inner })
  if (d.where) doc.fillColor(MUTED).text(text(d.where), x + pad, doc.y + 1, { width: inner, height: 2 * 11, ellipsis: true })

  // The person, as large as fits on one line (a badge is read from a metre away).
  cursor = doc.y + 5 * MM
  doc
    .moveTo(x + pad, cursor - 2.5 * MM)
    .lineTo(x + A6.width - pad, cursor - 2.5 * MM)
    .lineWidth(0.5)
    .strokeColor('#e2e8f0')
    .stroke()
  const name = text(d.name)
  let size = 20
  doc.font(fonts.bold)
  while (size > 13 && doc.fontSize(size).widthOfString(name) > inner) size -= 1
  // Still too long at 13 pt: two lines rather than a smaller name.
  doc.fillColor('#0f172a').text(name, x + pad, cursor, { width: inner, height: size * 2.7, ellipsis: true })
  if (d.company)
    doc
      .font(fonts.regular)
      .fontSize(11)
      .fillColor(MUTED)
      .text(text(d.company), x + pad, doc.y + 1, { width: inner, height: 2 * 14, ellipsis: true })
  if (d.labels.role)
    doc
      .font(fonts.bold)
      .fontSize(9)
      .fillColor(BRAND)
      .text(text(d.labels.role.toUpperCase()), x + pad, doc.y + 2, { width: inner })

  // The QR code in the lower part, drawn as vector modules.
  const noteHeight = 9 * MM
  const qrSize = Math.min(48 * MM, y + A6.height - pad - noteHeight - (doc.y + 3 * MM))
  const qrX = x + (A6.width - qrSize) / 2
  const qrY = y + A6.height - pad - noteHeight - qrSize
  drawQr(doc, d.code, qrX, qrY, qrSize)
  doc
    .font(fonts.regular)
    .fontSize(7)
    .fillColor(MUTED)
    .text(text(d.labels.note), x + pad, y + A6.height - pad - noteHeight + 2 * MM, { width: inner, align: 'center' })
}

function drawQr(doc: PDFKit.PDFDocument, code: string, x: number, y: number, size: number) {
  const matrix = qrMatrix(code)
  const quiet = 2
  const module = size / (matrix.size + 2 * quiet)
  doc.rect(x, y, size, size).fill('#ffffff')
  doc.save()
  // Runs of dark modules per row: fewer shapes, and no hairline seams between neighbours.
  for (let row = 0; row < matrix.size; row++) {
    let start = -1
    for (let col = 0; col <= matrix.size; col++) {
      const dark = col < matrix.size && matrix.isDark(row, col)
      if (dark && start < 0) start = col
      if (!dark && start >= 0) {
        doc.rect(x + (quiet + start) * module, y + (quiet + row) * module - 0.01, (col - start) * module, module + 0.02)
        start = -1
      }
    }
  }
  doc.fill('#000000').restore()
}

const NO_TICKET_STATUS = { notFound: 404, waitlisted: 404, cancelled: 410 } as const

/** The plain answer of the ticket routes when there is no ticket, in the registration's language when known. */
export function noTicketResponse(lookup: Exclude<TicketLookup, { kind: 'ticket' }>, t: (key: string) => string): Response {
  return new Response(t(`ticket.${lookup.kind}`), {
    status: NO_TICKET_STATUS[lookup.kind],
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Robots-Tag': 'noindex',
    },
  })
}

/** Headers for everything served under a private self-service link. */
export const privateHeaders = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer', 'X-Robots-Tag': 'noindex' } as const
