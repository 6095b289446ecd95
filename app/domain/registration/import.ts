// Reading a participant list (CSV from Excel, a CRM, last year's sign-in sheet) into rows to
// register. Pure: shared by the server (no-JS upload) and the browser (which parses the file itself
// and sends rows in batches, so it can show progress).
//
// Headers are matched loosely in German and English ("Vorname", "First name", "E-Mail-Adresse",
// "Firma/Unternehmen" …); the separator is detected (German Excel writes ";"); a byte-order mark
// is dropped. Each row is validated with the same rules as the public form.
import Papa from 'papaparse'
import { z } from 'zod'
import { RegistrationFields } from './form'

export const IMPORT_FIELDS = ['firstName', 'lastName', 'email', 'company'] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]
export type ImportRow = { line: number; firstName: string; lastName: string; email: string; company: string }

/** The upload form (without JavaScript): the list, the mails' language, whether to send them. Keys of `staffRegistrations`. */
export const ImportUploadForm = z.object({
  // Any uploaded file (the server's form parser need not hand over the global File class); an empty one is none.
  file: z.custom<Blob>((v) => typeof (v as Blob | null)?.text === 'function' && (v as Blob).size > 0, { error: 'import.noFile' }),
  locale: z.enum(['de', 'en']).catch('de'),
  notify: z.literal('on').optional().catch(undefined),
})

/** Most rows one import takes: larger lists are split by the organiser (and stay fast). */
export const MAX_IMPORT_ROWS = 5_000
/** Rows per request when the browser sends them in batches. */
export const IMPORT_BATCH = 50

const HEADER_WORDS: Record<ImportField, string[]> = {
  firstName: ['vorname', 'firstname', 'first', 'givenname', 'forename'],
  lastName: ['nachname', 'lastname', 'last', 'surname', 'familyname', 'familienname', 'name'],
  email: ['email', 'emailadresse', 'emailaddress', 'mail', 'e-mail'],
  company: ['firma', 'company', 'unternehmen', 'organisation', 'organization', 'institution', 'arbeitgeber', 'employer'],
}

const normaliseHeader = (h: string) =>
  h
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')

/** Which column holds which field, or the fields it could not find. */
export function mapHeader(header: string[]): { columns: Record<ImportField, number>; missing: ImportField[] } {
  const names = header.map(normaliseHeader)
  const columns = {} as Record<ImportField, number>
  const missing: ImportField[] = []
  // Words in order of preference, so "Name" only means the last name when no "Nachname" exists.
  for (const field of IMPORT_FIELDS) {
    const taken = Object.values(columns)
    const index = HEADER_WORDS[field]
      .map((w) => names.findIndex((n, i) => n === normaliseHeader(w) && !taken.includes(i)))
      .find((i) => i >= 0)
    if (index !== undefined) columns[field] = index
    else if (field !== 'company') missing.push(field)
  }
  return { columns, missing }
}

export type ParsedList =
  | { kind: 'rows'; rows: ImportRow[] }
  | { kind: 'empty' }
  | { kind: 'missingColumns'; missing: ImportField[] }
  | { kind: 'tooManyRows'; count: number }

export function parseParticipantList(text: string): ParsedList {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t', '|'] })
  const [header, ...body] = parsed.data
  if (!header || body.length === 0) return { kind: 'empty' }
  if (body.length > MAX_IMPORT_ROWS) return { kind: 'tooManyRows', count: body.length }
  const { columns, missing } = mapHeader(header)
  if (missing.length) return { kind: 'missingColumns', missing }
  const cell = (row: string[], field: ImportField) => (columns[field] === undefined ? '' : (row[columns[field]] ?? '').trim())
  return {
    kind: 'rows',
    // Line numbers as the spreadsheet shows them: the header is line 1.
    rows: body.map((row, i) => ({
      line: i + 2,
      firstName: cell(row, 'firstName'),
      lastName: cell(row, 'lastName'),
      email: cell(row, 'email'),
      company: cell(row, 'company'),
    })),
  }
}

/** What became of one row of an import. */
export type RowResult =
  | { line: number; email: string; kind: 'confirmed' | 'waitlisted' | 'existing' | 'full' }
  | { line: number; email: string; kind: 'invalid'; errors: Partial<Record<ImportField, string[]>> }
  | { line: number; email: string; kind: 'closed'; reason: string }

export type RowCheck =
  | { ok: true; values: { firstName: string; lastName: string; email: string; company?: string } }
  | { ok: false; errors: Partial<Record<ImportField, string[]>> }

/** The public form's rules for one row; messages are keys of the `registration` namespace. */
export function checkRow(row: ImportRow): RowCheck {
  const parsed = RegistrationFields.safeParse({
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    company: row.company || undefined,
  })
  if (parsed.success)
    return {
      ok: true,
      values: { firstName: parsed.data.firstName, lastName: parsed.data.lastName, email: parsed.data.email, company: parsed.data.company },
    }
  const errors: Partial<Record<ImportField, string[]>> = {}
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0]) as ImportField
    ;(errors[field] ??= []).push(issue.message)
  }
  return { ok: false, errors }
}
