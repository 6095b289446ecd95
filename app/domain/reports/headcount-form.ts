// The manual headcount form: a whole number of people counted by hand, and an optional note on how
// ("Sommerabend ohne Einlasskontrolle, von Hand gezählt"). Error messages are translation keys of
// the `reports` namespace.
import { z } from 'zod'
import { optionalLine } from '~/lib/form-fields'

export const MAX_HEADCOUNT = 100_000
export const MAX_HEADCOUNT_NOTE = 500

export const HeadcountForm = z.object({
  headcount: z
    .string({ error: 'errors.required' })
    .trim()
    .min(1, { error: 'errors.required' })
    .regex(/^\d+$/, { error: 'errors.wholeNumber' })
    .transform(Number)
    .pipe(z.number().max(MAX_HEADCOUNT, { error: 'errors.headcountTooLarge' })),
  note: optionalLine(MAX_HEADCOUNT_NOTE).transform((v) => v || null),
})

export type HeadcountInput = z.output<typeof HeadcountForm>

/** Field errors as translation keys, or the parsed input. */
export function parseHeadcountForm(
  values: Record<string, unknown>,
): { ok: true; value: HeadcountInput } | { ok: false; fieldErrors: Record<string, string[]> } {
  const parsed = HeadcountForm.safeParse(values)
  if (parsed.success) return { ok: true, value: parsed.data }
  const fieldErrors: Record<string, string[]> = {}
  // One message per field, the first that applies ("required" rather than also "not a number").
  for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= [issue.message]
  return { ok: false, fieldErrors }
}
