import { Jimp } from 'jimp'
import { describe, expect, it } from 'vitest'
import { readImageHeader } from './image-header'

// Made by cwebp 1.2 from a 37 × 23 picture: lossy (VP8), lossless (VP8L), lossy with alpha (VP8X).
const WEBP = {
  lossy:
    'UklGRugAAABXRUJQVlA4INwAAAAwBwCdASolABcAPrlSoUunJSqhtVv8AVAXCWoAnTKEdze3eYJQGGG9QAchiYtPQduAKrIH/FvTU4TixvUezltRbvAA/unW7wRAMB+w57reJW/8zXpnibGR3s0FG3pohAk2CBOVyc4/IwRgvXtVEtTVS8gEpLGpbPUvUIiVM8NadpuVX/hdKPmR8thbBMEQMYzwXnBIu0iDpRBlpxLucboB4V1cpC8tjsMUN84DZjfABIQCbreRkjj3DuVMyCbThhGVrKmE5SQzDO+Ptauz1xShcfyMPCW08M32QAAA',
  lossless: 'UklGRkQAAABXRUJQVlA4TDcAAAAvJIAFAJmM6H8oGLSN5OjuvvIH3UZDINEgj0dMwPgicifipofUkASpITWkhiRIDakhNSRBashjAA==',
  extended:
    'UklGRgwBAABXRUJQVlA4WAoAAAAQAAAAJAAAFgAAQUxQSAoAAAABB1DAiAhERP8DVlA4INwAAAAwBwCdASolABcAPrlSoUunJSqhtVv8AVAXCWoAnTKEdze3eYJQGGG9QAchiYtPQduAKrIH/FvTU4TixvUezltRbvAA/unW7wRAMB+w57reJW/8zXpnibGR3s0FG3pohAk2CBOVyc4/IwRgvXtVEtTVS8gEpLGpbPUvUIiVM8NadpuVX/hdKPmR8thbBMEQMYzwXnBIu0iDpRBlpxLucboB4V1cpC8tjsMUN84DZjfABIQCbreRkjj3DuVMyCbThhGVrKmE5SQzDO+Ptauz1xShcfyMPCW08M32QAAA',
}
const webp = (name: keyof typeof WEBP) => new Uint8Array(Buffer.from(WEBP[name], 'base64'))

async function encoded(mime: 'image/png' | 'image/jpeg', width: number, height: number) {
  return new Uint8Array(await new Jimp({ width, height, color: 0x3366ccff }).getBuffer(mime))
}

/** The offset of a JPEG marker segment (FF xx). */
function segment(bytes: Uint8Array, marker: number) {
  for (let i = 2; i < bytes.length - 1; i++) if (bytes[i] === 0xff && bytes[i + 1] === marker) return i
  throw new Error(`no marker ${marker.toString(16)}`)
}

describe('readImageHeader', () => {
  it('reads type, width and height of PNG, JPEG and the three kinds of WebP', async () => {
    expect(readImageHeader(await encoded('image/png', 37, 23))).toEqual({ kind: 'png', width: 37, height: 23 })
    expect(readImageHeader(await encoded('image/jpeg', 640, 480))).toEqual({ kind: 'jpeg', width: 640, height: 480 })
    expect(readImageHeader(webp('lossy'))).toEqual({ kind: 'webp', width: 37, height: 23 })
    expect(readImageHeader(webp('lossless'))).toEqual({ kind: 'webp', width: 37, height: 23 })
    expect(readImageHeader(webp('extended'))).toEqual({ kind: 'webp', width: 37, height: 23 })
  })

  it('reports the size a file declares, however small the file (the decompression bomb)', async () => {
    const png = await encoded('image/png', 10, 10)
    new DataView(png.buffer, png.byteOffset).setUint32(16, 20_000)
    new DataView(png.buffer, png.byteOffset).setUint32(20, 20_000)
    expect(readImageHeader(png)).toEqual({ kind: 'png', width: 20_000, height: 20_000 })

    const jpeg = await encoded('image/jpeg', 16, 16)
    const sof = segment(jpeg, 0xc0)
    new DataView(jpeg.buffer, jpeg.byteOffset).setUint16(sof + 5, 65_000)
    new DataView(jpeg.buffer, jpeg.byteOffset).setUint16(sof + 7, 65_000)
    expect(readImageHeader(jpeg)).toEqual({ kind: 'jpeg', width: 65_000, height: 65_000 })

    const lossless = webp('lossless')
    // 14 bits each for width − 1 and height − 1: the largest a VP8L image can claim.
    lossless.set([0xff, 0xff, 0xff, 0x0f], 21)
    expect(readImageHeader(lossless)).toEqual({ kind: 'webp', width: 16_384, height: 16_384 })
    const extended = webp('extended')
    extended.set([0xff, 0xff, 0xff, 0xff, 0xff, 0xff], 24)
    expect(readImageHeader(extended)).toEqual({ kind: 'webp', width: 16_777_216, height: 16_777_216 })
  })

  it('walks JPEG segments: fill bytes and long metadata before the frame, a progressive frame (SOF2)', async () => {
    const plain = await encoded('image/jpeg', 300, 200)
    const sof = segment(plain, 0xc0)
    // A 40 kB comment and two fill bytes before the frame header, and the frame marked progressive.
    const comment = new Uint8Array(40_004)
    comment.set([0xff, 0xfe, 0x9c, 0x42])
    const withMetadata = new Uint8Array([...plain.subarray(0, sof), ...comment, 0xff, 0xff, ...plain.subarray(sof)])
    withMetadata[sof + comment.length + 3] = 0xc2
    expect(readImageHeader(withMetadata)).toEqual({ kind: 'jpeg', width: 300, height: 200 })
  })

  it('refuses what is no image, is cut off, or declares an empty side', async () => {
    expect(readImageHeader(new TextEncoder().encode('<svg onload="alert(1)"></svg>'))).toBeNull()
    expect(readImageHeader(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBeNull()
    const png = await encoded('image/png', 10, 10)
    expect(readImageHeader(png.subarray(0, 20))).toBeNull()
    const zeroWide = png.slice()
    new DataView(zeroWide.buffer).setUint32(16, 0)
    expect(readImageHeader(zeroWide)).toBeNull()
    const jpeg = await encoded('image/jpeg', 16, 16)
    // Cut off before the frame header, and a frame whose height is left to a DNL marker.
    expect(readImageHeader(jpeg.subarray(0, segment(jpeg, 0xc0) + 3))).toBeNull()
    const dnl = jpeg.slice()
    new DataView(dnl.buffer).setUint16(segment(dnl, 0xc0) + 5, 0)
    expect(readImageHeader(dnl)).toBeNull()
    // Image data (SOS) before any frame header.
    expect(readImageHeader(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 1, 2, 3, 4, 5, 6]))).toBeNull()
    expect(readImageHeader(webp('lossy').subarray(0, 26))).toBeNull()
  })
})
