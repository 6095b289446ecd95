// The agenda as pages show it: days, then time slots, then the sessions running in parallel, with
// everything formatted for the reader's language in the event's time zone.
import type { AgendaSession } from '~/domain/programme/agenda.server'
import { eventDay, formatDate, formatTimeRange } from '~/lib/datetime'
import { localized, type Locale } from '~/lib/i18n'

export type AgendaSessionView = {
  id: string
  kind: string
  title: string
  abstract: string | null
  /** The session's language when it differs from the page's. */
  language: 'de' | 'en' | null
  time: string
  room: string | null
  capacity: number | null
  seatsLeft: number | null
  speakers: { id: string; name: string; company: string | null; photo: string | null }[]
  /** Personal agenda only: the reader's place in it. */
  mark?: 'CONFIRMED' | 'WAITLISTED' | null
}

export type AgendaDayView = { day: string; heading: string; slots: { startsAt: string; time: string; sessions: AgendaSessionView[] }[] }

export function toAgendaDays<T extends AgendaSession & { mark?: string | null }>(
  sessions: T[],
  locale: Locale,
  timeZone: string,
): AgendaDayView[] {
  const zone = { locale, timeZone }
  const days = new Map<string, AgendaDayView>()
  for (const s of sessions) {
    const key = eventDay(s.startsAt, timeZone)
    const day = days.get(key) ?? { day: key, heading: formatDate(s.startsAt, zone, 'long'), slots: [] }
    days.set(key, day)
    const startsAt = s.startsAt.toISOString()
    let slot = day.slots.find((x) => x.startsAt === startsAt)
    if (!slot) {
      slot = { startsAt, time: formatTimeRange(s.startsAt, s.endsAt, zone, { unit: false }), sessions: [] }
      day.slots.push(slot)
    }
    slot.sessions.push({
      id: s.id,
      kind: s.kind,
      title: localized(locale, s.titleDe, s.titleEn),
      abstract: localized(locale, s.abstractDe, s.abstractEn),
      language: s.kind !== 'BREAK' && s.language !== locale && (s.language === 'de' || s.language === 'en') ? s.language : null,
      time: formatTimeRange(s.startsAt, s.endsAt, zone, { unit: false }),
      room: s.room?.name ?? null,
      capacity: s.capacity,
      seatsLeft: s.seatsLeft,
      speakers: s.speakers.map((sp) => ({
        id: sp.id,
        name: sp.name,
        company: sp.company,
        photo: sp.hasPhoto ? `/speakers/${sp.id}/photo` : null,
      })),
      ...(s.mark !== undefined ? { mark: s.mark === 'CONFIRMED' || s.mark === 'WAITLISTED' ? s.mark : null } : {}),
    })
  }
  return [...days.values()]
}
