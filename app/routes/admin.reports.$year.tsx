// /admin/reports/:year — the annual report: "N events with M participants", every headline figure
// with how it was counted and the previous year beside it, charts per month and per kind (each
// with a table), series and programmes, and every event with how it was counted. Filters by GET.
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { BarChartFigure } from '~/components/reports/bar-chart-figure'
import { Button, buttonClass, Card, cell, EmptyState, Field, PageHeader, SelectField, TableScroll } from '~/components/ui'
import { parseReportQuery, parseReportYear, reportSearch } from '~/domain/reports/filter'
import { annualReport, reportChoices, type ReportTotals } from '~/domain/reports/reports.server'
import { formatDate, formatDateTime } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale, type Locale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.metaTitle ?? 'Fairdesk' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = await getDb()
  await requirePermission(request, db, 'reports:view')
  const year = parseReportYear(params.year)
  if (!year) throw new Response(null, { status: 404 })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'reports')
  const choices = await reportChoices(db)
  const query = parseReportQuery(new URL(request.url).searchParams, year, {
    seriesIds: choices.series.map((s) => s.id),
    programmeIds: choices.programmes.map((p) => p.id),
  })
  const report = await annualReport(db, year, query.filter)
  const name = (ref: { nameDe: string; nameEn: string } | null) => (ref ? localized(locale, ref.nameDe, ref.nameEn) : null)
  const zone = { locale, timeZone: report.timeZone }
  const invalid = Object.keys(query.fieldErrors).length > 0
  return data(
    {
      metaTitle: t('annual.metaTitle', { year }),
      year,
      locale,
      query: { values: query.values, fieldErrors: query.fieldErrors, filtered: Object.keys(query.filter).length > 0 },
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

/** The years to offer in the year switcher: from the first to the last year with events, and this one. */
function yearsAround(year: number, first: number | null, last: number | null): number[] {
  const from = Math.min(first ?? year, year)
  const to = Math.max(last ?? year, year)
  return Array.from({ length: to - from + 1 }, (_, i) => to - i)
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>

function useNumbers(locale: Locale) {
  const tag = locale === 'de' ? 'de-DE' : 'en-GB'
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 })
  const decimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 })
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 })
  return {
    n: (v: number) => integer.format(v),
    d: (v: number) => decimal.format(v),
    pct: (v: number | null) => (v === null ? '–' : percent.format(v)),
    delta: (v: number) => (v > 0 ? `+${integer.format(v)}` : v < 0 ? `−${integer.format(-v)}` : '±0'),
  }
}

export default function AnnualReportPage() {
  const d = useLoaderData<typeof loader>()
  const { t } = useTranslation('reports')
  const { t: tAdmin } = useTranslation('admin')
  const f = useNumbers(d.locale)
  const search = reportSearch(d.query.values)
  const exportBase = `/admin/reports/${d.year}/export`
  const empty = d.totals.eventsHeld === 0
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t('annual.title', { year: d.year })}
        actions={
          <div className="flex flex-wrap gap-2 print:hidden">
            <a href={`${exportBase}.csv${search}`} className={buttonClass('secondary')} download>
              {t('annual.exportCsv')}
            </a>
            <a href={`${exportBase}.xlsx${search}`} className={buttonClass('secondary')} download>
              {t('annual.exportXlsx')}
            </a>
            <a href={`${exportBase}.pdf${search}`} className={buttonClass('secondary')}>
              {t('annual.exportPdf')}
            </a>
          </div>
        }
      >
        <p className="text-lg font-semibold text-slate-900 dark:text-white" data-testid="headline">
          {t('annual.headline', { events: f.n(d.totals.eventsHeld), participants: f.n(d.totals.participants), count: d.totals.eventsHeld })}
        </p>
        {d.query.filtered ? <p className="text-sm">{t('annual.filteredNote')}</p> : null}
      </PageHeader>

      <YearSwitcher year={d.year} years={d.choices.years} search={search} />
      <FilterForm d={d} />

      {empty ? (
        <EmptyState title={t('annual.empty.title', { year: d.year })}>
          {d.query.filtered ? t('annual.empty.filtered') : t('annual.empty.none')}
        </EmptyState>
      ) : (
        <>
          <Headline totals={d.totals} previous={d.previous} f={f} />
          <div className="grid gap-4 lg:grid-cols-2">
            <BarChartFigure
              title={t('charts.perMonth')}
              valueLabel={t('figures.participants')}
              rows={d.byMonth.map((m) => ({
                label: monthName(d.locale, m.month, 'long'),
                shortLabel: monthName(d.locale, m.month, 'short'),
                value: m.participants,
                extra: [m.events, m.registrations],
              }))}
              extraColumns={[t('figures.events'), t('figures.registrations')]}
              formatNumber={f.n}
            />
            <BarChartFigure
              title={t('charts.perKind')}
              valueLabel={t('figures.participants')}
              layout="horizontal-bars"
              rows={d.byKind.map((k) => ({ label: tAdmin(`kinds.${k.kind}`), value: k.participants, extra: [k.events, k.registrations] }))}
              extraColumns={[t('figures.events'), t('figures.registrations')]}
              formatNumber={f.n}
            />
          </div>
          <div className="grid gap-4 xl:grid-cols-2">
            <GroupTable
              caption={t('annual.bySeries')}
              head={t('annual.series')}
              rows={d.bySeries.map((s) => ({ key: s.series ?? '-', name: s.series ?? t('annual.noSeries'), ...s }))}
              f={f}
            />
            <GroupTable
              caption={t('annual.byProgramme')}
              head={t('annual.programme')}
              note={t('annual.programmeNote')}
              rows={d.byProgramme.map((p) => ({ key: p.programme, name: p.programme, ...p }))}
              f={f}
            />
          </div>
          <RolesAndFair totals={d.totals} f={f} />
          <EventsTable d={d} f={f} />
        </>
      )}
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('annual.rules')}</p>
    </div>
  )
}

