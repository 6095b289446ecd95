import { getFormProps, useForm } from '@conform-to/react'
import type { MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ColleagueRows } from '~/components/colleague-rows'
import { QuestionField } from '~/components/question-field'
import { SessionChoices } from '~/components/session-choices'
import { BackLink, Button, Card, Field, FormError } from '~/components/ui'
import { fieldName, type Answers } from '~/domain/registration/answers'
import type { ColleagueRow } from '~/domain/registration/colleague-rows'
import { acceptsRegistrations } from '~/domain/registration/state'
import { action, loader } from './register.server'

export { action, loader }

const nothingTyped = { answers: {} as Answers, sessionIds: [] as string[], colleagues: [] as ColleagueRow[], sessionConflict: null }

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.metaTitle ?? 'Fairdesk' }]

export default function RegisterPage() {
  const page = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation('registration')
  const { t: tFair } = useTranslation('fair')
  const open = page.state === 'open' || page.state === 'waitlist'
  const [form] = useForm({ id: 'registration', lastResult: result })
  // The questions, workshops and colleague rows are named by the page, not by one schema: the
  // form's flat view of messages and values (by field name) serves them all.
  const errors = form.allErrors
  const values = (form.initialValue ?? {}) as Record<string, string | undefined>
  const echo = result ?? nothingTyped
  const tr = (keys?: string[]) => keys?.map((k) => t(k))
  const hasErrors = Object.keys(errors).length > 0

  return (
    <div className="mx-auto max-w-2xl">
      <BackLink to={`/events/${page.slug}`}>{t('form.back')}</BackLink>
      <h1 className="mt-3 text-2xl font-bold tracking-tight sm:text-3xl">{page.title}</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        {page.when}
        {page.place ? ` · ${page.place}` : null}
      </p>

      {!open || !acceptsRegistrations(page.state === 'inviteOnly' ? 'closed' : page.state) ? (
        <Card className="mt-6" role="status">
          <h2 className="text-xl font-semibold">{t('closed.title')}</h2>
          <p className="mt-2">{t(`closed.${page.state}`)}</p>
        </Card>
      ) : (
        <Card className="mt-6 p-5 sm:p-8">
          <h2 className="text-xl font-semibold">{t('form.title')}</h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('form.intro')}</p>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {t('form.resendPrompt')}{' '}
            <Link to={`/events/${page.slug}/resend`} className="inline-flex min-h-11 items-center">
              {t('form.resendLink')}
            </Link>
          </p>
          {page.state === 'waitlist' ? (
            <p className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
              {t('form.waitlistNotice')}
            </p>
          ) : page.seatsLeft !== null ? (
            <p className="mt-3 text-sm font-medium">{t('form.seatsLeft', { count: page.seatsLeft })}</p>
          ) : null}
          <Form
            method="post"
            {...getFormProps(form)}
            noValidate
            className="mt-6 flex flex-col gap-4"
            aria-describedby={hasErrors ? 'registration-errors' : undefined}
          >
            {/* The default button: Enter in any field registers, rather than "add a colleague" further down. */}
            <button type="submit" hidden tabIndex={-1} />
            <FormError id="registration-errors" focusOn={result}>
              {hasErrors ? (form.errors?.length ? tr(form.errors)?.join(' ') : t('errors.summary')) : null}
            </FormError>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field
                name="firstName"
                label={t('form.firstName')}
                autoComplete="given-name"
                required
                maxLength={100}
                defaultValue={values.firstName}
                errors={tr(errors.firstName)}
              />
              <Field
                name="lastName"
                label={t('form.lastName')}
                autoComplete="family-name"
                required
                maxLength={100}
                defaultValue={values.lastName}
                errors={tr(errors.lastName)}
              />
            </div>
            <Field
              name="email"
              type="email"
              inputMode="email"
              autoCapitalize="none"
              spellCheck={false}
              label={t('form.email')}
              autoComplete="email"
              required
              defaultValue={values.email}
              errors={tr(errors.email)}
            />
            <Field
              name="company"
              label={`${t('form.company')} (${t('form.optional')})`}
              autoComplete="organization"
              maxLength={150}
              defaultValue={values.company}
              errors={tr(errors.company)}
            />
            {page.questions.length > 0 ? (
              <fieldset className="flex flex-col gap-4">
                <legend className="mb-2 text-base font-semibold">{t('form.questions')}</legend>
                {page.questions.map((q) => (
                  <QuestionField key={q.id} question={q} value={echo.answers[q.id]} errors={tr(errors[fieldName(q.id)])} />
                ))}
              </fieldset>
            ) : null}
            <SessionChoices days={page.sessions} chosen={echo.sessionIds} conflict={echo.sessionConflict} />
            {page.groupAllowed ? <ColleagueRows rows={echo.colleagues} errors={errors} questions={page.questions} /> : null}
            {page.asksLeadConsent ? (
              <label className="flex min-h-11 items-start gap-3">
                <input type="checkbox" name="consentLeadScan" className="mt-1 h-5 w-5 shrink-0" />
                <span>{tFair('registrationConsent')}</span>
              </label>
            ) : null}
            {/* Honeypot: invisible to people and screen readers, irresistible to bots. */}
            <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
              <label>
                {t('form.website')}
                <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
              </label>
            </div>
            <p className="text-sm text-slate-600 dark:text-slate-400">{t('form.privacy')}</p>
            <Button type="submit" disabled={navigation.state === 'submitting'}>
              {navigation.state === 'submitting'
                ? t('form.submitting')
                : page.state === 'waitlist'
                  ? t('form.submitWaitlist')
                  : t('form.submit')}
            </Button>
          </Form>
        </Card>
      )}
    </div>
  )
}
