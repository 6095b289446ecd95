// A speaker's photo upload over real HTTP, against the production server: a small file that
// declares a huge image is refused from its header with a message on the form, and decoding a
// genuine photo does not hold up the rest of the server.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inviteSpeaker } from '~/domain/programme/speakers.server'
import { createDb, type Db } from '~/lib/db.server'
import { startAppServer, type AppServer } from '../support/app-server'
import { testDbKind } from '../support/db'

let app: AppServer
let db: Db
let bomb: Buffer
let photo: Buffer
const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'fairdesk-uploads-'))
beforeAll(async () => {
  // Made before the server starts: a keep-alive connection left idle longer than the server's
  // keep-alive timeout while a test computes would make the next POST fail with EPIPE.
  bomb = blackPng(10_000, 10_000)
  const image = new PNG({ width: 4000, height: 3000 })
  for (let i = 0; i < image.data.length; i++) image.data[i] = i % 4 === 3 ? 255 : (i >> 8) % 256
  photo = PNG.sync.write(image)
  app = await startAppServer({
    seed: false,
    database: testDbKind(),
    env: { FAIRDESK_RATE_LIMITS: 'off', FAIRDESK_WORKER: 'off', FAIRDESK_UPLOADS_DIR: uploads },
  })
  db = await createDb(app.databaseUrl)
})
afterAll(async () => {
  await db?.$disconnect()
  await app?.stop()
  fs.rmSync(uploads, { recursive: true, force: true })
})

let n = 0
async function invitedSpeaker() {
  n += 1
  const startsAt = new Date(Date.now() + 30 * 86_400_000)
  const event = await db.event.create({
    data: {
      slug: `photo-${n}`,
      kind: 'CONFERENCE',
      status: 'PUBLISHED',
      titleDe: 'Tagung',
      titleEn: 'Conference',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 8 * 3_600_000),
    },
  })
  const speaker = await inviteSpeaker(db, event.id, { email: `speaker${n}@example.org`, firstName: 'Anna', lastName: `Schmidt ${n}` })
  if (speaker.kind !== 'invited') throw new Error(speaker.kind)
  return speaker
}

function upload(token: string, bytes: Uint8Array, name: string, language: 'de' | 'en') {
  const form = new FormData()
  form.set('intent', 'photo')
  form.set('photo', new Blob([new Uint8Array(bytes)]), name)
  return fetch(`${app.url}/s/${token}`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
    headers: { Origin: app.url, 'Accept-Language': language },
  })
}

const CRC_TABLE = Array.from({ length: 256 }, (_, i) => {
  let c = i
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(bytes: Buffer) {
  let c = 0xffffffff
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type: string, data: Buffer) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  body.copy(out, 4)
  out.writeUInt32BE(crc32(body), 8 + data.length)
  return out
}

/** A valid grey PNG, all black: a few hundred kilobytes at most, however many pixels it has. */
function blackPng(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 0, 0, 0, 0], 8) // 8-bit greyscale, deflate, no interlace
  // Every row is its filter byte 0 and black pixels: all zeros, which deflate packs about 1,000 to 1.
  const idat = zlib.deflateSync(Buffer.alloc((width + 1) * height), { level: 9 })
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

describe('POST /s/:token, intent photo', () => {
  it('refuses a small PNG that declares 100 megapixels with 413 and says why on the form, while the server keeps answering', async () => {
    const speaker = await invitedSpeaker()
    expect(bomb.length).toBeLessThan(500_000)
    const answer = upload(speaker.token, bomb, 'portrait.png', 'en')
    const health = await Promise.all([1, 2, 3].map(() => fetch(`${app.url}/healthz`).then((r) => r.status)))
    expect(health).toEqual([200, 200, 200])
    const res = await answer
    expect(res.status).toBe(413)
    const page = await res.text()
    expect(page).toContain('The photo has too many pixels: at most 40 megapixels')
    expect(page).toContain('aria-invalid="true"')

    const german = await upload(speaker.token, bomb, 'portrait.png', 'de')
    expect(german.status).toBe(413)
    expect(await german.text()).toContain('Das Foto hat zu viele Bildpunkte: höchstens 40 Megapixel')
    expect((await db.speaker.findUniqueOrThrow({ where: { id: speaker.speakerId } })).photoPath).toBeNull()
  })

  it('refuses a WebP that declares 16,384 × 16,384 pixels the same way, and a file that is no image with 415', async () => {
    const speaker = await invitedSpeaker()
    // cwebp's lossless 37 × 23 picture, its 14-bit width and height fields set to the maximum.
    const webp = Buffer.from(
      'UklGRkQAAABXRUJQVlA4TDcAAAAvJIAFAJmM6H8oGLSN5OjuvvIH3UZDINEgj0dMwPgicifipofUkASpITWkhiRIDakhNSRBashjAA==',
      'base64',
    )
    webp.set([0xff, 0xff, 0xff, 0x0f], 21)
    const huge = await upload(speaker.token, webp, 'portrait.webp', 'en')
    expect(huge.status).toBe(413)
    expect(await huge.text()).toContain('The photo has too many pixels')
    const text = await upload(speaker.token, new TextEncoder().encode('<svg onload="alert(1)"></svg>'), 'portrait.png', 'en')
    expect(text.status).toBe(415)
    expect(await text.text()).toContain('Please upload a photo in JPEG, PNG or WebP format.')
  })

  it('scales a genuine photo down to 800 px while other requests are answered', async () => {
    const speaker = await invitedSpeaker()
    expect(photo.length).toBeLessThan(2 * 1024 * 1024)
    const answer = upload(speaker.token, photo, 'portrait.png', 'en')
    const health = await Promise.all([1, 2, 3].map(() => fetch(`${app.url}/healthz`).then((r) => r.status)))
    expect(health).toEqual([200, 200, 200])
    const res = await answer
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`/s/${speaker.token}?notice=photoSaved`)
    const stored = await fetch(`${app.url}/s/${speaker.token}/photo`)
    expect(stored.headers.get('content-type')).toBe('image/png')
    const decoded = PNG.sync.read(Buffer.from(await stored.arrayBuffer()))
    expect([decoded.width, decoded.height]).toEqual([800, 600])
  })
})
