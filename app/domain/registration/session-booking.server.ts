// Seats in programme sessions with their own capacity (workshops inside a conference), chosen while
// registering or later on the self-service page. Same rules as the event's seats: a guarded
// counter per session, a waiting list per session, promotion in order when a seat frees up.
// A person on the event's waiting list waits for their sessions too; they get session seats when
// they get an event seat.
import type { Tx } from '~/lib/db.server'

/** The guarded conditional UPDATE on the session's counter: true when a seat was taken. */
async function takeSessionSeat(tx: Tx, sessionId: string, capacity: number | null): Promise<boolean> {
  const { count } = await tx.session.updateMany({
    where: capacity === null ? { id: sessionId } : { id: sessionId, confirmedCount: { lt: capacity } },
    data: { confirmedCount: { increment: 1 } },
  })
  return count === 1
}

export type SessionChoice = { sessionId: string; status: 'CONFIRMED' | 'WAITLISTED' }

/**
 * Books the chosen sessions of this event for a registration. Ids of other events' sessions and
 * breaks are ignored. `holdsEventSeat`: only people with an event seat take session seats.
 */
export async function bookSessions(
  tx: Tx,
  registration: { id: string; eventId: string },
  sessionIds: string[],
  holdsEventSeat: boolean,
): Promise<SessionChoice[]> {
  if (!sessionIds.length) return []
  const sessions = await tx.session.findMany({
    where: { id: { in: [...new Set(sessionIds)] }, eventId: registration.eventId, kind: { not: 'BREAK' } },
    orderBy: { startsAt: 'asc' },
  })
  const choices: SessionChoice[] = []
  for (const session of sessions) {
    const seat = holdsEventSeat && (await takeSessionSeat(tx, session.id, session.capacity))
    const status = seat ? 'CONFIRMED' : 'WAITLISTED'
    await tx.registrationSession.upsert({
      where: { registrationId_sessionId: { registrationId: registration.id, sessionId: session.id } },
      create: { registrationId: registration.id, sessionId: session.id, status },
      update: { status, createdAt: new Date() },
    })
    choices.push({ sessionId: session.id, status })
  }
  return choices
}

/** Gives up the registration's places in these sessions (all when `sessionIds` is omitted). */
export async function releaseSessions(tx: Tx, registrationId: string, sessionIds?: string[]): Promise<void> {
  const held = await tx.registrationSession.findMany({
    where: { registrationId, status: { not: 'CANCELLED' }, ...(sessionIds ? { sessionId: { in: sessionIds } } : {}) },
  })
  for (const choice of held) {
    // Guarded: a concurrent release of the same choice gives the seat back only once.
    const { count } = await tx.registrationSession.updateMany({
      where: { registrationId, sessionId: choice.sessionId, status: choice.status },
      data: { status: 'CANCELLED' },
    })
    if (count === 0 || choice.status !== 'CONFIRMED') continue
    await tx.session.update({ where: { id: choice.sessionId }, data: { confirmedCount: { decrement: 1 } } })
    await promoteSessionWaitlist(tx, choice.sessionId)
  }
}

/** Fills free session seats from the session's waiting list, among people who hold an event seat. */
export async function promoteSessionWaitlist(tx: Tx, sessionId: string): Promise<string[]> {
  const session = await tx.session.findUniqueOrThrow({ where: { id: sessionId } })
  const promoted: string[] = []
  for (;;) {
    const next = await tx.registrationSession.findFirst({
      where: { sessionId, status: 'WAITLISTED', registration: { status: 'CONFIRMED' } },
      orderBy: [{ createdAt: 'asc' }, { registrationId: 'asc' }],
    })
    if (!next || !(await takeSessionSeat(tx, sessionId, session.capacity))) return promoted
    const { count } = await tx.registrationSession.updateMany({
      where: { registrationId: next.registrationId, sessionId, status: 'WAITLISTED' },
      data: { status: 'CONFIRMED' },
    })
    if (count === 0) {
      await tx.session.update({ where: { id: sessionId }, data: { confirmedCount: { decrement: 1 } } })
      continue
    }
    promoted.push(next.registrationId)
  }
}

/** After a person moved up from the event's waiting list: try to give them their sessions too. */
export async function confirmWaitingSessions(tx: Tx, registrationId: string): Promise<void> {
  const waiting = await tx.registrationSession.findMany({ where: { registrationId, status: 'WAITLISTED' }, include: { session: true } })
  for (const choice of waiting) {
    if (!(await takeSessionSeat(tx, choice.sessionId, choice.session.capacity))) continue
    await tx.registrationSession.update({
      where: { registrationId_sessionId: { registrationId, sessionId: choice.sessionId } },
      data: { status: 'CONFIRMED' },
    })
  }
}

/** Pairs of chosen sessions that overlap in time: a person cannot sit in both. */
export function overlappingSessions<T extends { id: string; startsAt: Date; endsAt: Date }>(sessions: T[]): [T, T][] {
  const sorted = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
  const pairs: [T, T][] = []
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.startsAt < sorted[i]!.endsAt; j++) pairs.push([sorted[i]!, sorted[j]!])
  }
  return pairs
}
