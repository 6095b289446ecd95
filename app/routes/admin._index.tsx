import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Badge, Button, buttonClass, cell, EmptyState, Field, PageHeader, Pagination, SelectField, TableScroll } from '~/components/ui'
import { EVENT_KINDS, EVENT_STATUSES, listDashboardEvents, MAX_SEARCH_LENGTH } from '~/domain/reports/dashboard.server'
import { formatDateTime } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { can, requirePermission } from '~/lib/permissions.server'

// Query parameters come from links people share and edit: anything unusable is ignored, never a 400.
const DashboardQuery = z.object({
  q: z
    .string()
    .transform((s) => s.trim().slice(0, MAX_SEARCH_LENGTH))
    .optional()
    .catch(undefined),
  kind: z.enum(EVENT_KINDS).optional().catch(undefined),
  status: z.enum(EVENT_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined),
})

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Fairdesk' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const db = await getDb()
  const user = await requirePermission(request, db, 'dashboard:view')
  const query = DashboardQuery.parse(Object.fromEntries(new URL(request.url).searchParams))
  const result = await listDashboardEvents(db, { query: query.q, kind: query.kind, status: query.status, page: query.page })

  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'admin')
  // Formatted here, in each event's own time zone, so server and browser render the same text.
  const events = result.events.map((e) => ({
    id: e.id,
    slug: e.slug,
    kind: e.kind,
    status: e.status,
    title: localized(locale, e.titleDe, e.titleEn),
    startsAt: e.startsAt.toISOString(),
    startsAtText: formatDateTime(e.startsAt, { locale, timeZone: e.timeZone }),
    isPast: e.isPast,
    capacity: e.capacity,
    confirmedCount: e.confirmedCount,
    counts: e.counts,
  }))
  return data({
    title: t('dashboard.metaTitle'),
    events,
    total: result.total,
    page: result.page,
    pages: result.pages,
    filter: { q: query.q ?? '', kind: query.kind ?? '', status: query.status ?? '' },
    canScan: can(user.role, 'checkin:scan'),
    // Each role's way into an event is the page it may open: the overview for organisers, the
    // figures for reporters; door staff have the check-in column only.
    eventPage: can(user.role, 'registrations:manage') ? '' : can(user.role, 'reports:view') ? '/report' : null,
    // The choices travel with the data: the component may not import the .server module.
    kinds: EVENT_KINDS,
    statuses: EVENT_STATUSES,
    maxSearchLength: MAX_SEARCH_LENGTH,
  })
}

const statusTone = { DRAFT: 'neutral', PUBLISHED: 'success', CANCELLED: 'danger' } as const

