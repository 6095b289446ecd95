import { describe, expect, it } from 'vitest'
import { hashPassword, MAX_PASSWORD_LENGTH, needsRehash, verifyPassword } from './password.server'

describe('password hashing', () => {
  it('verifies the password it hashed', async () => {
    const stored = await hashPassword('fairdesk-demo')
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/)
    expect(await verifyPassword('fairdesk-demo', stored)).toBe(true)
  })

  it('refuses a wrong password', async () => {
    const stored = await hashPassword('fairdesk-demo')
    expect(await verifyPassword('fairdesk-demo ', stored)).toBe(false)
    expect(await verifyPassword('Fairdesk-demo', stored)).toBe(false)
    expect(await verifyPassword('', stored)).toBe(false)
  })

  it('salts every hash differently', async () => {
    const a = await hashPassword('same password')
    const b = await hashPassword('same password')
    expect(a).not.toBe(b)
    expect(a.split('$')[4]).not.toBe(b.split('$')[4])
  })

  it('refuses a tampered or malformed hash without throwing', async () => {
    const stored = await hashPassword('secret')
    const parts = stored.split('$')
    const flipped = Buffer.from(parts[5]!, 'base64url')
    flipped[0] = flipped[0]! ^ 1
    const tamperedHash = [...parts.slice(0, 5), flipped.toString('base64url')].join('$')
    const otherSalt = [...parts.slice(0, 4), Buffer.alloc(16, 7).toString('base64url'), parts[5]].join('$')
    const weakerN = ['scrypt', '16384', ...parts.slice(2)].join('$')
    expect(await verifyPassword('secret', tamperedHash)).toBe(false)
    expect(await verifyPassword('secret', otherSalt)).toBe(false)
    expect(await verifyPassword('secret', weakerN)).toBe(false)
    for (const bad of [
      '',
      'secret',
      'bcrypt$x',
      'scrypt$3$8$1$AAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA',
      `scrypt$${2 ** 30}$8$1$${parts[4]}$${parts[5]}`,
    ]) {
      expect(await verifyPassword('secret', bad)).toBe(false)
    }
  })

  it('refuses absurdly long input without spending time on it', async () => {
    const stored = await hashPassword('secret')
    const long = 'x'.repeat(MAX_PASSWORD_LENGTH + 1)
    const started = performance.now()
    expect(await verifyPassword(long, stored)).toBe(false)
    expect(performance.now() - started).toBeLessThan(5)
    await expect(hashPassword(long)).rejects.toThrow()
    // The limit itself is allowed.
    const atLimit = 'y'.repeat(MAX_PASSWORD_LENGTH)
    expect(await verifyPassword(atLimit, await hashPassword(atLimit))).toBe(true)
  })

  it('treats composed and decomposed umlauts as the same password', async () => {
    const stored = await hashPassword('Grüße')
    expect(await verifyPassword('Gru\u0308ße', stored)).toBe(true)
  })

  it('asks for a rehash only when the parameters are weaker than today', async () => {
    const stored = await hashPassword('secret')
    expect(needsRehash(stored)).toBe(false)
    expect(needsRehash(['scrypt', '16384', ...stored.split('$').slice(2)].join('$'))).toBe(true)
  })
})
