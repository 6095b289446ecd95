// "Register colleagues too" on the public registration form: up to MAX_COLLEAGUES rows of first
// name, last name and e-mail (fields colleagues[i].firstName …, and `colleagueRows`, the number of
// rows shown). Validated like the registrant's own fields; messages are keys of `registration`.
import { RegistrationFields } from './form'

export const MAX_COLLEAGUES = 10
export const COLLEAGUE_FIELDS = ['firstName', 'lastName', 'email'] as const
export type ColleagueField = (typeof COLLEAGUE_FIELDS)[number]
export const colleagueFieldName = (row: number, field: ColleagueField) => `colleagues[${row}].${field}`

const ColleagueFields = RegistrationFields.pick({ firstName: true, lastName: true, email: true })
type FormLike = { get(name: string): unknown }
export type ColleagueRow = Record<ColleagueField, string>

export type ColleagueRowsResult = {
  /** Rows to show again (what was typed, cut short), at least as many as were shown. */
  rows: ColleagueRow[]
  /** Filled-in rows, validated; empty rows are left out. */
  colleagues: ColleagueRow[]
  /** Messages per field name (colleagues[i].email …). */
  fieldErrors: Record<string, string[]>
}

/** Reads the rows that were shown. `leaderEmail` (normalised or not) may not be repeated in them. */
export function readColleagueRows(form: FormLike, leaderEmail: string | undefined): ColleagueRowsResult {
  const shown = Number(form.get('colleagueRows'))
  const count = Number.isInteger(shown) ? Math.min(Math.max(shown, 0), MAX_COLLEAGUES) : 0
  const text = (name: string) => {
    const v = form.get(name)
    return typeof v === 'string' ? v : ''
  }
  const rows: ColleagueRow[] = []
  const colleagues: ColleagueRow[] = []
  const fieldErrors: Record<string, string[]> = {}
  const seen = new Set(leaderEmail ? [normalise(leaderEmail)] : [])
  for (let i = 0; i < count; i++) {
    const raw = Object.fromEntries(COLLEAGUE_FIELDS.map((f) => [f, text(colleagueFieldName(i, f))])) as ColleagueRow
    rows.push(Object.fromEntries(COLLEAGUE_FIELDS.map((f) => [f, raw[f].slice(0, 300)])) as ColleagueRow)
    if (COLLEAGUE_FIELDS.every((f) => raw[f].trim() === '')) continue
    const parsed = ColleagueFields.safeParse(raw)
    const issues = parsed.success ? [] : parsed.error.issues
    for (const issue of issues) (fieldErrors[colleagueFieldName(i, issue.path[0] as ColleagueField)] ??= []).push(issue.message)
    // A well-formed address that is already in the form is refused too, whatever else is wrong in the row.
    const email = normalise(raw.email)
    const duplicate = !fieldErrors[colleagueFieldName(i, 'email')] && seen.has(email)
    if (duplicate) fieldErrors[colleagueFieldName(i, 'email')] = ['errors.duplicateEmail']
    if (!parsed.success || duplicate) continue
    seen.add(email)
    colleagues.push(parsed.data)
  }
  return { rows, colleagues, fieldErrors }
}

const normalise = (email: string) => email.normalize('NFC').trim().toLowerCase()
