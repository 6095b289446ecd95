// The organiser's "new series" form: field rules, the dates it yields, and the messages (keys of
// the `series` namespace). Pure, so the browser's live preview and the server read the form alike.
import { z } from 'zod'
import { EVENT_KINDS } from './form'
import { line, optionalLine } from '~/lib/form-fields'
import { isCalendarDay, MAX_SERIES_DATES, parseDateList, seriesDays, type Ordinal, type SeriesPattern, type Weekday } from './series-dates'

export const SERIES_PATTERNS = ['monthly', 'weekly', 'dates'] as const
export const ORDINALS = ['1', '2', '3', '4', '5', '-1'] as const
export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const
export const WEEK_INTERVALS = ['1', '2', '3', '4'] as const

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'errors.dateInvalid' })
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'errors.timeInvalid' })

export const SeriesForm = z.object({
  nameDe: line(120),
  nameEn: optionalLine(120),
  kind: z.enum(EVENT_KINDS, { error: 'errors.required' }),
  pattern: z.enum(SERIES_PATTERNS, { error: 'errors.required' }),
  ordinal: z.enum(ORDINALS).optional(),
  weekday: z.enum(WEEKDAYS).optional(),
  everyWeeks: z.enum(WEEK_INTERVALS).optional(),
  from: z.string().optional(),
  to: z.string().optional(),
  dates: z.string().max(5_000, { error: 'errors.tooLong' }).optional(),
  startTime: time,
  endTime: time,
  venueName: optionalLine(200),
  venueCity: optionalLine(100),
  capacity: z
    .string()
    .trim()
    .regex(/^(\d{1,6})?$/, { error: 'errors.capacityInvalid' })
    .refine((v) => v === '' || (Number(v) >= 1 && Number(v) <= 100_000), { error: 'errors.capacityInvalid' })
    .optional(),
  waitlist: z.literal('on').optional(),
  inviteOnly: z.literal('on').optional(),
  publish: z.literal('on').optional(),
})

export type SeriesFormValue = z.infer<typeof SeriesForm>
/** A message key with what it needs (e.g. the lines that are no dates). */
export type Issue = { key: string; values?: Record<string, string | number> }
type FormLike = { get(name: string): unknown }

export type SeriesFormResult =
  | { ok: true; value: SeriesFormValue; days: string[]; values: Record<string, string> }
  | { ok: false; fieldErrors: Record<string, Issue[]>; days: string[]; values: Record<string, string> }

/**
 * Reads only the form's own fields and validates them. `days` are the series' dates as far as the
 * pattern fields allow, also when other fields are still wrong (the preview shows them meanwhile).
 */
export function parseSeriesForm(form: FormLike): SeriesFormResult {
  const raw = Object.fromEntries(
    Object.keys(SeriesForm.shape).map((k) => {
      const v = form.get(k)
      return [k, typeof v === 'string' ? v : undefined]
    }),
  ) as Record<string, string | undefined>
  const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, (v ?? '').slice(0, k === 'dates' ? 5_000 : 300)]))
  const fieldErrors: Record<string, Issue[]> = {}
  const add = (field: string, issue: Issue) => (fieldErrors[field] ??= []).push(issue)
  const parsed = SeriesForm.safeParse(raw)
  if (!parsed.success) for (const issue of parsed.error.issues) add(String(issue.path[0]), { key: issue.message })
  const v = parsed.success ? parsed.data : null
  const [start, end] = [raw.startTime ?? '', raw.endTime ?? '']
  if (time.safeParse(start).success && time.safeParse(end).success && end <= start) add('endTime', { key: 'errors.endBeforeStart' })

  const { days, field } = patternDays(raw, add)
  if (days && field) {
    if (days.length === 0) add(field, { key: 'errors.noDates' })
    if (days.length > MAX_SERIES_DATES) add(field, { key: 'errors.tooManyDates', values: { max: MAX_SERIES_DATES } })
  }
  const shown = (days ?? []).slice(0, MAX_SERIES_DATES)
  if (v && Object.keys(fieldErrors).length === 0) return { ok: true, value: v, days: shown, values }
  return { ok: false, fieldErrors, days: shown, values }
}

/** The days of the chosen pattern, and the field that answers for them; null where the pattern fields are wrong. */
function patternDays(
  raw: Record<string, string | undefined>,
  add: (field: string, issue: Issue) => void,
): { days: string[] | null; field: string | null } {
  const pattern = raw.pattern
  if (pattern === 'dates') {
    const { days, invalid } = parseDateList(raw.dates ?? '')
    if (invalid.length) {
      add('dates', { key: 'errors.datesInvalid', values: { dates: invalid.slice(0, 5).join(', ') } })
      return { days: null, field: null }
    }
    return { days: seriesDays({ kind: 'dates', dates: days }), field: 'dates' }
  }
  if (pattern !== 'monthly' && pattern !== 'weekly') return { days: null, field: null }
  const from = raw.from ?? ''
  const to = raw.to ?? ''
  let ok = true
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    const problem = !value ? 'errors.required' : !day.safeParse(value).success || !isCalendarDay(value) ? 'errors.dateInvalid' : null
    if (problem) {
      ok = false
      add(field, { key: problem })
    }
  }
  if (ok && to < from) {
    ok = false
    add('to', { key: 'errors.toBeforeFrom' })
  }
  const weekday = Number(raw.weekday) as Weekday
  if (!WEEKDAYS.includes(raw.weekday as (typeof WEEKDAYS)[number])) return { days: null, field: null }
  if (!ok) return { days: null, field: null }
  let spec: SeriesPattern
  if (pattern === 'monthly') {
    if (!ORDINALS.includes(raw.ordinal as (typeof ORDINALS)[number])) return { days: null, field: null }
    spec = { kind: 'monthly', ordinal: Number(raw.ordinal) as Ordinal, weekday, from, to }
  } else {
    if (!WEEK_INTERVALS.includes(raw.everyWeeks as (typeof WEEK_INTERVALS)[number])) return { days: null, field: null }
    spec = { kind: 'weekly', weekday, everyWeeks: Number(raw.everyWeeks) as 1 | 2 | 3 | 4, from, to }
  }
  return { days: seriesDays(spec), field: 'to' }
}
