// The self-service page's forms as Zod schemas for Conform: answers and sessions (built from the
// event's own questions and bookable sessions, checked by the same rules as the registration
// form), name and company, and a new e-mail address. Messages are keys of `registration`.
import { z } from 'zod'
import { fieldName, parseAnswers, type Answer, type Question } from './answers'
import { RegistrationFields } from './form'
import { overlappingSessions } from './session-booking.server'
import { SESSIONS_FIELD } from './session-choice.server'

/** Conform hands one value as a string and several as an array; nothing at all is undefined. */
const asList = (value: unknown): string[] =>
  (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string')

function answerField(question: Question) {
  return z
    .unknown()
    .optional()
    .transform((value, ctx): Answer | undefined => {
      const read = parseAnswers([question], { getAll: () => asList(value) })
      if (read.ok) return read.answers[question.id]
      ctx.addIssue({ code: 'custom', message: `errors.${read.errors[question.id]}` })
      return z.NEVER
    })
}

type Bookable = { id: string; startsAt: Date; endsAt: Date }

/** Answers (q_<id>) and sessions of the "change answers and workshops" form. */
export function changeChoicesSchema(questions: Question[], bookable: Bookable[]) {
  const shape: Record<string, z.ZodType> = { intent: z.string().optional() }
  for (const q of questions) shape[fieldName(q.id)] = answerField(q)
  shape[SESSIONS_FIELD] = z
    .unknown()
    .optional()
    .transform((value) => {
      // Ids of other sessions are ignored like any other unknown field.
      const wanted = new Set(asList(value))
      return bookable.filter((s) => wanted.has(s.id))
    })
  return z.object(shape).transform((values, ctx) => {
    const sessions = values[SESSIONS_FIELD] as Bookable[]
    const [pair] = overlappingSessions(sessions)
    if (pair) {
      ctx.addIssue({ code: 'custom', path: [SESSIONS_FIELD], message: 'errors.sessionsOverlap' })
      return z.NEVER
    }
    const answers: Record<string, Answer> = {}
    for (const q of questions) {
      const answer = values[fieldName(q.id)] as Answer | undefined
      if (answer !== undefined) answers[q.id] = answer
    }
    return { answers, sessionIds: sessions.map((s) => s.id) }
  })
}

/** The two sessions a refused choice has at the same time, to name them beside the boxes. */
export function sessionConflict(bookable: Bookable[], chosenIds: unknown): [string, string] | null {
  const wanted = new Set(asList(chosenIds))
  const [pair] = overlappingSessions(bookable.filter((s) => wanted.has(s.id)))
  return pair ? [pair[0].id, pair[1].id] : null
}

/** Name and company, with the registration form's own rules. */
export const DetailsForm = RegistrationFields.pick({ firstName: true, lastName: true, company: true })

/** A new address, with the registration form's own rule. */
export const EmailForm = RegistrationFields.pick({ email: true })
