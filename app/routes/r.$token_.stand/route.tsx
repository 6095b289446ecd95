// The stand desk of an exhibitor, through a staff pass's private link: answer the cooperation
// exchange's meeting requests (an accepted one is placed at once and both sides invited), the
// printable meeting schedule, meetings held, contacts collected by scanning visitors' badges
// (leads, with their consent; CSV export), and the staff member's own exchange profile.
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PrintButton } from '~/components/fair/print-button'
import { BackLink, Badge, Button, buttonClass, Card, Field, InlineFacts, TextareaField } from '~/components/ui'
import { decideMeeting, getStandDesk, markMeetingHeld, saveProfile, staffPassByToken } from '~/domain/fair/cooperation.server'
import { LeadForm, ProfileForm, StaffPassForm } from '~/domain/fair/forms'
import { issueStaffPass } from '~/domain/fair/fair.server'
import { listLeads, scanLead } from '~/domain/fair/leads.server'
import { formatDate, formatDateTime, formatTimeRange } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'

const privateHeaders = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' }
export const headers: HeadersFunction = () => privateHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.metaTitle} – Fairdesk` : 'Fairdesk' },
  { name: 'robots', content: 'noindex' },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = await getDb()
  const [desk, leads] = await Promise.all([getStandDesk(db, params.token ?? ''), listLeads(db, params.token ?? '')])
  if (!desk || !leads) throw new Response(null, { status: 404, headers: privateHeaders })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'fair')
  const zone = { locale, timeZone: desk.event.timeZone }
  const url = new URL(request.url)
  const now = new Date()
  const when = (start: Date | null, end: Date | null) =>
    start && end ? `${formatDate(start, zone)}, ${formatTimeRange(start, end, zone)}` : null
  const meetings = desk.meetings.map((m) => {
    const profile = m.requester.profiles[0]
    return {
      id: m.id,
      status: m.status,
      name: `${m.requester.firstName} ${m.requester.lastName}`,
      company: m.requester.company?.name ?? null,
      // The visitor's address only once the meeting is agreed.
      email: m.status === 'ACCEPTED' || m.status === 'HELD' ? m.requester.email : null,
      message: m.message,
      offer: profile?.offer ?? null,
      seek: profile?.seek ?? null,
      when: when(m.startsAt, m.endsAt),
      table: m.tableLabel,
      begun: m.startsAt !== null && m.startsAt <= now,
    }
  })
  const noticeMeeting = meetings.find((m) => m.id === url.searchParams.get('meeting'))
  return data(
    {
      metaTitle: t('stand.metaTitle'),
      token: params.token!,
      company: desk.exhibitor.company.name,
      stand: desk.exhibitor.stand ? { number: desk.exhibitor.stand.number, hall: desk.exhibitor.stand.hall } : null,
      event: { title: localized(locale, desk.event.titleDe, desk.event.titleEn) },
      notice: url.searchParams.get('notice'),
      noticeValues: { when: noticeMeeting?.when ?? '', table: noticeMeeting?.table ?? '' },
      requests: meetings.filter((m) => m.status === 'REQUESTED'),
      schedule: meetings.filter((m) => m.status === 'ACCEPTED' || m.status === 'HELD'),
      others: meetings.filter((m) => m.status === 'DECLINED' || m.status === 'CANCELLED'),
      profile: { offer: desk.profile?.offer ?? '', seek: desk.profile?.seek ?? '', topics: desk.profile?.topics ?? '' },
      staff: {
        quota: desk.passQuota,
        people: desk.passes.map((p) => ({ id: p.id, name: `${p.person.firstName} ${p.person.lastName}`, you: p.id === desk.pass.id })),
      },
      leads: leads.leads.map((l) => ({ ...l, createdAt: formatDateTime(l.createdAt, zone) })),
    },
    { headers: privateHeaders },
  )
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? ''
  const db = await getDb()
  const desk = await staffPassByToken(db, token)
  if (!desk) throw new Response(null, { status: 404, headers: privateHeaders })
  const form = await request.formData().catch(() => new FormData())
  const intent = String(form.get('intent') ?? '')
  const meetingId = String(form.get('meetingId') ?? '')
  const back = (notice: string, extra = '') =>
    redirect(`/r/${token}/stand?notice=${notice}${extra}`, { status: 303, headers: privateHeaders })

  if (intent === 'accept' || intent === 'decline') {
    const result = await decideMeeting(db, token, meetingId, intent)
    if (result.kind === 'notFound') throw new Response(null, { status: 404, headers: privateHeaders })
    if (result.kind === 'accepted') return back(result.scheduled ? 'accepted' : 'acceptedUnplaced', `&meeting=${meetingId}#schedule`)
    return back(result.kind, '#requests')
  }
  if (intent === 'held') {
    const result = await markMeetingHeld(db, { meetingId, exhibitorId: desk.exhibitor.id })
    if (result.kind === 'notFound') throw new Response(null, { status: 404, headers: privateHeaders })
    return back(result.kind, '#schedule')
  }
  if (intent === 'scan') {
    const submission = parseWithZod(form, { schema: LeadForm })
    if (submission.status !== 'success')
      return data({ fieldErrors: submission.error ?? {}, scan: null, values: submission.payload }, { status: 400, headers: privateHeaders })
    const result = await scanLead(db, token, submission.value)
    if (result.kind === 'notFound') throw new Response(null, { status: 404, headers: privateHeaders })
    const stored = result.kind === 'saved' || result.kind === 'updated' || result.kind === 'already'
    // A refused badge keeps the note in the form, so it is not lost while the visitor is still there.
    return data(
      { fieldErrors: {}, scan: result, values: stored ? {} : submission.payload },
      { status: stored ? 200 : 422, headers: privateHeaders },
    )
  }
  if (intent === 'issuePass') {
    const submission = parseWithZod(form, { schema: StaffPassForm.omit({ exhibitorId: true }) })
    if (submission.status !== 'success')
      return data({ fieldErrors: submission.error ?? {}, scan: null, values: submission.payload }, { status: 400, headers: privateHeaders })
    const result = await issueStaffPass(db, desk.exhibitor.id, { ...submission.value, locale: desk.pass.locale === 'en' ? 'en' : 'de' })
    if (result.kind === 'issued' || result.kind === 'existing')
      return back(result.kind === 'issued' ? 'passIssued' : 'passExisting', '#staff')
    const error =
      result.kind === 'quotaReached'
        ? 'errors.quotaReached'
        : result.kind === 'alreadyRegistered'
          ? 'errors.alreadyRegistered'
          : 'errors.notAccepted'
    return data(
      {
        fieldErrors: { email: [error] },
        scan: null,
        values: submission.payload,
        quota: result.kind === 'quotaReached' ? result.quota : null,
      },
      { status: 409, headers: privateHeaders },
    )
  }
  if (intent === 'saveProfile') {
    const submission = parseWithZod(form, { schema: ProfileForm })
    if (submission.status !== 'success')
      return data({ fieldErrors: submission.error ?? {}, scan: null, values: {} }, { status: 400, headers: privateHeaders })
    await saveProfile(db, token, { offer: submission.value.offer, seek: submission.value.seek, topics: submission.value.topics })
    return back('profileSaved', '#profile')
  }
  return data({ fieldErrors: {}, scan: null, values: {} }, { status: 400, headers: privateHeaders })
}

