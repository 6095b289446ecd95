import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { QuestionField } from '~/components/question-field'
import { SessionChoices } from '~/components/session-choices'
import { Badge, Button, buttonClass, Card, Field, FormError } from '~/components/ui'
import { fieldName, formatAnswer, parseAnswers, questionOptions, submittedAnswers, type Answers } from '~/domain/registration/answers'
import { hasCertificate } from '~/domain/reports/participant-lists.server'
import { eraseOnRequest } from '~/domain/people/personal-data.server'
import { RegistrationFields } from '~/domain/registration/form'
import { changeChoices, findByManageToken, transferRegistration } from '~/domain/registration/self-service.server'
import { cancelRegistration } from '~/domain/registration/register.server'
import { bookableSessions, chosenSessions, readSessionChoice, sessionChoiceDays } from '~/domain/registration/session-choice.server'
import { formatEventRange, formatTimeRange } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'

// The link is the attendee's key: never cached, never passed on as a referrer.
const privateHeaders = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' }
export const headers: HeadersFunction = () => privateHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.metaTitle ?? 'Fairdesk' },
  { name: 'robots', content: 'noindex' },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = await getDb()
  const registration = await findByManageToken(db, params.token ?? '')
  if (!registration) throw new Response(null, { status: 404, headers: privateHeaders })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'registration')
  const { event, person } = registration
  const answers = (registration.answers ?? {}) as Answers
  const zone = { locale, timeZone: event.timeZone }
  const bookable = await bookableSessions(db, event.id)
  const held = registration.sessions.filter((s) => s.status !== 'CANCELLED')
  const hasChoices = event.questions.length > 0 || bookable.length > 0
  return data(
    {
      metaTitle: t('manage.metaTitle'),
      event: {
        slug: event.slug,
        title: localized(locale, event.titleDe, event.titleEn),
        when: formatEventRange(event.startsAt, event.endsAt, { locale, timeZone: event.timeZone }, { withTimes: true }),
        where: [event.venueName, event.venueStreet, [event.venuePostcode, event.venueCity].filter(Boolean).join(' ')]
          .filter(Boolean)
          .join(', '),
      },
      token: registration.manageToken,
      status: registration.status,
      certificate: await hasCertificate(db, registration.id),
      fairDesk:
        event.kind !== 'FAIR'
          ? null
          : registration.role === 'EXHIBITOR' && registration.exhibitorId
            ? ('stand' as const)
            : ('meetings' as const),
      waitlistPosition: registration.waitlistPosition,
      name: `${person.firstName} ${person.lastName}`,
      email: person.email,
      company: registration.companyName ?? person.company?.name ?? null,
      answers: event.questions
        .filter((q) => answers[q.id] !== undefined)
        .map((q) => ({
          label: localized(locale, q.labelDe, q.labelEn),
          value: formatAnswer(q, answers[q.id], locale, { yes: t('form.yes'), no: '–' }),
        })),
      heldSessions: event.sessions
        .filter((s) => held.some((h) => h.sessionId === s.id))
        .map((s) => ({
          id: s.id,
          title: localized(locale, s.titleDe, s.titleEn),
          time: formatTimeRange(s.startsAt, s.endsAt, zone),
          status: held.find((h) => h.sessionId === s.id)!.status,
        })),
      // Answers and workshops can change until the event is over; a cancelled registration is final.
      canChange: hasChoices && registration.status !== 'CANCELLED' && event.status === 'PUBLISHED' && event.endsAt > new Date(),
      questions: event.questions.map((q) => ({
        id: q.id,
        kind: q.kind,
        required: q.required,
        label: localized(locale, q.labelDe, q.labelEn),
        options: questionOptions(q).map((o) => ({ value: o.value, label: locale === 'en' ? o.en : o.de })),
      })),
      currentAnswers: answers,
      sessions: sessionChoiceDays(bookable, zone),
      sessionStatuses: Object.fromEntries(held.map((h) => [h.sessionId, h.status])),
      group: registration.groupMembers.map((m) => ({
        id: m.id,
        name: `${m.person.firstName} ${m.person.lastName}`,
        email: m.person.email,
        status: m.status,
      })),
    },
    { headers: privateHeaders },
  )
}

