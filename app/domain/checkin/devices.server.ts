// Check-in devices: hand scanners and integrations that call the machine API with a bearer token.
// A token belongs to one event and is shown once, when it is created; only its SHA-256 is stored,
// so a copy of the database does not open any door. Revoking is immediate and kept on record.
import { createHash, randomBytes } from 'node:crypto'
import { sqliteDirect, type Db } from '~/lib/db.server'
import { deviceOnSqlite } from './store.sqlite.server'
import { audit } from '~/domain/audit/audit.server'

/** Recognisable in logs and secret scanners; the rest is 256 random bits. */
const TOKEN_PREFIX = 'fdd_'
export const MAX_LABEL_LENGTH = 60
/** lastSeenAt is a hint for organisers, not a log: one write a minute per device is plenty. */
const SEEN_RESOLUTION_MS = 60_000

export function hashDeviceToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

export type CreatedDevice = { device: { id: string; eventId: string; label: string; createdAt: Date }; token: string }

export async function createDevice(db: Db, eventId: string, label: string, actorId: string | null = null): Promise<CreatedDevice> {
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url')
  const device = await db.$transaction(async (tx) => {
    const created = await tx.checkInDevice.create({
      data: { eventId, label: label.trim().slice(0, MAX_LABEL_LENGTH), tokenHash: hashDeviceToken(token) },
      select: { id: true, eventId: true, label: true, createdAt: true },
    })
    await audit(tx, actorId, 'device.created', { type: 'CheckInDevice', id: created.id, eventId }, { label: created.label })
    return created
  })
  return { device, token }
}

export function listDevices(db: Db, eventId: string) {
  return db.checkInDevice.findMany({
    where: { eventId },
    select: { id: true, label: true, createdAt: true, lastSeenAt: true, revokedAt: true, _count: { select: { checkIns: true } } },
    orderBy: [{ revokedAt: { sort: 'asc', nulls: 'first' } }, { createdAt: 'asc' }],
  })
}

export type RevokeResult = { kind: 'revoked' | 'alreadyRevoked' | 'notFound' }

export async function revokeDevice(
  db: Db,
  eventId: string,
  deviceId: string,
  actorId: string | null = null,
  now = new Date(),
): Promise<RevokeResult> {
  const revoked = await db.$transaction(async (tx) => {
    const { count } = await tx.checkInDevice.updateMany({ where: { id: deviceId, eventId, revokedAt: null }, data: { revokedAt: now } })
    if (count === 1) await audit(tx, actorId, 'device.revoked', { type: 'CheckInDevice', id: deviceId, eventId })
    return count === 1
  })
  if (revoked) return { kind: 'revoked' }
  return (await db.checkInDevice.count({ where: { id: deviceId, eventId } })) ? { kind: 'alreadyRevoked' } : { kind: 'notFound' }
}

export type AuthenticatedDevice = { id: string; eventId: string; label: string }

/** The device a bearer token belongs to, or null for an unknown, malformed or revoked token. */
export async function authenticateDevice(db: Db, token: string, now = new Date()): Promise<AuthenticatedDevice | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null
  const direct = sqliteDirect(db)
  if (direct) return direct.transaction((conn) => deviceOnSqlite(conn, hashDeviceToken(token), now, SEEN_RESOLUTION_MS))
  const device = await db.checkInDevice.findUnique({ where: { tokenHash: hashDeviceToken(token) } })
  if (!device || device.revokedAt) return null
  if (!device.lastSeenAt || now.getTime() - device.lastSeenAt.getTime() > SEEN_RESOLUTION_MS) {
    await db.checkInDevice.updateMany({ where: { id: device.id, revokedAt: null }, data: { lastSeenAt: now } })
  }
  return { id: device.id, eventId: device.eventId, label: device.label }
}

/** The token from an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')
  return match ? match[1]! : null
}
