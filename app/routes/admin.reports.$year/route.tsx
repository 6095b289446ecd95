// /admin/reports/:year — the annual report: "N events with M participants", every headline figure
// with how it was counted and the previous year beside it, charts per month and per kind (each
// with a table), series and programmes, and every event with how it was counted. Filters by GET.
import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ClosedYearCard } from './closed-year'
import { BarChartFigure } from '~/components/reports/bar-chart-figure'
import { buttonClass, EmptyState, PageHeader } from '~/components/ui'
import { reportSearch } from '~/domain/reports/filter'
import type { loader } from './annual-report.server'
import { EventsTable } from './events-table'
import { FilterForm, YearSwitcher } from './filters'
import { GroupTable } from './group-table'
import { Headline } from './headline'
import { monthName, useNumbers } from './numbers'
import { RolesAndFair } from './roles-and-fair'

export { action, loader } from './annual-report.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.metaTitle ?? 'Fairdesk' }]

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

      <ClosedYearCard d={d} />
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
