// What attendees do themselves through their private link /r/:token — no account needed:
// look at their registration, change answers and sessions, hand their seat to a colleague,
// register colleagues in one go, cancel — and get their link mailed again when it is lost.
import { USER_TX, type Db } from '~/lib/db.server'
import { isUniqueViolation } from '~/lib/db-errors.server'
import { answersForNewHolder, type Answers } from './answers'
import { recordLeadConsent } from '~/domain/fair/fair.server'
import {
  enqueueMail,
  findOrCreatePerson,
  mailLinkAgain,
  newToken,
  normaliseEmail,
  register,
  waitlistPosition,
  type ClosedReason,
  type RegisterInput,
} from './register.server'
import { bookSessions, releaseSessions } from './session-booking.server'
import { enqueue } from '~/domain/outbox/enqueue.server'
import { registrationMessage } from '~/domain/outbox/messages'

/** The registration behind a self-service link, with what the page shows. Null for unknown tokens. */
export async function findByManageToken(db: Db, token: string) {
  // Tokens are 43 URL-safe characters; anything else cannot match and is not looked up.
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null
  const registration = await db.registration.findUnique({
    where: { manageToken: token },
    include: {
      person: { include: { company: true } },
      event: {
        include: { questions: { orderBy: { position: 'asc' } }, sessions: { include: { room: true }, orderBy: { startsAt: 'asc' } } },
      },
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
 * workshop is no new registration), never for a cancelled registration or event. A change is
 * confirmed by mail; changed sessions also update the calendar invitation (a higher SEQUENCE, so
 * calendars apply it). Sent again unchanged: nothing is mailed.
 */
export async function changeChoices(
  db: Db,
  registrationId: string,
  change: { answers: Answers; sessionIds: string[] },
  now = new Date(),
): Promise<ChangeResult> {
  return db.$transaction(async (tx) => {
    const before = await tx.registration.findUnique({ where: { id: registrationId }, select: { answers: true } })
    // Write first (see registration.server.ts on SQLite snapshots); the guard refuses cancelled ones and ended events.
    const { count } = await tx.registration.updateMany({
      where: { id: registrationId, status: { not: 'CANCELLED' }, event: { status: 'PUBLISHED', endsAt: { gt: now } } },
      data: { answers: change.answers },
    })
    const registration = await tx.registration.findUnique({ where: { id: registrationId }, include: { sessions: true, person: true } })
    if (!registration) return { kind: 'notFound' as const }
    if (count === 0) return { kind: registration.status === 'CANCELLED' ? ('cancelled' as const) : ('eventOver' as const) }
    const held = registration.sessions.filter((s) => s.status !== 'CANCELLED').map((s) => s.sessionId)
    const wanted = new Set(change.sessionIds)
    const dropped = held.filter((id) => !wanted.has(id))
    const added = [...wanted].filter((id) => !held.includes(id))
    await releaseSessions(tx, registrationId, dropped)
    const booked = await bookSessions(tx, registration, added, registration.status === 'CONFIRMED')
    const sessionsChanged = dropped.length > 0 || booked.length > 0
    const answersChanged = !sameAnswers(before?.answers, change.answers)
    if (sessionsChanged) await tx.registration.update({ where: { id: registrationId }, data: { calendarSequence: { increment: 1 } } })
    if (sessionsChanged || answersChanged) {
      await enqueue(tx, {
        ...registrationMessage(registration, registration.person.email, 'registration.changed'),
        payload: { registrationId, what: 'choices', invite: sessionsChanged },
      })
    }
    return { kind: 'changed' as const }
  }, USER_TX)
}

/** The same answers, whatever order their keys were stored in. */
function sameAnswers(a: unknown, b: Answers): boolean {
  const norm = (v: unknown) =>
    JSON.stringify(
      Object.entries((v ?? {}) as Record<string, unknown>)
        .filter(([, x]) => x !== undefined)
        .sort(([x], [y]) => x.localeCompare(y)),
    )
  return norm(a) === norm(b)
}

export type TransferResult =
  { kind: 'transferred'; manageToken: string } | { kind: 'notFound' | 'cancelled' | 'alreadyRegistered' | 'samePerson' }

/**
 * Hands the seat to a colleague: the registration keeps its place (and seat) but belongs to the new
 * person, with a new ticket and a new private link; the old ticket stops working. The previous
 * holder's calendar item is cancelled and the colleague's is a new one (transferCount is part of
 * its UID): with one UID for both, a calendar shared by the two — or a mail client that sees both
 * messages — would apply the cancellation to the colleague's invitation. Of the answers the
 * colleague takes over only the choices made for the seat (answersForNewHolder).
 */
export async function transferRegistration(
  db: Db,
  registrationId: string,
  to: Pick<RegisterInput, 'firstName' | 'lastName' | 'email' | 'company' | 'locale'>,
): Promise<TransferResult> {
  const current = await db.registration.findUnique({
    where: { id: registrationId },
    include: { person: true, event: { select: { questions: { select: { id: true, kind: true } } } } },
  })
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
          answers: answersForNewHolder(current.event.questions, current.answers),
          companyName: to.company?.trim() || current.companyName,
          locale: to.locale ?? current.locale,
          ticketSecret: newToken(),
          manageToken,
          calendarSequence: { increment: 1 },
          transferCount: { increment: 1 },
        },
      })
      if (count === 0) return { kind: 'cancelled' as const }
      const moved = await tx.registration.findUniqueOrThrow({ where: { id: registrationId } })
      // The previous holder's item, one version on from their last invitation.
      const previous = { transferCount: moved.transferCount - 1, calendarSequence: moved.calendarSequence }
      await enqueueMail(tx, { ...moved, locale: current.locale }, current.person.email, 'registration.transferredAway', previous)
      await enqueueMail(tx, moved, person.email, moved.status === 'CONFIRMED' ? 'registration.confirmed' : 'registration.waitlisted')
      return { kind: 'transferred' as const, manageToken }
    }, USER_TX)
  } catch (error) {
    // The colleague already has a registration (perhaps a cancelled one) for this event.
    if (isUniqueViolation(error)) return { kind: 'alreadyRegistered' }
    throw error
  }
}

