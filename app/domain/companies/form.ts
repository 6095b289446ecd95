// The company editor's form: the company's data and its membership periods. Existing periods are
// rows `periods[i].from` / `periods[i].to` (an empty start: since before the records; an empty end:
// still a member) with a `periods[i].remove` box; a new period is `newFrom` / `newTo`, ignored
// while both are empty. Dates are days (YYYY-MM-DD), read as midnight in the cluster's zone.
import { z } from 'zod'
import { DEFAULT_TIME_ZONE, wallTimeToUtc } from '~/lib/datetime'
import { line, optionalLine } from '~/lib/form-fields'
import type { MembershipPeriod } from './membership'

const DAY = /^\d{4}-\d{2}-\d{2}$/

const day = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || (DAY.test(v) && isDay(v)), { error: 'errors.date' })

function isDay(v: string) {
  try {
    wallTimeToUtc(`${v}T00:00`, DEFAULT_TIME_ZONE)
    return true
  } catch {
    return false
  }
}

export const CompanyFields = z.object({
  name: line(150),
  city: optionalLine(100),
  country: z
    .string({ error: 'errors.required' })
    .trim()
    .min(1, { error: 'errors.required', abort: true })
    .regex(/^[A-Za-z]{2}$/, { error: 'errors.country' })
    .transform((v) => v.toUpperCase()),
  website: optionalLine(300).refine((v) => !v || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v), { error: 'errors.website' }),
  sector: optionalLine(150),
  periods: z
    .array(z.object({ from: day, to: day, remove: z.string().optional() }))
    .max(50)
    .optional()
    .default([]),
  newFrom: day,
  newTo: day,
})

export type CompanyForm = z.output<typeof CompanyFields>

/** The day as the instant it starts in the cluster's zone; null for empty. */
export function dayStart(v: string | undefined): Date | null {
  return v ? wallTimeToUtc(`${v}T00:00`, DEFAULT_TIME_ZONE) : null
}

/**
 * The periods the form keeps, each with the field name its problems belong to (`periods[i]` or
 * `new`): removed rows are dropped, the new row only when one of its days is given.
 */
export function formPeriods(form: CompanyForm): Array<MembershipPeriod & { field: string }> {
  const kept = form.periods
    .map((p, i) => ({ ...p, field: `periods[${i}]` }))
    .filter((p) => !p.remove)
    .map((p) => ({ from: dayStart(p.from), to: dayStart(p.to), field: p.field }))
  if (form.newFrom || form.newTo) kept.push({ from: dayStart(form.newFrom), to: dayStart(form.newTo), field: 'new' })
  return kept
}
