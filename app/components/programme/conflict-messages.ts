// The editor's refusals and warnings as sentences, in the organiser's language with times in the
// event's zone. Formatted on the server (see datetime.ts on why).
import type { TFunction } from 'i18next'
import type { ProgrammeConflict, ProgrammeWarning } from '~/domain/programme/programme.server'
import { formatDate, formatTimeRange, wallTimeToUtc, type ZoneOptions } from '~/lib/datetime'
import { localized } from '~/lib/i18n'

export function conflictMessage(t: TFunction, c: ProgrammeConflict, zone: ZoneOptions): string {
  const day = (d: string) => formatDate(wallTimeToUtc(`${d}T12:00`, zone.timeZone), zone)
  switch (c.kind) {
    case 'invalidTimes':
    case 'unknownRoom':
    case 'unknownSpeaker':
      return t(`conflicts.${c.kind}`)
    case 'outsideEventDays':
      return t('conflicts.outsideEventDays', { first: day(c.firstDay), last: day(c.lastDay) })
    case 'roomDoubleBooked':
      return t('conflicts.roomDoubleBooked', {
        room: c.roomName,
        title: localized(zone.locale, c.other.titleDe, c.other.titleEn),
        time: slotTime(c.other, zone),
      })
    case 'speakerDoubleBooked':
      return t('conflicts.speakerDoubleBooked', {
        speaker: c.speakerName,
        title: localized(zone.locale, c.other.titleDe, c.other.titleEn),
        room: c.other.roomName ?? t('editor.noRoom'),
        time: slotTime(c.other, zone),
      })
  }
}

export function warningMessage(t: TFunction, w: ProgrammeWarning): string {
  return t('warnings.overCapacity', { expected: w.expectedAudience, room: w.roomName, capacity: w.roomCapacity })
}

function slotTime(s: { startsAt: Date; endsAt: Date }, zone: ZoneOptions) {
  return `${formatDate(s.startsAt, zone)}, ${formatTimeRange(s.startsAt, s.endsAt, zone)}`
}
