// "Register colleagues too" on the public registration form: up to MAX_COLLEAGUES rows of first
// name, last name and e-mail (fields colleagues[i].firstName …, and `colleagueRows`, the number of
// rows shown), and each colleague's own answers to the event's questions (colleagues[i].q_<id>):
// a colleague is registered with the same required answers as the registrant, never with none.
// Validated like the registrant's own fields; messages are keys of `registration`.
import { fieldName, parseAnswers, submittedAnswers, type Answers, type Question } from './answers'
import { RegistrationFields } from './form'

export const MAX_COLLEAGUES = 10
export const COLLEAGUE_FIELDS = ['firstName', 'lastName', 'email'] as const
export type ColleagueField = (typeof COLLEAGUE_FIELDS)[number]
export const colleagueFieldName = (row: number, field: ColleagueField) => `colleagues[${row}].${field}`
/** A colleague's answer to a question: `colleagues[i].q_<questionId>`. */
export const colleagueAnswerName = (row: number, questionId: string) => `colleagues[${row}].${fieldName(questionId)}`

const ColleagueFields = RegistrationFields.pick({ firstName: true, lastName: true, email: true })
type FormLike = { get(name: string): unknown; getAll(name: string): unknown[] }
/** A row as shown again: what was typed, answers included. */
export type ColleagueRow = Record<ColleagueField, string> & { answers?: Answers }
/** A colleague to register: checked fields and checked answers. */
export type ColleagueInput = Record<ColleagueField, string> & { answers: Answers }

export type ColleagueRowsResult = {
  /** Rows to show again (what was typed, cut short), at least as many as were shown. */
  rows: ColleagueRow[]
  /** Filled-in rows, validated; empty rows are left out. */
  colleagues: ColleagueInput[]
  /** Messages per field name (colleagues[i].email, colleagues[i].q_<id> …). */
  fieldErrors: Record<string, string[]>
}

/** One row's answers, read as if they were the only ones in the form (q_<id>). */
function rowAnswers(form: FormLike, row: number) {
  const prefix = `colleagues[${row}].`
  return { getAll: (name: string) => form.getAll(`${prefix}${name}`) }
}

/**
 * Reads the rows that were shown. `leaderEmail` (normalised or not) may not be repeated in them;
 * `questions`: the event's, which each colleague answers like the registrant.
 */
export function readColleagueRows(form: FormLike, leaderEmail: string | undefined, questions: Question[] = []): ColleagueRowsResult {
  const shown = Number(form.get('colleagueRows'))
  const count = Number.isInteger(shown) ? Math.min(Math.max(shown, 0), MAX_COLLEAGUES) : 0
  const text = (name: string) => {
    const v = form.get(name)
    return typeof v === 'string' ? v : ''
  }
  const rows: ColleagueRow[] = []
  const colleagues: ColleagueInput[] = []
  const fieldErrors: Record<string, string[]> = {}
  const seen = new Set(leaderEmail ? [normalise(leaderEmail)] : [])
  for (let i = 0; i < count; i++) {
    const raw = Object.fromEntries(COLLEAGUE_FIELDS.map((f) => [f, text(colleagueFieldName(i, f))])) as Record<ColleagueField, string>
    const typed = Object.fromEntries(COLLEAGUE_FIELDS.map((f) => [f, raw[f].slice(0, 300)])) as Record<ColleagueField, string>
    rows.push(questions.length ? { ...typed, answers: submittedAnswers(questions, rowAnswers(form, i)) } : typed)
    if (COLLEAGUE_FIELDS.every((f) => raw[f].trim() === '')) continue
    const parsed = ColleagueFields.safeParse(raw)
    const issues = parsed.success ? [] : parsed.error.issues
    for (const issue of issues) (fieldErrors[colleagueFieldName(i, issue.path[0] as ColleagueField)] ??= []).push(issue.message)
    const answers = parseAnswers(questions, rowAnswers(form, i))
    if (!answers.ok) for (const [id, code] of Object.entries(answers.errors)) fieldErrors[colleagueAnswerName(i, id)] = [`errors.${code}`]
    // A well-formed address that is already in the form is refused too, whatever else is wrong in the row.
    const email = normalise(raw.email)
    const duplicate = !fieldErrors[colleagueFieldName(i, 'email')] && seen.has(email)
    if (duplicate) fieldErrors[colleagueFieldName(i, 'email')] = ['errors.duplicateEmail']
    if (!parsed.success || !answers.ok || duplicate) continue
    seen.add(email)
    colleagues.push({ ...parsed.data, answers: answers.answers })
  }
  return { rows, colleagues, fieldErrors }
}

const normalise = (email: string) => email.normalize('NFC').trim().toLowerCase()
