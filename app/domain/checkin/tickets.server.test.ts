import { describe, expect, it } from 'vitest'
import { generateSeed, keysFromSeed, signTicket, ticketVersion, verifyTicket } from './tickets.server'

const keys = keysFromSeed(Buffer.from(generateSeed(), 'base64url'))
const registration = { id: 'cm3regabcdefghijklmnopqrs', eventId: 'cm3evtabcdefghijklmnopqrs', ticketSecret: 'secret-1' }

describe('ticket codes', () => {
  it('verify with the public key and name registration, event and version', () => {
    const code = signTicket(keys, registration)
    expect(verifyTicket(keys.publicKey, code)).toEqual({
      registrationId: registration.id,
      eventId: registration.eventId,
      version: ticketVersion('secret-1'),
    })
    expect(code.length).toBeLessThan(200) // small enough for a QR code a phone reads at arm's length
  })

  it('reject any changed character, a code signed by another key, and junk', () => {
    const code = signTicket(keys, registration)
    const other = keysFromSeed(Buffer.from(generateSeed(), 'base64url'))
    const flipped = code.slice(0, 10) + (code[10] === 'A' ? 'B' : 'A') + code.slice(11)
    expect(verifyTicket(keys.publicKey, flipped)).toBeNull()
    expect(verifyTicket(other.publicKey, code)).toBeNull()
    for (const junk of ['', 'FD1', 'FD1..', 'hello.world.x', `FD1.${'A'.repeat(5000)}.x`, '</script>'])
      expect(verifyTicket(keys.publicKey, junk)).toBeNull()
  })

  it('reject a code whose last character differs only in the bits base64 ignores', () => {
    const code = signTicket(keys, registration)
    const last = code.at(-1)!
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
    const i = alphabet.indexOf(last)
    // A 64-byte signature ends in a character carrying 2 data bits and 4 unused ones.
    for (const j of [i ^ 1, i ^ 2, i ^ 4, i ^ 8]) expect(verifyTicket(keys.publicKey, code.slice(0, -1) + alphabet[j])).toBeNull()
  })

  it('re-issuing (a new ticket secret) changes the version, so the old code can be told apart', () => {
    const before = verifyTicket(keys.publicKey, signTicket(keys, registration))
    const after = verifyTicket(keys.publicKey, signTicket(keys, { ...registration, ticketSecret: 'secret-2' }))
    expect(after!.version).not.toBe(before!.version)
  })

  it('derive the same key from the same seed (a configured TICKET_SIGNING_KEY survives restarts)', () => {
    const seed = generateSeed()
    const a = keysFromSeed(Buffer.from(seed, 'base64url'))
    const b = keysFromSeed(Buffer.from(seed, 'base64url'))
    expect(verifyTicket(b.publicKey, signTicket(a, registration))).not.toBeNull()
    expect(a.keyId).toBe(b.keyId)
  })
})
