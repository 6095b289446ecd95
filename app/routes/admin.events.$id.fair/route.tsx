// The organisers' fair page: figures for the report, the stand plan, the stands, and the
// applications with their decision (stand and area), staff passes, rejection and withdrawal.
import type { MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FairNav } from '~/components/fair/fair-nav'
import { StandPlan } from '~/components/fair/stand-plan'
import { Card, EmptyState } from '~/components/ui'
import { ExhibitorCard } from './exhibitor-card'
import type { loader } from './fair.server'
import { StandsSection } from './stands-section'

export { action, loader } from './fair.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.metaTitle} – Fairdesk` : 'Fairdesk' }]

export default function FairAdminPage() {
  const view = useLoaderData<typeof loader>()
  const reply = useActionData()
  const { t } = useTranslation('fair')
  const { event, counts } = view
  const number = (n: number) => new Intl.NumberFormat(view.locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }).format(n)
  const figures: [string, string][] = [
    [t('admin.counts.exhibitors'), number(counts.exhibitors)],
    [t('admin.counts.applications'), number(counts.applications)],
    [
      t('admin.counts.area'),
      t('admin.counts.areaValue', { allocated: number(counts.allocatedAreaSqm), total: number(counts.standAreaSqm) }),
    ],
    [t('admin.counts.staffPasses'), number(counts.staffPasses)],
    [t('admin.counts.visitors'), number(counts.visitorsCheckedIn)],
    [t('admin.counts.meetingsRequested'), number(counts.meetingsRequested)],
    [t('admin.counts.meetingsAccepted'), number(counts.meetingsAccepted)],
    [t('admin.counts.meetingsHeld'), number(counts.meetingsHeld)],
  ]
  return (
    <div>
      <FairNav eventId={event.id} />
      <h2 className="text-xl font-bold tracking-tight sm:text-2xl">{t('admin.title')}</h2>
      <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">{t('admin.intro')}</p>
      {event.status === 'PUBLISHED' ? (
        <p className="mt-2 flex flex-wrap gap-x-3 text-sm">
          <span>{t('admin.publicLinks')}</span>
          <Link to={`/events/${event.slug}/exhibit`}>{t('admin.applyPage')}</Link>
          <Link to={`/events/${event.slug}/exhibitors`}>{t('admin.directoryPage')}</Link>
        </p>
      ) : null}
      {view.notice ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {t(`notices.${view.notice}`, { defaultValue: '' })}
        </p>
      ) : null}

      <section aria-labelledby="figures-heading" className="mt-6">
        <h2 id="figures-heading" className="text-lg font-semibold">
          {t('admin.figures')}
        </h2>
        <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {figures.map(([label, value]) => (
            <Card key={label} className="p-3">
              <dt className="text-xs font-medium text-slate-700 dark:text-slate-300">{label}</dt>
              <dd className="mt-1 text-lg font-semibold">{value}</dd>
            </Card>
          ))}
        </dl>
      </section>

      <section aria-labelledby="plan-heading" className="mt-8">
        <h2 id="plan-heading" className="mb-3 text-lg font-semibold">
          {t('plan.heading')}
        </h2>
        <StandPlan stands={view.stands} locale={view.locale} />
      </section>

      <StandsSection view={view} reply={reply} number={number} />

      <section aria-labelledby="exhibitors-heading" className="mt-10">
        <h2 id="exhibitors-heading" className="text-lg font-semibold">
          {t('admin.exhibitors')}
        </h2>
        {view.exhibitors.length === 0 ? (
          <div className="mt-3">
            <EmptyState title={t('admin.noExhibitors')} />
          </div>
        ) : (
          <ul className="mt-3 flex flex-col gap-4">
            {view.exhibitors.map((e) => (
              <li key={e.id}>
                <ExhibitorCard exhibitor={e} stands={view.stands} reply={reply} number={number} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
