// The door's forms, validated on the server (Conform + Zod). Messages are keys of the `checkin`
// namespace, translated when rendered.
import { z } from 'zod'

// eslint-disable-next-line no-control-regex
const LINE_CONTROL = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/

const line = (max: number) =>
  z
    .string({ error: 'errors.required' })
    .trim()
    .min(1, { error: 'errors.required', abort: true })
    .max(max, { error: 'errors.tooLong', abort: true })
    .refine((v) => !LINE_CONTROL.test(v), { error: 'errors.invalidCharacters' })
const optionalLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'errors.tooLong', abort: true })
    .refine((v) => !LINE_CONTROL.test(v), { error: 'errors.invalidCharacters' })
    .optional()

export const DeviceForm = z.object({ label: line(60) })

/** Someone at the door without a registration: a name is enough, the e-mail helps to find them again. */
export const WalkInForm = z.object({
  firstName: line(100),
  lastName: line(100),
  email: z
    .string()
    .trim()
    .max(254, { error: 'errors.tooLong', abort: true })
    .pipe(z.email({ error: 'errors.emailInvalid' }))
    .optional(),
  company: optionalLine(200),
  locale: z.enum(['de', 'en']).optional(),
})
