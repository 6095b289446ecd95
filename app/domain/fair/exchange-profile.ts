// A visitor's profile in a fair's cooperation exchange: what they offer and what they seek. Pure.
//
// The organiser marks text questions of the registration form as the exchange's "offer" or "seek"
// (EventQuestion.exchangeField). Until a visitor saves a profile of their own, their answers to
// those questions are their profile, for them and for the exhibitors they ask for a meeting. Once
// they save one, it is theirs entirely: what they wrote (or cleared) is never overwritten by an
// answer, and changing an answer later does not touch it.
import type { Answers } from '~/domain/registration/answers'

export type ExchangeField = 'OFFER' | 'SEEK'
export const EXCHANGE_FIELDS = ['OFFER', 'SEEK'] as const satisfies readonly ExchangeField[]

type MarkedQuestion = { id: string; kind: string; exchangeField?: string | null }
type SavedProfile = { offer: string | null; seek: string | null; topics: string | null }

export type ExchangeProfile = SavedProfile & {
  /** True while the profile is the registration's answers (the visitor saved none yet). */
  fromRegistration: boolean
}

/** The answers to the marked questions, as offer and seek (several marked questions are joined). */
export function profileFromAnswers(
  questions: MarkedQuestion[],
  answers: Answers | null | undefined,
): { offer: string | null; seek: string | null } {
  const pick = (field: ExchangeField) =>
    questions
      .filter((q) => q.kind === 'TEXT' && q.exchangeField === field)
      .map((q) => answers?.[q.id])
      .filter((a): a is string => typeof a === 'string' && a.trim() !== '')
      .map((a) => a.trim())
      .join('\n') || null
  return { offer: pick('OFFER'), seek: pick('SEEK') }
}

/** The profile shown: the saved one, or else the registration's answers, or null when neither says anything. */
export function exchangeProfile(
  saved: SavedProfile | null | undefined,
  questions: MarkedQuestion[],
  answers: Answers | null | undefined,
): ExchangeProfile | null {
  if (saved) return { offer: saved.offer, seek: saved.seek, topics: saved.topics, fromRegistration: false }
  const { offer, seek } = profileFromAnswers(questions, answers)
  return offer || seek ? { offer, seek, topics: null, fromRegistration: true } : null
}
