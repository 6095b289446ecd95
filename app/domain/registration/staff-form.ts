// The organiser's forms for one registration: add a person by hand, correct their details. Same
// field rules as the public form; messages are keys of the `registration` namespace.
import { z } from 'zod'
import type { AttendeeRole } from '~/generated/prisma-sqlite/client'
import { RegistrationFields } from './form'

export const STAFF_ROLES = ['ATTENDEE', 'SPEAKER', 'EXHIBITOR', 'STAFF', 'PRESS'] as const satisfies readonly AttendeeRole[]

const role = z.enum(STAFF_ROLES, { error: 'errors.required' })

const AddForm = RegistrationFields.pick({ firstName: true, lastName: true, email: true, company: true }).extend({
  role,
  locale: z.enum(['de', 'en']).catch('de'),
  notify: z.literal('on').optional(),
})

const DetailsForm = RegistrationFields.pick({ firstName: true, lastName: true, company: true }).extend({ role })

/** `values`: what was typed, to show the form again (also after a refusal that is not a field error). */
export type FormResult<T> =
  | { ok: true; value: T; values: Record<string, string> }
  | { ok: false; fieldErrors: Record<string, string[]>; values: Record<string, string> }

function parse<S extends z.ZodType>(schema: S, form: FormData, names: string[]): FormResult<z.infer<S>> {
  // Only the named fields are read: anything else posted (status=CONFIRMED …) is ignored.
  const values = Object.fromEntries(
    names.map((n) => [n, typeof form.get(n) === 'string' ? (form.get(n) as string).slice(0, 1_000) : undefined]),
  )
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== '')))
  const typed = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v ?? '']))
  if (parsed.success) return { ok: true, value: parsed.data, values: typed }
  const fieldErrors: Record<string, string[]> = {}
  for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message)
  return { ok: false, fieldErrors, values: typed }
}

export const parseAddForm = (form: FormData) =>
  parse(AddForm, form, ['firstName', 'lastName', 'email', 'company', 'role', 'locale', 'notify'])
export const parseDetailsForm = (form: FormData) => parse(DetailsForm, form, ['firstName', 'lastName', 'company', 'role'])
