// /admin/companies — the cluster's companies: search by name or city, filter by membership, paged.
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Badge, Button, buttonClass, EmptyState, Field, PageHeader, Pagination, TableScroll } from '~/components/ui'
import { listCompanies, MEMBER_FILTERS } from '~/domain/companies/companies.server'
import { DEFAULT_TIME_ZONE, formatDate } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? 'Companies'} – Fairdesk` }]

// Query parameters come from links people share and edit: anything unusable is ignored.
const Query = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  member: z.enum(MEMBER_FILTERS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
})

export async function loader({ request }: LoaderFunctionArgs) {
  const db = await getDb()
  await requirePermission(request, db, 'companies:manage')
  const query = Query.parse(Object.fromEntries(new URL(request.url).searchParams))
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'companies')
  const list = await listCompanies(db, query)
  return data({
    title: t('list.metaTitle'),
    filter: { q: query.q ?? '', member: query.member ?? '' },
    total: list.total,
    page: list.page,
    pages: list.pages,
    companies: list.companies.map((c) => ({
      id: c.id,
      name: c.name,
      city: c.city,
      isMember: c.isMember,
      memberSince: c.memberSince ? formatDate(c.memberSince, { locale, timeZone: DEFAULT_TIME_ZONE }) : null,
      persons: c.persons,
    })),
  })
}

export default function Companies() {
  const d = useLoaderData<typeof loader>()
  const { t } = useTranslation('companies')
  const memberId = useId()
  const filtered = Boolean(d.filter.q || d.filter.member)
  const th = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400'
  const td = 'px-3 py-3 align-top'
  return (
    <>
      <PageHeader title={t('list.title')}>{t('list.intro')}</PageHeader>
      <Form
        key={`${d.filter.member}|${d.filter.q}`}
        method="get"
        role="search"
        aria-label={t('list.filters')}
        className="mb-6 flex flex-wrap items-end gap-3"
      >
        <Field type="search" name="q" label={t('list.search')} defaultValue={d.filter.q} maxLength={100} className="min-w-48 flex-1" />
        <div className="flex flex-col gap-1">
          <label htmlFor={memberId} className="text-sm font-medium text-slate-800 dark:text-slate-200">
            {t('list.member')}
          </label>
          <select
            id={memberId}
            name="member"
            defaultValue={d.filter.member}
            className="min-h-11 rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-white"
          >
            <option value="">{t('list.all')}</option>
            <option value="member">{t('list.member_member')}</option>
            <option value="notMember">{t('list.member_notMember')}</option>
          </select>
        </div>
        <Button type="submit">{t('list.apply')}</Button>
        {filtered ? (
          <Link to="/admin/companies" className={buttonClass('ghost')}>
            {t('list.reset')}
          </Link>
        ) : null}
      </Form>
      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
        {t('list.results', { count: d.total })}
      </p>
      {d.companies.length === 0 ? (
        <EmptyState title={t('list.none')}>{filtered ? t('list.noneHint') : null}</EmptyState>
      ) : (
        <TableScroll label={t('list.caption')}>
          <table className="w-full min-w-[36rem] border-collapse text-sm">
            <caption className="sr-only">{t('list.caption')}</caption>
            <thead className="border-b border-slate-200 dark:border-slate-700">
              <tr>
                <th scope="col" className={th}>
                  {t('list.columns.name')}
                </th>
                <th scope="col" className={th}>
                  {t('list.columns.city')}
                </th>
                <th scope="col" className={th}>
                  {t('list.columns.member')}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t('list.columns.persons')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
              {d.companies.map((c) => (
                <tr key={c.id}>
                  <th scope="row" className={`${td} text-left font-normal`}>
                    <Link to={`/admin/companies/${c.id}`} className="font-semibold">
                      {c.name}
                    </Link>
                  </th>
                  <td className={td}>{c.city ?? ''}</td>
                  <td className={td}>
                    {c.isMember ? (
                      <>
                        <Badge tone="info">{t('list.memberYes')}</Badge>
                        {c.memberSince ? <span className="ml-2">{t('list.memberSince', { date: c.memberSince })}</span> : null}
                      </>
                    ) : (
                      <span className="text-slate-600 dark:text-slate-400">{t('list.memberNo')}</span>
                    )}
                  </td>
                  <td className={`${td} text-right tabular-nums`}>{c.persons}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination page={d.page} pages={d.pages} />
    </>
  )
}
