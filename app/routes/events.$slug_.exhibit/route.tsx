// The public application for space on a fair's joint stand: a plain HTML form (works without
// JavaScript), validated on the server with field-level messages, with the same hidden honeypot
// as the registration form.
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { BackLink, Button, Card, Field, FormError, TextareaField } from '~/components/ui'
import { ApplicationForm, isBot, STAFF_ROWS } from '~/domain/fair/forms'
import { applyAsExhibitor, getApplicationPage } from '~/domain/fair/fair.server'
import { formatEventRange } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.metaTitle ?? 'Fairdesk' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const page = await getApplicationPage(await getDb(), params.slug ?? '')
  if (!page) throw new Response(null, { status: 404 })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'fair')
  const { event } = page
  const title = localized(locale, event.titleDe, event.titleEn)
  return {
    metaTitle: t('apply.metaTitle', { title }),
    slug: event.slug,
    title,
    when: formatEventRange(event.startsAt, event.endsAt, { locale, timeZone: event.timeZone }),
    place: [event.venueName, event.venueCity].filter(Boolean).join(', '),
    closedReason: page.closedReason,
    sent: new URL(request.url).searchParams.get('sent') === '1',
  }
}

type Reply = { fieldErrors: Record<string, string[]>; formError: string | null; values: Record<string, unknown> }

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData().catch(() => null)
  if (!form) return data<Reply>({ fieldErrors: {}, formError: 'errors.unknownAction', values: {} }, { status: 400 })
  const db = await getDb()
  const page = await getApplicationPage(db, params.slug ?? '')
  if (!page) throw new Response(null, { status: 404 })
  const submission = parseWithZod(form, { schema: ApplicationForm })
  if (submission.status !== 'success') {
    const fieldErrors = Object.fromEntries(
      Object.entries(submission.error ?? {}).filter((e): e is [string, string[]] => Array.isArray(e[1])),
    )
    return data<Reply>({ fieldErrors, formError: null, values: echo(submission.payload) }, { status: 400 })
  }
  const thanks = redirect(`/events/${page.event.slug}/exhibit?sent=1`, 303)
  const v = submission.value
  if (isBot(v)) return thanks
  const result = await applyAsExhibitor(db, page.event.id, {
    company: v.company,
    companyCity: v.companyCity,
    companyWebsite: v.companyWebsite,
    contact: { firstName: v.firstName, lastName: v.lastName, email: v.email, phone: v.phone },
    areaWantedSqm: v.areaWantedSqm,
    topicsDe: v.topicsDe,
    topicsEn: v.topicsEn,
    products: v.products,
    staff: v.staff,
    locale: toLocale(await i18next.getLocale(request)),
  })
  if (result.kind === 'closed')
    return data<Reply>({ fieldErrors: {}, formError: `apply.closed.${result.reason}`, values: echo(submission.payload) }, { status: 409 })
  // A company that has applied already gets the same answer as a new one (its contact person hears
  // of it by mail): the form must not tell anyone which companies have applied.
  return thanks
}

/** What the form shows again after an error: its own fields only, cut to a sane length. */
function echo(payload: Record<string, unknown>): Record<string, unknown> {
  const cut = (v: unknown): unknown =>
    typeof v === 'string'
      ? v.slice(0, 1_000)
      : Array.isArray(v)
        ? v.slice(0, STAFF_ROWS).map(cut)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cut(x)]))
          : undefined
  const { website: _honeypot, ...rest } = payload
  return cut(rest) as Record<string, unknown>
}

