// /admin/audit — the audit trail: who changed what and when, filtered by person, event, kind of
// change and date, newest first, 50 a page. Administrators only.
import type { MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button, buttonClass, EmptyState, Field, PageHeader, Pagination, SelectField, TableScroll } from '~/components/ui'
import type { loader } from './audit.server'

export { loader } from './audit.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? 'Audit'} – Fairdesk` }]

/** i18next reads dots as nesting: `event.headcount.set` is looked up as `event_headcount_set`. */
const actionKey = (action: string) => `audit.actions.${action.replace(/\./g, '_')}`

export default function AuditTrail() {
  const d = useLoaderData<typeof loader>()
  const { t } = useTranslation('admin')
  const filtered = Boolean(d.filter.actor || d.filter.event || d.filter.kind || d.filter.from || d.filter.to)
  const th = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400'
  const td = 'px-3 py-3 align-top'
  return (
    <>
      <PageHeader title={t('audit.title')}>{t('audit.intro')}</PageHeader>
      {/* Keyed by the filter: after a navigation the fields show the filter in use. */}
      <Form
        key={JSON.stringify(d.filter)}
        method="get"
        role="search"
        aria-label={t('audit.filters')}
        className="mb-6 flex flex-wrap items-end gap-3"
      >
        <SelectField name="actor" label={t('audit.actor')} defaultValue={d.filter.actor}>
          <option value="">{t('audit.anyone')}</option>
          {d.actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </SelectField>
        <SelectField name="event" label={t('audit.event')} defaultValue={d.filter.event} className="max-w-xs">
          <option value="">{t('audit.anyEvent')}</option>
          {d.events.map((e) => (
            <option key={e.id} value={e.id}>
              {e.label}
            </option>
          ))}
        </SelectField>
        <SelectField name="kind" label={t('audit.kind')} defaultValue={d.filter.kind}>
          <option value="">{t('audit.anyKind')}</option>
          {d.kinds.map((k) => (
            <option key={k} value={k}>
              {t(`audit.kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <Field type="date" name="from" label={t('audit.from')} defaultValue={d.filter.from} />
        <Field type="date" name="to" label={t('audit.to')} defaultValue={d.filter.to} />
        <Button type="submit">{t('audit.apply')}</Button>
        {filtered ? (
          <Link to="/admin/audit" className={buttonClass('ghost')}>
            {t('audit.reset')}
          </Link>
        ) : null}
      </Form>

      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
        {t('audit.results', { count: d.total })}
      </p>

      {d.entries.length === 0 ? (
        <EmptyState title={filtered ? t('audit.emptyFiltered') : t('audit.empty')} />
      ) : (
        <TableScroll label={t('audit.caption')}>
          <table className="w-full min-w-[52rem] border-collapse text-sm">
            <caption className="sr-only">{t('audit.caption')}</caption>
            <thead className="border-b border-slate-200 dark:border-slate-700">
              <tr>
                <th scope="col" className={th}>
                  {t('audit.table.at')}
                </th>
                <th scope="col" className={th}>
                  {t('audit.table.actor')}
                </th>
                <th scope="col" className={th}>
                  {t('audit.table.action')}
                </th>
                <th scope="col" className={th}>
                  {t('audit.table.subject')}
                </th>
                <th scope="col" className={th}>
                  {t('audit.table.details')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
              {d.entries.map((e) => (
                <tr key={e.id}>
                  <td className={`${td} whitespace-nowrap`}>
                    <time dateTime={e.at}>{e.atText}</time>
                  </td>
                  <td className={td}>
                    {e.actor ? (
                      <span title={e.actorEmail ?? undefined}>{e.actor}</span>
                    ) : (
                      <span className="text-slate-600 dark:text-slate-400">{t('audit.noActor')}</span>
                    )}
                  </td>
                  <th scope="row" className={`${td} text-left font-medium`}>
                    {t(actionKey(e.action), { defaultValue: e.action })}
                  </th>
                  <td className={td}>
                    {e.event ? (
                      <Link to={`/admin/events/${e.event.id}`} className="break-words">
                        {e.event.title}
                      </Link>
                    ) : (
                      t(`audit.entities.${e.entity}`, { defaultValue: e.entity })
                    )}
                  </td>
                  <td className={`${td} max-w-[24rem] break-words font-mono text-xs text-slate-700 dark:text-slate-300`}>{e.details}</td>
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
