// The door's forms, validated on the server (Conform + Zod). Messages are keys of the `checkin`
// namespace, translated when rendered.
import { z } from 'zod'
import { line, optionalEmail, optionalLine } from '~/lib/form-fields'

export const DeviceForm = z.object({ label: line(60) })

/** Someone at the door without a registration: a name is enough, the e-mail helps to find them again. */
export const WalkInForm = z.object({
  firstName: line(100),
  lastName: line(100),
  email: optionalEmail,
  company: optionalLine(200),
  locale: z.enum(['de', 'en']).optional(),
})
