// Staff password hashing with scrypt (memory-hard, built into node:crypto, no native add-on).
// Stored form: `scrypt$<N>$<r>$<p>$<salt base64url>$<hash base64url>`. The parameters travel with the
// hash, so raising them later only affects new hashes; old ones still verify.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

// N = 2^15, r = 8, p = 1: OWASP's minimum recommendation for scrypt; ~32 MiB and ~50–100 ms per hash.
const N = 2 ** 15
const R = 8
const P = 1
const KEY_LENGTH = 32
const SALT_LENGTH = 16

/** Longer inputs are refused without hashing: nobody types them, and they only cost CPU. */
export const MAX_PASSWORD_LENGTH = 1024

// Upper bounds for parameters read back from a stored hash, so a corrupted or hostile row cannot
// make verification allocate gigabytes.
const MAX_N = 2 ** 20
const MAX_R = 32
const MAX_P = 16
const MAX_MEMORY = 256 * 1024 * 1024

function derive(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)))
  })
}

// Node refuses scrypt when 128·N·r exceeds maxmem (default 32 MiB, which our own N=2^15, r=8 hits exactly).
function scryptOptions(n: number, r: number, p: number): ScryptOptions {
  return { N: n, r, p, maxmem: 128 * n * r * 2 + 1024 * 1024 }
}

export async function hashPassword(plain: string): Promise<string> {
  if (plain.length > MAX_PASSWORD_LENGTH) throw new Error(`Password longer than ${MAX_PASSWORD_LENGTH} characters`)
  const salt = randomBytes(SALT_LENGTH)
  const hash = await derive(plain, salt, KEY_LENGTH, scryptOptions(N, R, P))
  return ['scrypt', N, R, P, salt.toString('base64url'), hash.toString('base64url')].join('$')
}

type Parsed = { n: number; r: number; p: number; salt: Buffer; hash: Buffer }

function parse(stored: string): Parsed | null {
  const [scheme, nText, rText, pText, saltText, hashText, ...rest] = stored.split('$')
  if (scheme !== 'scrypt' || saltText === undefined || hashText === undefined || rest.length > 0) return null
  const n = toInt(nText)
  const r = toInt(rText)
  const p = toInt(pText)
  if (!Number.isInteger(n) || !Number.isInteger(r) || !Number.isInteger(p)) return null
  // N must be a power of two greater than 1.
  if (n < 2 || n > MAX_N || (n & (n - 1)) !== 0 || r < 1 || r > MAX_R || p < 1 || p > MAX_P) return null
  if (128 * n * r > MAX_MEMORY) return null
  const salt = Buffer.from(saltText, 'base64url')
  const hash = Buffer.from(hashText, 'base64url')
  if (salt.length < 8 || hash.length < 16 || hash.length > 128) return null
  return { n, r, p, salt, hash }
}

function toInt(text: string | undefined): number {
  return text !== undefined && /^\d{1,8}$/.test(text) ? Number(text) : NaN
}

/** True when `plain` matches `stored`; false for a wrong password, an absurd input, or a malformed hash. */
export async function verifyPassword(plain: string, stored: string): Promise<boolean> {
  if (plain.length > MAX_PASSWORD_LENGTH) return false
  const parsed = parse(stored)
  if (!parsed) return false
  const candidate = await derive(plain, parsed.salt, parsed.hash.length, scryptOptions(parsed.n, parsed.r, parsed.p))
  return timingSafeEqual(candidate, parsed.hash)
}

/** True when a stored hash uses weaker parameters than today's and should be replaced at the next login. */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored)
  return !parsed || parsed.n < N || parsed.r < R || parsed.p < P
}
