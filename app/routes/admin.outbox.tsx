// /admin/outbox — every mail as the outbox holds it: status, attempts, the last error (refused
// addresses highlighted), and one message rendered as it would be sent now (?message=<id>).
// Without SMTP_URL this is where staff read what would have been mailed.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useSearchParams } from '@remix-run/react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Badge, Button, buttonClass, Card, EmptyState, Field, PageHeader, Pagination, TableScroll } from '~/components/ui'
import { listOutbox, OUTBOX_FILTERS, REFUSED, retryMessage, SKIPPED, viewOutboxMessage } from '~/mail/outbox.server'
import { DEFAULT_TIME_ZONE, formatDateTime } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { getEnv } from '~/lib/env.server'
import { toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { kickOutboxWorker } from '~/mail/worker.server'
import { requirePermission } from '~/lib/permissions.server'

// Query parameters come from links people share and edit: anything unusable is ignored.
const Query = z.object({
  status: z.enum(OUTBOX_FILTERS).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
  message: z
    .string()
    .regex(/^[a-z0-9]{10,40}$/)
    .optional()
    .catch(undefined),
})

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? 'Outbox'} – Fairdesk` }]

type DisplayStatus = 'PENDING' | 'SENT' | 'FAILED' | 'SKIPPED'
const displayStatus = (m: { status: string; lastError: string | null }): DisplayStatus =>
  m.status === 'SENT' && m.lastError?.startsWith(SKIPPED) ? 'SKIPPED' : (m.status as DisplayStatus)

export async function loader({ request }: LoaderFunctionArgs) {
  const db = await getDb()
  await requirePermission(request, db, 'outbox:view')
  const query = Query.parse(Object.fromEntries(new URL(request.url).searchParams))
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'mail')
  const zone = { locale, timeZone: DEFAULT_TIME_ZONE }
  const [list, viewed] = await Promise.all([
    listOutbox(db, { filter: query.status, q: query.q, page: query.page }),
    query.message ? viewOutboxMessage(db, query.message) : null,
  ])
  const env = getEnv()
  return data({
    title: t('outbox.title'),
    smtp: Boolean(env.SMTP_URL),
    workerOff: process.env.FAIRDESK_WORKER === 'off',
    filter: { status: query.status ?? '', q: query.q ?? '' },
    filters: OUTBOX_FILTERS,
    total: list.total,
    page: list.page,
    pages: list.pages,
    failed: list.failed,
    messages: list.messages.map((m) => ({
      id: m.id,
      template: m.template,
      toEmail: m.toEmail,
      status: displayStatus(m),
      refused: m.status === 'FAILED' && Boolean(m.lastError?.startsWith(REFUSED)),
      attempts: m.attempts,
      createdAt: m.createdAt.toISOString(),
      createdAtText: formatDateTime(m.createdAt, zone),
      detailText:
        m.status === 'SENT' && m.sentAt
          ? formatDateTime(m.sentAt, zone)
          : m.status === 'PENDING'
            ? formatDateTime(m.nextAttemptAt, zone)
            : null,
      lastError: m.lastError,
    })),
    viewed: viewed
      ? {
          id: viewed.message.id,
          template: viewed.message.template,
          toEmail: viewed.message.toEmail,
          status: displayStatus(viewed.message),
          lastError: viewed.message.lastError,
          payload: JSON.stringify(viewed.message.payload, null, 2),
          skipped: viewed.rendered.kind === 'mail' ? null : viewed.rendered.reason,
          subject: viewed.rendered.kind === 'mail' ? viewed.rendered.mail.subject : null,
          html: viewed.rendered.kind === 'mail' ? (viewed.rendered.mail.html ?? null) : null,
          text: viewed.rendered.kind === 'mail' ? viewed.rendered.mail.text : null,
          ics: viewed.rendered.kind === 'mail' ? (viewed.rendered.mail.icalEvent?.content ?? null) : null,
        }
      : null,
  })
}

export async function action({ request }: ActionFunctionArgs) {
  const db = await getDb()
  await requirePermission(request, db, 'registrations:manage')
  const form = await request.formData().catch(() => new FormData())
  const id = form.get('messageId')
  if (form.get('intent') !== 'retry' || typeof id !== 'string') throw new Response('Bad request', { status: 400 })
  const result = await retryMessage(db, id)
  if (result.kind === 'notFound') throw new Response(null, { status: 404 })
  if (result.kind === 'queued') kickOutboxWorker()
  // Back to the same list (filter, page) with the message open.
  const params = new URLSearchParams(new URL(request.url).searchParams)
  params.delete('index')
  params.set('message', id)
  params.set('retry', result.kind)
  return redirect(`/admin/outbox?${params}`, 303)
}

const tone = { PENDING: 'warning', SENT: 'success', FAILED: 'danger', SKIPPED: 'neutral' } as const

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

type Viewed = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>['viewed']>

function MessageView({
  viewed,
  retry,
  templateName,
}: {
  viewed: Viewed
  retry: string | null
  templateName: (template: string) => string
}) {
  const { t } = useTranslation('mail')
  const [params] = useSearchParams()
  const back = new URLSearchParams(params)
  back.delete('message')
  back.delete('retry')
  const pre = 'max-h-80 overflow-auto whitespace-pre-wrap break-words rounded-md bg-slate-50 p-3 text-xs dark:bg-slate-950'
  return (
    <Card id="message" className="mb-8" aria-labelledby="message-title">
      <div className="mb-3 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="message-title" className="text-xl font-semibold">
            {t('outbox.detail.title', { email: viewed.toEmail })}
          </h2>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
            {templateName(viewed.template)} <Badge tone={tone[viewed.status]}>{t(`outbox.statuses.${viewed.status}`)}</Badge>
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {viewed.status === 'FAILED' ? (
            <Form method="post">
              <input type="hidden" name="messageId" value={viewed.id} />
              <Button type="submit" name="intent" value="retry">
                {t('outbox.retry')}
              </Button>
            </Form>
          ) : null}
          <Link to={`/admin/outbox${back.size ? `?${back}` : ''}`} className={buttonClass('secondary')}>
            {t('outbox.back')}
          </Link>
        </div>
      </div>
      {retry === 'queued' ? (
        <p role="status" className="mb-3 text-sm text-green-800 dark:text-green-300">
          {t('outbox.retried')}
        </p>
      ) : retry === 'notFailed' ? (
        <p role="status" className="mb-3 text-sm text-slate-700 dark:text-slate-300">
          {t('outbox.notRetryable')}
        </p>
      ) : null}
      {viewed.lastError ? (
        <p
          className={`mb-3 break-words text-sm ${viewed.status === 'FAILED' ? 'text-red-800 dark:text-red-300' : 'text-slate-700 dark:text-slate-300'}`}
        >
          <strong>{t('outbox.table.error')}:</strong> {viewed.lastError}
        </p>
      ) : null}
      {viewed.skipped ? <p className="mb-3 text-sm">{t('outbox.detail.skipped', { reason: viewed.skipped })}</p> : null}
      {viewed.subject ? (
        <p className="mb-3 text-sm">
          <strong>{t('outbox.detail.subject')}:</strong> {viewed.subject}
        </p>
      ) : null}
      {viewed.html ? (
        <>
          <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">{t('outbox.detail.rendered')}</p>
          {/* sandbox without permissions: the mail's HTML can run nothing and reach nothing of this page. */}
          <iframe
            title={t('outbox.detail.frame')}
            srcDoc={viewed.html}
            sandbox=""
            className="h-[40rem] w-full rounded-md border border-slate-200 bg-white dark:border-slate-700"
          />
        </>
      ) : null}
      {viewed.text ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium">{t('outbox.detail.plainText')}</summary>
          <pre className={pre}>{viewed.text}</pre>
        </details>
      ) : null}
      {viewed.ics ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium">{t('outbox.detail.calendar')}</summary>
          <pre className={pre}>{viewed.ics}</pre>
        </details>
      ) : null}
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium">{t('outbox.detail.payload')}</summary>
        <pre className={pre}>{viewed.payload}</pre>
      </details>
    </Card>
  )
}
