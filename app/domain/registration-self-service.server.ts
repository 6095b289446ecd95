// What attendees do themselves through their private link /r/:token — no account needed:
// look at their registration, change answers and sessions, hand their seat to a colleague,
// register colleagues in one go, cancel.
import { USER_TX, type Db } from '~/lib/db.server'
import { isUniqueViolation } from '~/lib/db-errors.server'
import type { Answers } from './answers'
import { enqueueMail, findOrCreatePerson, newToken, normaliseEmail, register, waitlistPosition, type RegisterInput, type RegisterResult } from './registration.server'
import { bookSessions, releaseSessions } from './session-booking.server'

/** The registration behind a self-service link, with what the page shows. Null for unknown tokens. */
export async function findByManageToken(db: Db, token: string) {
  // Tokens are 43 URL-safe characters; anything else cannot match and is not looked up.
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null
  const registration = await db.registration.findUnique({
    where: { manageToken: token },
    include: {
      person: { include: { company: true } },
      event: { include: { questions: { orderBy: { position: 'asc' } }, sessions: { include: { room: true }, orderBy: { startsAt: 'asc' } } } },
      sessions: true,
      groupMembers: { include: { person: true }, orderBy: { createdAt: 'asc' } },
    },
  })
  if (!registration) return null
  return { ...registration, waitlistPosition: await waitlistPosition(db, registration) }
}

export type ChangeResult = { kind: 'changed' } | { kind: 'cancelled' } | { kind: 'eventOver' } | { kind: 'notFound' }

/**
 * Replaces the answers and the chosen sessions; dropped sessions free their seat for the next in
 * line. Possible until the event ends (also after the registration deadline: a changed diet or
 * workshop is no new registration), never for a cancelled registration or event.
 */
export async function changeChoices(db: Db, registrationId: string, change: { answers: Answers; sessionIds: string[] }, now = new Date()): Promise<ChangeResult> {
  return db.$transaction(async (tx) => {
    // Write first (see registration.server.ts on SQLite snapshots); the guard refuses cancelled ones and ended events.
    const { count } = await tx.registration.updateMany({
      where: { id: registrationId, status: { not: 'CANCELLED' }, event: { status: 'PUBLISHED', endsAt: { gt: now } } },
      data: { answers: change.answers },
    })
    const registration = await tx.registration.findUnique({ where: { id: registrationId }, include: { sessions: true } })
    if (!registration) return { kind: 'notFound' as const }
    if (count === 0) return { kind: registration.status === 'CANCELLED' ? ('cancelled' as const) : ('eventOver' as const) }
    const held = registration.sessions.filter((s) => s.status !== 'CANCELLED').map((s) => s.sessionId)
    const wanted = new Set(change.sessionIds)
    await releaseSessions(tx, registrationId, held.filter((id) => !wanted.has(id)))
    await bookSessions(tx, registration, [...wanted].filter((id) => !held.includes(id)), registration.status === 'CONFIRMED')
    return { kind: 'changed' as const }
  }, USER_TX)
}

export type TransferResult =
  | { kind: 'transferred'; manageToken: string }
  | { kind: 'notFound' | 'cancelled' | 'alreadyRegistered' | 'samePerson' }

/**
 * Hands the seat to a colleague: the registration keeps its place (and seat) but belongs to the new
 * person, with a new ticket and a new private link; the old ticket stops working.
 */
export async function transferRegistration(
  db: Db,
  registrationId: string,
  to: Pick<RegisterInput, 'firstName' | 'lastName' | 'email' | 'company' | 'locale'>,
): Promise<TransferResult> {
  const current = await db.registration.findUnique({ where: { id: registrationId }, include: { person: true } })
  if (!current) return { kind: 'notFound' }
  if (current.status === 'CANCELLED') return { kind: 'cancelled' }
  const email = normaliseEmail(to.email)
  if (email === current.person.email) return { kind: 'samePerson' }
  const person = await findOrCreatePerson(db, email, to)
  try {
    return await db.$transaction(async (tx) => {
      const manageToken = newToken()
      const { count } = await tx.registration.updateMany({
        where: { id: registrationId, status: { not: 'CANCELLED' }, personId: current.personId },
        data: {
          personId: person.id,
          companyName: to.company?.trim() || current.companyName,
          locale: to.locale ?? current.locale,
          ticketSecret: newToken(),
          manageToken,
          calendarSequence: { increment: 1 },
        },
      })
      if (count === 0) return { kind: 'cancelled' as const }
      const moved = await tx.registration.findUniqueOrThrow({ where: { id: registrationId } })
      await enqueueMail(tx, { ...moved, locale: current.locale }, current.person.email, 'registration.transferredAway')
      await enqueueMail(tx, moved, person.email, moved.status === 'CONFIRMED' ? 'registration.confirmed' : 'registration.waitlisted')
      return { kind: 'transferred' as const, manageToken }
    }, USER_TX)
  } catch (error) {
    // The colleague already has a registration (perhaps a cancelled one) for this event.
    if (isUniqueViolation(error)) return { kind: 'alreadyRegistered' }
    throw error
  }
}

export type Colleague = { firstName: string; lastName: string; email: string }

/**
 * Registers a person and colleagues of the same company in one go. Each gets their own
 * registration, ticket and link; seats go in the order given, so some may land on the waiting list.
 */
export async function registerGroup(
  db: Db,
  eventId: string,
  leader: RegisterInput,
  colleagues: Colleague[],
): Promise<{ leader: RegisterResult; colleagues: { email: string; result: RegisterResult }[] }> {
  const first = await register(db, eventId, leader)
  if (first.kind !== 'confirmed' && first.kind !== 'waitlisted') return { leader: first, colleagues: [] }
  const seen = new Set([normaliseEmail(leader.email)])
  const results = []
  for (const colleague of colleagues) {
    const email = normaliseEmail(colleague.email)
    if (seen.has(email)) continue
    seen.add(email)
    const result = await register(db, eventId, {
      ...colleague,
      company: leader.company,
      locale: leader.locale,
      source: leader.source,
      registeredById: first.registration.id,
    })
    results.push({ email, result })
  }
  return { leader: first, colleagues: results }
}

/**
 * How a group registration went for the colleagues: registered by this group (listed on the
 * registrant's page), already registered on their own (they keep that registration), or refused
 * (no seat and no waiting list).
 */
export function groupOutcome(group: Awaited<ReturnType<typeof registerGroup>>) {
  const leaderId = group.leader.kind === 'confirmed' || group.leader.kind === 'waitlisted' ? group.leader.registration.id : null
  const outcome = { registered: 0, alreadyRegistered: 0, refused: 0 }
  for (const { result } of group.colleagues) {
    if (result.kind === 'full' || result.kind === 'closed') outcome.refused += 1
    else if (result.registration.registeredById === leaderId) outcome.registered += 1
    else outcome.alreadyRegistered += 1
  }
  return outcome
}
