// The programme as attendees see it: the public agenda of an event, a registrant's personal agenda
// (sessions they mark through their link /r/:token), and both as calendar feeds.
//
// Marking a session is a RegistrationSession row, written by session-booking.server.ts for every
// session: for workshops with their own capacity it books a seat (or a waiting-list place), for
// the others it only counts an interested person (the session's confirmedCount, which the editor
// uses as the expected audience). One mechanism keeps the counters right when a registration is
// cancelled (releaseSessions frees all of its rows).
import type { Prisma } from '~/generated/prisma-sqlite/client'
import { USER_TX, type Db, type Tx } from '~/lib/db.server'
import { localized, type Locale } from '~/lib/i18n'
import { PUBLIC_STATUSES } from '~/domain/events/events.server'
import { ANNOUNCED_SPEAKER } from './announced'
import { buildFeed, sessionUid, type FeedItem } from './calendar.server'
import { speakerName } from './programme.server'
import { isOpenSlot } from './slot-templates'
import { bookSessions, releaseSessions } from '~/domain/registration/session-booking.server'

const agendaSessionSelect = {
  id: true,
  kind: true,
  titleDe: true,
  titleEn: true,
  abstractDe: true,
  abstractEn: true,
  language: true,
  startsAt: true,
  endsAt: true,
  capacity: true,
  confirmedCount: true,
  calendarSequence: true,
  room: { select: { id: true, name: true, position: true } },
  speakers: {
    where: { speaker: ANNOUNCED_SPEAKER },
    orderBy: { position: 'asc' },
    select: {
      speaker: {
        select: {
          id: true,
          photoPath: true,
          person: { select: { title: true, firstName: true, lastName: true, company: { select: { name: true } } } },
        },
      },
    },
  },
} satisfies Prisma.SessionSelect

const agendaEventSelect = {
  id: true,
  slug: true,
  status: true,
  titleDe: true,
  titleEn: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venueName: true,
  venueCity: true,
  rooms: { orderBy: [{ position: 'asc' }, { name: 'asc' }], select: { id: true, name: true, capacity: true } },
  sessions: { orderBy: [{ startsAt: 'asc' }, { room: { position: 'asc' } }, { titleDe: 'asc' }], select: agendaSessionSelect },
} satisfies Prisma.EventSelect

type AgendaSessionRow = Prisma.SessionGetPayload<{ select: typeof agendaSessionSelect }>

export type AgendaSession = Omit<AgendaSessionRow, 'speakers' | 'room' | 'confirmedCount'> & {
  room: { id: string; name: string } | null
  /** Seats left for sessions with their own capacity (bookable); null for the others. */
  seatsLeft: number | null
  speakers: { id: string; name: string; company: string | null; hasPhoto: boolean }[]
}

function toAgendaSession(row: AgendaSessionRow): AgendaSession {
  const { speakers, room, confirmedCount, ...rest } = row
  return {
    ...rest,
    room: room ? { id: room.id, name: room.name } : null,
    seatsLeft: row.capacity === null ? null : Math.max(0, row.capacity - confirmedCount),
    speakers: speakers.map(({ speaker }) => ({
      id: speaker.id,
      name: speakerName(speaker.person),
      company: speaker.person.company?.name ?? null,
      hasPhoto: Boolean(speaker.photoPath),
    })),
  }
}

/**
 * Template slots nobody filled are the organisers' working state, not programme. An open slot
 * whose speaker has not accepted yet still has the template's title and nothing to announce, so it
 * stays hidden too.
 */
const published = (row: AgendaSessionRow) => !isOpenSlot({ titleDe: row.titleDe, kind: row.kind, speakerCount: row.speakers.length })

/** The public agenda of an event; null for unknown, draft or internal events. */
export async function getPublicAgenda(db: Db, slug: string) {
  const event = await db.event.findFirst({
    where: { slug, isPublic: true, status: { in: [...PUBLIC_STATUSES] } },
    select: agendaEventSelect,
  })
  if (!event) return null
  const { sessions, ...rest } = event
  return { event: rest, sessions: sessions.filter(published).map(toAgendaSession) }
}

export type PublicAgenda = NonNullable<Awaited<ReturnType<typeof getPublicAgenda>>>

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/

/** A registrant's agenda: the event's programme with what they marked. Null for unknown links. */
export async function getPersonalAgenda(db: Db, token: string) {
  if (!TOKEN.test(token)) return null
  const registration = await db.registration.findUnique({
    where: { manageToken: token },
    select: {
      id: true,
      status: true,
      calendarSequence: true,
      person: { select: { firstName: true, lastName: true, erasedAt: true } },
      sessions: { select: { sessionId: true, status: true } },
      event: { select: agendaEventSelect },
    },
  })
  if (!registration || registration.person.erasedAt) return null
  const { sessions, ...event } = registration.event
  const marks = new Map(registration.sessions.filter((s) => s.status !== 'CANCELLED').map((s) => [s.sessionId, s.status]))
  return {
    registration: {
      id: registration.id,
      status: registration.status,
      name: `${registration.person.firstName} ${registration.person.lastName}`,
    },
    event,
    sessions: sessions.filter(published).map((row) => ({ ...toAgendaSession(row), mark: marks.get(row.id) ?? null })),
  }
}

export type PersonalAgenda = NonNullable<Awaited<ReturnType<typeof getPersonalAgenda>>>

