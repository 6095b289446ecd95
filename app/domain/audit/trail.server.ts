// Reading the audit trail: one page of entries, newest first, filtered by who, which event, what
// kind of change and when (the /admin/audit page).
import type { Db } from '~/lib/db.server'

/** Kinds of change, as the first part of an entry's action (`event.updated` → `event`). */
export const AUDIT_KINDS = ['auth', 'user', 'event', 'registration', 'checkin', 'device', 'person', 'import', 'report', 'company'] as const
export type AuditKind = (typeof AUDIT_KINDS)[number]

export type AuditFilter = {
  actorId?: string
  eventId?: string
  kind?: AuditKind
  /** Days in UTC, inclusive: `from` 00:00 to `to` 24:00. */
  from?: Date
  to?: Date
  page?: number
  perPage?: number
}

export async function listAuditEntries(db: Db, filter: AuditFilter) {
  const perPage = filter.perPage ?? 50
  const where = {
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.eventId ? { eventId: filter.eventId } : {}),
    ...(filter.kind ? { action: { startsWith: `${filter.kind}.` } } : {}),
    ...(filter.from || filter.to
      ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: new Date(filter.to.getTime() + 86_400_000) } : {}) } }
      : {}),
  }
  const total = await db.auditEntry.count({ where })
  const pages = Math.max(1, Math.ceil(total / perPage))
  const page = Math.min(Math.max(1, filter.page ?? 1), pages)
  const entries = await db.auditEntry.findMany({
    where,
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * perPage,
    take: perPage,
    include: { actor: { select: { id: true, name: true, email: true } } },
  })
  const eventIds = [...new Set(entries.map((e) => e.eventId).filter((id): id is string => Boolean(id)))]
  const events = eventIds.length
    ? await db.event.findMany({ where: { id: { in: eventIds } }, select: { id: true, titleDe: true, titleEn: true } })
    : []
  const eventOf = new Map(events.map((e) => [e.id, e]))
  return {
    total,
    page,
    pages,
    entries: entries.map((e) => ({ ...e, event: e.eventId ? (eventOf.get(e.eventId) ?? null) : null })),
  }
}

/** Who and which events the filter offers: staff who left entries, events that have some. */
export async function auditFilterChoices(db: Db) {
  const [actors, eventRows] = await Promise.all([
    db.user.findMany({ where: { audit: { some: {} } }, select: { id: true, name: true, email: true }, orderBy: { name: 'asc' } }),
    db.auditEntry.findMany({ where: { eventId: { not: null } }, distinct: ['eventId'], select: { eventId: true } }),
  ])
  const events = await db.event.findMany({
    where: { id: { in: eventRows.map((r) => r.eventId!).filter(Boolean) } },
    select: { id: true, titleDe: true, titleEn: true, startsAt: true },
    orderBy: { startsAt: 'desc' },
  })
  return { actors, events }
}