export async function action({ request, params }: ActionFunctionArgs) {
  const db = await getDb()
  const registration = await findByManageToken(db, params.token ?? '')
  if (!registration) throw new Response(null, { status: 404, headers: privateHeaders })
  const form = await request.formData().catch(() => null)
  if (form?.get('intent') === 'change') {
    const bookable = await bookableSessions(db, registration.eventId)
    const answers = parseAnswers(registration.event.questions, form)
    const sessions = readSessionChoice(bookable, form)
    const echo = {
      answers: submittedAnswers(registration.event.questions, form),
      sessionIds: chosenSessions(bookable, form).map((s) => s.id),
    }
    if (!answers.ok || !sessions.ok) {
      const fieldErrors: Record<string, string[]> = {}
      if (!answers.ok) for (const [id, code] of Object.entries(answers.errors)) fieldErrors[fieldName(id)] = [`errors.${code}`]
      if (!sessions.ok) fieldErrors.sessions = [`errors.${sessions.error}`]
      return data(
        {
          form: 'change' as const,
          fieldErrors,
          formError: null as string | null,
          sessionConflict: sessions.ok ? null : sessions.conflict,
          ...echo,
        },
        { status: 400, headers: privateHeaders },
      )
    }
    // Sessions without their own seats are not offered here; whatever is held of them stays.
    const kept = registration.sessions
      .filter((s) => s.status !== 'CANCELLED' && !bookable.some((b) => b.id === s.sessionId))
      .map((s) => s.sessionId)
    const result = await changeChoices(db, registration.id, { answers: answers.answers, sessionIds: [...sessions.sessionIds, ...kept] })
    if (result.kind === 'changed') return redirect(`/r/${params.token}?changed=1`, { status: 303, headers: privateHeaders })
    return data(
      { form: 'change' as const, fieldErrors: {}, formError: `manage.changeRefused.${result.kind}`, sessionConflict: null, ...echo },
      { status: 409, headers: privateHeaders },
    )
  }
  if (form?.get('intent') === 'cancel') {
    await cancelRegistration(db, registration.id, { reason: 'self-service' })
    return redirect(`/r/${params.token}?cancelled=1`, { status: 303, headers: privateHeaders })
  }
  if (form?.get('intent') === 'erase') {
    await eraseOnRequest(db, registration.personId)
    // This link is dead now: say so on a page of its own.
    return redirect('/r/erased', { status: 303, headers: privateHeaders })
  }
  if (form?.get('intent') === 'transfer') {
    const pick = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : undefined)
    const values = { firstName: pick('firstName'), lastName: pick('lastName'), email: pick('email') }
    const parsed = RegistrationFields.pick({ firstName: true, lastName: true, email: true }).safeParse(values)
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {}
      for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message)
      return data({ form: 'transfer' as const, transfer: 'invalid' as const, fieldErrors }, { status: 400, headers: privateHeaders })
    }
    const result = await transferRegistration(db, registration.id, { ...parsed.data, company: registration.companyName })
    // This link is dead now (the seat and its new link belong to the colleague): confirm elsewhere.
    if (result.kind === 'transferred') return redirect('/r/transferred', { status: 303, headers: privateHeaders })
    return data({ form: 'transfer' as const, transfer: result.kind, fieldErrors: {} }, { status: 409, headers: privateHeaders })
  }
  return data({ form: 'transfer' as const, transfer: 'invalid' as const, fieldErrors: {} }, { status: 400, headers: privateHeaders })
}

