// The programme's forms, validated on the server (Conform + Zod). Messages are keys of the
// `programme` namespace, translated when rendered. Times arrive as a day and wall-clock times in
// the event's zone and become instants here.
import { z } from 'zod'
import { email, line, optionalLine, TEXT_CONTROL } from '~/lib/form-fields'
import { wallTimeToUtc } from '~/lib/datetime'
import { nextDay } from './conflicts'

const text = (max: number) =>
  z
    .string()
    .max(max, { error: 'errors.tooLong', abort: true })
    .refine((v) => !TEXT_CONTROL.test(v), { error: 'errors.invalidCharacters' })
const day = z.string({ error: 'errors.required' }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'errors.day' })
const time = z.string({ error: 'errors.required' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'errors.time' })
const id = z
  .string()
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/)
const optionalId = id.optional()
const count = z.coerce
  .number({ error: 'errors.number' })
  .int({ error: 'errors.number' })
  .min(1, { error: 'errors.number' })
  .max(100_000, { error: 'errors.number' })
const ids = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(id).max(30))

export const SESSION_KIND_VALUES = ['KEYNOTE', 'TALK', 'PANEL', 'WORKSHOP', 'BREAK'] as const
export const LANGUAGES = ['de', 'en'] as const

export const SessionForm = z.object({
  sessionId: optionalId,
  titleDe: line(200),
  titleEn: optionalLine(200),
  kind: z.enum(SESSION_KIND_VALUES, { error: 'errors.required' }),
  roomId: optionalId,
  day,
  start: time,
  end: time,
  capacity: count.optional(),
  language: z.enum(LANGUAGES).default('de'),
  speakerIds: ids,
  abstractDe: text(5_000).optional(),
  abstractEn: text(5_000).optional(),
})

export const MoveForm = z.object({ sessionId: id, roomId: optionalId, day, start: time })

export const RoomForm = z.object({
  roomId: optionalId,
  name: line(80),
  capacity: count.optional(),
  position: z.coerce.number().int().min(0).max(1000).optional(),
})

export const SlotTemplateForm = z.object({
  roomId: id,
  day,
  from: time,
  until: time,
  slotMinutes: z.coerce
    .number({ error: 'errors.number' })
    .int({ error: 'errors.number' })
    .min(5, { error: 'errors.slotLength' })
    .max(480, { error: 'errors.slotLength' }),
  gapMinutes: z.coerce
    .number({ error: 'errors.number' })
    .int({ error: 'errors.number' })
    .min(0, { error: 'errors.number' })
    .max(120, { error: 'errors.number' })
    .optional(),
  breaks: optionalLine(300),
})

export const InviteForm = z.object({
  firstName: line(100),
  lastName: line(100),
  email,
  company: optionalLine(150),
  locale: z.enum(LANGUAGES).default('de'),
})

export const PROPOSAL_KIND_VALUES = ['TALK', 'PANEL', 'WORKSHOP'] as const

export const ProposalForm = z.object({
  firstName: line(100),
  lastName: line(100),
  email,
  company: optionalLine(150),
  title: line(200),
  abstract: z
    .string({ error: 'errors.required' })
    .trim()
    .min(50, { error: 'errors.abstractShort', abort: true })
    .max(3_000, { error: 'errors.tooLong', abort: true })
    .refine((v) => !TEXT_CONTROL.test(v), { error: 'errors.invalidCharacters' }),
  kind: z.enum(PROPOSAL_KIND_VALUES).default('TALK'),
  language: z.enum(LANGUAGES).default('de'),
  // Hidden from people; bots fill every field.
  website: z.string().optional(),
})

export const BioForm = z.object({ bio: text(2_000).optional() })

export const DecisionForm = z.object({
  proposalId: id,
  /** "" later, "custom" for room and time below, else an open slot's id. */
  placement: z.string().max(64).optional(),
  roomId: optionalId,
  day: day.optional(),
  start: time.optional(),
  end: time.optional(),
  note: text(1_000).optional(),
})

/** Start and end instants from a day and wall-clock times; an end before the start is the next day (an equal one stays, and is refused as empty). */
export function toInstants(values: { day: string; start: string; end: string }, timeZone: string): { startsAt: Date; endsAt: Date } {
  const startsAt = wallTimeToUtc(`${values.day}T${values.start}`, timeZone)
  const endDay = values.end < values.start ? nextDay(values.day) : values.day
  return { startsAt, endsAt: wallTimeToUtc(`${endDay}T${values.end}`, timeZone) }
}

/** "12:00-13:00, 15:30–15:45" → breaks; null when a part is not a time range. */
export function parseBreaks(text: string | undefined): { from: string; until: string }[] | null {
  if (!text?.trim()) return []
  const breaks = []
  for (const part of text
    .split(/[,;\n]+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^(\d{2}:\d{2})\s*[-–]\s*(\d{2}:\d{2})$/.exec(part)
    if (!m) return null
    breaks.push({ from: m[1]!, until: m[2]! })
  }
  return breaks
}