/** A colleague in a group registration, with their own answers to the event's questions. */
export type Colleague = { firstName: string; lastName: string; email: string; answers: Answers }

/**
 * The language a colleague's mail is written in: the one they last registered in, when they are
 * known. Otherwise German — an event has no language of its own, and the registrant's choice of
 * language says nothing about a colleague's.
 */
async function colleagueLocale(db: Db, email: string): Promise<'de' | 'en'> {
  const last = await db.registration.findFirst({
    where: { person: { email } },
    orderBy: { createdAt: 'desc' },
    select: { locale: true },
  })
  return last?.locale === 'en' ? 'en' : 'de'
}

/**
 * What the public registration form may tell whoever sent it: the same for a new registration, a
 * place on the waiting list and an address that was registered already — the details travel by
 * mail to each address. `to`: where the registrant's mail goes.
 */
export type FormRegistrationResult = { kind: 'sent'; to: string } | { kind: 'full' } | { kind: 'closed'; reason: ClosedReason }

/**
 * The public registration form: a person and colleagues of the same company in one go. Each new
 * one gets their own registration, ticket and link; seats go in the order given, so some may land
 * on the waiting list or find no seat. Addresses that are registered already keep their
 * registration and get their own link mailed again (rate-limited); the answer says nothing about
 * any of them. `leadConsent`: the fair's "may exhibitors scan my badge?", kept for a new registrant only.
 */
export async function registerGroup(
  db: Db,
  eventId: string,
  leader: RegisterInput,
  colleagues: Colleague[],
  options: { leadConsent?: boolean; now?: Date } = {},
): Promise<FormRegistrationResult> {
  const now = options.now ?? new Date()
  const first = await register(db, eventId, { ...leader, mailLinkIfRegistered: true }, now)
  if (first.kind === 'full' || first.kind === 'closed') return first
  if (options.leadConsent !== undefined && !first.existing) await recordLeadConsent(db, first.registration.personId, options.leadConsent)
  const seen = new Set([normaliseEmail(leader.email)])
  for (const colleague of colleagues) {
    const email = normaliseEmail(colleague.email)
    if (seen.has(email)) continue
    seen.add(email)
    await register(
      db,
      eventId,
      {
        ...colleague,
        company: leader.company,
        locale: await colleagueLocale(db, email),
        source: leader.source,
        registeredById: first.registration.id,
        mailLinkIfRegistered: true,
      },
      now,
    )
  }
  // A personal invitation registers its roster member, whatever address was typed.
  const to = leader.inviteToken
    ? (await db.person.findUniqueOrThrow({ where: { id: first.registration.personId }, select: { email: true } })).email
    : normaliseEmail(leader.email)
  return { kind: 'sent', to }
}

/**
 * "Resend my ticket": mails the existing link (and ticket) of a registered address — in any
 * spelling — for this event again, at most once every 10 minutes. Answers nothing on purpose:
 * whoever asks must not learn whether the address is registered.
 */
export async function resendLink(db: Db, eventId: string, email: string, now = new Date()): Promise<void> {
  const person = await db.person.findUnique({ where: { email: normaliseEmail(email) } })
  if (!person || person.erasedAt) return
  const registration = await db.registration.findFirst({ where: { eventId, personId: person.id, status: { not: 'CANCELLED' } } })
  if (registration) await mailLinkAgain(db, registration, person.email, now)
}
