// Check-in devices of an event, for organisers: create one (its token is shown once, here), see
// when each was last used, revoke one. Hand scanners and integrations use the token with
// POST /api/v1/checkins; `npm run device:token` does the same from the shell.
import { useForm, type SubmissionResult } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { replyFor, typedValue } from '~/components/forms/reply-for'
import { Badge, Button, Card, EmptyState, Field } from '~/components/ui'
import { createDevice, listDevices, revokeDevice } from '~/domain/checkin/devices.server'
import { DeviceForm } from '~/domain/checkin/forms'
import { formatDateTime } from '~/lib/datetime'
import type { Db } from '~/lib/db.server'
import { getEnv } from '~/lib/env.server'
import { localized } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { runIntent, withContext } from '~/web/intents.server'
import { requireStaffEvent } from '~/web/staff-event.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.metaTitle} – Fairdesk` : 'Fairdesk' }]

const eventFor = (request: Request, id: string | undefined) => requireStaffEvent(request, id, 'devices:manage')

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, event, locale } = await eventFor(request, params.id)
  const t = await i18next.getFixedT(request, 'checkin')
  const zone = { locale, timeZone: event.timeZone }
  const title = localized(locale, event.titleDe, event.titleEn)
  const devices = await listDevices(db, event.id)
  return data({
    metaTitle: `${t('devices.title')}: ${title}`,
    event: { id: event.id, title },
    apiUrl: new URL('/api/v1/checkins', getEnv().APP_URL).toString(),
    notice: new URL(request.url).searchParams.get('notice') === 'revoked' ? 'revoked' : null,
    devices: devices.map((d) => ({
      id: d.id,
      label: d.label,
      createdAt: formatDateTime(d.createdAt, zone),
      lastSeenAt: d.lastSeenAt ? formatDateTime(d.lastSeenAt, zone) : null,
      revokedAt: d.revokedAt ? formatDateTime(d.revokedAt, zone) : null,
      checkIns: d._count.checkIns,
    })),
  })
}

type Page = { db: Db; eventId: string; userId: string }
type Created = { created: { label: string; token: string } }

export async function action(args: ActionFunctionArgs) {
  const { db, event, user } = await eventFor(args.request, args.params.id)
  return runIntent(args, withContext<Page>({ db, eventId: event.id, userId: user.id }, actions))
}

async function create(page: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: DeviceForm })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const { device, token } = await createDevice(page.db, page.eventId, submission.value.label, page.userId)
  return data({ created: { label: device.label, token } } satisfies Created)
}

async function revoke(page: Page, form: FormData) {
  const result = await revokeDevice(page.db, page.eventId, String(form.get('deviceId') ?? ''), page.userId)
  if (result.kind === 'notFound') throw new Response(null, { status: 404 })
  return redirect(`/admin/events/${page.eventId}/devices?notice=revoked`, 303)
}

const actions = { create, revoke } satisfies Record<string, (page: Page, form: FormData) => Promise<Response | ReturnType<typeof data>>>

export default function DevicesPage() {
  const { devices, apiUrl, notice } = useLoaderData<typeof loader>()
  // A created device's answer carries its token (shown once); an invalid name, Conform's reply.
  const reply = useActionData<Created | SubmissionResult<string[]>>()
  const created = reply && 'created' in reply ? reply.created : null
  const [form, fields] = useForm<z.input<typeof DeviceForm>>({ id: 'device-new', lastResult: replyFor(reply, 'create') })
  const navigation = useNavigation()
  const { t } = useTranslation('checkin')
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h2 className="text-xl font-bold tracking-tight sm:text-2xl">{t('devices.title')}</h2>
        <p className="mt-1 max-w-prose text-slate-700 dark:text-slate-300">{t('devices.intro')}</p>
      </div>

      {notice ? (
        <p
          role="status"
          className="rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {t('devices.revokedNotice')}
        </p>
      ) : null}

      {created ? (
        <Card className="border-green-400 dark:border-green-700" role="status">
          <h2 className="text-lg font-semibold">{t('devices.createdTitle', { label: created.label })}</h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('devices.createdHint')}</p>
          <label htmlFor="device-token" className="mt-3 block text-sm font-medium">
            {t('devices.token')}
          </label>
          <input
            id="device-token"
            readOnly
            value={created.token}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-1 min-h-11 w-full rounded-md border border-slate-400 bg-slate-50 px-3 font-mono text-sm dark:border-slate-600 dark:bg-slate-950"
          />
          <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">{t('devices.usage')}</p>
          <pre className="mt-1 overflow-x-auto rounded-md bg-slate-100 p-3 text-xs dark:bg-slate-800">
            {`curl -X POST ${apiUrl} \\\n  -H "Authorization: Bearer ${created.token}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"code":"FD1.…","nonce":"scan-0001"}'`}
          </pre>
        </Card>
      ) : null}

      <Card className="max-w-xl">
        <h2 className="text-lg font-semibold">{t('devices.create')}</h2>
        {/* A fresh form after each created device: the name field starts empty again. */}
        <Form key={created?.token ?? 'new'} id={form.id} method="post" noValidate className="mt-3 flex flex-wrap items-end gap-3">
          <input type="hidden" name="intent" value="create" />
          <Field
            name="label"
            label={t('devices.label')}
            hint={t('devices.labelHint')}
            required
            maxLength={60}
            autoComplete="off"
            defaultValue={typedValue(fields.label.initialValue)}
            errors={fields.label.errors?.map((k) => t(k))}
            className="min-w-56 flex-1"
          />
          <Button type="submit" disabled={navigation.state === 'submitting'}>
            {t('devices.createButton')}
          </Button>
        </Form>
      </Card>

      <section aria-labelledby="devices-heading">
        <h2 id="devices-heading" className="text-lg font-semibold">
          {t('devices.list')}
        </h2>
        {devices.length === 0 ? (
          <div className="mt-3">
            <EmptyState title={t('devices.none')}>{t('devices.noneHint')}</EmptyState>
          </div>
        ) : (
          <ul className="mt-3 flex flex-col gap-3">
            {devices.map((d) => (
              <li key={d.id}>
                <Card className="flex flex-wrap items-center justify-between gap-3">
                  <div>
                    <p className="font-semibold">
                      {d.label}{' '}
                      {d.revokedAt ? (
                        <Badge tone="danger">{t('devices.revoked')}</Badge>
                      ) : (
                        <Badge tone="success">{t('devices.active')}</Badge>
                      )}
                    </p>
                    <p className="text-sm text-slate-700 dark:text-slate-300">
                      {t('devices.createdAt', { at: d.createdAt })} ·{' '}
                      {d.lastSeenAt ? t('devices.lastSeen', { at: d.lastSeenAt }) : t('devices.neverSeen')} ·{' '}
                      {t('devices.checkIns', { count: d.checkIns })}
                      {d.revokedAt ? ` · ${t('devices.revokedAt', { at: d.revokedAt })}` : ''}
                    </p>
                  </div>
                  {d.revokedAt ? null : (
                    <Form method="post">
                      <input type="hidden" name="intent" value="revoke" />
                      <input type="hidden" name="deviceId" value={d.id} />
                      <Button type="submit" variant="danger" aria-label={`${t('devices.revoke')}: ${d.label}`}>
                        {t('devices.revoke')}
                      </Button>
                    </Form>
                  )}
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
