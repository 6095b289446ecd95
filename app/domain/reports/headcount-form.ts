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
    .min(1, { error: 'errors.required', abort: true })
    .regex(/^\d+$/, { error: 'errors.wholeNumber' })
    .transform(Number)
    .pipe(z.number().max(MAX_HEADCOUNT, { error: 'errors.headcountTooLarge' })),
  note: optionalLine(MAX_HEADCOUNT_NOTE).transform((v) => v || null),
})

export type HeadcountInput = z.output<typeof HeadcountForm>
