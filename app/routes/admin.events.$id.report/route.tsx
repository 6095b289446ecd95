// /admin/events/:id/report — one event's figures: live counts, how it is counted (check-ins or a
// manual headcount, with who entered it and when), and its lists: the sign-in sheet, the
// participant list for the funders and the certificates of attendance.
import type { MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { buttonClass, Card, PageHeader } from '~/components/ui'
import { LiveCounts } from '~/components/reports/live-counts'
import { HeadcountCard } from './headcount-card'
import type { loader } from './report.server'

export { action, loader } from './report.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.metaTitle ?? 'Fairdesk' }]

export default function EventReportPage() {
  const view = useLoaderData<typeof loader>()
  const { event, counts, canManage } = view
  const { t } = useTranslation('reports')
  const base = `/admin/events/${event.id}`
  return (
    <div className="flex flex-col gap-6">
      <PageHeader level={2} title={t('event.title', { title: event.title })} />
      <p className="-mt-4 flex flex-wrap gap-3 text-sm">
        <Link to={`/admin/reports/${event.reportYear}`}>{t('event.toAnnualReport', { year: event.reportYear })}</Link>
      </p>

      <LiveCounts eventId={event.id} initial={counts} />

      <HeadcountCard view={view} />

      {canManage ? (
        <Card>
          <h2 className="text-lg font-semibold">{t('lists.title')}</h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('lists.intro')}</p>
          <ul className="mt-3 flex flex-wrap gap-2">
            <li>
              <a href={`${base}/sign-in-sheet.pdf`} className={buttonClass('secondary')}>
                {t('lists.signInSheet')}
              </a>
            </li>
            <li>
              <a href={`${base}/participants.csv`} className={buttonClass('secondary')} download>
                {t('lists.participantsCsv')}
              </a>
            </li>
            <li>
              <a href={`${base}/participants.xlsx`} className={buttonClass('secondary')} download>
                {t('lists.participantsXlsx')}
              </a>
            </li>
            <li>
              <a href={`${base}/certificates.pdf`} className={buttonClass('secondary')}>
                {t('lists.certificates')}
              </a>
            </li>
          </ul>
        </Card>
      ) : null}
    </div>
  )
}
