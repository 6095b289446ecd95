import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EventFormFields } from '~/components/event-form-fields'
import { Button, Card, FormError, PageHeader } from '~/components/ui'
import { createEvent } from '~/domain/events/admin.server'
import { eventFieldsFromForm, parseEventForm } from '~/domain/events/form'
import { DEFAULT_TIME_ZONE, wallTimeToUtc } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Fairdesk' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, await getDb(), 'events:manage')
  const t = await i18next.getFixedT(request, 'organiser')
  return { title: t('new.metaTitle') }
}

export async function action({ request }: ActionFunctionArgs) {
  const db = await getDb()
  await requirePermission(request, db, 'events:manage')
  const parsed = parseEventForm(await request.formData().catch(() => new FormData()))
  if (!parsed.ok) return data({ fieldErrors: parsed.fieldErrors, values: parsed.values }, { status: 400 })
  const { value: v, values } = parsed
  const result = await createEvent(db, {
    ...eventFieldsFromForm(v, (wall) => wallTimeToUtc(wall, DEFAULT_TIME_ZONE)),
    publish: v.publish === 'on',
  })
  if (result.kind === 'endsBeforeStart') return data({ fieldErrors: { endsAt: ['errors.endsBeforeStart'] }, values }, { status: 400 })
  return redirect(`/admin/events/${result.id}`, 303)
}

export default function NewEventPage() {
  useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const { t } = useTranslation('organiser')
  const errors: Record<string, string[] | undefined> = result?.fieldErrors ?? {}
  const values = (result?.values ?? {}) as Record<string, string>
  return (
    <div className="max-w-2xl">
      <PageHeader title={t('new.title')} />
      <Card className="p-5 sm:p-6">
        <Form method="post" noValidate className="flex flex-col gap-4">
          <FormError>{result ? t('errors.summary') : null}</FormError>
          <EventFormFields values={values} errors={errors} waitlistDefault={result ? values.waitlist === 'on' : true} />
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
