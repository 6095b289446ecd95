import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { EventFormFields } from '~/components/event-form-fields'
import { Button, buttonClass, Card, FormError, PageHeader } from '~/components/ui'
import { updateEvent } from '~/domain/events/admin.server'
import { EventForm, eventFieldsFromForm, EVENT_TEXT_MAX } from '~/domain/events/form'
import { utcToWallTime, wallTimeToUtc } from '~/lib/datetime'
import { shownAgain } from '~/web/shown-again'
import { requireLiveEvent, requireStaffEvent } from '~/web/staff-event.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.values.titleDe} – Fairdesk` : 'Fairdesk' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { event } = await requireLiveEvent(request, params.id, 'events:manage')
  return {
    id: event.id,
    timeZone: event.timeZone,
    values: {
      titleDe: event.titleDe,
      titleEn: event.titleEn,
      kind: event.kind,
      startsAt: utcToWallTime(event.startsAt, event.timeZone),
      endsAt: utcToWallTime(event.endsAt, event.timeZone),
      summaryDe: event.summaryDe ?? '',
      summaryEn: event.summaryEn ?? '',
      descriptionDe: event.descriptionDe ?? '',
      descriptionEn: event.descriptionEn ?? '',
      venueName: event.venueName ?? '',
      venueStreet: event.venueStreet ?? '',
      venuePostcode: event.venuePostcode ?? '',
      venueCity: event.venueCity ?? '',
      contactEmail: event.contactEmail ?? '',
      organiserName: event.organiserName ?? '',
      registrationOpensAt: event.registrationOpensAt ? utcToWallTime(event.registrationOpensAt, event.timeZone) : '',
      registrationClosesAt: event.registrationClosesAt ? utcToWallTime(event.registrationClosesAt, event.timeZone) : '',
      capacity: event.capacity === null ? '' : String(event.capacity),
      waitlist: event.waitlistEnabled ? 'on' : '',
      proposalsOpen: event.proposalsOpen ? 'on' : '',
    },
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, event, user } = await requireStaffEvent(request, params.id, 'events:manage')
  const submission = parseWithZod(await request.formData().catch(() => new FormData()), { schema: EventForm })
  if (submission.status !== 'success') return data(shownAgain(submission.reply(), { max: EVENT_TEXT_MAX }), { status: 400 })
  const v = submission.value
  const result = await updateEvent(
    db,
    event.id,
    eventFieldsFromForm(v, (wall) => wallTimeToUtc(wall, event.timeZone)),
    user.id,
  )
  if (result.kind === 'endsBeforeStart')
    return data(shownAgain(submission.reply({ fieldErrors: { endsAt: ['errors.endsBeforeStart'] } }), { max: EVENT_TEXT_MAX }), {
      status: 400,
    })
  if (result.kind !== 'updated') throw new Response(null, { status: 404 })
  return redirect(`/admin/events/${event.id}`, 303)
}

export default function EditEventPage() {
  const loaded = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const [form] = useForm({ id: 'edit-event', lastResult })
  const { t } = useTranslation('organiser')
  // After an answer: what was typed (an emptied field stays empty); before: the event as stored.
  const values = (lastResult ? (form.initialValue ?? {}) : loaded.values) as Record<string, string | undefined>
  return (
    <div className="max-w-2xl">
      <PageHeader level={2} title={t('edit.title')}>
        {t('edit.intro')}
      </PageHeader>
      <Card className="p-5 sm:p-6">
        <Form method="post" {...getFormProps(form)} noValidate className="flex flex-col gap-4">
          <FormError>{lastResult ? t('errors.summary') : null}</FormError>
          <EventFormFields values={values} errors={form.allErrors} waitlistDefault={values.waitlist === 'on'} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit">{t('edit.submit')}</Button>
            <Link to={`/admin/events/${loaded.id}`} className={buttonClass('secondary')}>
              {t('edit.cancel')}
            </Link>
          </div>
        </Form>
      </Card>
    </div>
  )
}
