import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Button, Card, Field, FormError, PageHeader, SelectField } from '~/components/ui'
import { createEvent } from '~/domain/event-admin.server'
import { wallTimeToUtc } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'

const KINDS = ['CONFERENCE', 'WORKSHOP', 'MEETING', 'DIALOGUE', 'FAIR'] as const
const text = (max: number) => z.string().trim().max(max, { error: 'errors.tooLong' })
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'errors.dateInvalid' })

const NewEventForm = z.object({
  titleDe: text(200).min(1, { error: 'errors.required' }),
  titleEn: text(200).optional(),
  kind: z.enum(KINDS, { error: 'errors.required' }),
  startsAt: localDateTime,
  endsAt: localDateTime,
  venueName: text(200).optional(),
  venueCity: text(100).optional(),
  capacity: z
    .string()
    .trim()
    .regex(/^(\d{1,6})?$/, { error: 'errors.capacityInvalid' })
    .refine((v) => v === '' || (Number(v) >= 1 && Number(v) <= 100_000), { error: 'errors.capacityInvalid' })
    .optional(),
  waitlist: z.literal('on').optional(),
  publish: z.literal('on').optional(),
})

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Fairdesk' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, await getDb(), 'events:manage')
  const t = await i18next.getFixedT(request, 'organiser')
  return { title: t('new.metaTitle') }
}

export async function action({ request }: ActionFunctionArgs) {
  const db = await getDb()
  await requirePermission(request, db, 'events:manage')
  const form = await request.formData().catch(() => new FormData())
  const pick = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : undefined)
  const raw = Object.fromEntries(Object.keys(NewEventForm.shape).map((k) => [k, pick(k)]))
  const parsed = NewEventForm.safeParse(raw)
  const values = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, (v ?? '').slice(0, 300)]))
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {}
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message)
    return data({ fieldErrors, values }, { status: 400 })
  }
  const v = parsed.data
  const result = await createEvent(db, {
    kind: v.kind,
    titleDe: v.titleDe,
    titleEn: v.titleEn,
    startsAt: wallTimeToUtc(v.startsAt, 'Europe/Berlin'),
    endsAt: wallTimeToUtc(v.endsAt, 'Europe/Berlin'),
    venueName: v.venueName,
    venueCity: v.venueCity,
    capacity: v.capacity ? Number(v.capacity) : null,
    waitlistEnabled: v.waitlist === 'on',
    publish: v.publish === 'on',
  })
  if (result.kind === 'endsBeforeStart') return data({ fieldErrors: { endsAt: ['errors.endsBeforeStart'] }, values }, { status: 400 })
  return redirect(`/admin/events/${result.id}`, 303)
}

export default function NewEventPage() {
  useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const { t } = useTranslation('organiser')
  const { t: tAdmin } = useTranslation('admin')
  const errors: Record<string, string[] | undefined> = result?.fieldErrors ?? {}
  const values = (result?.values ?? {}) as Record<string, string>
  const tr = (keys?: string[]) => keys?.map((k) => t(k))
  return (
    <div className="max-w-2xl">
      <PageHeader title={t('new.title')} />
      <Card className="p-5 sm:p-6">
        <Form method="post" noValidate className="flex flex-col gap-4">
          <FormError>{result ? t('errors.summary') : null}</FormError>
          <Field name="titleDe" label={t('new.titleDe')} required defaultValue={values.titleDe} errors={tr(errors.titleDe)} />
          <Field name="titleEn" label={t('new.titleEn')} defaultValue={values.titleEn} errors={tr(errors.titleEn)} />
          <SelectField name="kind" label={t('new.kind')} defaultValue={values.kind ?? 'WORKSHOP'}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {tAdmin(`kinds.${k}`)}
              </option>
            ))}
          </SelectField>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="startsAt" type="datetime-local" label={t('new.startsAt')} hint={t('new.timeHint')} required defaultValue={values.startsAt} errors={tr(errors.startsAt)} />
            <Field name="endsAt" type="datetime-local" label={t('new.endsAt')} hint={t('new.timeHint')} required defaultValue={values.endsAt} errors={tr(errors.endsAt)} />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field name="venueName" label={t('new.venueName')} defaultValue={values.venueName} errors={tr(errors.venueName)} />
            <Field name="venueCity" label={t('new.venueCity')} defaultValue={values.venueCity} errors={tr(errors.venueCity)} />
          </div>
          <Field name="capacity" inputMode="numeric" label={t('new.capacity')} defaultValue={values.capacity} errors={tr(errors.capacity)} />
          <label className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="waitlist" defaultChecked className="h-5 w-5" />
            {t('new.waitlist')}
          </label>
          <label className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="publish" className="h-5 w-5" />
            {t('new.publish')}
          </label>
          <Button type="submit">{t('new.submit')}</Button>
        </Form>
      </Card>
    </div>
  )
}
