// What the timetable editor shows: the sessions of the chosen day in wall-clock time of the event's
// zone, laid out on the grid, with the session being edited and the notice of the last change.
import type { SessionFormValues } from '~/components/programme/session-fields'
import { layoutDay } from '~/components/programme/timetable-layout'
import type { ProgrammeEditor } from '~/domain/programme/programme.server'
import { formatDate, formatTimeRange, formatTimeZoneName, utcToWallTime, wallTimeToUtc, type ZoneOptions } from '~/lib/datetime'
import { localized, type Locale } from '~/lib/i18n'

export function toView(editor: ProgrammeEditor, locale: Locale, search: URLSearchParams, noRoomName: string, metaTitle: string) {
  const { event } = editor
  const zone: ZoneOptions = { locale, timeZone: event.timeZone }
  const title = localized(locale, event.titleDe, event.titleEn)
  const editing = editor.sessions.find((s) => s.id === search.get('edit')) ?? null
  const day = editor.days.find((d) => d === search.get('day')) ?? (editing ? wall(editing.startsAt, event.timeZone).day : editor.days[0]!)
  const sessions = editor.sessions.map((s) => {
    const from = wall(s.startsAt, event.timeZone)
    const to = wall(s.endsAt, event.timeZone)
    return {
      id: s.id,
      kind: s.kind,
      title: localized(locale, s.titleDe, s.titleEn),
      time: formatTimeRange(s.startsAt, s.endsAt, zone, { unit: false }),
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      roomId: s.room?.id ?? null,
      roomName: s.room?.name ?? null,
      speakers: s.speakers.map((sp) => sp.name).join(', '),
      speakerStatuses: s.speakers.map((sp) => ({ name: sp.name, status: sp.status })),
      openSlot: s.openSlot,
      overCapacity: s.overCapacity,
      fromProposal: s.fromProposal,
      capacity: s.capacity,
      confirmedCount: s.confirmedCount,
      calendarSequence: s.calendarSequence,
      form: {
        sessionId: s.id,
        titleDe: s.titleDe,
        titleEn: s.titleEn,
        kind: s.kind,
        roomId: s.room?.id ?? '',
        day: from.day,
        start: from.time,
        end: to.time,
        capacity: s.capacity === null ? '' : String(s.capacity),
        language: s.language,
        speakerIds: s.speakers.map((sp) => sp.id),
        abstractDe: s.abstractDe ?? '',
        abstractEn: s.abstractEn ?? '',
      } satisfies SessionFormValues,
    }
  })
  const ofDay = sessions.filter((s) => wall(s.startsAt, event.timeZone).day === day)
  const layout = layoutDay(ofDay, { day, zone, rooms: editor.rooms.map((r) => ({ id: r.id, name: r.name })), noRoomName })
  const saved = sessions.find((s) => s.id === search.get('saved'))
  return {
    metaTitle: `${metaTitle}: ${title}`,
    event: { id: event.id, slug: event.slug, title, status: event.status, zoneName: formatTimeZoneName(event.startsAt, zone, 'short') },
    days: editor.days.map((d) => ({
      day: d,
      heading: formatDate(wallTimeToUtc(`${d}T12:00`, event.timeZone), zone, 'long'),
      label: formatDate(wallTimeToUtc(`${d}T12:00`, event.timeZone), zone),
    })),
    day,
    rooms: editor.rooms,
    speakers: editor.speakers,
    layout,
    sessions: ofDay,
    editing: editing ? sessions.find((s) => s.id === editing.id)! : null,
    notice: search.get('notice'),
    generated: { created: Number(search.get('created')) || 0, skipped: Number(search.get('skipped')) || 0 },
    savedOverCapacity: saved?.overCapacity
      ? {
          title: saved.title,
          room: saved.roomName ?? '',
          capacity: editor.rooms.find((r) => r.id === saved.roomId)?.capacity ?? 0,
          expected: saved.capacity ?? saved.confirmedCount,
        }
      : null,
    proposalsToPlace: editor.proposalsToPlace,
  }
}

export type ProgrammeView = ReturnType<typeof toView>

function wall(date: Date, timeZone: string) {
  const w = utcToWallTime(date, timeZone)
  return { day: w.slice(0, 10), time: w.slice(11) }
}