export default function ManageRegistration() {
  const r = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const [params] = useSearchParams()
  const { t } = useTranslation('registration')
  const { t: tFair } = useTranslation('fair')
  const { t: tp } = useTranslation('privacy')
  const transfer = result?.form === 'transfer' ? result : null
  const change = result?.form === 'change' ? result : null
  const errors: Record<string, string[] | undefined> = transfer?.fieldErrors ?? {}
  const changeErrors: Record<string, string[] | undefined> = change?.fieldErrors ?? {}
  const tr = (keys?: string[]) => keys?.map((k) => t(k))
  const tone = r.status === 'CONFIRMED' ? 'success' : r.status === 'WAITLISTED' ? 'warning' : 'danger'
  const confirming = params.get('confirm') === 'cancel'
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('manage.title')}</h1>
      {params.get('changed') ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-green-300 bg-green-50 p-3 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {t('manage.changed')}
        </p>
      ) : null}
      {params.get('cancelled') ? (
        <p role="status" className="mt-4 rounded-md border border-slate-300 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-900">
          {t('manage.cancelled')}
        </p>
      ) : null}
      <Card className="mt-6">
        <h2 className="text-xl font-semibold">
          <Link to={`/events/${r.event.slug}`}>{r.event.title}</Link>
        </h2>
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm sm:text-base">
          <dt className="font-medium text-slate-600 dark:text-slate-400">{t('manage.when')}</dt>
          <dd>{r.event.when}</dd>
          {r.event.where ? (
            <>
              <dt className="font-medium text-slate-600 dark:text-slate-400">{t('manage.where')}</dt>
              <dd>{r.event.where}</dd>
            </>
          ) : null}
          <dt className="font-medium text-slate-600 dark:text-slate-400">{t('manage.status')}</dt>
          <dd>
            <Badge tone={tone}>{t(`manage.statuses.${r.status}`)}</Badge>
            {r.waitlistPosition ? <span className="ml-2">{t('manage.waitlistPosition', { position: r.waitlistPosition })}</span> : null}
          </dd>
          <dt className="font-medium text-slate-600 dark:text-slate-400">{t('manage.name')}</dt>
          <dd>{r.name}</dd>
          <dt className="font-medium text-slate-600 dark:text-slate-400">{t('manage.email')}</dt>
          <dd className="break-all">{r.email}</dd>
          {r.company ? (
            <>
              <dt className="font-medium text-slate-600 dark:text-slate-400">{t('manage.company')}</dt>
              <dd>{r.company}</dd>
            </>
          ) : null}
        </dl>
        {r.answers.length > 0 ? (
          <>
            <h3 className="mt-6 font-semibold">{t('manage.answers')}</h3>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              {r.answers.map((a) => (
                <div key={a.label} className="contents">
                  <dt className="font-medium text-slate-600 dark:text-slate-400">{a.label}</dt>
                  <dd>{a.value}</dd>
                </div>
              ))}
            </dl>
          </>
        ) : null}
        {r.heldSessions.length > 0 ? (
          <>
            <h3 className="mt-6 font-semibold">{t('manage.sessions')}</h3>
            <ul className="mt-2 flex flex-col gap-2 text-sm">
              {r.heldSessions.map((s) => (
                <li key={s.id} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <span className="font-medium">{s.title}</span>
                  <span className="text-slate-700 dark:text-slate-300">{s.time}</span>
                  <Badge tone={s.status === 'CONFIRMED' ? 'success' : 'warning'}>{t(`sessions.yours.${s.status}`)}</Badge>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {r.status === 'CONFIRMED' ? (
          <div className="mt-6 flex flex-col items-start gap-3">
            <p className="text-sm text-slate-700 dark:text-slate-300">{t('manage.ticketText')}</p>
            <img
              src={`/r/${r.token}/qr.svg`}
              alt={t('manage.ticketAlt')}
              width={220}
              height={220}
              className="rounded-md border border-slate-200 bg-white p-2"
            />
            <div className="flex flex-wrap gap-2">
              <a href={`/r/${r.token}/calendar.ics`} className={buttonClass('secondary')} download>
                {t('manage.addToCalendar')}
              </a>
              <Link to={`/r/${r.token}/agenda`} className={buttonClass('secondary')}>
                {t('manage.myAgenda')}
              </Link>
              {r.certificate ? (
                <a href={`/r/${r.token}/certificate.pdf`} className={buttonClass('secondary')}>
                  {t('certificate.link', { ns: 'reports' })}
                </a>
              ) : null}
              {r.fairDesk ? (
                <Link to={`/r/${r.token}/${r.fairDesk}`} className={buttonClass('secondary')}>
                  {tFair(r.fairDesk === 'stand' ? 'exchange.standLink' : 'exchange.link')}
                </Link>
              ) : null}
            </div>
          </div>
        ) : null}
      </Card>

      {r.canChange ? (
        <Card className="mt-6">
          <h2 className="text-lg font-semibold">{t('manage.changeTitle')}</h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('manage.changeIntro')}</p>
          <Form method="post" noValidate className="mt-4 flex flex-col gap-4">
            <FormError>{change?.formError ? t(change.formError) : Object.keys(changeErrors).length ? t('errors.summary') : null}</FormError>
            {r.questions.map((q) => (
              <QuestionField
                key={q.id}
                question={q}
                value={(change?.answers ?? r.currentAnswers)[q.id]}
                errors={changeErrors[fieldName(q.id)]?.map((k) => t(k))}
              />
            ))}
            <SessionChoices
              days={r.sessions}
              chosen={change?.sessionIds ?? Object.keys(r.sessionStatuses)}
              statuses={r.sessionStatuses}
              conflict={change?.sessionConflict}
            />
            <div>
              <Button type="submit" name="intent" value="change">
                {t('manage.changeSubmit')}
              </Button>
            </div>
          </Form>
        </Card>
      ) : null}

      {r.group.length > 0 ? (
        <Card className="mt-6">
          <h2 className="text-lg font-semibold">{t('manage.groupTitle')}</h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {t('manage.groupIntro')} {t('manage.groupMissing')}
          </p>
          <ul className="mt-3 flex flex-col gap-2">
            {r.group.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className="font-medium">{m.name}</span>
                <span className="break-all text-sm text-slate-700 dark:text-slate-300">{m.email}</span>
                <Badge tone={m.status === 'CONFIRMED' ? 'success' : m.status === 'WAITLISTED' ? 'warning' : 'danger'}>
                  {t(`manage.statuses.${m.status}`)}
                </Badge>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {r.status !== 'CANCELLED' ? (
        <Card className="mt-6">
          <h2 className="text-lg font-semibold">{t('manage.transferTitle')}</h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('manage.transferIntro')}</p>
          <Form method="post" noValidate className="mt-4 flex flex-col gap-3">
            <FormError>
              {transfer && transfer.transfer !== 'invalid'
                ? t(`manage.transferRefused.${transfer.transfer}`)
                : Object.keys(errors).length
                  ? t('errors.summary')
                  : null}
            </FormError>
            <div className="grid gap-3 sm:grid-cols-2">
              <Field name="firstName" label={t('form.firstName')} autoComplete="off" errors={tr(errors.firstName)} />
              <Field name="lastName" label={t('form.lastName')} autoComplete="off" errors={tr(errors.lastName)} />
            </div>
            <Field name="email" type="email" label={t('form.email')} autoComplete="off" errors={tr(errors.email)} />
            <div>
              <Button type="submit" name="intent" value="transfer" variant="secondary">
                {t('manage.transferSubmit')}
              </Button>
            </div>
          </Form>
        </Card>
      ) : null}

      {r.status !== 'CANCELLED' ? (
        <Card className="mt-6">
          <h2 className="text-lg font-semibold">{t('manage.cancelTitle')}</h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('manage.cancelIntro')}</p>
          {confirming ? (
            // A second step, without JavaScript too: a mistaken tap never cancels.
            <Form method="post" className="mt-4 flex flex-col gap-3">
              <p role="alert" className="font-medium">
                {t('manage.cancelConfirm')}
              </p>
              <div className="flex flex-wrap gap-2">
                <Button type="submit" name="intent" value="cancel" variant="danger">
                  {t('manage.cancelYes')}
                </Button>
                <Link to="?" className={buttonClass('secondary')}>
                  {t('manage.cancelNo')}
                </Link>
              </div>
            </Form>
          ) : (
            <Link to="?confirm=cancel" className={buttonClass('secondary', 'mt-4')}>
              {t('manage.cancelStart')}
            </Link>
          )}
        </Card>
      ) : null}

      <Card className="mt-6">
        <h2 className="text-lg font-semibold">{tp('self.title')}</h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{tp('self.intro')}</p>
        <div className="mt-4 flex flex-wrap gap-2">
          <a href={`/r/${r.token}/data.json`} download className={buttonClass('secondary')}>
            {tp('self.download')}
          </a>
          {params.get('confirm') === 'erase' ? null : (
            <Link to="?confirm=erase" className={buttonClass('secondary')}>
              {tp('self.eraseStart')}
            </Link>
          )}
        </div>
        {params.get('confirm') === 'erase' ? (
          // A second step, as for cancelling: a mistaken tap never erases.
          <Form method="post" className="mt-4 flex flex-col gap-3">
            <p role="alert" className="font-medium">
              {tp('self.eraseConfirm')}
            </p>
            <div className="flex flex-wrap gap-2">
              <Button type="submit" name="intent" value="erase" variant="danger">
                {tp('self.eraseYes')}
              </Button>
              <Link to="?" className={buttonClass('secondary')}>
                {tp('self.eraseNo')}
              </Link>
            </div>
          </Form>
        ) : null}
      </Card>
    </div>
  )
}
