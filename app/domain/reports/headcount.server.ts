// Manual headcounts: events counted by hand (no ticket scanning, e.g. a summer evening in a
// courtyard) get the number the organiser counted, with who entered it and when. The report then
// counts that number instead of the check-ins (counting.server.ts). Every change is audited.
import type { Role } from '~/generated/prisma-sqlite/client'
import { USER_TX, type Db } from '~/lib/db.server'
import type { YearClosed } from './closed-year'
import { guardClosedYear } from './closed-year.server'
import type { HeadcountInput } from './headcount-form'

export type HeadcountResult = { kind: 'saved' | 'cleared' } | { kind: 'notFound' | 'notStarted' } | YearClosed

/** Who enters or removes a headcount; for an event of a closed report year an administrator gives a reason. */
export type HeadcountBy = { userId: string; role?: Role; reason?: string | null }

/** Sets (or replaces) the headcount. Refused before the event has started: nobody can have counted yet. */
export async function setHeadcount(
  db: Db,
  eventId: string,
  input: HeadcountInput,
  by: HeadcountBy,
  now = new Date(),
): Promise<HeadcountResult> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { startsAt: true, headcount: true, headcountNote: true } })
  if (!event) return { kind: 'notFound' }
  if (event.startsAt > now) return { kind: 'notStarted' }
  return db.$transaction(async (tx) => {
    const closed = await guardClosedYear(tx, eventId, 'event.headcount', by, { headcount: input.headcount, previous: event.headcount })
    if (closed) return closed
    await tx.event.update({
      where: { id: eventId },
      data: { headcount: input.headcount, headcountNote: input.note, headcountAt: now, headcountById: by.userId },
    })
    await tx.auditEntry.create({
      data: {
        at: now,
        actorId: by.userId,
        action: 'event.headcount.set',
        entityType: 'Event',
        entityId: eventId,
        eventId,
        details: { headcount: input.headcount, note: input.note, previous: event.headcount, previousNote: event.headcountNote },
      },
    })
    return { kind: 'saved' as const }
  }, USER_TX)
}

/** Removes the headcount: the event is counted by its check-ins again. */
export async function clearHeadcount(db: Db, eventId: string, by: HeadcountBy, now = new Date()): Promise<HeadcountResult> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { headcount: true, headcountNote: true } })
  if (!event) return { kind: 'notFound' }
  return db.$transaction(async (tx) => {
    const closed = await guardClosedYear(tx, eventId, 'event.headcount', by, { headcount: null, previous: event.headcount })
    if (closed) return closed
    await tx.event.update({
      where: { id: eventId },
      data: { headcount: null, headcountNote: null, headcountAt: null, headcountById: null },
    })
    await tx.auditEntry.create({
      data: {
        at: now,
        actorId: by.userId,
        action: 'event.headcount.cleared',
        entityType: 'Event',
        entityId: eventId,
        eventId,
        details: { previous: event.headcount, previousNote: event.headcountNote },
      },
    })
    return { kind: 'cleared' as const }
  }, USER_TX)
}

/** The name of who entered a headcount, or null (none entered, or their account is gone). */
export async function headcountAuthor(db: Db, userId: string | null): Promise<string | null> {
  if (!userId) return null
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true } })
  return user?.name ?? null
}
