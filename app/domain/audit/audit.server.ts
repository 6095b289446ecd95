// Who changed what, when: staff actions on people's data are recorded (docs/architecture.md, AuditEntry).
import type { Db } from '~/lib/db.server'

export async function audit(
  db: Db,
  actorId: string | null,
  action: string,
  entity: { type: string; id?: string | null },
  details?: Record<string, unknown>,
) {
  await db.auditEntry.create({ data: { actorId, action, entityType: entity.type, entityId: entity.id ?? null, details: details as never } })
}
