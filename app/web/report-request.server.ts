// What every annual-report route reads from its request: permission, the year (404 when it is
// none), the filter (bad dates → 400 for the exports), the language and the filter in words.
import type { Params } from '@remix-run/react'
import type { Translate } from '~/domain/reports/export.server'
import { parseReportQuery, parseReportYear, type ReportQuery } from '~/domain/reports/filter'
import { reportChoices, type AnnualReport } from '~/domain/reports/reports.server'
import { closedYear } from '~/domain/reports/closed-year.server'
import { getDb, type Db } from '~/lib/db.server'
import { localized, toLocale, type Locale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'

export type ReportRequest = {
  db: Db
  year: number
  query: ReportQuery
  locale: Locale
  t: Translate
  filterText: string
  /** The closed year's report as it was closed (unfiltered requests only): exports are built from it. */
  snapshot: AnnualReport | null
}

export async function readReportRequest(request: Request, params: Params, { rejectBadFilter = true } = {}): Promise<ReportRequest> {
  const db = await getDb()
  await requirePermission(request, db, 'reports:view')
  const year = parseReportYear(params.year)
  if (!year) throw new Response('Not found', { status: 404 })
  const choices = await reportChoices(db)
  const query = parseReportQuery(new URL(request.url).searchParams, year, {
    seriesIds: choices.series.map((s) => s.id),
    programmeIds: choices.programmes.map((p) => p.id),
  })
  const locale = toLocale(await i18next.getLocale(request))
  const fixed = await i18next.getFixedT(locale, 'reports')
  const t: Translate = (key, options) => String(fixed(key, options as never))
  if (rejectBadFilter && Object.keys(query.fieldErrors).length) {
    const messages = Object.values(query.fieldErrors).flatMap((errors) => errors!.map((e) => t(e.key, { year: e.year })))
    throw new Response(messages.join('\n'), { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  const f = query.filter
  const named = (list: Array<{ id: string; nameDe: string; nameEn: string }>, id?: string) => {
    const hit = list.find((x) => x.id === id)
    return hit ? localized(locale, hit.nameDe, hit.nameEn) : null
  }
  const filterText = [
    f.kind ? `${t('filter.kind')}: ${t(`kinds.${f.kind}`, { ns: 'admin' })}` : null,
    f.seriesId ? `${t('filter.series')}: ${named(choices.series, f.seriesId)}` : null,
    f.programmeId ? `${t('filter.programme')}: ${named(choices.programmes, f.programmeId)}` : null,
    f.from ? `${t('filter.from')}: ${f.from}` : null,
    f.to ? `${t('filter.to')}: ${f.to}` : null,
  ]
    .filter(Boolean)
    .join(' · ')
  const closed = Object.keys(f).length === 0 ? await closedYear(db, year) : null
  return { db, year, query, locale, t, filterText, snapshot: closed?.report ?? null }
}

/** A download's headers: no caching (the figures change), a file name with year and language. */
export function downloadHeaders(contentType: string, fileName: string, disposition: 'attachment' | 'inline' = 'attachment') {
  return {
    'Content-Type': contentType,
    'Content-Disposition': `${disposition}; filename="${fileName}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  }
}