export default function ExhibitPage() {
  const page = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation('fair')
  const values = (reply?.values ?? {}) as Record<string, string | undefined> & {
    staff?: Array<Record<string, string | undefined> | undefined>
  }
  const err = (name: string) => reply?.fieldErrors[name]?.map((k) => t(k))
  const hasErrors = Boolean(reply && (Object.keys(reply.fieldErrors).length > 0 || reply.formError))

  return (
    <div className="mx-auto max-w-2xl">
      <BackLink to={`/events/${page.slug}`}>{t('public.back')}</BackLink>
      <h1 className="mt-3 text-2xl font-bold tracking-tight sm:text-3xl">{t('apply.title')}</h1>
      <p className="mt-1 font-medium">{page.title}</p>
      <p className="text-slate-700 dark:text-slate-300">
        {page.when}
        {page.place ? ` · ${page.place}` : null}
      </p>

      {page.sent ? (
        <Card className="mt-6" role="status">
          <h2 className="text-xl font-semibold">{t('apply.thanksTitle')}</h2>
          <p className="mt-2">{t('apply.thanksText')}</p>
        </Card>
      ) : page.closedReason ? (
        <Card className="mt-6" role="status">
          <h2 className="text-xl font-semibold">{t('apply.closedTitle')}</h2>
          <p className="mt-2">{t(`apply.closed.${page.closedReason}`)}</p>
        </Card>
      ) : (
        <Card className="mt-6 p-5 sm:p-8">
          <p className="text-sm text-slate-700 dark:text-slate-300">{t('apply.intro')}</p>
          <Form method="post" noValidate className="mt-6 flex flex-col gap-6" aria-describedby={hasErrors ? 'apply-errors' : undefined}>
            <FormError id="apply-errors">{hasErrors ? (reply?.formError ? t(reply.formError) : t('errors.summary')) : null}</FormError>
            <fieldset className="flex flex-col gap-4">
              <legend className="mb-2 text-base font-semibold">{t('apply.companyLegend')}</legend>
              <Field
                name="company"
                label={t('apply.company')}
                autoComplete="organization"
                required
                maxLength={150}
                defaultValue={values.company}
                errors={err('company')}
              />
              <div className="grid gap-4 sm:grid-cols-2">
                <Field
                  name="companyCity"
                  label={t('apply.companyCity')}
                  autoComplete="address-level2"
                  maxLength={100}
                  defaultValue={values.companyCity}
                  errors={err('companyCity')}
                />
                <Field
                  name="companyWebsite"
                  label={t('apply.companyWebsite')}
                  autoComplete="url"
                  inputMode="url"
                  maxLength={200}
                  defaultValue={values.companyWebsite}
                  errors={err('companyWebsite')}
                />
              </div>
            </fieldset>
            <fieldset className="flex flex-col gap-4">
              <legend className="mb-2 text-base font-semibold">{t('apply.contactLegend')}</legend>
              <div className="grid gap-4 sm:grid-cols-2">
                <Field
                  name="firstName"
                  label={t('apply.firstName')}
                  autoComplete="given-name"
                  required
                  maxLength={100}
                  defaultValue={values.firstName}
                  errors={err('firstName')}
                />
                <Field
                  name="lastName"
                  label={t('apply.lastName')}
                  autoComplete="family-name"
                  required
                  maxLength={100}
                  defaultValue={values.lastName}
                  errors={err('lastName')}
                />
                <Field
                  name="email"
                  type="email"
                  inputMode="email"
                  autoCapitalize="none"
                  spellCheck={false}
                  label={t('apply.email')}
                  autoComplete="email"
                  required
                  defaultValue={values.email}
                  errors={err('email')}
                />
                <Field
                  name="phone"
                  type="tel"
                  label={t('apply.phone')}
                  autoComplete="tel"
                  maxLength={40}
                  defaultValue={values.phone}
                  errors={err('phone')}
                />
              </div>
            </fieldset>
            <fieldset className="flex flex-col gap-4">
              <legend className="mb-2 text-base font-semibold">{t('apply.spaceLegend')}</legend>
              <Field
                name="areaWantedSqm"
                label={t('apply.areaWanted')}
                inputMode="decimal"
                required
                hint={t('apply.areaHint')}
                defaultValue={values.areaWantedSqm}
                errors={err('areaWantedSqm')}
                className="sm:max-w-xs"
              />
              <TextareaField
                name="topicsDe"
                label={t('apply.topicsDe')}
                required
                maxLength={500}
                hint={t('apply.topicsHint')}
                defaultValue={values.topicsDe}
                errors={err('topicsDe')}
              />
              <TextareaField
                name="topicsEn"
                label={t('apply.topicsEn')}
                maxLength={500}
                defaultValue={values.topicsEn}
                errors={err('topicsEn')}
              />
              <TextareaField
                name="products"
                label={t('apply.products')}
                maxLength={1000}
                defaultValue={values.products}
                errors={err('products')}
              />
            </fieldset>
            <fieldset className="flex flex-col gap-4" aria-describedby="staff-hint">
              <legend className="mb-1 text-base font-semibold">{t('apply.staffLegend')}</legend>
              <p id="staff-hint" className="text-sm text-slate-700 dark:text-slate-300">
                {t('apply.staffHint')}
              </p>
              {Array.from({ length: STAFF_ROWS }, (_, i) => (
                <fieldset key={i} className="grid gap-3 sm:grid-cols-3">
                  <legend className="mb-1 text-sm font-medium">{t('apply.staffRow', { n: i + 1 })}</legend>
                  <Field
                    name={`staff[${i}].firstName`}
                    label={t('apply.firstName')}
                    autoComplete="off"
                    maxLength={100}
                    defaultValue={values.staff?.[i]?.firstName}
                    errors={err(`staff[${i}].firstName`)}
                  />
                  <Field
                    name={`staff[${i}].lastName`}
                    label={t('apply.lastName')}
                    autoComplete="off"
                    maxLength={100}
                    defaultValue={values.staff?.[i]?.lastName}
                    errors={err(`staff[${i}].lastName`)}
                  />
                  <Field
                    name={`staff[${i}].email`}
                    type="email"
                    inputMode="email"
                    autoCapitalize="none"
                    spellCheck={false}
                    label={t('apply.email')}
                    autoComplete="off"
                    defaultValue={values.staff?.[i]?.email}
                    errors={err(`staff[${i}].email`)}
                  />
                </fieldset>
              ))}
            </fieldset>
            {/* Honeypot: invisible to people and screen readers, irresistible to bots. */}
            <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
              <label>
                {t('apply.website')}
                <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
              </label>
            </div>
            <p className="text-sm text-slate-600 dark:text-slate-400">{t('apply.privacy')}</p>
            <Button type="submit" disabled={navigation.state === 'submitting'}>
              {navigation.state === 'submitting' ? t('apply.submitting') : t('apply.submit')}
            </Button>
          </Form>
        </Card>
      )}
    </div>
  )
}
