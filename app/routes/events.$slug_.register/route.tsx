import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { ColleagueRows } from '~/components/colleague-rows'
import { QuestionField } from '~/components/question-field'
import { SessionChoices } from '~/components/session-choices'
import { BackLink, Button, Card, Field, FormError } from '~/components/ui'
import { fieldName, parseAnswers, submittedAnswers, type Answers } from '~/domain/registration/answers'
import { MAX_COLLEAGUES, readColleagueRows, type ColleagueRow } from '~/domain/registration/colleague-rows'
import { acceptsRegistrations } from '~/domain/registration/state'
import { isBot, RegistrationFields } from '~/domain/registration/form'
import { getRegistrationForm, getRegistrationPage } from '~/domain/registration/page.server'
import { registerGroup } from '~/domain/registration/self-service.server'
import { normaliseEmail } from '~/domain/registration/register.server'
import { chosenSessions, readSessionChoice, sessionChoiceDays } from '~/domain/registration/session-choice.server'
import { formatEventRange } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { sentNoticeCookie } from '~/lib/sent-notice.server'

type FieldErrors = Record<string, string[]>
type Echo = { values: Record<string, string>; answers: Answers; sessionIds: string[]; colleagues: ColleagueRow[] }
// The form shown again — with messages after a refused submission, or with one more colleague row.
// Whatever was registered, the answer is a redirect to the same "sent" page (see the action).
type ActionResult = { status: 'form'; fieldErrors: FieldErrors; formError?: string; sessionConflict?: [string, string] } & Echo
const nothingTyped: Echo = { values: {}, answers: {}, sessionIds: [], colleagues: [] }
const emptyRow: ColleagueRow = { firstName: '', lastName: '', email: '' }

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.metaTitle ?? 'Fairdesk' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = await getDb()
  const event = await getRegistrationPage(db, params.slug ?? '')
  if (!event) throw new Response(null, { status: 404 })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'registration')
  const title = localized(locale, event.titleDe, event.titleEn)
  const invite = new URL(request.url).searchParams.get('invite')
  return {
    metaTitle: t('form.metaTitle', { title }),
    slug: event.slug,
    title,
    when: formatEventRange(event.startsAt, event.endsAt, { locale, timeZone: event.timeZone }, { withTimes: true }),
    place: [event.venueName, event.venueCity].filter(Boolean).join(', '),
    state: event.inviteOnly && !invite ? ('inviteOnly' as const) : event.state,
    seatsLeft: event.seatsLeft,
    sessions: sessionChoiceDays(event.sessions, { locale, timeZone: event.timeZone }),
    invite,
    // A personal invitation registers one roster member; colleagues come with their own links.
    groupAllowed: !event.inviteOnly,
    questions: event.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      required: q.required,
      label: localized(locale, q.labelDe, q.labelEn),
      options: q.options.map((o) => ({ value: o.value, label: locale === 'en' ? o.en : o.de })),
    })),
    locale,
    // Fairs ask whether exhibitors may scan the visitor's badge for their leads.
    asksLeadConsent: event.kind === 'FAIR',
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return data<ActionResult>({ status: 'form', fieldErrors: {}, formError: 'errors.badRequest', ...nothingTyped }, { status: 400 })
  }
  const db = await getDb()
  const event = await getRegistrationForm(db, params.slug ?? '')
  if (!event) throw new Response(null, { status: 404 })
  const text = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : undefined)
  // Only the form's own fields are read: anything else posted (e.g. status=CONFIRMED) is ignored.
  const values = {
    firstName: text('firstName'),
    lastName: text('lastName'),
    email: text('email'),
    company: text('company'),
    website: text('website'),
  }
  const fields = RegistrationFields.safeParse(values)
  const answers = parseAnswers(event.questions, form)
  const sessions = readSessionChoice(event.sessions, form)
  const group = event.inviteOnly ? readColleagueRows(new FormData(), undefined) : readColleagueRows(form, values.email)
  const echo: Echo = {
    values: Object.fromEntries(
      Object.entries(values)
        .filter(([k, v]) => k !== 'website' && v !== undefined)
        .map(([k, v]) => [k, String(v).slice(0, 300)]),
    ),
    answers: submittedAnswers(event.questions, form),
    sessionIds: chosenSessions(event.sessions, form).map((s) => s.id),
    colleagues: group.rows,
  }
  // "Add a colleague" without JavaScript: the same form again, with one more row and no messages yet.
  if (form.get('intent') === 'addColleague' && !event.inviteOnly) {
    return data<ActionResult>({ status: 'form', fieldErrors: {}, ...echo, colleagues: [...group.rows, emptyRow].slice(0, MAX_COLLEAGUES) })
  }
  // Colleagues are registered for the registrant's company, so it has to be given.
  const companyMissing = group.colleagues.length > 0 && !values.company?.trim()
  if (!fields.success || !answers.ok || !sessions.ok || Object.keys(group.fieldErrors).length > 0 || companyMissing) {
    const fieldErrors: FieldErrors = { ...group.fieldErrors }
    for (const issue of fields.success ? [] : fields.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message)
    if (companyMissing) fieldErrors.company ??= ['errors.companyForGroup']
    if (!answers.ok) for (const [id, code] of Object.entries(answers.errors)) fieldErrors[fieldName(id)] = [`errors.${code}`]
    if (!sessions.ok) fieldErrors.sessions = [`errors.${sessions.error}`]
    return data<ActionResult>(
      { status: 'form', fieldErrors, sessionConflict: sessions.ok ? undefined : sessions.conflict, ...echo },
      { status: 400 },
    )
  }
  // New, waiting list or registered already (then the link is mailed again): one answer for all, and
  // for a filled honeypot too. The link only ever travels by mail, to the address it belongs to.
  const sent = async (to: string) =>
    redirect(`/events/${params.slug}/register/sent`, {
      status: 303,
      headers: { 'Set-Cookie': await sentNoticeCookie(db, params.slug ?? '', to) },
    })
  if (isBot(fields.data)) return sent(normaliseEmail(fields.data.email))
  const locale = toLocale(await i18next.getLocale(request))
  const leader = {
    firstName: fields.data.firstName,
    lastName: fields.data.lastName,
    email: fields.data.email,
    company: fields.data.company || null,
    locale,
    answers: answers.answers,
    sessionIds: sessions.sessionIds,
    inviteToken: new URL(request.url).searchParams.get('invite'),
  }
  const leadConsent = event.kind === 'FAIR' ? form.get('consentLeadScan') === 'on' : undefined
  const result = await registerGroup(db, event.id, leader, group.colleagues, { leadConsent })
  if (result.kind === 'closed' || result.kind === 'full') {
    const reason = result.kind === 'full' ? 'full' : result.reason
    return data<ActionResult>({ status: 'form', fieldErrors: {}, formError: `closed.${reason}`, ...echo }, { status: 409 })
  }
  // 303: a refresh or back button after this never posts the registration again (and if it did, it would only mail the link).
  return sent(result.to)
}

export default function RegisterPage() {
  const page = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation('registration')
  const { t: tFair } = useTranslation('fair')
  const open = page.state === 'open' || page.state === 'waitlist'
  const errors = result?.status === 'form' ? result.fieldErrors : {}
  const echo = result?.status === 'form' ? result : nothingTyped
  const values = echo.values
  const tr = (keys?: string[]) => keys?.map((k) => t(k))
  const hasErrors = result?.status === 'form' && (Object.keys(errors).length > 0 || result.formError)

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
            noValidate
            className="mt-6 flex flex-col gap-4"
            aria-describedby={hasErrors ? 'registration-errors' : undefined}
          >
            {/* The default button: Enter in any field registers, rather than "add a colleague" further down. */}
            <button type="submit" hidden tabIndex={-1} />
            <FormError id="registration-errors" focusOn={result}>
              {hasErrors ? (result?.status === 'form' && result.formError ? t(result.formError) : t('errors.summary')) : null}
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
            <SessionChoices
              days={page.sessions}
              chosen={echo.sessionIds}
              conflict={result?.status === 'form' ? result.sessionConflict : null}
            />
            {page.groupAllowed ? <ColleagueRows rows={echo.colleagues} errors={errors} /> : null}
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