type MeetingView = ReturnType<typeof useLoaderData<typeof loader>>['schedule'][number]

export default function StandDeskPage() {
  const view = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  const { t } = useTranslation('fair')
  const person = (m: MeetingView) => [m.name, m.company].filter(Boolean).join(', ')
  return (
    <div className="mx-auto max-w-3xl">
      <p className="print:hidden">
        <BackLink to={`/r/${view.token}`}>{t('exchange.back')}</BackLink>
      </p>
      <h1 className="mt-3 text-2xl font-bold tracking-tight sm:text-3xl">{t('stand.title', { company: view.company })}</h1>
      <p className="mt-1 font-medium">
        {view.event.title}
        {view.stand ? ` · ${t('stand.standValue', view.stand)}` : ''}
      </p>
      <p className="mt-2 text-slate-700 dark:text-slate-300 print:hidden">{t('stand.intro')}</p>
      {view.notice ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100 print:hidden"
        >
          {t(`stand.notices.${view.notice}`, { defaultValue: '', ...view.noticeValues })}
        </p>
      ) : null}

      <section aria-labelledby="requests-heading" id="requests" className="mt-8 print:hidden">
        <h2 id="requests-heading" className="text-xl font-bold">
          {t('stand.requests')}
        </h2>
        {view.requests.length === 0 ? (
          <p className="mt-2 text-sm">{t('stand.noRequests')}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-3">
            {view.requests.map((m) => (
              <li key={m.id}>
                <Card>
                  <h3 className="text-base font-semibold">{person(m)}</h3>
                  <InlineFacts
                    className="mt-1"
                    facts={[
                      [t('meetingMail.message'), m.message],
                      [t('exchange.offers'), m.offer],
                      [t('exchange.seeks'), m.seek],
                    ]}
                  />
                  <Form method="post" className="mt-3 flex flex-wrap gap-2">
                    <input type="hidden" name="meetingId" value={m.id} />
                    <Button type="submit" name="intent" value="accept" aria-label={`${t('stand.accept')}: ${m.name}`}>
                      {t('stand.accept')}
                    </Button>
                    <Button type="submit" name="intent" value="decline" variant="secondary" aria-label={`${t('stand.decline')}: ${m.name}`}>
                      {t('stand.decline')}
                    </Button>
                  </Form>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="schedule-heading" id="schedule" className="mt-8">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="schedule-heading" className="text-xl font-bold">
            {t('stand.schedule')}
          </h2>
          {view.schedule.length > 0 ? <PrintButton label={t('exchange.print')} /> : null}
        </div>
        {view.schedule.length === 0 ? (
          <p className="mt-2 text-sm">{t('stand.noSchedule')}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-2">
            {view.schedule.map((m) => (
              <li
                key={m.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900 print:break-inside-avoid"
              >
                <div>
                  <p className="font-semibold">{m.when ? `${m.when} · ${m.table}` : t('exchange.notScheduled')}</p>
                  <p className="text-sm">
                    {person(m)}
                    {m.email ? (
                      <>
                        {' · '}
                        <a href={`mailto:${m.email}`}>{m.email}</a>
                      </>
                    ) : null}
                  </p>
                </div>
                <div className="flex items-center gap-2">
                  <Badge tone="success">{t(`meetingStatus.${m.status}`)}</Badge>
                  {m.status === 'ACCEPTED' && m.begun ? (
                    <Form method="post" className="print:hidden">
                      <input type="hidden" name="intent" value="held" />
                      <input type="hidden" name="meetingId" value={m.id} />
                      <Button type="submit" variant="secondary" aria-label={`${t('stand.held')}: ${m.name}`}>
                        {t('stand.held')}
                      </Button>
                    </Form>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
        {view.others.length > 0 ? (
          <details className="mt-4 print:hidden">
            <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium">
              {t('stand.other')} ({view.others.length})
            </summary>
            <ul className="mt-1 flex flex-col gap-1 text-sm">
              {view.others.map((m) => (
                <li key={m.id}>
                  {person(m)} – {t(`meetingStatus.${m.status}`)}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      <LeadsSection view={view} reply={reply ?? null} />

      <StaffSection view={view} reply={reply ?? null} />

      <Card className="mt-8 print:hidden" id="profile">
        <h2 className="text-lg font-semibold">{t('stand.profileHeading')}</h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('exchange.profileHint')}</p>
        <Form method="post" noValidate className="mt-4 flex flex-col gap-4">
          <input type="hidden" name="intent" value="saveProfile" />
          <TextareaField name="offer" label={t('exchange.offer')} rows={2} maxLength={500} defaultValue={view.profile.offer} />
          <TextareaField name="seek" label={t('exchange.seek')} rows={2} maxLength={500} defaultValue={view.profile.seek} />
          <Field name="topics" label={t('exchange.topics')} maxLength={200} defaultValue={view.profile.topics} />
          <div>
            <Button type="submit" variant="secondary">
              {t('exchange.saveProfile')}
            </Button>
          </div>
        </Form>
      </Card>
    </div>
  )
}

type Reply = { fieldErrors: Record<string, string[] | null>; scan: { kind: string; name?: string } | null; values: Record<string, unknown> }

function LeadsSection({ view, reply }: { view: ReturnType<typeof useLoaderData<typeof loader>>; reply: Reply | null }) {
  const { t } = useTranslation('fair')
  const stored = reply?.scan && ['saved', 'updated', 'already'].includes(reply.scan.kind)
  const codeErrors = reply?.fieldErrors.code?.map((k) => t(k))
  const values = (reply?.values ?? {}) as Record<string, string | undefined>
  return (
    <section aria-labelledby="leads-heading" id="leads" className="mt-8 print:hidden">
      <h2 id="leads-heading" className="text-xl font-bold">
        {t('leads.heading')}
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('leads.intro')}</p>
      {reply?.scan ? (
        <p
          role={stored ? 'status' : 'alert'}
          className={`mt-3 rounded-md border p-3 text-sm font-medium ${stored ? 'border-green-300 bg-green-50 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100' : 'border-red-300 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200'}`}
        >
          {t(`leads.results.${reply.scan.kind}`, { name: reply.scan.name ?? '' })}
        </p>
      ) : null}
      <Form method="post" noValidate className="mt-3 flex flex-col gap-3">
        <input type="hidden" name="intent" value="scan" />
        <Field
          name="code"
          label={t('leads.code')}
          hint={t('leads.codeHint')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          defaultValue={values.code}
          errors={codeErrors}
        />
        <TextareaField name="note" label={t('leads.note')} rows={2} maxLength={1000} defaultValue={values.note} />
        <div>
          <Button type="submit">{t('leads.save')}</Button>
        </div>
      </Form>
      <div className="mt-6 flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-base font-semibold">{t('leads.list', { count: view.leads.length })}</h3>
        {view.leads.length > 0 ? (
          <a href={`/r/${view.token}/leads.csv`} className={buttonClass('secondary')} download>
            {t('leads.export')}
          </a>
        ) : null}
      </div>
      {view.leads.length === 0 ? (
        <p className="mt-2 text-sm">{t('leads.none')}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2" aria-label={t('leads.caption')}>
          {view.leads.map((l) => (
            <li key={l.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm dark:border-slate-700 dark:bg-slate-900">
              <p className="font-semibold">
                {l.firstName} {l.lastName}
                {l.company ? <span className="font-normal"> · {l.company}</span> : null}
              </p>
              <p className="break-all">
                <a href={`mailto:${l.email}`}>{l.email}</a>
              </p>
              {l.note ? <p className="mt-1 whitespace-pre-line">{l.note}</p> : null}
              <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
                {t('leads.columns.scannedAt')}: {l.createdAt}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function StaffSection({
  view,
  reply,
}: {
  view: ReturnType<typeof useLoaderData<typeof loader>>
  reply: (Reply & { quota?: number | null }) | null
}) {
  const { t } = useTranslation('fair')
  const values = (reply?.values ?? {}) as Record<string, string | undefined>
  const err = (name: string) => reply?.fieldErrors[name]?.map((k) => t(k, { quota: reply.quota ?? view.staff.quota }))
  const { people, quota } = view.staff
  return (
    <section aria-labelledby="staff-heading" id="staff" className="mt-8 print:hidden">
      <h2 id="staff-heading" className="text-xl font-bold">
        {t('standStaff.heading', { count: people.length, quota })}
      </h2>
      <ul className="mt-2 flex flex-col gap-1 text-sm">
        {people.map((p) => (
          <li key={p.id}>
            {p.name} {p.you ? t('standStaff.you') : null}
          </li>
        ))}
      </ul>
      {people.length < quota ? (
        <Form method="post" noValidate className="mt-3 grid gap-3 sm:grid-cols-2" aria-labelledby="staff-heading">
          <input type="hidden" name="intent" value="issuePass" />
          <p className="text-sm text-slate-700 sm:col-span-2 dark:text-slate-300">{t('standStaff.intro')}</p>
          <Field
            name="firstName"
            label={t('apply.firstName')}
            autoComplete="off"
            defaultValue={values.firstName}
            errors={err('firstName')}
          />
          <Field name="lastName" label={t('apply.lastName')} autoComplete="off" defaultValue={values.lastName} errors={err('lastName')} />
          <Field
            name="email"
            type="email"
            label={t('apply.email')}
            autoComplete="off"
            defaultValue={values.email}
            errors={err('email')}
            className="sm:col-span-2"
          />
          <div>
            <Button type="submit" variant="secondary">
              {t('standStaff.add')}
            </Button>
          </div>
        </Form>
      ) : (
        <p className="mt-2 text-sm">{t('standStaff.full')}</p>
      )}
    </section>
  )
}
