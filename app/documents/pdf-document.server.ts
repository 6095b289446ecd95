// A pdfkit document set up the way all Fairdesk PDFs are: a Unicode font when the system has one
// (see ticket-pdf.server.ts), text passed through `text()` so the built-in font never draws
// garbage, page numbers in the footer, and the finished file as a Buffer.
import PDFDocument from 'pdfkit'
import { setUpFonts, toWinAnsi, type Fonts } from './ticket.server'

export const MM = 72 / 25.4
export const BRAND = '#113a5e'
export const MUTED = '#475569'
export const INK = '#0f172a'

export type PdfDocument = {
  doc: PDFKit.PDFDocument
  fonts: Fonts
  text: (s: string) => string
  /** Writes "page x of y" on every page, ends the document and resolves with its bytes. */
  finish: (pageLabel?: (page: number, pages: number) => string) => Promise<Buffer>
}

export function createPdf(options: {
  title: string
  author: string
  lang: 'de' | 'en'
  layout?: 'portrait' | 'landscape'
  margin?: number
}): PdfDocument {
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout ?? 'portrait',
    margin: options.margin ?? 20 * MM,
    bufferPages: true,
    info: { Title: options.title, Author: options.author, Creator: 'Fairdesk' },
    lang: options.lang,
    displayTitle: true,
  })
  const chunks: Buffer[] = []
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const fonts = setUpFonts(doc)
  const text = (s: string) => (fonts.unicode ? s : toWinAnsi(s))
  return {
    doc,
    fonts,
    text,
    finish(pageLabel) {
      if (pageLabel) {
        const range = doc.bufferedPageRange()
        for (let i = range.start; i < range.start + range.count; i++) {
          doc.switchToPage(i)
          const bottom = doc.page.margins.bottom
          // Writing into the bottom margin must not start a new page.
          doc.page.margins.bottom = 0
          doc
            .font(fonts.regular)
            .fontSize(8)
            .fillColor(MUTED)
            .text(text(pageLabel(i + 1, range.count)), doc.page.margins.left, doc.page.height - bottom / 2, {
              width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
              align: 'center',
              lineBreak: false,
            })
          doc.page.margins.bottom = bottom
        }
      }
      doc.end()
      return done
    },
  }
}
