import { Form, Link, type useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Badge, Button, buttonClass, Card } from '~/components/ui'
import type { loader } from './outbox.server'

export const tone = { PENDING: 'warning', SENT: 'success', FAILED: 'danger', SKIPPED: 'neutral' } as const

type Viewed = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>['viewed']>

export function MessageView({
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
