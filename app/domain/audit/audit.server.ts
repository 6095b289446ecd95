// Who changed what, when: staff actions on people's data are recorded (docs/architecture.md, AuditEntry).
import type { DbOrTx } from '~/lib/db.server'

/** Writes one entry; given a transaction, it commits with the change it records. */
export async function audit(
  db: DbOrTx,
  actorId: string | null,
  action: string,
  entity: { type: string; id?: string | null },
  details?: Record<string, unknown>,
) {
  await db.auditEntry.create({ data: { actorId, action, entityType: entity.type, entityId: entity.id ?? null, details: details as never } })
}
