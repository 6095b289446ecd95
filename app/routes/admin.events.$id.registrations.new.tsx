// /admin/events/:id/registrations/new — an organiser adds a person by hand (phone call, e-mail,
// someone at the desk). Capacity and the waiting list apply as online; the mail is optional.
import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { typedValue } from '~/components/forms/reply-for'
import { Button, buttonClass, Card, Field, FormError, PageHeader, SelectField } from '~/components/ui'
import { addRegistrationByStaff } from '~/domain/registration/admin.server'
import { AddForm, STAFF_ROLES } from '~/domain/registration/staff-form'
import { requireLiveEvent } from '~/web/staff-event.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { shownAgain } from '~/web/shown-again'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.heading} – Fairdesk` : 'Fairdesk' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { event } = await requireLiveEvent(request, params.id, 'registrations:manage')
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'staffRegistrations')
  const title = localized(locale, event.titleDe, event.titleEn)
  return { event: { id: event.id, title }, heading: t('add.title', { title }), locale }
}

/** The form's own fields, cut to a length they allow anyway. */
const SHOWN_AGAIN = { max: 1_000, only: ['firstName', 'lastName', 'email', 'company', 'role', 'locale', 'notify'] }

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, user, event } = await requireLiveEvent(request, params.id, 'registrations:manage')
  const submission = parseWithZod(await request.formData().catch(() => new FormData()), { schema: AddForm })
  if (submission.status !== 'success') return data(shownAgain(submission.reply(), SHOWN_AGAIN), { status: 400 })
  const v = submission.value
  const result = await addRegistrationByStaff(db, event.id, {
    ...v,
    company: v.company ?? null,
    notify: v.notify === 'on',
    actorId: user.id,
  })
  if (result.kind === 'full') return data(shownAgain(submission.reply({ formErrors: ['add.full'] }), SHOWN_AGAIN), { status: 409 })
  if (result.kind === 'closed') throw new Response(null, { status: 404 })
  if (result.existing) return data(shownAgain(submission.reply({ fieldErrors: { email: ['add.existing'] } }), SHOWN_AGAIN), { status: 409 })
  return redirect(`/admin/events/${event.id}/registrations/${result.registration.id}?added=1`, 303)
}

export default function AddRegistrationPage() {
  const { event, heading, locale } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const [form] = useForm<z.input<typeof AddForm>>({ id: 'add-registration', lastResult })
  const { t } = useTranslation('staffRegistrations')
  const { t: tForm } = useTranslation('registration')
  const { '': formErrors, ...errors }: Record<string, string[] | undefined> = form.allErrors
  const value = (name: string) => typedValue((form.initialValue as Record<string, unknown> | undefined)?.[name])
  // Field messages come from the public form's rules (registration namespace) or from this page.
  const tr = (keys?: string[]) => keys?.map((k) => (k.startsWith('add.') ? t(k) : tForm(k)))
  return (
    <>
      <PageHeader level={2} title={heading} />
      <Card className="max-w-2xl">
        <Form method="post" {...getFormProps(form)} noValidate className="grid gap-4 sm:grid-cols-2">
          {Object.keys(errors).length ? <FormError>{tForm('errors.summary')}</FormError> : null}
          {formErrors?.length ? <FormError>{formErrors.map((k) => t(k)).join(' ')}</FormError> : null}
          <Field
            name="firstName"
            label={tForm('form.firstName')}
            required
            autoComplete="off"
            defaultValue={value('firstName')}
            errors={tr(errors.firstName)}
          />
          <Field
            name="lastName"
            label={tForm('form.lastName')}
            required
            autoComplete="off"
            defaultValue={value('lastName')}
            errors={tr(errors.lastName)}
          />
          <Field
            name="email"
            type="email"
            label={tForm('form.email')}
            required
            autoComplete="off"
            defaultValue={value('email')}
            errors={tr(errors.email)}
            className="sm:col-span-2"
          />
          <Field
            name="company"
            label={tForm('form.company')}
            defaultValue={value('company')}
            errors={tr(errors.company)}
            className="sm:col-span-2"
          />
          <SelectField name="role" label={t('fields.role')} defaultValue={value('role') ?? 'ATTENDEE'}>
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </SelectField>
          <SelectField name="locale" label={t('fields.locale')} defaultValue={value('locale') ?? locale}>
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </SelectField>
          <label className="flex min-h-11 items-center gap-3 sm:col-span-2">
            <input type="checkbox" name="notify" defaultChecked={lastResult ? value('notify') === 'on' : true} className="h-5 w-5" />
            {t('fields.notify')}
          </label>
          <div className="flex flex-wrap gap-2 sm:col-span-2">
            <Button type="submit">{t('add.submit')}</Button>
            <Link to={`/admin/events/${event.id}`} className={buttonClass('secondary')}>
              {t('cancelAction')}
            </Link>
          </div>
        </Form>
      </Card>
    </>
  )
}
