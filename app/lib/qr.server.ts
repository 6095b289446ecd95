// QR codes of ticket codes: PNG for mails (inline image), SVG for pages. Error correction M
// survives a crease or a cracked phone screen without making the code too dense.
import QRCode from 'qrcode'

export const qrPng = (text: string) => QRCode.toBuffer(text, { errorCorrectionLevel: 'M', margin: 2, scale: 6, type: 'png' })
export const qrSvg = (text: string) => QRCode.toString(text, { errorCorrectionLevel: 'M', margin: 2, type: 'svg' })
