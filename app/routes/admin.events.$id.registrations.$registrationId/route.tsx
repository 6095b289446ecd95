// /admin/events/:id/registrations/:registrationId — one registration for the organiser: details,
// answers, check-ins and mails; correct names, company and role; move to another date; send the
// confirmation again; cancel (the seat goes to the waiting list).
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Badge, Button, buttonClass, Card, Field, FormError, PageHeader, SelectField } from '~/components/ui'
import { formatAnswer, type Answers } from '~/domain/registration/answers'
import { audit } from '~/domain/audit/audit.server'
import { moveRegistration, moveTargets, registrationForStaff, updateRegistrationDetails } from '~/domain/registration/admin.server'
import { cancelRegistration, enqueueMail } from '~/domain/registration/register.server'
import { parseDetailsForm, STAFF_ROLES } from '~/domain/registration/staff-form'
import { formatDateTime, formatEventRange } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { can, requirePermission } from '~/lib/permissions.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.registration.name} – Fairdesk` : 'Fairdesk' }]

async function load(request: Request, params: { id?: string; registrationId?: string }) {
  const db = await getDb()
  const user = await requirePermission(request, db, 'registrations:manage')
  const event = await db.event.findUnique({ where: { id: params.id ?? '' }, include: { questions: { orderBy: { position: 'asc' } } } })
  const registration = event ? await registrationForStaff(db, event.id, params.registrationId ?? '') : null
  if (!event || !registration) throw new Response(null, { status: 404 })
  return { db, user, event, registration }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, user, event, registration } = await load(request, params)
  const locale = toLocale(await i18next.getLocale(request))
  const zone = { locale, timeZone: event.timeZone }
  const { person } = registration
  const canErase = can(user.role, 'persons:erase') && !person.erasedAt
  const answers = (registration.answers ?? {}) as Answers
  const targets = registration.status === 'CANCELLED' ? [] : await moveTargets(db, event.id)
  return data(
    {
      event: { id: event.id, title: localized(locale, event.titleDe, event.titleEn), status: event.status },
      erase: canErase ? { personId: person.id } : null,
      registration: {
        id: registration.id,
        name: [person.title, person.firstName, person.lastName].filter(Boolean).join(' '),
        firstName: person.firstName,
        lastName: person.lastName,
        email: person.email,
        company: registration.companyName ?? person.company?.name ?? '',
        status: registration.status,
        role: registration.role,
        source: registration.source,
        locale: registration.locale,
        createdAt: formatDateTime(registration.createdAt, zone),
        cancelledAt: registration.cancelledAt ? formatDateTime(registration.cancelledAt, zone) : null,
        manageUrl: `/r/${registration.manageToken}`,
        answers: event.questions.map((q) => ({
          id: q.id,
          label: localized(locale, q.labelDe, q.labelEn),
          answer: formatAnswer(q, answers[q.id], locale, { yes: '✓', no: '–' }),
        })),
        checkIns: registration.checkIns.map((c) => ({
          id: c.id,
          at: formatDateTime(c.checkedInAt, zone),
          gate: c.gate,
          undone: c.undoneAt !== null,
          conflict: c.conflict,
        })),
        mails: registration.outbox.map((m) => ({
          id: m.id,
          template: m.template,
          status: m.status,
          at: formatDateTime(m.createdAt, zone),
          error: m.lastError,
        })),
      },
      targets: targets.map((e) => ({
        id: e.id,
        label: `${localized(locale, e.titleDe, e.titleEn)} – ${formatEventRange(e.startsAt, e.startsAt, { locale, timeZone: e.timeZone })}${e.capacity === null ? '' : ` (${e.confirmedCount}/${e.capacity})`}`,
      })),
    },
    // The self-service link is as good as the ticket: never cached.
  )
}

