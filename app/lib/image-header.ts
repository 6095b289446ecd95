// What an uploaded image is and how many pixels it claims, read from its first bytes only. A PNG
// of a few hundred kilobytes can declare 20,000 × 20,000 pixels; decoding it costs gigabytes, so
// the claim is checked before anything is decoded. JPEG, PNG and WebP, the types we accept.

export type ImageKind = 'jpeg' | 'png' | 'webp'
export type ImageHeader = { kind: ImageKind; width: number; height: number }

/**
 * The image's type and declared size, or null when the bytes are none of the three types or the
 * header is cut off or inconsistent (a zero side, no frame header before the image data).
 */
export function readImageHeader(bytes: Uint8Array): ImageHeader | null {
  const kind = imageKind(bytes)
  const size = kind === 'png' ? pngSize(bytes) : kind === 'jpeg' ? jpegSize(bytes) : kind === 'webp' ? webpSize(bytes) : null
  if (!kind || !size || size.width < 1 || size.height < 1) return null
  return { kind, ...size }
}

/** The type by its signature (what the file is, not what its name or the browser claims). */
export function imageKind(bytes: Uint8Array): ImageKind | null {
  const starts = (sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b)
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg'
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  // RIFF....WEBP
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'webp'
  return null
}

type Size = { width: number; height: number }

const u16be = (b: Uint8Array, at: number) => (b[at]! << 8) | b[at + 1]!
const u32be = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0
const u16le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8)
const u24le = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16)
const ascii = (b: Uint8Array, at: number, length: number) => String.fromCharCode(...b.subarray(at, at + length))

/** PNG: the IHDR chunk must come first (the standard says so), width and height as 32-bit big-endian. */
function pngSize(b: Uint8Array): Size | null {
  if (b.length < 24 || u32be(b, 8) !== 13 || ascii(b, 12, 4) !== 'IHDR') return null
  return { width: u32be(b, 16), height: u32be(b, 20) }
}

// Start-of-frame markers that carry the frame size: C0–CF except DHT (C4), JPG (C8) and DAC (CC).
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])

/**
 * JPEG: walks the marker segments up to the image data (SOS). The largest frame declared counts,
 * since a decoder may decode any of them. A height of 0 (defined later by a DNL marker) is refused.
 */
function jpegSize(b: Uint8Array): Size | null {
  let at = 2
  let found: Size | null = null
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return null
    const marker = b[at + 1]!
    // Fill bytes before a marker.
    if (marker === 0xff) {
      at += 1
      continue
    }
    // Markers without a length: TEM and the restart markers RST0–RST7.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2
      continue
    }
    if (marker === 0xda || marker === 0xd9) return found
    const length = u16be(b, at + 2)
    if (length < 2) return null
    if (SOF.has(marker)) {
      if (at + 9 > b.length || length < 7) return null
      const frame = { height: u16be(b, at + 5), width: u16be(b, at + 7) }
      if (frame.height === 0 || frame.width === 0) return null
      if (!found || frame.width * frame.height > found.width * found.height) found = frame
    }
    at += 2 + length
  }
  return null
}

/** WebP: the first chunk is the lossy bitstream (VP8), the lossless one (VP8L), or the extended header (VP8X). */
function webpSize(b: Uint8Array): Size | null {
  if (b.length < 30) return null
  const chunk = ascii(b, 12, 4)
  if (chunk === 'VP8 ') {
    // A key frame: 3 bytes frame tag, the start code 9D 01 2A, then 14-bit width and height.
    if (b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return null
    return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff }
  }
  if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return null
    const bits = (b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24)) >>> 0
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
  }
  if (chunk === 'VP8X') return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1 }
  return null
}