export type MarkResult =
  | { kind: 'marked'; status: 'CONFIRMED' | 'WAITLISTED' }
  | { kind: 'unmarked' }
  | { kind: 'cancelled' }
  | { kind: 'unknownSession' }
  | { kind: 'notFound' }

/** Adds a session to the personal agenda; for a bookable session this books a seat or a waiting-list place. */
export async function markSession(db: Db, token: string, sessionId: string): Promise<MarkResult> {
  if (!TOKEN.test(token)) return { kind: 'notFound' }
  return db.$transaction(async (tx) => {
    const registration = await lockRegistration(tx, token)
    if (registration.kind !== 'active') return registration
    const session = await tx.session.findFirst({
      where: { id: sessionId, eventId: registration.eventId, kind: { not: 'BREAK' } },
      include: { _count: { select: { speakers: true } } },
    })
    if (!session || isOpenSlot({ ...session, speakerCount: session._count.speakers })) return { kind: 'unknownSession' as const }
    const held = await tx.registrationSession.findUnique({
      where: { registrationId_sessionId: { registrationId: registration.id, sessionId } },
    })
    // Marking twice (a double click, two tabs) keeps the first place and takes no second seat.
    if (held && held.status !== 'CANCELLED') return { kind: 'marked' as const, status: held.status }
    const [choice] = await bookSessions(
      tx,
      { id: registration.id, eventId: registration.eventId },
      [sessionId],
      registration.status === 'CONFIRMED',
    )
    return { kind: 'marked' as const, status: choice?.status ?? 'WAITLISTED' }
  }, USER_TX)
}

/** Takes a session off the personal agenda; a booked seat goes to the next person waiting. */
export async function unmarkSession(db: Db, token: string, sessionId: string): Promise<MarkResult> {
  if (!TOKEN.test(token)) return { kind: 'notFound' }
  return db.$transaction(async (tx) => {
    const registration = await lockRegistration(tx, token)
    if (registration.kind !== 'active') return registration
    await releaseSessions(tx, registration.id, [sessionId])
    return { kind: 'unmarked' as const }
  }, USER_TX)
}

async function lockRegistration(tx: Tx, token: string) {
  // A write first (see registration.server.ts on SQLite snapshots); the status stays as it is.
  await tx.$executeRaw`UPDATE "Registration" SET "calendarSequence" = "calendarSequence" WHERE "manageToken" = ${token}`
  const registration = await tx.registration.findUnique({
    where: { manageToken: token },
    select: { id: true, eventId: true, status: true, person: { select: { erasedAt: true } } },
  })
  if (!registration || registration.person.erasedAt) return { kind: 'notFound' as const }
  if (registration.status === 'CANCELLED') return { kind: 'cancelled' as const }
  return { kind: 'active' as const, ...registration }
}

// ───────────────────────────── calendar feeds ─────────────────────────────

type FeedOptions = { appUrl: string; locale: Locale }

function feedItem(
  event: { slug: string; status: string; venueName: string | null; venueCity: string | null },
  session: AgendaSession,
  { appUrl, locale }: FeedOptions,
  status: FeedItem['status'] = 'CONFIRMED',
): FeedItem {
  const speakers = session.speakers.map((s) => (s.company ? `${s.name} (${s.company})` : s.name)).join(', ')
  const abstract = localized(locale, session.abstractDe, session.abstractEn)
  return {
    uid: sessionUid(session.id, appUrl),
    sequence: session.calendarSequence,
    title: localized(locale, session.titleDe, session.titleEn),
    description: [speakers, abstract].filter(Boolean).join('\n\n') || null,
    location: [session.room?.name, event.venueName, event.venueCity].filter(Boolean).join(', ') || null,
    url: `${appUrl.replace(/\/$/, '')}/events/${encodeURIComponent(event.slug)}/agenda#session-${session.id}`,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    status: event.status === 'CANCELLED' ? 'CANCELLED' : status,
  }
}

/** The whole programme of a public event as a calendar (breaks left out); null for unknown events. */
export async function programmeFeed(db: Db, slug: string, options: FeedOptions): Promise<{ name: string; ics: string } | null> {
  const agenda = await getPublicAgenda(db, slug)
  if (!agenda) return null
  const name = localized(options.locale, agenda.event.titleDe, agenda.event.titleEn)
  const items = agenda.sessions.filter((s) => s.kind !== 'BREAK').map((s) => feedItem(agenda.event, s, options))
  return { name, ics: buildFeed(items, { name }) }
}

/** A registrant's marked sessions as a calendar; waiting-list places are TENTATIVE. Null for unknown links. */
export async function personalFeed(db: Db, token: string, options: FeedOptions): Promise<{ name: string; ics: string } | null> {
  const agenda = await getPersonalAgenda(db, token)
  if (!agenda) return null
  const name = localized(options.locale, agenda.event.titleDe, agenda.event.titleEn)
  const active = agenda.registration.status !== 'CANCELLED'
  const items = active
    ? agenda.sessions
        .filter((s) => s.mark && s.kind !== 'BREAK')
        .map((s) => feedItem(agenda.event, s, options, s.mark === 'CONFIRMED' ? 'CONFIRMED' : 'TENTATIVE'))
    : []
  return { name, ics: buildFeed(items, { name }) }
}