export default function Dashboard() {
  const { events, total, page, pages, filter, canScan, eventPage, kinds, statuses, maxSearchLength } = useLoaderData<typeof loader>()
  const { t } = useTranslation('admin')
  const filtered = Boolean(filter.q || filter.kind || filter.status)
  const { th, thNum, td, tdNum, wide, onPhone } = cell

  return (
    <>
      <PageHeader title={t('dashboard.title')}>{t('dashboard.intro')}</PageHeader>

      <Form method="get" role="search" aria-label={t('dashboard.filters')} className="mb-6 flex flex-wrap items-end gap-3">
        <Field
          type="search"
          name="q"
          label={t('dashboard.search')}
          defaultValue={filter.q}
          maxLength={maxSearchLength}
          className="min-w-48 flex-1"
        />
        <SelectField name="kind" label={t('dashboard.kind')} defaultValue={filter.kind}>
          <option value="">{t('dashboard.allKinds')}</option>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField name="status" label={t('dashboard.status')} defaultValue={filter.status}>
          <option value="">{t('dashboard.allStatuses')}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </SelectField>
        <Button type="submit">{t('dashboard.apply')}</Button>
        {filtered ? (
          <Link to="/admin" className={buttonClass('ghost')}>
            {t('dashboard.reset')}
          </Link>
        ) : null}
      </Form>

      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
        {t('dashboard.results', { count: total })}
      </p>

      {events.length === 0 ? (
        <EmptyState title={t('dashboard.empty.title')}>{filtered ? t('dashboard.empty.filtered') : t('dashboard.empty.none')}</EmptyState>
      ) : (
        // On a phone the row keeps the event and its check-in link; date, status and counts move into the event's cell.
        <TableScroll label={t('dashboard.table.caption')}>
          <table className="w-full border-collapse text-sm sm:min-w-[44rem]">
            <caption className="sr-only">{t('dashboard.table.caption')}</caption>
            <thead className="border-b border-slate-200 dark:border-slate-700">
              <tr>
                <th scope="col" className={th}>
                  {t('dashboard.table.event')}
                </th>
                <th scope="col" className={`${th} ${wide}`}>
                  {t('dashboard.table.date')}
                </th>
                <th scope="col" className={`${th} ${wide}`}>
                  {t('dashboard.table.status')}
                </th>
                <th scope="col" className={`${thNum} ${wide}`} aria-describedby="explain-confirmed">
                  {t('dashboard.table.confirmed')}
                </th>
                <th scope="col" className={`${thNum} ${wide}`} aria-describedby="explain-waitlisted">
                  {t('dashboard.table.waitlisted')}
                </th>
                <th scope="col" className={`${thNum} ${wide}`} aria-describedby="explain-participants">
                  {t('dashboard.table.participants')}
                </th>
                {canScan ? (
                  <th scope="col" className={th}>
                    {t('dashboard.table.actions')}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
              {events.map((e) => (
                <tr key={e.id} className={e.isPast ? 'text-slate-600 dark:text-slate-400' : undefined}>
                  <th scope="row" className={`${td} text-left font-normal`}>
                    {eventPage === null ? (
                      <span className="font-semibold">{e.title}</span>
                    ) : (
                      <Link to={`/admin/events/${e.id}${eventPage}`} className="font-semibold">
                        {e.title}
                      </Link>
                    )}
                    <div className="text-xs text-slate-600 dark:text-slate-400">{t(`kinds.${e.kind}`)}</div>
                    <div className={`${onPhone} mt-1 flex flex-col gap-1 text-xs`}>
                      <span>
                        {e.startsAtText}
                        {e.isPast ? ` · ${t('dashboard.table.past')}` : ''}
                      </span>
                      <span>
                        <Badge tone={statusTone[e.status]}>{t(`statuses.${e.status}`)}</Badge>
                      </span>
                      <span className="tabular-nums">
                        {t('dashboard.table.confirmed')} {e.counts.confirmed} · {t('dashboard.table.waitlisted')} {e.counts.waitlisted} ·{' '}
                        {t('dashboard.table.participants')} {e.counts.participants}
                      </span>
                    </div>
                  </th>
                  <td className={`${td} ${wide}`}>
                    <time dateTime={e.startsAt}>{e.startsAtText}</time>
                    {e.isPast ? <div className="text-xs">{t('dashboard.table.past')}</div> : null}
                  </td>
                  <td className={`${td} ${wide}`}>
                    <Badge tone={statusTone[e.status]}>{t(`statuses.${e.status}`)}</Badge>
                  </td>
                  <td className={`${tdNum} ${wide}`}>
                    {e.counts.confirmed}
                    {e.capacity !== null ? (
                      <div className="text-xs text-slate-600 dark:text-slate-400">
                        {t('dashboard.table.seatsTaken', { taken: e.confirmedCount, capacity: e.capacity })}
                      </div>
                    ) : null}
                  </td>
                  <td className={`${tdNum} ${wide}`}>{e.counts.waitlisted}</td>
                  <td className={`${tdNum} ${wide}`}>
                    {e.counts.participants}
                    {e.counts.method === 'headcount' ? (
                      <div className="text-xs text-slate-600 dark:text-slate-400">{t('dashboard.table.headcount')}</div>
                    ) : null}
                    {e.counts.othersPresent > 0 ? (
                      <div className="text-xs text-slate-600 dark:text-slate-400">
                        {t('dashboard.table.othersPresent', { count: e.counts.othersPresent })}
                      </div>
                    ) : null}
                  </td>
                  {canScan ? (
                    <td className={td}>
                      {!e.isPast && e.status === 'PUBLISHED' ? (
                        <Link
                          to={`/admin/events/${e.id}/checkin`}
                          aria-label={t('dashboard.table.checkinFor', { title: e.title })}
                          className="-my-3 inline-flex min-h-11 items-center font-medium"
                        >
                          {t('dashboard.table.checkin')}
                        </Link>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {events.length > 0 ? <FigureLegend /> : null}

      <Pagination page={page} pages={pages} />
    </>
  )
}

/** What each number of the list counts: the report's words (docs/counting.md), referenced by the column headers. */
function FigureLegend() {
  const { t } = useTranslation('admin')
  const terms = ['confirmed', 'waitlisted', 'participants'] as const
  return (
    <section aria-labelledby="explain-title" className="mt-3 text-xs text-slate-600 dark:text-slate-400">
      <h2 id="explain-title" className="font-semibold">
        {t('dashboard.table.explain.title')}
      </h2>
      <dl className="mt-1 grid gap-x-3 gap-y-1 sm:grid-cols-[auto_1fr]">
        {terms.map((term) => (
          <div key={term} className="contents">
            <dt className="font-medium">{t(`dashboard.table.${term}`)}</dt>
            <dd id={`explain-${term}`}>{t(`dashboard.table.explain.${term}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
