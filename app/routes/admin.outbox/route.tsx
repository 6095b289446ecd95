// /admin/outbox — every mail as the outbox holds it: status, attempts, the last error (refused
// addresses highlighted), and one message rendered as it would be sent now (?message=<id>).
// Without SMTP_URL this is where staff read what would have been mailed.
import type { MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Badge, Button, buttonClass, EmptyState, Field, PageHeader, Pagination, TableScroll } from '~/components/ui'
import { MessageView, tone } from './message-view'
import type { loader } from './outbox.server'

export { action, loader } from './outbox.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? 'Outbox'} – Fairdesk` }]

export default function Outbox() {
  const d = useLoaderData<typeof loader>()
  const { t } = useTranslation('mail')
  const [params] = useSearchParams()
  const statusId = useId()
  const filtered = Boolean(d.filter.status || d.filter.q)
  const th = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400'
  const td = 'px-3 py-3 align-top'
  const templateName = (template: string) => t(`templates.${template}`, { defaultValue: template })
  const viewHref = (id: string) => {
    const next = new URLSearchParams(params)
    next.set('message', id)
    next.delete('retry')
    return `/admin/outbox?${next}#message`
  }

  return (
    <>
      <PageHeader
        title={t('outbox.title')}
        actions={
          <Link to="/admin/emails" className={buttonClass('secondary')}>
            {t('preview.nav')}
          </Link>
        }
      >
        {t('outbox.intro')}
      </PageHeader>
      {!d.smtp ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          {t('outbox.smtpOff')}
        </p>
      ) : d.workerOff ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-slate-300 bg-slate-50 p-3 text-sm dark:border-slate-700 dark:bg-slate-900"
        >
          {t('outbox.workerOff')}
        </p>
      ) : null}

      {d.viewed ? <MessageView viewed={d.viewed} retry={params.get('retry')} templateName={templateName} /> : null}

      {/* Keyed by the filter: after a navigation the fields show the filter in use, not the last typed one. */}
      <Form
        key={`${d.filter.status}|${d.filter.q}`}
        method="get"
        role="search"
        aria-label={t('outbox.filters')}
        className="mb-6 flex flex-wrap items-end gap-3"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor={statusId} className="text-sm font-medium text-slate-800 dark:text-slate-200">
            {t('outbox.status')}
          </label>
          <select
            id={statusId}
            name="status"
            defaultValue={d.filter.status}
            className="min-h-11 rounded-md border border-slate-400 bg-white px-3 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-white"
          >
            <option value="">{t('outbox.allStatuses')}</option>
            {d.filters.map((s) => (
              <option key={s} value={s}>
                {t(`outbox.statuses.${s}`)}
                {s === 'FAILED' && d.failed ? ` (${d.failed})` : ''}
              </option>
            ))}
          </select>
        </div>
        <Field type="search" name="q" label={t('outbox.search')} defaultValue={d.filter.q} maxLength={200} className="min-w-48 flex-1" />
        <Button type="submit">{t('outbox.apply')}</Button>
        {filtered ? (
          <Link to="/admin/outbox" className={buttonClass('ghost')}>
            {t('outbox.reset')}
          </Link>
        ) : null}
      </Form>

      <p className="mb-3 text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
        {t('outbox.results', { count: d.total })}
      </p>

      {d.messages.length === 0 ? (
        <EmptyState title={t('outbox.empty')} />
      ) : (
        <TableScroll label={t('outbox.caption')}>
          <table className="w-full min-w-[52rem] border-collapse text-sm">
            <caption className="sr-only">{t('outbox.caption')}</caption>
            <thead className="border-b border-slate-200 dark:border-slate-700">
              <tr>
                <th scope="col" className={th}>
                  {t('outbox.table.created')}
                </th>
                <th scope="col" className={th}>
                  {t('outbox.table.recipient')}
                </th>
                <th scope="col" className={th}>
                  {t('outbox.table.template')}
                </th>
                <th scope="col" className={th}>
                  {t('outbox.table.status')}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t('outbox.table.attempts')}
                </th>
                <th scope="col" className={th}>
                  {t('outbox.table.error')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
              {d.messages.map((m) => (
                <tr key={m.id} className={m.status === 'FAILED' ? 'bg-red-50 dark:bg-red-950/40' : undefined}>
                  <td className={td}>
                    <time dateTime={m.createdAt}>{m.createdAtText}</time>
                  </td>
                  <th scope="row" className={`${td} text-left font-normal`}>
                    <Link to={viewHref(m.id)} aria-label={t('outbox.viewFor', { email: m.toEmail })} className="break-words font-semibold">
                      {m.toEmail}
                    </Link>
                  </th>
                  <td className={td}>{templateName(m.template)}</td>
                  <td className={td}>
                    <div className="flex flex-wrap gap-1">
                      <Badge tone={tone[m.status]}>{t(`outbox.statuses.${m.status}`)}</Badge>
                      {m.refused ? <Badge tone="danger">{t('outbox.bounced')}</Badge> : null}
                    </div>
                    {m.detailText ? (
                      <div className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                        {m.status === 'PENDING' ? t('outbox.table.next') : t('outbox.table.sentAt')}: {m.detailText}
                      </div>
                    ) : null}
                  </td>
                  <td className={`${td} text-right tabular-nums`}>{m.attempts}</td>
                  <td className={`${td} max-w-[24rem] break-words text-xs text-slate-700 dark:text-slate-300`}>{m.lastError}</td>
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
