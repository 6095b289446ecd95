// Registering the rows of a participant list (source IMPORT). Each row on its own: a bad row is
// reported with its line and field messages and never stops the others; a person already
// registered is reported as such, not registered twice; capacity and the waiting list apply.
import type { Db } from '~/lib/db.server'
import { checkRow, type ImportRow, type RowResult } from './import'
import { register } from './register.server'

export type { RowResult } from './import'

export type ImportOptions = { locale: 'de' | 'en'; notify: boolean }

export async function importParticipants(
  db: Db,
  eventId: string,
  rows: ImportRow[],
  options: ImportOptions,
  now = new Date(),
): Promise<RowResult[]> {
  const results: RowResult[] = []
  for (const row of rows) {
    const email = row.email.slice(0, 254)
    const check = checkRow(row)
    if (!check.ok) {
      results.push({ line: row.line, email, kind: 'invalid', errors: check.errors })
      continue
    }
    const result = await register(
      db,
      eventId,
      { ...check.values, locale: options.locale, source: 'IMPORT', byStaff: true, notify: options.notify },
      now,
    )
    if (result.kind === 'closed') results.push({ line: row.line, email, kind: 'closed', reason: result.reason })
    else if (result.kind === 'full') results.push({ line: row.line, email, kind: 'full' })
    else results.push({ line: row.line, email, kind: result.existing ? 'existing' : result.kind })
  }
  return results
}

export { summarise } from './import-summary'
