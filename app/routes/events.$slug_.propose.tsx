// The public call for contributions: while the organisers keep it open, anyone may propose a talk,
// panel or workshop. A plain form (works without JavaScript), validated on the server, with a
// honeypot against bots.
import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { BackLink, Button, Card, Field, FormError, SelectField } from '~/components/ui'
import { PROPOSAL_KIND_VALUES, ProposalForm } from '~/domain/programme/forms'
import { getCallForProposals, submitProposal } from '~/domain/programme/proposals.server'
import { formatEventRange } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { shownAgain } from '~/web/shown-again'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.metaTitle} – Fairdesk` : 'Fairdesk' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const call = await getCallForProposals(await getDb(), params.slug ?? '')
  if (!call) throw new Response(null, { status: 404 })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'programme')
  const title = localized(locale, call.event.titleDe, call.event.titleEn)
  return {
    metaTitle: t('propose.metaTitle', { title }),
    slug: call.event.slug,
    title,
    when: formatEventRange(call.event.startsAt, call.event.endsAt, { locale, timeZone: call.event.timeZone }),
    open: call.open,
    locale,
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData().catch(() => null)
  if (!form) return data({ status: 'error' as const, error: { '': ['errors.unknownAction'] } }, { status: 400 })
  const submission = parseWithZod(form, { schema: ProposalForm })
  if (submission.status !== 'success') return data(shownAgain(submission.reply(), { max: 3_000 }), { status: 400 })
  const thanks = redirect(`/events/${params.slug}/propose?sent=1`, { status: 303 })
  // A filled honeypot is answered like a success, and nothing is stored.
  if (submission.value.website?.trim()) return thanks
  const locale = toLocale(await i18next.getLocale(request))
  const result = await submitProposal(await getDb(), params.slug ?? '', { ...submission.value, locale })
  if (result.kind === 'notFound') throw new Response(null, { status: 404 })
  if (result.kind === 'closed')
    return data(shownAgain(submission.reply({ formErrors: ['propose.closed'] }), { max: 3_000 }), { status: 409 })
  return thanks
}

export default function ProposePage() {
  const page = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  const navigation = useNavigation()
  const [params] = useSearchParams()
  const { t } = useTranslation('programme')
  const [form] = useForm({ id: 'propose', lastResult: reply })
  const err = (name: string) => form.allErrors[name]?.map((k) => t(k, { min: 50 }))
  const value = (name: string) => {
    const typed = form.initialValue?.[name]
    return typeof typed === 'string' ? typed : undefined
  }
  const formError = form.errors?.[0]
  const errorCount = Object.keys(form.allErrors).filter((name) => name !== '').length
  const textarea = 'rounded-md border bg-white px-3 py-2 text-base text-slate-900 dark:bg-slate-900 dark:text-white'
  const abstractErrors = err('abstract')
  return (
    <div className="mx-auto max-w-2xl">
      <p className="mb-2">
        <BackLink to={`/events/${page.slug}`}>{page.title}</BackLink>
      </p>
      <h1 className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">{t('propose.title')}</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {page.title} · {page.when}
      </p>

      {params.get('sent') ? (
        <p
          role="status"
          className="mt-6 rounded-md border border-green-300 bg-green-50 p-4 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {t('propose.thanks')}
        </p>
      ) : !page.open ? (
        <p className="mt-6 rounded-md border border-slate-300 bg-slate-100 p-4 dark:border-slate-700 dark:bg-slate-800">
          {t('propose.closed')}
        </p>
      ) : (
        <Card className="mt-6 p-6">
          <p className="mb-4 text-slate-800 dark:text-slate-200">{t('propose.intro')}</p>
          <Form
            method="post"
            {...getFormProps(form)}
            noValidate
            className="flex flex-col gap-4"
            aria-describedby={reply ? 'propose-errors' : undefined}
          >
            {formError || errorCount > 0 ? (
              <FormError id="propose-errors">{formError ? t(formError) : t('errors.summary', { count: errorCount })}</FormError>
            ) : null}
            <div className="grid gap-4 sm:grid-cols-2">
              <Field
                name="firstName"
                label={t('fields.firstName')}
                autoComplete="given-name"
                required
                defaultValue={value('firstName')}
                errors={err('firstName')}
              />
              <Field
                name="lastName"
                label={t('fields.lastName')}
                autoComplete="family-name"
                required
                defaultValue={value('lastName')}
                errors={err('lastName')}
              />
              <Field
                name="email"
                type="email"
                label={t('fields.email')}
                autoComplete="email"
                required
                defaultValue={value('email')}
                errors={err('email')}
              />
              <Field
                name="company"
                label={t('fields.company')}
                autoComplete="organization"
                defaultValue={value('company')}
                errors={err('company')}
              />
            </div>
            <Field name="title" label={t('propose.talkTitle')} required defaultValue={value('title')} errors={err('title')} />
            <div className="flex flex-col gap-1">
              <label htmlFor="propose-abstract" className="text-sm font-medium text-slate-800 dark:text-slate-200">
                {t('propose.abstract')}
              </label>
              <textarea
                id="propose-abstract"
                name="abstract"
                rows={7}
                required
                maxLength={3000}
                defaultValue={value('abstract')}
                aria-invalid={abstractErrors ? true : undefined}
                aria-describedby={`propose-abstract-hint${abstractErrors ? ' propose-abstract-error' : ''}`}
                className={`${textarea} ${abstractErrors ? 'border-red-700' : 'border-slate-400 dark:border-slate-600'}`}
              />
              <p id="propose-abstract-hint" className="text-sm text-slate-700 dark:text-slate-300">
                {t('propose.abstractHint')}
              </p>
              {abstractErrors ? (
                <p id="propose-abstract-error" className="text-sm font-medium text-red-700 dark:text-red-300">
                  {abstractErrors.join(' ')}
                </p>
              ) : null}
            </div>
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField name="kind" label={t('propose.kind')} defaultValue={value('kind') ?? 'TALK'}>
                {PROPOSAL_KIND_VALUES.map((k) => (
                  <option key={k} value={k}>
                    {t(`kinds.${k}`)}
                  </option>
                ))}
              </SelectField>
              <SelectField name="language" label={t('propose.language')} defaultValue={value('language') ?? page.locale}>
                <option value="de">{t('languages.de')}</option>
                <option value="en">{t('languages.en')}</option>
              </SelectField>
            </div>
            {/* Honeypot: invisible to people and screen readers, irresistible to bots. */}
            <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
              <label>
                {t('propose.website')}
                <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
              </label>
            </div>
            <p className="text-sm text-slate-700 dark:text-slate-300">{t('propose.privacy')}</p>
            <div>
              <Button type="submit" disabled={navigation.state === 'submitting'}>
                {t('propose.submit')}
              </Button>
            </div>
          </Form>
        </Card>
      )}
    </div>
  )
}
