// Manual headcounts: events counted by hand (no ticket scanning, e.g. a summer evening in a
// courtyard) get the number the organiser counted, with who entered it and when. The report then
// counts that number instead of the check-ins (counting.server.ts). Every change is audited.
import type { Db } from '~/lib/db.server'
import type { HeadcountInput } from './headcount-form'

export type HeadcountResult = { kind: 'saved' | 'cleared' } | { kind: 'notFound' | 'notStarted' }

/** Sets (or replaces) the headcount. Refused before the event has started: nobody can have counted yet. */
export async function setHeadcount(
  db: Db,
  eventId: string,
  input: HeadcountInput,
  by: { userId: string },
  now = new Date(),
): Promise<HeadcountResult> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { startsAt: true, headcount: true, headcountNote: true } })
  if (!event) return { kind: 'notFound' }
  if (event.startsAt > now) return { kind: 'notStarted' }
  await db.$transaction([
    db.event.update({
      where: { id: eventId },
      data: { headcount: input.headcount, headcountNote: input.note, headcountAt: now, headcountById: by.userId },
    }),
    db.auditEntry.create({
      data: {
        at: now,
        actorId: by.userId,
        action: 'event.headcount.set',
        entityType: 'Event',
        entityId: eventId,
        eventId,
        details: { headcount: input.headcount, note: input.note, previous: event.headcount, previousNote: event.headcountNote },
      },
    }),
  ])
  return { kind: 'saved' }
}

/** Removes the headcount: the event is counted by its check-ins again. */
export async function clearHeadcount(db: Db, eventId: string, by: { userId: string }, now = new Date()): Promise<HeadcountResult> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { headcount: true, headcountNote: true } })
  if (!event) return { kind: 'notFound' }
  await db.$transaction([
    db.event.update({ where: { id: eventId }, data: { headcount: null, headcountNote: null, headcountAt: null, headcountById: null } }),
    db.auditEntry.create({
      data: {
        at: now,
        actorId: by.userId,
        action: 'event.headcount.cleared',
        entityType: 'Event',
        entityId: eventId,
        eventId,
        details: { previous: event.headcount, previousNote: event.headcountNote },
      },
    }),
  ])
  return { kind: 'cleared' }
}

/** The name of who entered a headcount, or null (none entered, or their account is gone). */
export async function headcountAuthor(db: Db, userId: string | null): Promise<string | null> {
  if (!userId) return null
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true } })
  return user?.name ?? null
}
