// "Resend my ticket": whoever lost the confirmation types their address and gets the existing
// personal link (and ticket) by mail again. The answer is the same page whether or not the address
// is registered (events.$slug_.resend_.sent.tsx) — the link only ever goes to the mailbox it belongs
// to. Works without JavaScript.
import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { BackLink, Button, Card, Field, FormError } from '~/components/ui'
import { isBot, RegistrationFields } from '~/domain/registration/form'
import { getPublicFormEvent } from '~/domain/registration/page.server'
import { resendLink } from '~/domain/registration/self-service.server'
import { normaliseEmail } from '~/domain/registration/register.server'
import { formatEventRange } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { sentNoticeCookie } from '~/lib/sent-notice.server'
import { shownAgain } from '~/web/shown-again'

const ResendFields = RegistrationFields.pick({ email: true, website: true })

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.metaTitle ?? 'Fairdesk' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = await getDb()
  const event = await getPublicFormEvent(db, params.slug ?? '')
  if (!event) throw new Response(null, { status: 404 })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'registration')
  const title = localized(locale, event.titleDe, event.titleEn)
  return {
    metaTitle: t('resend.metaTitle', { title }),
    slug: event.slug,
    title,
    when: formatEventRange(event.startsAt, event.endsAt, { locale, timeZone: event.timeZone }, { withTimes: true }),
    place: [event.venueName, event.venueCity].filter(Boolean).join(', '),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData().catch(() => null)
  const db = await getDb()
  const event = await getPublicFormEvent(db, params.slug ?? '')
  if (!event) throw new Response(null, { status: 404 })
  const submission = parseWithZod(form ?? new FormData(), { schema: ResendFields })
  if (submission.status !== 'success') {
    // Only the address is shown again.
    return data(shownAgain(submission.reply({ hideFields: ['website'] }), { max: 300, only: ['email'] }), { status: 400 })
  }
  const email = normaliseEmail(submission.value.email)
  if (!isBot(submission.value)) await resendLink(db, event.id, email)
  return redirect(`/events/${event.slug}/resend/sent`, {
    status: 303,
    headers: { 'Set-Cookie': await sentNoticeCookie(db, event.slug, email) },
  })
}

export default function ResendPage() {
  const page = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation('registration')
  const [form, fields] = useForm<z.input<typeof ResendFields>>({ id: 'resend', lastResult: reply })
  const errors = fields.email.errors?.map((k) => t(k))
  return (
    <div className="mx-auto max-w-2xl">
      <BackLink to={`/events/${page.slug}`}>{t('form.back')}</BackLink>
      <h1 className="mt-3 text-2xl font-bold tracking-tight sm:text-3xl">{t('resend.title')}</h1>
      <p className="mt-1 font-medium">{page.title}</p>
      <p className="text-slate-700 dark:text-slate-300">
        {page.when}
        {page.place ? ` · ${page.place}` : null}
      </p>
      <Card className="mt-6 p-5 sm:p-8">
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('resend.intro')}</p>
        <Form
          method="post"
          {...getFormProps(form)}
          noValidate
          className="mt-6 flex flex-col gap-4"
          aria-describedby={errors ? 'resend-errors' : undefined}
        >
          <FormError id="resend-errors" focusOn={reply}>
            {errors ? t('errors.summary') : null}
          </FormError>
          <Field
            id={fields.email.id}
            name={fields.email.name}
            type="email"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            label={t('form.email')}
            autoComplete="email"
            required
            defaultValue={typeof fields.email.initialValue === 'string' ? fields.email.initialValue : undefined}
            errors={errors}
          />
          {/* Honeypot: invisible to people and screen readers, irresistible to bots. */}
          <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
            <label>
              {t('form.website')}
              <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
            </label>
          </div>
          <Button type="submit" disabled={navigation.state === 'submitting'}>
            {navigation.state === 'submitting' ? t('form.submitting') : t('resend.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  )
}
