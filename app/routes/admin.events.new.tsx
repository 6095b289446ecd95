import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EventFormFields } from '~/components/event-form-fields'
import { Button, Card, FormError, PageHeader } from '~/components/ui'
import { createEvent } from '~/domain/events/admin.server'
import { EventForm, eventFieldsFromForm, EVENT_TEXT_MAX } from '~/domain/events/form'
import { DEFAULT_TIME_ZONE, wallTimeToUtc } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'
import { shownAgain } from '~/web/shown-again'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Fairdesk' }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, await getDb(), 'events:manage')
  const t = await i18next.getFixedT(request, 'organiser')
  return { title: t('new.metaTitle') }
}

export async function action({ request }: ActionFunctionArgs) {
  const db = await getDb()
  const user = await requirePermission(request, db, 'events:manage')
  const submission = parseWithZod(await request.formData().catch(() => new FormData()), { schema: EventForm })
  if (submission.status !== 'success') return data(shownAgain(submission.reply(), { max: EVENT_TEXT_MAX }), { status: 400 })
  const v = submission.value
  const result = await createEvent(
    db,
    {
      ...eventFieldsFromForm(v, (wall) => wallTimeToUtc(wall, DEFAULT_TIME_ZONE)),
      publish: v.publish === 'on',
    },
    user.id,
  )
  if (result.kind === 'endsBeforeStart')
    return data(shownAgain(submission.reply({ fieldErrors: { endsAt: ['errors.endsBeforeStart'] } }), { max: EVENT_TEXT_MAX }), {
      status: 400,
    })
  return redirect(`/admin/events/${result.id}`, 303)
}

export default function NewEventPage() {
  useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const [form] = useForm({ id: 'new-event', lastResult })
  const { t } = useTranslation('organiser')
  const values = (form.initialValue ?? {}) as Record<string, string>
  return (
    <div className="max-w-2xl">
      <PageHeader title={t('new.title')} />
      <Card className="p-5 sm:p-6">
        <Form method="post" {...getFormProps(form)} noValidate className="flex flex-col gap-4">
          <FormError>{lastResult ? t('errors.summary') : null}</FormError>
          <EventFormFields values={values} errors={form.allErrors} waitlistDefault={lastResult ? values.waitlist === 'on' : true} />
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