type ActionResult = {
  intent: string
  fieldErrors: Record<string, string[]>
  values: Record<string, string>
  formError: string | null
  done: string | null
}
const reply = (r: Partial<ActionResult> & { intent: string }, status = 200) =>
  data<ActionResult>({ fieldErrors: {}, values: {}, formError: null, done: null, ...r }, { status })

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, user, event, registration } = await load(request, params)
  const form = await request.formData().catch(() => new FormData())
  const intent = String(form.get('intent') ?? '')
  const entity = { type: 'Registration', id: registration.id }
  switch (intent) {
    case 'details': {
      const parsed = parseDetailsForm(form)
      if (!parsed.ok) return reply({ intent, fieldErrors: parsed.fieldErrors, values: parsed.values }, 400)
      const v = parsed.value
      const result = await updateRegistrationDetails(db, event.id, registration.id, {
        ...v,
        company: v.company ?? null,
        answers: (registration.answers ?? {}) as Answers,
      })
      if (result.kind === 'roleTakesSeat')
        return reply({ intent, fieldErrors: { role: ['detail.roleTakesSeat'] }, values: parsed.values }, 409)
      if (result.kind !== 'updated') return reply({ intent, formError: 'detail.isCancelled' }, 409)
      await audit(db, user.id, 'registration.updatedByStaff', entity, { role: v.role })
      return reply({ intent, done: 'detail.saved' })
    }
    case 'move': {
      const target = String(form.get('targetEventId') ?? '')
      const result = await moveRegistration(db, event.id, registration.id, target)
      if (result.kind !== 'moved') return reply({ intent, fieldErrors: { targetEventId: [`move.refused.${result.kind}`] } }, 409)
      await audit(db, user.id, 'registration.movedByStaff', entity, { to: target, newRegistrationId: result.registrationId })
      return redirect(`/admin/events/${target}/registrations/${result.registrationId}?moved=1`, 303)
    }
    case 'resend': {
      if (registration.status === 'CANCELLED') return reply({ intent, formError: 'detail.isCancelled' }, 409)
      await db.$transaction((tx) =>
        enqueueMail(
          tx,
          registration,
          registration.person.email,
          registration.status === 'CONFIRMED' ? 'registration.confirmed' : 'registration.waitlisted',
        ),
      )
      await audit(db, user.id, 'registration.mailResent', entity)
      return reply({ intent, done: 'detail.resent' })
    }
    case 'cancel': {
      const result = await cancelRegistration(db, registration.id, { reason: 'cancelled by staff' })
      if (result.kind === 'cancelled')
        await audit(db, user.id, 'registration.cancelledByStaff', entity, { promoted: result.promoted?.id ?? null })
      return redirect(`/admin/events/${event.id}/registrations/${registration.id}`, 303)
    }
    default:
      return reply({ intent, formError: 'detail.unknownAction' }, 400)
  }
}

