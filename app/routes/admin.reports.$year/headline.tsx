import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportTotals } from '~/domain/reports/reports.server'
import type { LoaderData, Numbers } from './numbers'

export function Headline({ totals, previous, f }: { totals: ReportTotals; previous: LoaderData['previous']; f: Numbers }) {
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
      how: t('how.participants', { checkins: f.n(c.checkIns), walkins: f.n(c.walkIns), count: c.walkIns, headcount: f.n(c.headcount) }),
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
