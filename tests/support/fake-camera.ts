// A camera for browser tests: Chromium plays a Y4M file as the webcam
// (--use-fake-device-for-media-stream --use-file-for-fake-video-capture=<file>). This writes one
// showing a QR code, as a ticket held up to a phone would look (grey around, white quiet zone).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import QRCode from 'qrcode'
import { launchBrowser } from './browser'

export function writeQrCameraFile(text: string, file: string, { width = 640, height = 480 } = {}) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const quiet = 4
  const scale = Math.floor((Math.min(width, height) * 0.85) / (modules.size + 2 * quiet))
  const size = (modules.size + 2 * quiet) * scale
  const left = Math.floor((width - size) / 2)
  const top = Math.floor((height - size) / 2)
  const luma = Buffer.alloc(width * height, 128)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const row = Math.floor(y / scale) - quiet
      const col = Math.floor(x / scale) - quiet
      const dark = row >= 0 && col >= 0 && row < modules.size && col < modules.size && modules.get(row, col)
      luma[(top + y) * width + left + x] = dark ? 16 : 235
    }
  }
  // 4:2:0 chroma at neutral grey.
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma])
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]))
}

export const fakeCameraArgs = (file: string) => [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  `--use-file-for-fake-video-capture=${file}`,
]

/** A Chromium whose camera shows the ticket `code`; its video file goes when the browser closes. */
export async function launchCameraBrowser(code: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fairdesk-camera-'))
  const video = path.join(dir, 'ticket.y4m')
  writeQrCameraFile(code, video)
  const browser = await launchBrowser(fakeCameraArgs(video))
  browser.on('disconnected', () => fs.rmSync(dir, { recursive: true, force: true }))
  return browser
}
