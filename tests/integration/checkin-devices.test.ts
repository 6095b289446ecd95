import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authenticateDevice, bearerToken, createDevice, hashDeviceToken, listDevices, revokeDevice } from '~/domain/checkin/devices.server'
import { createTestDatabase, type TestDatabase } from '../support/db'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(() => t?.close())

let n = 0
async function event() {
  n += 1
  const startsAt = new Date(Date.now() + 86_400_000)
  return t.db.event.create({
    data: {
      slug: `devices-${n}`,
      kind: 'WORKSHOP',
      status: 'PUBLISHED',
      titleDe: 'Werkstatt',
      titleEn: 'Workshop',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
    },
  })
}

describe('check-in devices', () => {
  it('shows the token once and stores only its hash', async () => {
    const e = await event()
    const { device, token } = await createDevice(t.db, e.id, '  Eingang Nord  ')
    expect(token).toMatch(/^fdd_[A-Za-z0-9_-]{43}$/)
    expect(device.label).toBe('Eingang Nord')
    const row = await t.db.checkInDevice.findUniqueOrThrow({ where: { id: device.id } })
    expect(row.tokenHash).toBe(hashDeviceToken(token))
    expect(JSON.stringify(row)).not.toContain(token.slice(4))
  })

  it('knows a device by its token until it is revoked', async () => {
    const e = await event()
    const { device, token } = await createDevice(t.db, e.id, 'Scanner 1')
    expect(await authenticateDevice(t.db, token)).toEqual({ id: device.id, eventId: e.id, label: 'Scanner 1' })
    expect((await t.db.checkInDevice.findUniqueOrThrow({ where: { id: device.id } })).lastSeenAt).not.toBeNull()
    expect(await authenticateDevice(t.db, token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A'))).toBeNull()
    expect(await authenticateDevice(t.db, 'Bearer nonsense')).toBeNull()
    expect(await revokeDevice(t.db, e.id, device.id)).toEqual({ kind: 'revoked' })
    expect(await revokeDevice(t.db, e.id, device.id)).toEqual({ kind: 'alreadyRevoked' })
    expect(await authenticateDevice(t.db, token)).toBeNull()
    const listed = await listDevices(t.db, e.id)
    expect(listed.map((d) => [d.label, d.revokedAt !== null])).toEqual([['Scanner 1', true]])
  })

  it('revokes only through its own event', async () => {
    const [a, b] = [await event(), await event()]
    const { device, token } = await createDevice(t.db, a.id, 'A')
    expect(await revokeDevice(t.db, b.id, device.id)).toEqual({ kind: 'notFound' })
    expect(await authenticateDevice(t.db, token)).not.toBeNull()
  })

  it('reads the bearer token from the Authorization header', () => {
    expect(bearerToken('Bearer fdd_abc')).toBe('fdd_abc')
    expect(bearerToken('bearer   fdd_abc ')).toBe('fdd_abc')
    expect(bearerToken('Basic Zm9vOmJhcg==')).toBeNull()
    expect(bearerToken(null)).toBeNull()
  })

  it('npm run device:token prints a working token for the event named by its slug', async () => {
    const e = await event()
    const run = (args: string[]) =>
      promisify(execFile)(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/device-token.ts', ...args], {
        env: { ...process.env, DATABASE_URL: t.url },
      })
    const { stdout, stderr } = await run([e.slug, 'Hand', 'scanner', '3'])
    const token = stdout.trim()
    expect(token).toMatch(/^fdd_/)
    expect(stderr).toContain('Hand scanner 3')
    expect(await authenticateDevice(t.db, token)).toMatchObject({ eventId: e.id, label: 'Hand scanner 3' })
    await expect(run(['no-such-event'])).rejects.toMatchObject({ code: 1 })
    await expect(run([])).rejects.toMatchObject({ code: 2 })
  })
})