function monthName(locale: Locale, month: number, style: 'long' | 'short') {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { month: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2001, month - 1, 15)),
  )
}

function YearSwitcher({ year, years, search }: { year: number; years: number[]; search: string }) {
  const { t } = useTranslation('reports')
  return (
    <nav aria-label={t('annual.years')} className="print:hidden">
      <ul className="flex flex-wrap gap-1">
        {years.map((y) => (
          <li key={y}>
            <Link
              to={`/admin/reports/${y}${search}`}
              aria-current={y === year ? 'page' : undefined}
              className={`inline-flex min-h-11 min-w-14 items-center justify-center rounded-md px-3 text-sm font-medium no-underline ${y === year ? 'bg-brand-700 text-white' : 'border border-slate-300 text-slate-800 dark:border-slate-600 dark:text-slate-100'}`}
            >
              {y}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

function FilterForm({ d }: { d: LoaderData }) {
  const { t } = useTranslation('reports')
  const { t: tAdmin } = useTranslation('admin')
  const v = d.query.values
  const err = (field: 'from' | 'to') => d.query.fieldErrors[field]?.map((e) => t(e.key, { year: e.year }))
  return (
    <Form method="get" aria-label={t('filter.label')} className="flex flex-wrap items-end gap-3 print:hidden">
      <SelectField className="max-w-full min-w-0" name="kind" label={t('filter.kind')} defaultValue={v.kind}>
        <option value="">{t('filter.allKinds')}</option>
        {d.choices.kinds.map((k) => (
          <option key={k} value={k}>
            {tAdmin(`kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <SelectField className="max-w-full min-w-0" name="series" label={t('filter.series')} defaultValue={v.series}>
        <option value="">{t('filter.allSeries')}</option>
        {d.choices.series.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <SelectField className="max-w-full min-w-0" name="programme" label={t('filter.programme')} defaultValue={v.programme}>
        <option value="">{t('filter.allProgrammes')}</option>
        {d.choices.programmes.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <Field
        type="date"
        name="from"
        label={t('filter.from')}
        defaultValue={v.from}
        min={`${d.year}-01-01`}
        max={`${d.year}-12-31`}
        errors={err('from')}
      />
      <Field
        type="date"
        name="to"
        label={t('filter.to')}
        defaultValue={v.to}
        min={`${d.year}-01-01`}
        max={`${d.year}-12-31`}
        errors={err('to')}
      />
      <Button type="submit">{t('filter.apply')}</Button>
      {d.query.filtered || Object.keys(d.query.fieldErrors).length ? (
        <Link to={`/admin/reports/${d.year}`} className={buttonClass('ghost')}>
          {t('filter.reset')}
        </Link>
      ) : null}
    </Form>
  )
}

type Numbers = ReturnType<typeof useNumbers>

function Headline({ totals, previous, f }: { totals: ReportTotals; previous: LoaderData['previous']; f: Numbers }) {
  const { t } = useTranslation('reports')
  const p = previous.totals
  // A year without events (e.g. before Fairdesk was used) is no comparison: "2014: 0 (+23)" would mislead.
  const none = p.eventsHeld === 0 ? t('annual.noPrevious', { year: previous.year }) : null
  const compare = (now: number, before: number) =>
    none ?? t('annual.previous', { year: previous.year, value: f.n(before), delta: f.delta(now - before) })
  const comparePct = (now: number | null, before: number | null) =>
    none ??
    t('annual.previousPct', { year: previous.year, value: f.pct(before) }) +
      (now !== null && before !== null ? ` (${f.delta(Math.round((now - before) * 1000) / 10)} ${t('annual.points')})` : '')
  const c = totals.participantsCountedBy
  const figures: Array<{ id: string; label: string; value: string; how: ReactNode; prev: string }> = [
    {
      id: 'events',
      label: t('figures.events'),
      value: f.n(totals.eventsHeld),
      how: t('how.events', { checkins: f.n(totals.eventsByCheckIns), headcount: f.n(totals.eventsByHeadcount) }),
      prev: compare(totals.eventsHeld, p.eventsHeld),
    },
    {
      id: 'participants',
      label: t('figures.participants'),
      value: f.n(totals.participants),
      how: t('how.participants', { checkins: f.n(c.checkIns), walkins: f.n(c.walkIns), headcount: f.n(c.headcount) }),
      prev: compare(totals.participants, p.participants),
    },
    {
      id: 'registrations',
      label: t('figures.registrations'),
      value: f.n(totals.registrations),
      how: t('how.registrations'),
      prev: compare(totals.registrations, p.registrations),
    },
    {
      id: 'noShowRate',
      label: t('figures.noShowRate'),
      value: f.pct(totals.noShowRate),
      how: t('how.noShowRate', { noShows: f.n(totals.noShows), expected: f.n(totals.confirmedInAdvance) }),
      prev: comparePct(totals.noShowRate, p.noShowRate),
    },
    {
      id: 'uniquePersons',
      label: t('figures.uniquePersons'),
      value: f.n(totals.uniquePersons),
      how: t('how.uniquePersons'),
      prev: compare(totals.uniquePersons, p.uniquePersons),
    },
    {
      id: 'companiesReached',
      label: t('figures.companiesReached'),
      value: f.n(totals.companiesReached),
      how: t('how.companiesReached'),
      prev: compare(totals.companiesReached, p.companiesReached),
    },
    {
      id: 'memberShare',
      label: t('figures.memberShare'),
      value: f.pct(totals.memberShare),
      how: t('how.memberShare', { members: f.n(totals.memberCompanies), companies: f.n(totals.companiesReached) }),
      prev: comparePct(totals.memberShare, p.memberShare),
    },
    {
      id: 'participantDays',
      label: t('figures.participantDays'),
      value: f.n(totals.participantDays),
      how: t('how.participantDays'),
      prev: compare(totals.participantDays, p.participantDays),
    },
  ]
  return (
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading" className="sr-only">
        {t('annual.figures')}
      </h2>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {figures.map((fig) => (
          <div
            key={fig.id}
            data-figure={fig.id}
            className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm break-inside-avoid dark:border-slate-700 dark:bg-slate-900"
          >
            <dt className="text-sm font-medium text-slate-700 dark:text-slate-300">{fig.label}</dt>
            <dd className="order-first text-3xl font-bold tabular-nums text-slate-900 dark:text-white">{fig.value}</dd>
            <dd className="mt-1 text-xs text-slate-600 dark:text-slate-400">{fig.how}</dd>
            <dd className="mt-1 text-xs font-medium text-slate-700 dark:text-slate-300">{fig.prev}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}

function GroupTable({
  caption,
  head,
  note,
  rows,
  f,
}: {
  caption: string
  head: string
  note?: string
  rows: Array<{ key: string; name: string; events: number; registrations: number; participants: number }>
  f: Numbers
}) {
  const { t } = useTranslation('reports')
  const headingId = useId()
  const figures = (r: (typeof rows)[number]) =>
    [
      [t('figures.events'), r.events],
      [t('figures.registrations'), r.registrations],
      [t('figures.participants'), r.participants],
    ] as const
  return (
    <Card className="min-w-0 break-inside-avoid">
      <h2 id={headingId} className="pb-2 text-base font-semibold">
        {caption}
      </h2>
      {rows.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t('annual.noneInGroup')}</p> : null}
      {/* Four columns of long German words do not fit a phone: there each group is a short list. */}
      <ul aria-labelledby={headingId} className={`${cell.onPhone} divide-y divide-slate-100 text-sm dark:divide-slate-800`}>
        {rows.map((r) => (
          <li key={r.key} className="py-2">
            <p>{r.name}</p>
            <p className="text-xs text-slate-700 tabular-nums dark:text-slate-300">
              {figures(r)
                .map(([label, value]) => `${label} ${f.n(value)}`)
                .join(' · ')}
            </p>
          </li>
        ))}
      </ul>
      {rows.length > 0 ? (
        <TableScroll labelledBy={headingId} variant="plain" className="hidden sm:block">
          <table className="w-full text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead className="border-b border-slate-200 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-300">
              <tr>
                <th scope="col" className="px-2 py-1 text-left">
                  {head}
                </th>
                {figures(rows[0]!).map(([label]) => (
                  <th key={label} scope="col" className="px-2 py-1 text-right">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className="border-b border-slate-100 dark:border-slate-800">
                  <th scope="row" className="px-2 py-1 text-left font-normal">
                    {r.name}
                  </th>
                  {figures(r).map(([label, value]) => (
                    <td key={label} className="px-2 py-1 text-right tabular-nums">
                      {f.n(value)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {note ? <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{note}</p> : null}
    </Card>
  )
}

function RolesAndFair({ totals, f }: { totals: ReportTotals; f: Numbers }) {
  const { t } = useTranslation('reports')
  const roles = (['SPEAKER', 'EXHIBITOR', 'STAFF', 'PRESS'] as const).map((role) => ({ role, ...totals.byRole[role] }))
  const fair = totals.fair
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card className="min-w-0 break-inside-avoid">
        <h2 className="text-base font-semibold">{t('annual.fair')}</h2>
        {fair.fairs === 0 ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t('annual.noFairs')}</p>
        ) : (
          <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
            <dt>{t('fair.fairs')}</dt>
            <dd className="text-right font-semibold tabular-nums">{f.n(fair.fairs)}</dd>
            <dt>{t('fair.exhibitors')}</dt>
            <dd className="text-right font-semibold tabular-nums">{f.n(fair.exhibitors)}</dd>
            <dt>{t('fair.exhibitingCompanies')}</dt>
            <dd className="text-right font-semibold tabular-nums">{f.n(fair.exhibitingCompanies)}</dd>
            <dt>{t('fair.standArea')}</dt>
            <dd className="text-right font-semibold tabular-nums">{t('fair.sqm', { value: f.d(fair.standAreaSqm) })}</dd>
            <dt>{t('fair.meetings')}</dt>
            <dd className="text-right font-semibold tabular-nums">{f.n(fair.meetings)}</dd>
          </dl>
        )}
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t('how.fair')}</p>
      </Card>
      <Card className="min-w-0 break-inside-avoid">
        <table className="w-full text-sm">
          <caption className="pb-2 text-left text-base font-semibold">{t('annual.roles')}</caption>
          <thead className="border-b border-slate-200 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-300">
            <tr>
              <th scope="col" className="px-2 py-1 text-left">
                {t('live.role')}
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {t('live.registered')}
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {t('live.present')}
              </th>
            </tr>
          </thead>
          <tbody>
            {roles.map((r) => (
              <tr key={r.role} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {t(`roles.${r.role}`)}
                </th>
                <td className="px-2 py-1 text-right tabular-nums">{f.n(r.registered)}</td>
                <td className="px-2 py-1 text-right tabular-nums">{f.n(r.present)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t('how.roles')}</p>
      </Card>
    </div>
  )
}

function EventsTable({ d, f }: { d: LoaderData; f: Numbers }) {
  const { t } = useTranslation('reports')
  const { t: tAdmin } = useTranslation('admin')
  const { th, thNum, wide, onPhone } = cell
  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading" className="mb-2 text-lg font-semibold">
        {t('annual.events', { count: d.events.length })}
      </h2>
      {/* On a phone each row is the event alone: its date and counts move into the event's cell. */}
      <TableScroll labelledBy="events-heading">
        <table className="w-full text-sm sm:min-w-[48rem] print:min-w-0 print:text-xs print:[&_td]:px-1.5 print:[&_th]:px-1.5 print:[&_th]:normal-case print:[&_th]:tracking-normal">
          <caption className="sr-only">{t('annual.eventsCaption', { year: d.year })}</caption>
          <thead className="border-b border-slate-200 dark:border-slate-700">
            <tr>
              <th scope="col" className={`${th} ${wide}`}>
                {t('table.date')}
              </th>
              <th scope="col" className={th}>
                {t('table.event')}
              </th>
              <th scope="col" className={`${thNum} ${wide}`}>
                {t('figures.registrations')}
              </th>
              <th scope="col" className={`${thNum} ${wide}`}>
                {t('figures.participants')}
              </th>
              <th scope="col" className={`${thNum} ${wide}`}>
                {t('table.noShows')}
              </th>
              <th scope="col" className={`${th} ${wide} print:w-1/4`}>
                {t('table.how')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
            {d.events.map((e) => (
              <tr key={e.id} className="break-inside-avoid">
                <td className={`px-3 py-2 align-top whitespace-nowrap print:whitespace-normal ${wide}`}>
                  <time dateTime={e.isoDate}>{e.date}</time>
                </td>
                <th scope="row" className="px-3 py-2 text-left align-top font-normal">
                  <Link to={`/admin/events/${e.id}/report`} className="font-semibold">
                    {e.title}
                  </Link>
                  <div className="text-xs text-slate-600 dark:text-slate-400">
                    {[tAdmin(`kinds.${e.kind}`), e.series, ...e.programmes].filter(Boolean).join(' · ')}
                  </div>
                  <div className={`${onPhone} mt-1 text-xs tabular-nums`}>
                    <time dateTime={e.isoDate}>{e.date}</time>
                    <br />
                    <span className="font-semibold">
                      {t('figures.participants')} {f.n(e.participants)}
                    </span>{' '}
                    · {t('figures.registrations')} {f.n(e.registrations)} · {t('table.noShows')} {e.noShows === null ? '–' : f.n(e.noShows)}
                  </div>
                </th>
                <td className={`px-3 py-2 text-right align-top tabular-nums ${wide}`}>{f.n(e.registrations)}</td>
                <td className={`px-3 py-2 text-right align-top font-semibold tabular-nums ${wide}`}>{f.n(e.participants)}</td>
                <td className={`px-3 py-2 text-right align-top tabular-nums ${wide}`}>{e.noShows === null ? '–' : f.n(e.noShows)}</td>
                <td className={`px-3 py-2 align-top text-xs ${wide}`}>
                  {e.method === 'headcount' ? (
                    <>
                      <span className="font-semibold">{t('table.byHeadcount')}</span>
                      {e.headcount?.note ? <span> – {e.headcount.note}</span> : null}
                      {e.headcount?.by || e.headcount?.at ? (
                        <div className="text-slate-600 dark:text-slate-400">
                          {t('headcount.byAt', { by: e.headcount.by ?? t('headcount.unknownUser'), at: e.headcount.at ?? '–' })}
                        </div>
                      ) : null}
                    </>
                  ) : (
                    <>
                      {t('table.byCheckIns', { checkins: f.n(e.countedBy.checkIns), walkins: f.n(e.countedBy.walkIns) })}
                      {e.days ? (
                        <div className="text-slate-600 dark:text-slate-400">{t('table.perDay', { days: e.days.map(f.n).join(' / ') })}</div>
                      ) : null}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-300 font-semibold dark:border-slate-600">
            <tr>
              <td className={wide} />
              <th scope="row" className="px-3 py-2 text-left">
                {t('table.total')}
                <span className={`${onPhone} font-normal`}>
                  {' '}
                  · {t('figures.participants')} {f.n(d.totals.participants)} · {t('figures.registrations')} {f.n(d.totals.registrations)}
                </span>
              </th>
              <td className={`px-3 py-2 text-right tabular-nums ${wide}`}>{f.n(d.totals.registrations)}</td>
              <td className={`px-3 py-2 text-right tabular-nums ${wide}`} data-testid="total-participants">
                {f.n(d.totals.participants)}
              </td>
              <td className={`px-3 py-2 text-right tabular-nums ${wide}`}>{f.n(d.totals.noShows)}</td>
              <td className={wide} />
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </section>
  )
}
