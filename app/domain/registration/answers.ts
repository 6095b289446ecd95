// Answers to an event's custom questions: read from a submitted form (fields q_<questionId>) and
// checked against the questions. Pure, so the public form, the self-service page, the CSV import
// and the organiser's edit form all accept exactly the same answers.

export type QuestionKind = 'TEXT' | 'CHOICE' | 'MULTI' | 'BOOLEAN'
export type QuestionOption = { value: string; de: string; en: string }
export type Question = { id: string; kind: QuestionKind; required: boolean; options?: unknown }
export type Answer = string | string[] | boolean
export type Answers = Record<string, Answer>
export type AnswerError = 'required' | 'tooLong' | 'invalidOption' | 'invalidText'

export const MAX_ANSWER_LENGTH = 2_000
export const fieldName = (questionId: string) => `q_${questionId}`

/**
 * The options of a CHOICE/MULTI question, tolerant of malformed JSON in the database: an option
 * without an English (or German) text has an empty one.
 */
export function questionOptions(question: Pick<Question, 'options'>): QuestionOption[] {
  if (!Array.isArray(question.options)) return []
  return question.options
    .filter((o): o is QuestionOption => !!o && typeof o === 'object' && typeof (o as QuestionOption).value === 'string')
    .map((o) => ({ value: o.value, de: typeof o.de === 'string' ? o.de : '', en: typeof o.en === 'string' ? o.en : '' }))
}

/**
 * An option's text in the reader's language. The answer stores only the option's value, so the
 * text can be translated or corrected later; English falls back to German while it is empty.
 */
export function optionLabel(option: Pick<QuestionOption, 'value' | 'de' | 'en'>, locale: 'de' | 'en'): string {
  const de = option.de.trim()
  const text = locale === 'en' ? option.en.trim() || de : de
  return text || option.value
}

/** A question's options as a form shows them: value and text in the reader's language. */
export function optionChoices(question: Pick<Question, 'options'>, locale: 'de' | 'en'): { value: string; label: string }[] {
  return questionOptions(question).map((o) => ({ value: o.value, label: optionLabel(o, locale) }))
}

// Control characters other than tab and line breaks have no place in an answer.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

type FormLike = { getAll(name: string): unknown[] }

/**
 * Reads and validates the answers. Unknown fields are ignored; only the event's questions are read.
 * Returns the clean answers, or an error per question id.
 */
export function parseAnswers(
  questions: Question[],
  form: FormLike,
): { ok: true; answers: Answers } | { ok: false; errors: Record<string, AnswerError> } {
  const answers: Answers = {}
  const errors: Record<string, AnswerError> = {}
  for (const q of questions) {
    const raw = form.getAll(fieldName(q.id)).filter((v): v is string => typeof v === 'string')
    const error = readAnswer(q, raw, answers)
    if (error) errors[q.id] = error
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, answers }
}

function readAnswer(q: Question, raw: string[], answers: Answers): AnswerError | null {
  switch (q.kind) {
    case 'TEXT': {
      const text = (raw[0] ?? '').trim()
      if (!text) return q.required ? 'required' : null
      if (text.length > MAX_ANSWER_LENGTH) return 'tooLong'
      if (CONTROL.test(text)) return 'invalidText'
      answers[q.id] = text
      return null
    }
    case 'BOOLEAN': {
      // A checkbox: present means yes. A required yes/no question means "must agree".
      const yes = raw.some((v) => v === 'on' || v === 'true' || v === 'yes')
      if (q.required && !yes) return 'required'
      answers[q.id] = yes
      return null
    }
    case 'CHOICE': {
      const value = (raw[0] ?? '').trim()
      if (!value) return q.required ? 'required' : null
      if (!questionOptions(q).some((o) => o.value === value)) return 'invalidOption'
      answers[q.id] = value
      return null
    }
    case 'MULTI': {
      const allowed = new Set(questionOptions(q).map((o) => o.value))
      const values = [...new Set(raw.map((v) => v.trim()).filter(Boolean))]
      if (values.some((v) => !allowed.has(v))) return 'invalidOption'
      if (!values.length) return q.required ? 'required' : null
      answers[q.id] = values
      return null
    }
  }
}

/**
 * What was typed, unchecked, to fill the form in again after a refused submission (so nobody
 * types their answers twice). Cut short: it is only ever shown back, never stored.
 */
export function submittedAnswers(questions: Question[], form: FormLike): Answers {
  const answers: Answers = {}
  for (const q of questions) {
    const raw = form
      .getAll(fieldName(q.id))
      .filter((v): v is string => typeof v === 'string')
      .map((v) => v.slice(0, MAX_ANSWER_LENGTH))
    if (q.kind === 'BOOLEAN') answers[q.id] = raw.length > 0
    else if (q.kind === 'MULTI') answers[q.id] = raw.slice(0, 50)
    else if (raw[0]) answers[q.id] = raw[0]
  }
  return answers
}

/** An answer as text for lists and CSV, with option labels in the reader's language. */
export function formatAnswer(q: Question, answer: Answer | undefined, locale: 'de' | 'en', yesNo: { yes: string; no: string }): string {
  if (answer === undefined) return ''
  if (typeof answer === 'boolean') return answer ? yesNo.yes : yesNo.no
  const options = questionOptions(q)
  const label = (value: string) => {
    const option = options.find((o) => o.value === value)
    return option ? optionLabel(option, locale) : value
  }
  return Array.isArray(answer) ? answer.map(label).join(', ') : q.kind === 'CHOICE' ? label(answer) : answer
}

/**
 * The answers a colleague takes over with a transferred seat. CHOICE and MULTI answers choose
 * something for the seat (a track, a day, the lunch), like the sessions, which stay booked, so the
 * colleague gets the seat as it was planned and can change it on their page. TEXT answers are what
 * the previous holder wrote about themselves (a diet, an allergy, a note for the organisers) and
 * BOOLEAN ones what they agreed to (photos, a code of conduct): personal data of someone else,
 * and a declaration only the colleague can make, so neither is handed on. Answers to questions
 * the event no longer asks go too.
 */
export function answersForNewHolder(questions: Pick<Question, 'id' | 'kind'>[], answers: unknown): Answers {
  if (!answers || typeof answers !== 'object' || Array.isArray(answers)) return {}
  const given = answers as Record<string, Answer | undefined>
  const kept: Answers = {}
  for (const q of questions) {
    const answer = given[q.id]
    if (answer !== undefined && (q.kind === 'CHOICE' || q.kind === 'MULTI')) kept[q.id] = answer
  }
  return kept
}
