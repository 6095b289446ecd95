// QR codes of ticket codes: PNG for mails (inline image), SVG for pages, the module matrix for the
// PDF (drawn as vectors, sharp on any printer). Error correction M survives a crease or a cracked
// phone screen without making the code too dense for a cheap door scanner.
import QRCode from 'qrcode'

const options = { errorCorrectionLevel: 'M', margin: 2 } as const

export const qrPng = (text: string): Promise<Buffer> => QRCode.toBuffer(text, { ...options, scale: 6, type: 'png' })
export const qrSvg = (text: string): Promise<string> => QRCode.toString(text, { ...options, type: 'svg' })
export const qrDataUrl = (text: string): Promise<string> => QRCode.toDataURL(text, { ...options, scale: 6 })

/** The dark modules, row by row (no quiet zone: the caller leaves the margin). */
export function qrMatrix(text: string): { size: number; isDark(row: number, col: number): boolean } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: options.errorCorrectionLevel })
  return { size: modules.size, isDark: (row, col) => Boolean(modules.get(row, col)) }
}
