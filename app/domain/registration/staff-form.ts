// The organiser's forms for one registration: add a person by hand, correct their details. Same
// field rules as the public form; messages are keys of the `registration` namespace. Parsed with
// Conform, so an empty field arrives as a missing one and fields the schema does not name
// (status=CONFIRMED …) are dropped.
import { z } from 'zod'
import type { AttendeeRole } from '~/generated/prisma-sqlite/client'
import { RegistrationFields } from './form'

export const STAFF_ROLES = ['ATTENDEE', 'SPEAKER', 'EXHIBITOR', 'STAFF', 'PRESS'] as const satisfies readonly AttendeeRole[]

const role = z.enum(STAFF_ROLES, { error: 'errors.required' })

export const AddForm = RegistrationFields.pick({ firstName: true, lastName: true, email: true, company: true }).extend({
  role,
  locale: z.enum(['de', 'en']).catch('de'),
  notify: z.literal('on').optional(),
})

export const DetailsForm = RegistrationFields.pick({ firstName: true, lastName: true, company: true }).extend({ role })
