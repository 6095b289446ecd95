// Registering the rows of a participant list (source IMPORT). Each row on its own: a bad row is
// reported with its line and field messages and never stops the others; a person already
// registered is reported as such, not registered twice; capacity and the waiting list apply.
import { audit } from '~/domain/audit/audit.server'
import type { Db } from '~/lib/db.server'
import { checkRow, type ImportRow, type RowResult } from './import'
import { summarise } from './import-summary'
import { register } from './register.server'

export type { RowResult } from './import'

/** actorId: the staff member importing; the import's summary is audited under their name. */
export type ImportOptions = { locale: 'de' | 'en'; notify: boolean; actorId?: string }

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
  // Each row is registered in its own transaction; the entry records what the whole list did.
  if (options.actorId !== undefined)
    await audit(
      db,
      options.actorId,
      'registration.imported',
      { type: 'Event', id: eventId, eventId },
      { ...summarise(results), notify: options.notify },
    )
  return results
}

export { summarise } from './import-summary'
