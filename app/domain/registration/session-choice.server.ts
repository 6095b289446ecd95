// Which programme sessions an attendee may choose (those with their own capacity: workshops inside
// a conference), and reading a choice from a submitted form (checkboxes `sessions`). Shared by the
// registration form and the self-service page, so both accept exactly the same choices.
import { eventDay, formatDate, formatTimeRange, type ZoneOptions } from '~/lib/datetime'
import type { DbOrTx } from '~/lib/db.server'
import { localized } from '~/lib/i18n'
import { seatsLeft } from './state'
import { overlappingSessions } from './session-booking.server'

export const SESSIONS_FIELD = 'sessions'

export type BookableSession = {
  id: string
  titleDe: string
  titleEn: string
  startsAt: Date
  endsAt: Date
  roomName: string | null
  /** Free seats in the session; 0 means a choice lands on its waiting list. */
  seatsLeft: number
}

/** Sessions of the event that take their own seats, in programme order. Breaks are never bookable. */
export async function bookableSessions(db: DbOrTx, eventId: string): Promise<BookableSession[]> {
  const sessions = await db.session.findMany({
    where: { eventId, capacity: { not: null }, kind: { not: 'BREAK' } },
    include: { room: true },
    orderBy: [{ startsAt: 'asc' }, { titleDe: 'asc' }],
  })
  return sessions.map((s) => ({
    id: s.id,
    titleDe: s.titleDe,
    titleEn: s.titleEn,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    roomName: s.room?.name ?? null,
    seatsLeft: seatsLeft(s) ?? 0,
  }))
}

export type SessionChoiceResult = { ok: true; sessionIds: string[] } | { ok: false; error: 'sessionsOverlap'; conflict: [string, string] }

type FormLike = { getAll(name: string): unknown[] }

/**
 * The chosen sessions among the bookable ones. Ids of other sessions (another event's, a talk
 * without seats, made up) are ignored like any other unknown field. Two sessions at the same time
 * cannot both be attended: the first such pair is reported.
 */
export function readSessionChoice(bookable: Pick<BookableSession, 'id' | 'startsAt' | 'endsAt'>[], form: FormLike): SessionChoiceResult {
  const chosen = chosenSessions(bookable, form)
  const [pair] = overlappingSessions(chosen)
  if (pair) return { ok: false, error: 'sessionsOverlap', conflict: [pair[0].id, pair[1].id] }
  return { ok: true, sessionIds: chosen.map((s) => s.id) }
}

/** The bookable sessions ticked in the form, overlapping or not (to show the choice again). */
export function chosenSessions<T extends { id: string }>(bookable: T[], form: FormLike): T[] {
  const wanted = new Set(form.getAll(SESSIONS_FIELD).filter((v): v is string => typeof v === 'string'))
  return bookable.filter((s) => wanted.has(s.id))
}

export type SessionChoiceView = { id: string; title: string; time: string; room: string | null; seatsLeft: number }
export type SessionChoiceDay = { day: string; label: string; sessions: SessionChoiceView[] }

/** The sessions as the forms show them: by day, with times in the event's zone (formatted on the server, see datetime.ts). */
export function sessionChoiceDays(sessions: BookableSession[], zone: ZoneOptions): SessionChoiceDay[] {
  const days: SessionChoiceDay[] = []
  for (const s of sessions) {
    const day = eventDay(s.startsAt, zone.timeZone)
    let group = days.find((d) => d.day === day)
    if (!group) days.push((group = { day, label: formatDate(s.startsAt, zone, 'long'), sessions: [] }))
    group.sessions.push({
      id: s.id,
      title: localized(zone.locale, s.titleDe, s.titleEn),
      time: formatTimeRange(s.startsAt, s.endsAt, zone),
      room: s.roomName,
      seatsLeft: s.seatsLeft,
    })
  }
  return days
}
