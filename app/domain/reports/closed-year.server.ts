// Closing a report year for the funders (docs/counting.md, "Closing a year"). Closing freezes the
// unfiltered annual report as a snapshot (JSON) with who closed it and when; the report page and its
// exports then show the snapshot. While a year is closed, every change that would alter its figures
// asks `guardClosedYear` inside its own transaction: refused (`year_closed`), or for an
// administrator with a stated reason allowed and audited — the snapshot stays as it was reported,
// and the page lists the correction next to the event it changed.
import { audit } from '~/domain/audit/audit.server'
import type { DbOrTx, Db } from '~/lib/db.server'
import { USER_TX } from '~/lib/db.server'
import { utcToWallTime } from '~/lib/datetime'
import { closedYearDecision, type ClosedYearActor, type ClosedYearChange, type YearClosed } from './closed-year'
import { REPORT_TIME_ZONE } from './counting.server'
import { annualReport, type AnnualReport } from './reports.server'

export type { ClosedYearActor, ClosedYearChange, YearClosed } from './closed-year'

export type ClosedYear = { year: number; closedAt: Date; closedBy: string | null; report: AnnualReport }

/** The audit action of a change made to a closed year with a reason. */
export const OVERRIDE_ACTION = 'report.closedYear.changed'

/** The report year of an event: the year of its start in the report's zone (docs/counting.md). */
export function reportYearOf(startsAt: Date): number {
  return Number(utcToWallTime(startsAt, REPORT_TIME_ZONE).slice(0, 4))
}

/** The closed year with its snapshot, or null while the year is open. */
export async function closedYear(db: DbOrTx, year: number): Promise<ClosedYear | null> {
  const row = await db.closedReportYear.findUnique({ where: { year }, include: { closedBy: { select: { name: true } } } })
  if (!row) return null
  return { year, closedAt: row.closedAt, closedBy: row.closedBy?.name ?? null, report: parseSnapshot(row.report) }
}

export type CloseResult = { kind: 'closed'; year: number } | { kind: 'alreadyClosed'; year: number }

/** Freezes the year's report as it is now. Audited in the same transaction. */
export async function closeYear(db: Db, year: number, by: { userId: string }, now = new Date()): Promise<CloseResult> {
  return db.$transaction(async (tx) => {
    if (await tx.closedReportYear.findUnique({ where: { year }, select: { year: true } })) return { kind: 'alreadyClosed' as const, year }
    const report = await annualReport(tx, year, {}, { now })
    await tx.closedReportYear.create({ data: { year, report: JSON.stringify(report), closedAt: now, closedById: by.userId } })
    await audit(
      tx,
      by.userId,
      'report.year.closed',
      { type: 'ClosedReportYear', id: String(year) },
      {
        events: report.totals.eventsHeld,
        participants: report.totals.participants,
      },
    )
    return { kind: 'closed' as const, year }
  }, USER_TX)
}

export type ReopenResult = { kind: 'reopened'; year: number } | { kind: 'notClosed'; year: number }

/** Opens a closed year again: the snapshot goes (its figures stay in the audit entry), live figures count again. */
export async function reopenYear(db: Db, year: number, by: { userId: string; reason?: string | null }): Promise<ReopenResult> {
  return db.$transaction(async (tx) => {
    const row = await tx.closedReportYear.findUnique({ where: { year } })
    if (!row) return { kind: 'notClosed' as const, year }
    await tx.closedReportYear.delete({ where: { year } })
    const snapshot = parseSnapshot(row.report)
    await audit(
      tx,
      by.userId,
      'report.year.reopened',
      { type: 'ClosedReportYear', id: String(year) },
      {
        reason: by.reason?.trim() || null,
        closedAt: row.closedAt.toISOString(),
        closedById: row.closedById,
        events: snapshot.totals.eventsHeld,
        participants: snapshot.totals.participants,
      },
    )
    return { kind: 'reopened' as const, year }
  }, USER_TX)
}

/**
 * The guard of every change to an event's figures, called inside the change's transaction: null
 * when the change may go ahead (the event's year is open, or an administrator stated a reason — then
 * the reason is audited here, in that transaction), else `year_closed`.
 */
export async function guardClosedYear(
  tx: DbOrTx,
  eventId: string,
  change: ClosedYearChange,
  actor?: ClosedYearActor | null,
  details: Record<string, unknown> = {},
): Promise<YearClosed | null> {
  const year = await closedYearOfEvent(tx, eventId)
  const decision = closedYearDecision(year, actor)
  if (decision.kind === 'open') return null
  if (decision.kind === 'year_closed') return decision
  await audit(
    tx,
    actor?.userId ?? null,
    OVERRIDE_ACTION,
    { type: 'ClosedReportYear', id: String(decision.year), eventId },
    { eventId, change, reason: decision.reason, ...details },
  )
  return null
}

/** The report year of the event when that year is closed, else null (also for an unknown event). */
export async function closedYearOfEvent(db: DbOrTx, eventId: string): Promise<number | null> {
  // Most installations have no closed year: one tiny query answers them.
  const closed = await db.closedReportYear.findMany({ select: { year: true } })
  if (closed.length === 0) return null
  const event = await db.event.findUnique({ where: { id: eventId }, select: { startsAt: true } })
  if (!event) return null
  const year = reportYearOf(event.startsAt)
  return closed.some((c) => c.year === year) ? year : null
}

export type ClosedYearCorrection = {
  at: Date
  by: string | null
  eventId: string
  change: ClosedYearChange
  reason: string
  details: Record<string, unknown>
}

/** The changes made to a closed year with a reason since it was closed, oldest first. */
export async function closedYearCorrections(db: DbOrTx, year: number, since: Date): Promise<ClosedYearCorrection[]> {
  const entries = await db.auditEntry.findMany({
    where: { entityType: 'ClosedReportYear', entityId: String(year), action: OVERRIDE_ACTION, at: { gte: since } },
    orderBy: { at: 'asc' },
    take: 500,
    include: { actor: { select: { name: true } } },
  })
  return entries.map((e) => {
    const { eventId, change, reason, ...details } = (e.details ?? {}) as Record<string, unknown>
    return {
      at: e.at,
      by: e.actor?.name ?? null,
      eventId: String(eventId),
      change: change as ClosedYearChange,
      reason: String(reason),
      details,
    }
  })
}

const DATE_KEYS = new Set(['startsAt', 'endsAt', 'at'])
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/

/** The stored report with its dates as dates again. */
export function parseSnapshot(json: string): AnnualReport {
  return JSON.parse(json, (key, value) => (DATE_KEYS.has(key) && typeof value === 'string' && ISO.test(value) ? new Date(value) : value))
}
