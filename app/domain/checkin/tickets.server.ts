// Ticket codes: what the QR code on a ticket holds. A compact Ed25519-signed statement
// "registration R of event E, ticket version V" (as pretix does), so a scanner can tell a genuine
// ticket from a forgery without asking the server. Re-issuing a ticket (transfer, re-registration)
// changes the registration's ticketSecret and thereby V: the old code still verifies, but names a
// version the scanners' revocation list (and the server) knows to be superseded.
//
// Format:  FD1.<payload>.<signature>   payload = base64url("<registrationId>|<eventId>|<version>")
// The signing key comes from TICKET_SIGNING_KEY (base64url of the 32-byte Ed25519 seed) or is
// generated on first use and kept in the database (AppSetting `ticket_signing_key`). Rotating it:
// set a new TICKET_SIGNING_KEY and re-send tickets; codes signed with the old key stop verifying.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto'
import type { Db } from '~/lib/db.server'
import { getEnv } from '~/lib/env.server'
import { getOrCreateSetting } from '~/lib/settings.server'

const PREFIX = 'FD1'
// PKCS#8 DER header of an Ed25519 private key; the 32-byte seed follows it.
const ED25519_PKCS8_HEADER = Buffer.from('302e020100300506032b657004220420', 'hex')

export type TicketKeys = { privateKey: KeyObject; publicKey: KeyObject; keyId: string }
export type TicketClaims = { registrationId: string; eventId: string; version: string }

export function keysFromSeed(seed: Buffer): TicketKeys {
  if (seed.length !== 32) throw new Error('TICKET_SIGNING_KEY must be 32 bytes (base64url)')
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_HEADER, seed]), format: 'der', type: 'pkcs8' })
  const publicKey = createPublicKey(privateKey)
  const raw = publicKey.export({ format: 'der', type: 'spki' })
  return { privateKey, publicKey, keyId: createHash('sha256').update(raw).digest('base64url').slice(0, 8) }
}

export function generateSeed(): string {
  const { privateKey } = generateKeyPairSync('ed25519')
  return (privateKey.export({ format: 'der', type: 'pkcs8' }) as Buffer).subarray(ED25519_PKCS8_HEADER.length).toString('base64url')
}

const keyCache = new WeakMap<Db, Promise<TicketKeys>>()

/** The process's signing keys (environment first, else generated once and stored). */
export function getTicketKeys(db: Db): Promise<TicketKeys> {
  let keys = keyCache.get(db)
  if (!keys) {
    const fromEnv = getEnv().TICKET_SIGNING_KEY
    keys = (fromEnv ? Promise.resolve(fromEnv) : getOrCreateSetting(db, 'ticket_signing_key', generateSeed)).then((seed) =>
      keysFromSeed(Buffer.from(seed, 'base64url')),
    )
    keyCache.set(db, keys)
  }
  return keys
}

/** The ticket version: changes whenever the ticket secret is rotated. Reveals nothing about the secret. */
export function ticketVersion(ticketSecret: string): string {
  return createHash('sha256').update(ticketSecret).digest('base64url').slice(0, 6)
}

export function signTicket(keys: TicketKeys, registration: { id: string; eventId: string; ticketSecret: string }): string {
  const payload = Buffer.from(`${registration.id}|${registration.eventId}|${ticketVersion(registration.ticketSecret)}`).toString(
    'base64url',
  )
  const signature = sign(null, Buffer.from(`${PREFIX}.${payload}`), keys.privateKey).toString('base64url')
  return `${PREFIX}.${payload}.${signature}`
}

/** The claims of a genuine code, or null for anything forged, damaged or not a Fairdesk ticket. */
export function verifyTicket(publicKey: KeyObject, code: string): TicketClaims | null {
  const parts = code.trim().split('.')
  if (parts.length !== 3 || parts[0] !== PREFIX || parts[1]!.length > 200 || parts[2]!.length > 100) return null
  const [, payload, signature] = parts as [string, string, string]
  // Only the canonical spelling counts: base64 ignores the unused bits of its last character, so
  // without this check some altered codes would still verify (malleable) and count as genuine.
  const signatureBytes = Buffer.from(signature, 'base64url')
  if (signatureBytes.toString('base64url') !== signature) return null
  let ok = false
  try {
    ok = verify(null, Buffer.from(`${PREFIX}.${payload}`), publicKey, signatureBytes)
  } catch {
    return null
  }
  if (!ok) return null
  const fields = Buffer.from(payload, 'base64url').toString('utf8').split('|')
  if (fields.length !== 3 || fields.some((f) => !f)) return null
  const [registrationId, eventId, version] = fields as [string, string, string]
  return { registrationId, eventId, version }
}

/** The public key as a JWK, for scanners that verify codes in the browser (Web Crypto Ed25519). */
export function publicKeyJwk(keys: TicketKeys) {
  return { ...keys.publicKey.export({ format: 'jwk' }), kid: keys.keyId }
}
