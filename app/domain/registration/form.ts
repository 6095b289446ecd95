// The public registration form's fields (docs/architecture.md contract: firstName, lastName, email, company,
// custom questions q_<id>, hidden honeypot `website`), validated on the server. Messages are keys
// of the `registration` namespace, translated when rendered.
import { z } from 'zod'
import { email } from '~/lib/form-fields'

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/
const name = z
  .string({ error: 'errors.required' })
  .trim()
  .min(1, { error: 'errors.required', abort: true })
  .max(100, { error: 'errors.tooLong', abort: true })
  .refine((v) => !CONTROL.test(v), { error: 'errors.invalidCharacters' })

export const RegistrationFields = z.object({
  firstName: name,
  lastName: name,
  email,
  company: z
    .string()
    .trim()
    .max(150, { error: 'errors.tooLong', abort: true })
    .refine((v) => !CONTROL.test(v), { error: 'errors.invalidCharacters' })
    .optional(),
  locale: z.enum(['de', 'en']).optional(),
  // Hidden from people; bots fill every field. Anything in it means "do not register".
  website: z.string().optional(),
})

export type RegistrationValues = z.infer<typeof RegistrationFields>

/** True when the honeypot was filled: answer as if all went well, store nothing. */
export const isBot = (values: { website?: string }) => Boolean(values.website?.trim())
