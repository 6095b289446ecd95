// Loader of /admin/reports/:year: permission, year and filter from the request, the report, and
// the view model — names in the reader's language, dates in the organisation's zone.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { closedYear, closedYearCorrections, closeYear, reopenYear } from '~/domain/reports/closed-year.server'
import { parseReportQuery, parseReportYear } from '~/domain/reports/filter'
import { annualReport, reportChoices } from '~/domain/reports/reports.server'
import { formatDate, formatDateTime } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { can, requirePermission } from '~/lib/permissions.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = await getDb()
  const user = await requirePermission(request, db, 'reports:view')
  const year = parseReportYear(params.year)
  if (!year) throw new Response(null, { status: 404 })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'reports')
  const choices = await reportChoices(db)
  const query = parseReportQuery(new URL(request.url).searchParams, year, {
    seriesIds: choices.series.map((s) => s.id),
    programmeIds: choices.programmes.map((p) => p.id),
  })
  const filtered = Object.keys(query.filter).length > 0
  // A closed year shows the figures as they were closed; a filtered view of it is counted live.
  const closed = await closedYear(db, year)
  const report = closed && !filtered ? closed.report : await annualReport(db, year, query.filter)
  const corrections = closed ? await closedYearCorrections(db, year, closed.closedAt) : []
  const titles = new Map(closed?.report.events.map((e) => [e.id, localized(locale, e.titleDe, e.titleEn)]))
  const name = (ref: { nameDe: string; nameEn: string } | null) => (ref ? localized(locale, ref.nameDe, ref.nameEn) : null)
  const zone = { locale, timeZone: report.timeZone }
  const invalid = Object.keys(query.fieldErrors).length > 0
  return data(
    {
      metaTitle: t('annual.metaTitle', { year }),
      year,
      locale,
      query: { values: query.values, fieldErrors: query.fieldErrors, filtered },
      closed: closed
        ? {
            at: formatDateTime(closed.closedAt, { locale, timeZone: report.timeZone }),
            by: closed.closedBy,
            corrections: corrections.map((c) => ({
              eventId: c.eventId,
              event: titles.get(c.eventId) ?? null,
              change: c.change,
              reason: c.reason,
              by: c.by,
              at: formatDateTime(c.at, { locale, timeZone: report.timeZone }),
            })),
          }
        : null,
      canClose: can(user.role, 'reports:close'),
      choices: {
        kinds: choices.kinds,
        series: choices.series.map((s) => ({ id: s.id, name: name(s)! })),
        programmes: choices.programmes.map((p) => ({ id: p.id, name: name(p)! })),
        years: yearsAround(year, choices.firstYear, choices.lastYear),
      },
      totals: report.totals,
      previous: report.previous,
      byMonth: report.byMonth,
      byKind: report.byKind,
      bySeries: report.bySeries.map((s) => ({ ...s, series: name(s.series) })),
      byProgramme: report.byProgramme.map((p) => ({ ...p, programme: name(p.programme)! })),
      events: report.events.map((e) => ({
        id: e.id,
        title: localized(locale, e.titleDe, e.titleEn),
        date: formatDate(e.startsAt, zone),
        isoDate: e.startsAt.toISOString(),
        kind: e.kind,
        series: name(e.series),
        programmes: e.programmes.map((p) => name(p)!),
        registrations: e.registrations,
        participants: e.participants,
        noShows: e.noShows,
        method: e.method,
        countedBy: e.countedBy,
        days: e.days.length > 1 ? e.days.map((d) => d.present) : null,
        headcount: e.headcount
          ? { note: e.headcount.note, by: e.headcount.by, at: e.headcount.at ? formatDateTime(e.headcount.at, zone) : null }
          : null,
      })),
    },
    { status: invalid ? 400 : 200 },
  )
}

/** Closing and reopening the year: administrators only (`reports:close`), each audited. */
export async function action({ request, params }: ActionFunctionArgs) {
  const db = await getDb()
  const user = await requirePermission(request, db, 'reports:close')
  const year = parseReportYear(params.year)
  if (!year) throw new Response(null, { status: 404 })
  const form = await request.formData().catch(() => new FormData())
  const intent = String(form.get('intent') ?? '')
  if (intent === 'close') {
    const result = await closeYear(db, year, { userId: user.id })
    return redirect(`/admin/reports/${year}?${result.kind === 'closed' ? 'closed=1' : 'alreadyClosed=1'}`, 303)
  }
  if (intent === 'reopen') {
    const reason = String(form.get('reason') ?? '').slice(0, 500)
    await reopenYear(db, year, { userId: user.id, reason })
    return redirect(`/admin/reports/${year}?reopened=1`, 303)
  }
  return data({ error: 'unknown_intent' }, { status: 400 })
}

/** The years to offer in the year switcher: from the first to the last year with events, and this one. */
function yearsAround(year: number, first: number | null, last: number | null): number[] {
  const from = Math.min(first ?? year, year)
  const to = Math.max(last ?? year, year)
  return Array.from({ length: to - from + 1 }, (_, i) => to - i)
}