export default function RegistrationDetailPage() {
  const { event, registration: r, targets, erase } = useLoaderData<typeof loader>()
  const { t: tPrivacy } = useTranslation('privacy')
  const result = useActionData<typeof action>()
  const [params] = useSearchParams()
  const { t } = useTranslation('staffRegistrations')
  const { t: tForm } = useTranslation('registration')
  const { t: tOrg } = useTranslation('organiser')
  const { t: tMail } = useTranslation('mail')
  const tr = (keys?: string[]) => keys?.map((k) => (k.startsWith('errors.') ? tForm(k) : t(k)))
  const errorsFor = (intent: string) => (result?.intent === intent ? result.fieldErrors : {}) as Record<string, string[] | undefined>
  const values = (result?.intent === 'details' ? result.values : {}) as Record<string, string | undefined>
  const live = r.status !== 'CANCELLED'
  const notice = result?.done ? t(result.done) : params.get('added') ? t('detail.added') : params.get('moved') ? t('detail.moved') : null
  return (
    <div className="flex flex-col gap-6">
      <PageHeader level={2} title={r.name} />
      {notice ? (
        <p
          role="status"
          className="rounded-md border border-green-300 bg-green-50 p-3 text-sm font-medium text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {notice}
        </p>
      ) : null}
      {result?.formError ? <FormError>{t(result.formError)}</FormError> : null}

      <Card>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t('fields.status')}</dt>
          <dd>
            <Badge tone={r.status === 'CONFIRMED' ? 'success' : r.status === 'WAITLISTED' ? 'warning' : 'danger'}>
              {tOrg(`event.statuses.${r.status}`)}
            </Badge>
            {r.cancelledAt ? <span className="ml-2">{r.cancelledAt}</span> : null}
          </dd>
          <dt className="font-medium">{tForm('form.email')}</dt>
          <dd>{r.email}</dd>
          <dt className="font-medium">{t('fields.role')}</dt>
          <dd>{t(`roles.${r.role}`)}</dd>
          <dt className="font-medium">{t('fields.source')}</dt>
          <dd>
            {t(`sources.${r.source}`)} · {r.createdAt}
          </dd>
          <dt className="font-medium">{t('fields.locale')}</dt>
          <dd>{r.locale === 'en' ? 'English' : 'Deutsch'}</dd>
          {r.answers.map((a) => (
            <div key={a.id} className="contents">
              <dt className="font-medium">{a.label}</dt>
              <dd>{a.answer || '–'}</dd>
            </div>
          ))}
        </dl>
        {live ? (
          <div className="mt-4 flex flex-wrap gap-2">
            <a href={r.manageUrl} className={buttonClass('secondary')} target="_blank" rel="noreferrer">
              {t('detail.selfService')}
            </a>
            <Form method="post">
              <Button type="submit" name="intent" value="resend" variant="secondary">
                {t('detail.resend')}
              </Button>
            </Form>
          </div>
        ) : null}
      </Card>

      {live ? (
        <Card>
          <h2 className="text-lg font-semibold">{t('detail.editTitle')}</h2>
          <Form method="post" noValidate className="mt-3 grid gap-4 sm:grid-cols-2">
            <input type="hidden" name="intent" value="details" />
            <Field
              name="firstName"
              label={tForm('form.firstName')}
              required
              defaultValue={values.firstName ?? r.firstName}
              errors={tr(errorsFor('details').firstName)}
            />
            <Field
              name="lastName"
              label={tForm('form.lastName')}
              required
              defaultValue={values.lastName ?? r.lastName}
              errors={tr(errorsFor('details').lastName)}
            />
            <Field
              name="company"
              label={tForm('form.company')}
              defaultValue={values.company ?? r.company}
              errors={tr(errorsFor('details').company)}
            />
            <div>
              <SelectField
                name="role"
                label={t('fields.role')}
                defaultValue={values.role ?? r.role}
                aria-describedby={errorsFor('details').role ? 'role-error' : undefined}
              >
                {STAFF_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`roles.${role}`)}
                  </option>
                ))}
              </SelectField>
              {errorsFor('details').role ? (
                <p id="role-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
                  {tr(errorsFor('details').role)?.join(' ')}
                </p>
              ) : null}
            </div>
            <div className="sm:col-span-2">
              <Button type="submit">{t('detail.save')}</Button>
            </div>
          </Form>
        </Card>
      ) : null}

      {live ? (
        <Card>
          <h2 className="text-lg font-semibold">{t('move.title')}</h2>
          {targets.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t('move.noTargets')}</p>
          ) : (
            <Form method="post" className="mt-3 flex flex-wrap items-end gap-3">
              <input type="hidden" name="intent" value="move" />
              <div className="min-w-64 flex-1">
                <SelectField
                  name="targetEventId"
                  label={t('move.target')}
                  aria-describedby={errorsFor('move').targetEventId ? 'move-error' : undefined}
                >
                  {targets.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.label}
                    </option>
                  ))}
                </SelectField>
                {errorsFor('move').targetEventId ? (
                  <p id="move-error" role="alert" className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
                    {tr(errorsFor('move').targetEventId)?.join(' ')}
                  </p>
                ) : null}
              </div>
              <Button type="submit" variant="secondary">
                {t('move.submit')}
              </Button>
            </Form>
          )}
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t('move.hint')}</p>
        </Card>
      ) : null}

      <Card>
        <h2 className="text-lg font-semibold">{t('detail.checkIns')}</h2>
        {r.checkIns.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t('detail.noCheckIns')}</p>
        ) : (
          <ul className="mt-2 text-sm">
            {r.checkIns.map((c) => (
              <li key={c.id} className={c.undone ? 'line-through' : undefined}>
                {c.at}
                {c.gate ? ` · ${c.gate}` : ''}
                {c.undone ? ` (${t('detail.undone')})` : ''}
                {c.conflict ? ` (${t('detail.conflict')})` : ''}
              </li>
            ))}
          </ul>
        )}
        <h2 className="mt-6 text-lg font-semibold">{t('detail.mails')}</h2>
        {r.mails.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t('detail.noMails')}</p>
        ) : (
          <ul className="mt-2 text-sm">
            {r.mails.map((m) => (
              <li key={m.id}>
                {m.at} · {tMail(`templates.${m.template}`, { defaultValue: m.template })} · {m.status}
                {m.error ? <span className="text-slate-600 dark:text-slate-400"> – {m.error}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </Card>

      {live && event.status !== 'CANCELLED' ? (
        <Card>
          <h2 className="text-lg font-semibold">{t('detail.cancelTitle')}</h2>
          {params.get('confirm') === 'cancel' ? (
            <Form method="post" className="mt-3 flex flex-wrap items-center gap-2">
              <p role="alert" className="w-full font-medium">
                {t('detail.cancelConfirm')}
              </p>
              <Button type="submit" name="intent" value="cancel" variant="danger">
                {t('detail.cancelYes')}
              </Button>
              <Link to="?" className={buttonClass('secondary')}>
                {t('cancelAction')}
              </Link>
            </Form>
          ) : (
            <Link to="?confirm=cancel" className={`${buttonClass('secondary')} mt-3`}>
              {t('detail.cancel')}
            </Link>
          )}
        </Card>
      ) : null}

      {erase ? (
        <Card>
          <h2 className="text-lg font-semibold">{tPrivacy('staff.title')}</h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{tPrivacy('staff.intro')}</p>
          {params.get('confirm') === 'erase' ? (
            <Form method="post" action={`/admin/persons/${erase.personId}/erase`} className="mt-3 flex flex-wrap items-center gap-2">
              <input type="hidden" name="returnTo" value={`/admin/events/${event.id}`} />
              <p role="alert" className="w-full font-medium">
                {tPrivacy('staff.confirm')}
              </p>
              <Button type="submit" variant="danger">
                {tPrivacy('staff.yes')}
              </Button>
              <Link to="?" className={buttonClass('secondary')}>
                {t('cancelAction')}
              </Link>
            </Form>
          ) : (
            <Link to="?confirm=erase" className={`${buttonClass('secondary')} mt-3`}>
              {tPrivacy('staff.start')}
            </Link>
          )}
        </Card>
      ) : null}
    </div>
  )
}
