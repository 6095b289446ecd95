// The annual report's address and filter: /admin/reports/:year?kind=&series=&programme=&from=&to=
// Shared by the page and its exports. Choices from the selects (kind, series, programme) that do
// not exist are dropped silently — they come from edited or stale links; dates are typed, so a bad
// one gets a message (a translation key of the `reports` namespace) and is left out of the filter.
import type { EventKind } from '~/generated/prisma-sqlite/client'
import type { ReportFilter } from './reports.server'

export const FIRST_REPORT_YEAR = 1990
export const LAST_REPORT_YEAR = 2100
const KINDS: readonly EventKind[] = ['CONFERENCE', 'WORKSHOP', 'MEETING', 'DIALOGUE', 'FAIR']

/** The year of the URL, or null when it is no year the report can have (→ 404). */
export function parseReportYear(value: string | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null
  const year = Number(value)
  return year >= FIRST_REPORT_YEAR && year <= LAST_REPORT_YEAR ? year : null
}

export type ReportQuery = {
  filter: ReportFilter
  /** What the form shows again (as typed). */
  values: { kind: string; series: string; programme: string; from: string; to: string }
  fieldErrors: Partial<Record<'from' | 'to', Array<{ key: string; year?: number }>>>
}

function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false
  const d = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day
}

export function parseReportQuery(
  params: URLSearchParams,
  year: number,
  known: { seriesIds: string[]; programmeIds: string[] },
): ReportQuery {
  const get = (name: string) => (params.get(name) ?? '').trim().slice(0, 100)
  const values = { kind: get('kind'), series: get('series'), programme: get('programme'), from: get('from'), to: get('to') }
  const filter: ReportFilter = {}
  const fieldErrors: ReportQuery['fieldErrors'] = {}
  if ((KINDS as readonly string[]).includes(values.kind)) filter.kind = values.kind as EventKind
  else values.kind = ''
  if (known.seriesIds.includes(values.series)) filter.seriesId = values.series
  else values.series = ''
  if (known.programmeIds.includes(values.programme)) filter.programmeId = values.programme
  else values.programme = ''
  for (const field of ['from', 'to'] as const) {
    const day = values[field]
    if (!day) continue
    if (!isCalendarDay(day)) fieldErrors[field] = [{ key: 'errors.date' }]
    else if (!day.startsWith(`${year}-`)) fieldErrors[field] = [{ key: 'errors.outsideYear', year }]
    else filter[field] = day
  }
  if (filter.from && filter.to && filter.to < filter.from) {
    fieldErrors.to = [{ key: 'errors.range' }]
    delete filter.to
  }
  return { filter, values, fieldErrors }
}

/** The query string of a filter, for links (exports, other years) that keep it. */
export function reportSearch(values: Partial<ReportQuery['values']>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries({ ...values, ...extra })) if (v) params.set(k, v)
  const s = params.toString()
  return s ? `?${s}` : ''
}
