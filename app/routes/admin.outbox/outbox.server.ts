// Loader and action of /admin/outbox: the list with its filter, one message rendered as it would
// be sent now, and the retry of a failed one.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { DEFAULT_TIME_ZONE, formatDateTime } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { getEnv } from '~/lib/env.server'
import { toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'
import { listOutbox, OUTBOX_FILTERS, REFUSED, retryMessage, SKIPPED, viewOutboxMessage } from '~/mail/outbox.server'
import { kickOutboxWorker } from '~/mail/worker.server'
import { runIntent, type IntentAction } from '~/web/intents.server'

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

export type DisplayStatus = 'PENDING' | 'SENT' | 'FAILED' | 'SKIPPED'
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

// A form that names no known intent, or no message, is refused like a malformed request.
const badRequest = () => new Response('Bad request', { status: 400 })

const retry: IntentAction = async ({ request }, form) => {
  const id = form.get('messageId')
  if (typeof id !== 'string') throw badRequest()
  const result = await retryMessage(await getDb(), id)
  if (result.kind === 'notFound') throw new Response(null, { status: 404 })
  if (result.kind === 'queued') kickOutboxWorker()
  // Back to the same list (filter, page) with the message open.
  const params = new URLSearchParams(new URL(request.url).searchParams)
  params.delete('index')
  params.set('message', id)
  params.set('retry', result.kind)
  return redirect(`/admin/outbox?${params}`, 303)
}

export async function action(args: ActionFunctionArgs) {
  await requirePermission(args.request, await getDb(), 'registrations:manage')
  return runIntent(args, { retry }, async () => {
    throw badRequest()
  })
}
