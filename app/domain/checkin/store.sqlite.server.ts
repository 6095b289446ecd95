// checkIn() and device authentication on SQLite as synchronous SQL, without the ORM: the door at
// 8:45, when ten gates scan at once. The same rules as checkin.server.ts (see the reasoning in
// registration-sqlite.server.ts); the integration tests of check-in run this path on SQLite and
// the Prisma path on PostgreSQL. What is rare and intricate — a repeated nonce (a retry), an
// offline upload to be reconciled — answers `fallback` before writing, and Prisma decides.
import { newId, sqliteDate } from '~/lib/ids.server'
import type { SqlConn } from '~/lib/sqlite-adapter.server'
import type { CheckInInput, CheckInVerdict } from './checkin.server'
import { activeKeyOf, admissionDay, admittedOf, statusRefusal, ticketRefusal, type DoorRow } from './rules'
import type { TicketClaims } from './tickets.server'

/** The same statement as findForDoor in checkin.server.ts. */
const DOOR_SQL = `SELECT r."id", r."eventId", r."ticketSecret", r."status", r."role", r."companyName", p."firstName", p."lastName", c."name" AS "personCompany", e."timeZone", e."startsAt", e."endsAt"
  FROM "Registration" r
  JOIN "Person" p ON p."id" = r."personId"
  JOIN "Event" e ON e."id" = r."eventId"
  LEFT JOIN "Company" c ON c."id" = p."companyId"
  WHERE r."id" = ?`

/**
 * An online scan (no `scannedAt`), its ticket already verified by the caller (`claims`, null when
 * the code is not a genuine ticket): the verdict, or `fallback` for Prisma.
 */
export function checkInOnSqlite(
  conn: SqlConn,
  input: Omit<CheckInInput, 'code' | 'scannedAt'>,
  claims: TicketClaims | null,
  now: Date,
  doorsOpenMinutes: number,
): CheckInVerdict | { result: 'fallback' } {
  if (input.nonce && conn.prepare('SELECT 1 FROM "CheckIn" WHERE "nonce" = ?').get(input.nonce)) return { result: 'fallback' }
  const r = claims && claims.eventId === input.eventId ? (conn.prepare(DOOR_SQL).get(claims.registrationId) as DoorRow | undefined) : null
  const refused = ticketRefusal(claims, input.eventId, r)
  if (refused || !r) return refused ?? { result: 'invalid' }
  const attendee = admittedOf(r)
  const notAdmitted = statusRefusal(r, attendee)
  if (notAdmitted) return notAdmitted

  const when = admissionDay({ ...r, doorsOpenMinutes }, now, input.override === true)
  if (when.kind === 'not_today') return { result: 'not_today', registrationId: r.id, attendee, eventStartsAt: when.eventStartsAt }
  const { day } = when
  const activeKey = activeKeyOf(r.id, day)
  const gate = input.gate ?? null
  const id = newId()
  // The nonce is known to be new (checked above, in this transaction): only the active key can clash.
  const inserted = conn
    .prepare(
      'INSERT INTO "CheckIn" ("id", "registrationId", "eventId", "day", "checkedInAt", "gate", "deviceId", "byUserId", "activeKey", "nonce", "override") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
    )
    .run(
      id,
      r.id,
      input.eventId,
      day,
      sqliteDate(now),
      gate,
      input.deviceId ?? null,
      input.byUserId ?? null,
      activeKey,
      input.nonce ?? null,
      when.override ? 1 : 0,
    )
  if (inserted.changes === 1) return { result: 'ok', checkInId: id, registrationId: r.id, day, at: now, gate, attendee }
  const active = conn.prepare('SELECT "checkedInAt", "gate" FROM "CheckIn" WHERE "activeKey" = ?').get(activeKey) as
    { checkedInAt: string; gate: string | null } | undefined
  return {
    result: 'already_checked_in',
    registrationId: r.id,
    day,
    at: active ? new Date(active.checkedInAt) : now,
    gate: active ? active.gate : null,
    attendee,
  }
}

/** authenticateDevice() in SQL: the device of a token hash, noting when it was last seen. */
export function deviceOnSqlite(conn: SqlConn, tokenHash: string, now: Date, seenResolutionMs: number) {
  const device = conn
    .prepare('SELECT "id", "eventId", "label", "revokedAt", "lastSeenAt" FROM "CheckInDevice" WHERE "tokenHash" = ?')
    .get(tokenHash) as { id: string; eventId: string; label: string; revokedAt: string | null; lastSeenAt: string | null } | undefined
  if (!device || device.revokedAt) return null
  if (!device.lastSeenAt || now.getTime() - new Date(device.lastSeenAt).getTime() > seenResolutionMs) {
    conn.prepare('UPDATE "CheckInDevice" SET "lastSeenAt" = ? WHERE "id" = ? AND "revokedAt" IS NULL').run(sqliteDate(now), device.id)
  }
  return { id: device.id, eventId: device.eventId, label: device.label }
}
