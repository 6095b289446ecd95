import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { buttonClass, EmptyState, PageHeader, TableScroll } from '~/components/ui'
import { listSeries } from '~/domain/events/series.server'
import { formatDateTime } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Fairdesk' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const db = await getDb()
  await requirePermission(request, db, 'events:manage')
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'series')
  const series = (await listSeries(db)).map((s) => ({
    id: s.id,
    name: localized(locale, s.nameDe, s.nameEn),
    dates: s.dates,
    members: s.members,
    next: s.next ? formatDateTime(s.next.startsAt, { locale, timeZone: s.next.timeZone }) : null,
  }))
  return data({ title: t('list.metaTitle'), series })
}

export default function SeriesList() {
  const { series } = useLoaderData<typeof loader>()
  const { t } = useTranslation('series')
  const th = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400'
  const td = 'px-3 py-3 align-top'
  return (
    <>
      <PageHeader
        title={t('list.title')}
        actions={
          <Link to="/admin/series/new" className={buttonClass('primary')}>
            {t('list.new')}
          </Link>
        }
      >
        {t('list.intro')}
      </PageHeader>
      {series.length === 0 ? (
        <EmptyState title={t('list.none')} />
      ) : (
        <TableScroll label={t('list.caption')}>
          <table className="w-full min-w-[32rem] border-collapse text-sm">
            <caption className="sr-only">{t('list.caption')}</caption>
            <thead className="border-b border-slate-200 dark:border-slate-700">
              <tr>
                <th scope="col" className={th}>
                  {t('list.columns.name')}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t('list.columns.dates')}
                </th>
                <th scope="col" className={th}>
                  {t('list.columns.next')}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t('list.columns.members')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
              {series.map((s) => (
                <tr key={s.id}>
                  <th scope="row" className={`${td} text-left font-normal`}>
                    <Link to={`/admin/series/${s.id}`} className="font-semibold">
                      {s.name}
                    </Link>
                  </th>
                  <td className={`${td} text-right tabular-nums`}>{s.dates}</td>
                  <td className={td}>{s.next ?? <span className="text-slate-600 dark:text-slate-400">{t('list.noNext')}</span>}</td>
                  <td className={`${td} text-right tabular-nums`}>{s.members}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  )
}
