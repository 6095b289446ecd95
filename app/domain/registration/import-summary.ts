// Counting an import's row results (browser and server).
import type { RowResult } from './import'

export type ImportSummary = Record<RowResult['kind'], number>

export function summarise(results: RowResult[]): ImportSummary {
  const summary: ImportSummary = { confirmed: 0, waitlisted: 0, existing: 0, full: 0, invalid: 0, closed: 0 }
  for (const r of results) summary[r.kind]++
  return summary
}
