// Slot templates: a day cut into equal talk slots with breaks, e.g. 30-minute slots from 09:00 to
// 17:00 with lunch from 12:00 to 13:00, in the event's time zone.
//
// The boundaries (from, until, breaks) are wall-clock times in the zone; the slots are stepped in
// real minutes between those instants. So on the day the clocks change a night template still gives
// slots of exactly the length asked for, and "until" earlier than "from" means the next morning.
import { wallTimeToUtc } from '~/lib/datetime'
import { nextDay } from './conflicts'

export type SlotTemplate = {
  /** YYYY-MM-DD in the zone. */
  day: string
  timeZone: string
  /** Wall-clock "HH:mm". */
  from: string
  /** Wall-clock "HH:mm"; at or before `from` means the next day ("24:00" is midnight after the day). */
  until: string
  slotMinutes: number
  /** Changeover time between two slots. */
  gapMinutes?: number
  breaks?: { from: string; until: string }[]
}

export type GeneratedSlot = { kind: 'TALK' | 'BREAK'; startsAt: Date; endsAt: Date }

export type SlotTemplateResult =
  { kind: 'slots'; slots: GeneratedSlot[] } | { kind: 'invalid'; reason: 'time' | 'length' | 'break' | 'tooMany' }

const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/
const MINUTE = 60_000
/** More than a day of 5-minute slots is a typo, not a template. */
const MAX_SLOTS = 300

/** Parses "HH:mm" to minutes after midnight (24:00 allowed), or null. */
export function parseWallTime(value: string): number | null {
  const m = TIME.exec(value.trim())
  if (!m) return null
  const minutes = Number(m[1]) * 60 + Number(m[2])
  return minutes <= 24 * 60 ? minutes : null
}

function instant(day: string, minutes: number, timeZone: string): Date {
  // Minutes past midnight may run into the next day (24:00, or a template across midnight).
  const date = minutes >= 24 * 60 ? nextDay(day) : day
  const m = minutes % (24 * 60)
  const hh = String(Math.floor(m / 60)).padStart(2, '0')
  const mm = String(m % 60).padStart(2, '0')
  return wallTimeToUtc(`${date}T${hh}:${mm}`, timeZone)
}

/** The slots of a template; breaks come out as BREAK slots, talk slots never run into a break. */
export function generateSlots(template: SlotTemplate): SlotTemplateResult {
  const from = parseWallTime(template.from)
  let until = parseWallTime(template.until)
  if (from === null || until === null || from >= 24 * 60 || !/^\d{4}-\d{2}-\d{2}$/.test(template.day))
    return { kind: 'invalid', reason: 'time' }
  if (until <= from) until += 24 * 60
  const slot = Math.floor(template.slotMinutes)
  const gap = Math.floor(template.gapMinutes ?? 0)
  if (!(slot >= 5 && slot <= 8 * 60) || !(gap >= 0 && gap <= 120)) return { kind: 'invalid', reason: 'length' }

  let start: Date
  let end: Date
  try {
    start = instant(template.day, from, template.timeZone)
    end = instant(template.day, until, template.timeZone)
  } catch {
    return { kind: 'invalid', reason: 'time' }
  }

  const breaks: GeneratedSlot[] = []
  for (const b of template.breaks ?? []) {
    const bFrom = parseWallTime(b.from)
    let bUntil = parseWallTime(b.until)
    if (bFrom === null || bUntil === null) return { kind: 'invalid', reason: 'break' }
    // A break's times belong to the template's day, or to the next when the template runs past midnight.
    const bStartMinutes = bFrom < from ? bFrom + 24 * 60 : bFrom
    if (bUntil <= bFrom) bUntil += 24 * 60
    const bEndMinutes = bStartMinutes + (bUntil - bFrom)
    const bStart = instant(template.day, bStartMinutes, template.timeZone)
    const bEnd = instant(template.day, bEndMinutes, template.timeZone)
    if (bStart < start || bEnd > end || bEnd <= bStart) return { kind: 'invalid', reason: 'break' }
    breaks.push({ kind: 'BREAK', startsAt: bStart, endsAt: bEnd })
  }
  breaks.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
  for (let i = 1; i < breaks.length; i++) if (breaks[i]!.startsAt < breaks[i - 1]!.endsAt) return { kind: 'invalid', reason: 'break' }

  const slots: GeneratedSlot[] = []
  let cursor = start.getTime()
  let next = 0
  while (cursor < end.getTime()) {
    const upcoming = breaks[next]
    if (upcoming && cursor >= upcoming.startsAt.getTime()) {
      slots.push(upcoming)
      cursor = upcoming.endsAt.getTime()
      next++
      continue
    }
    const slotEnd = cursor + slot * MINUTE
    // A slot that would run into the next break or past the end is not offered; the time until
    // then stays free (the break, or the day's end, follows).
    const limit = upcoming ? upcoming.startsAt.getTime() : end.getTime()
    if (slotEnd > limit) {
      if (!upcoming) break
      cursor = upcoming.startsAt.getTime()
      continue
    }
    slots.push({ kind: 'TALK', startsAt: new Date(cursor), endsAt: new Date(slotEnd) })
    if (slots.length > MAX_SLOTS) return { kind: 'invalid', reason: 'tooMany' }
    cursor = slotEnd + gap * MINUTE
  }
  // Breaks after the last slot that fits are still part of the day.
  while (next < breaks.length) slots.push(breaks[next++]!)
  return { kind: 'slots', slots }
}

/**
 * The title of a talk slot made by a template, until someone fills it. Such an open slot is part of
 * the organisers' timetable, not of the public programme (the agenda and the calendar feed skip it).
 */
export const OPEN_SLOT_TITLE = { de: 'Offener Slot', en: 'Open slot' } as const

/** A template slot nobody has filled yet: still the template's title, a talk, no speakers. */
export function isOpenSlot(session: { titleDe: string; kind: string; speakerCount: number }): boolean {
  return session.kind === 'TALK' && session.titleDe === OPEN_SLOT_TITLE.de && session.speakerCount === 0
}
