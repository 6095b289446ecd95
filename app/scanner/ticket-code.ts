// Verifying ticket codes in the browser, for the offline scanner: the same check as
// app/domain/checkin/tickets.server.ts (Ed25519 over "FD1.<payload>", canonical base64url only), with
// Web Crypto (Ed25519 in Chromium ≥ 137, Firefox ≥ 129, Safari ≥ 17; also Node ≥ 20 for tests).

export type TicketClaims = { registrationId: string; eventId: string; version: string }

const PREFIX = 'FD1'

export function importTicketKey(jwk: JsonWebKey): Promise<CryptoKey> {
  const { kty, crv, x } = jwk
  return crypto.subtle.importKey('jwk', { kty, crv, x }, { name: 'Ed25519' }, false, ['verify'])
}

/** True when this browser can verify ticket signatures itself. */
export async function canVerifyOffline(jwk: JsonWebKey): Promise<boolean> {
  try {
    await importTicketKey(jwk)
    return true
  } catch {
    return false
  }
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The claims of a genuine code, or null for anything forged, damaged or not a Fairdesk ticket. */
export async function verifyTicketCode(key: CryptoKey, code: string): Promise<TicketClaims | null> {
  const parts = code.trim().split('.')
  if (parts.length !== 3 || parts[0] !== PREFIX || parts[1]!.length > 200 || parts[2]!.length > 100) return null
  const [, payload, signature] = parts as [string, string, string]
  const signatureBytes = fromBase64Url(signature)
  // Only the canonical spelling counts (see tickets.server.ts: base64 ignores a last character's spare bits).
  if (!signatureBytes || toBase64Url(signatureBytes) !== signature) return null
  let ok = false
  try {
    ok = await crypto.subtle.verify(
      { name: 'Ed25519' },
      key,
      signatureBytes as Uint8Array<ArrayBuffer>,
      new TextEncoder().encode(`${PREFIX}.${payload}`),
    )
  } catch {
    return null
  }
  if (!ok) return null
  const payloadBytes = fromBase64Url(payload)
  if (!payloadBytes) return null
  const fields = new TextDecoder().decode(payloadBytes).split('|')
  if (fields.length !== 3 || fields.some((f) => !f)) return null
  const [registrationId, eventId, version] = fields as [string, string, string]
  return { registrationId, eventId, version }
}
