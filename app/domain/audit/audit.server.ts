// Who changed what, when: staff actions on people's data are recorded (docs/architecture.md, AuditEntry).
import type { DbOrTx } from '~/lib/db.server'
import { newId } from '~/lib/ids.server'
import type { SqlConn } from '~/lib/sqlite-adapter.server'

/** Writes one entry; given a transaction, it commits with the change it records. */
export async function audit(db: DbOrTx, actorId: string | null, action: string, entity: AuditEntity, details?: Record<string, unknown>) {
  // A registration's event is found here, so that every caller files it under its event.
  const eventId =
    entity.eventId ??
    (entity.type === 'Registration' && entity.id
      ? ((await db.registration.findUnique({ where: { id: entity.id }, select: { eventId: true } }))?.eventId ?? null)
      : null)
  await db.auditEntry.create({
    data: { actorId, action, entityType: entity.type, entityId: entity.id ?? null, eventId, details: details as never },
  })
}

/** What a change was made to; `eventId` files it under its event in the trail's filter. */
export type AuditEntity = { type: string; id?: string | null; eventId?: string | null }

/** One entry as a value, for a store that decides it once and writes it its own way. */
export type AuditRecord = {
  actorId: string | null
  action: string
  entity: AuditEntity
  details?: Record<string, unknown>
}

/** audit() inside a synchronous SQLite transaction of a fast path; `written` is the store's timestamp. */
export function auditOnSqlite(conn: SqlConn, entry: AuditRecord, written: string) {
  conn
    .prepare(
      'INSERT INTO "AuditEntry" ("id", "at", "actorId", "action", "entityType", "entityId", "eventId", "details") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(
      newId(),
      written,
      entry.actorId,
      entry.action,
      entry.entity.type,
      entry.entity.id ?? null,
      entry.entity.eventId ?? null,
      entry.details === undefined ? null : JSON.stringify(entry.details),
    )
}

/**
 * Writes the entry `entryOf` names for a change's result (null: it changed nothing, e.g. refused),
 * inside the change's transaction, and passes the result on.
 */
export async function auditWhen<R>(
  tx: DbOrTx,
  actorId: string | null,
  result: R,
  entryOf: (result: R) => { action: string; entity: AuditEntity; details?: Record<string, unknown> } | null,
): Promise<R> {
  const entry = entryOf(result)
  if (entry) await audit(tx, actorId, entry.action, entry.entity, entry.details)
  return result
}
