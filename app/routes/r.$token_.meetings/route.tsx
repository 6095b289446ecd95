// A participant's cooperation exchange, through their private link: their offer/seek profile (and
// whether exhibitors may scan their badge), the exhibitors to ask for a meeting, and their own
// meetings with time and table — printable. Rendered standalone (r.$token.tsx is a page, not a layout).
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PrintButton } from '~/components/fair/print-button'
import { BackLink, Badge, Button, Card, EmptyState, Field, FormError, InlineFacts, TextareaField } from '~/components/ui'
import { cancelOwnMeeting, getParticipantExchange, requestMeeting, saveProfile } from '~/domain/fair/cooperation.server'
import { MeetingRequestForm, ProfileForm } from '~/domain/fair/forms'
import { formatDate, formatTimeRange } from '~/lib/datetime'
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
  const view = await getParticipantExchange(await getDb(), params.token ?? '')
  if (!view) throw new Response(null, { status: 404, headers: privateHeaders })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'fair')
  const zone = { locale, timeZone: view.event.timeZone }
  const when = (start: Date | null, end: Date | null) =>
    start && end ? `${formatDate(start, zone)}, ${formatTimeRange(start, end, zone)}` : null
  return data(
    {
      metaTitle: t('exchange.metaTitle'),
      token: params.token!,
      name: `${view.person.firstName} ${view.person.lastName}`,
      event: { title: localized(locale, view.event.titleDe, view.event.titleEn), slug: view.event.slug },
      canRequest: view.canRequest,
      notice: new URL(request.url).searchParams.get('notice'),
      profile: {
        offer: view.profile?.offer ?? '',
        seek: view.profile?.seek ?? '',
        topics: view.profile?.topics ?? '',
        consentLeadScan: view.person.consentLeadScan,
      },
      exhibitors: view.exhibitors.map((e) => ({
        id: e.id,
        company: e.company,
        city: e.city,
        stand: e.stand,
        topics: localized(locale, e.topicsDe, e.topicsEn),
        products: e.products,
        offer: e.profile?.offer ?? null,
        seek: e.profile?.seek ?? null,
        request: e.request ? { status: e.request.status } : null,
      })),
      meetings: view.meetings.map((m) => ({
        id: m.id,
        company: m.exhibitor.company.name,
        stand: m.exhibitor.stand ? { number: m.exhibitor.stand.number, hall: m.exhibitor.stand.hall } : null,
        status: m.status,
        when: when(m.startsAt, m.endsAt),
        table: m.tableLabel,
      })),
    },
    { headers: privateHeaders },
  )
}

type Reply = { intent: string; target: string; fieldErrors: Record<string, string[]>; values: Record<string, unknown> }

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? ''
  const db = await getDb()
  const form = await request.formData().catch(() => new FormData())
  const intent = String(form.get('intent') ?? '')
  const back = (notice: string, hash = '') =>
    redirect(`/r/${token}/meetings?notice=${notice}${hash}`, { status: 303, headers: privateHeaders })
  const notFound = () => new Response(null, { status: 404, headers: privateHeaders })
  const refuse = (target: string, error: Record<string, string[] | null> | null | undefined, values: Record<string, unknown>) =>
    data<Reply>(
      {
        intent,
        target,
        fieldErrors: Object.fromEntries(Object.entries(error ?? {}).filter((e): e is [string, string[]] => Array.isArray(e[1]))),
        values,
      },
      { status: 400, headers: privateHeaders },
    )

  if (intent === 'saveProfile') {
    const submission = parseWithZod(form, { schema: ProfileForm })
    if (submission.status !== 'success') return refuse('profile', submission.error, submission.payload)
    const result = await saveProfile(db, token, { ...submission.value, consentLeadScan: submission.value.consentLeadScan === 'on' })
    if (result.kind === 'notFound') throw notFound()
    return back('profileSaved', '#profile')
  }
  if (intent === 'request') {
    const submission = parseWithZod(form, { schema: MeetingRequestForm })
    const target = String(form.get('exhibitorId') ?? '')
    if (submission.status !== 'success') return refuse(target, submission.error, submission.payload)
    const result = await requestMeeting(db, token, submission.value)
    if (result.kind === 'notFound') throw notFound()
    return back(result.kind, `#exhibitor-${target}`)
  }
  if (intent === 'cancel') {
    const result = await cancelOwnMeeting(db, token, String(form.get('meetingId') ?? ''))
    if (result.kind === 'notFound') throw notFound()
    return back('cancelled', '#my-meetings')
  }
  return refuse('', {}, {})
}

const tone = { REQUESTED: 'warning', ACCEPTED: 'success', HELD: 'success', DECLINED: 'danger', CANCELLED: 'neutral' } as const

export default function ParticipantExchangePage() {
  const view = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation('fair')
  const profileValues = (reply?.intent === 'saveProfile' ? reply.values : view.profile) as Record<string, unknown>
  const err = (target: string, name: string) => (reply?.target === target ? reply.fieldErrors[name]?.map((k) => t(k)) : undefined)
  const openMeetings = view.meetings.filter((m) => m.status !== 'DECLINED' && m.status !== 'CANCELLED')
  return (
    <div className="mx-auto max-w-3xl">
      <p className="print:hidden">
        <BackLink to={`/r/${view.token}`}>{t('exchange.back')}</BackLink>
      </p>
      <h1 className="mt-3 text-2xl font-bold tracking-tight sm:text-3xl print:hidden">{t('exchange.title')}</h1>
      <p className="mt-1 font-medium print:hidden">{view.event.title}</p>
      <p className="mt-2 text-slate-700 dark:text-slate-300 print:hidden">{t('exchange.intro')}</p>
      {view.notice ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100 print:hidden"
        >
          {t(`exchange.notices.${view.notice}`, { defaultValue: '' })}
        </p>
      ) : null}

      <section aria-labelledby="my-meetings-heading" id="my-meetings" className="mt-8">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="my-meetings-heading" className="text-xl font-bold">
            <span className="print:hidden">{t('exchange.myMeetings')}</span>
            <span className="hidden print:inline">
              {t('exchange.printTitle', { name: view.name })} – {view.event.title}
            </span>
          </h2>
          {openMeetings.length > 0 ? <PrintButton label={t('exchange.print')} /> : null}
        </div>
        {openMeetings.length === 0 ? (
          <p className="mt-2 text-sm">{t('exchange.noMeetings')}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-2">
            {openMeetings.map((m) => (
              <li
                key={m.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900 print:break-inside-avoid"
              >
                <div>
                  <p className="font-semibold">{m.company}</p>
                  <p className="text-sm">
                    {m.when
                      ? `${m.when} · ${[m.stand ? t('stand.standValue', m.stand) : null, m.table].filter(Boolean).join(', ')}`
                      : t('exchange.notScheduled')}
                  </p>
                </div>
                <div className="flex items-center gap-2">
                  <Badge tone={tone[m.status]}>{t(`meetingStatus.${m.status}`)}</Badge>
                  {m.status === 'REQUESTED' || m.status === 'ACCEPTED' ? (
                    <Form method="post" className="print:hidden">
                      <input type="hidden" name="intent" value="cancel" />
                      <input type="hidden" name="meetingId" value={m.id} />
                      <Button type="submit" variant="ghost" aria-label={`${t('exchange.cancel')}: ${m.company}`}>
                        {t('exchange.cancel')}
                      </Button>
                    </Form>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <Card className="mt-8 print:hidden" id="profile">
        <h2 className="text-lg font-semibold">{t('exchange.profile')}</h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('exchange.profileHint')}</p>
        <Form method="post" noValidate className="mt-4 flex flex-col gap-4">
          <input type="hidden" name="intent" value="saveProfile" />
          <TextareaField
            name="offer"
            label={t('exchange.offer')}
            rows={2}
            maxLength={500}
            defaultValue={String(profileValues.offer ?? '')}
            errors={err('profile', 'offer')}
          />
          <TextareaField
            name="seek"
            label={t('exchange.seek')}
            rows={2}
            maxLength={500}
            defaultValue={String(profileValues.seek ?? '')}
            errors={err('profile', 'seek')}
          />
          <Field
            name="topics"
            label={t('exchange.topics')}
            maxLength={200}
            defaultValue={String(profileValues.topics ?? '')}
            errors={err('profile', 'topics')}
          />
          <label className="flex min-h-11 items-start gap-3">
            <input
              type="checkbox"
              name="consentLeadScan"
              className="mt-1 h-5 w-5 shrink-0"
              defaultChecked={profileValues.consentLeadScan === true || profileValues.consentLeadScan === 'on'}
            />
            <span>{t('exchange.consent')}</span>
          </label>
          <div>
            <Button type="submit" variant="secondary" disabled={navigation.state === 'submitting'}>
              {t('exchange.saveProfile')}
            </Button>
          </div>
        </Form>
      </Card>

      <section aria-labelledby="exhibitors-heading" className="mt-8 print:hidden">
        <h2 id="exhibitors-heading" className="text-xl font-bold">
          {t('exchange.exhibitors')}
        </h2>
        {!view.canRequest ? <p className="mt-2 text-sm">{t('exchange.closed')}</p> : null}
        {view.exhibitors.length === 0 ? (
          <div className="mt-3">
            <EmptyState title={t('exchange.noExhibitors')} />
          </div>
        ) : (
          <ul className="mt-3 flex flex-col gap-4">
            {view.exhibitors.map((e) => (
              <li key={e.id} id={`exhibitor-${e.id}`} className="scroll-mt-4">
                <Card>
                  <h3 className="text-base font-semibold">{e.company}</h3>
                  <p className="text-sm text-slate-700 dark:text-slate-300">
                    {[e.city, e.stand ? t('stand.standValue', e.stand) : null].filter(Boolean).join(' · ')}
                  </p>
                  <InlineFacts
                    className="mt-2"
                    facts={[
                      [t('directory.topics'), e.topics],
                      [t('exchange.offers'), e.offer],
                      [t('exchange.seeks'), e.seek],
                    ]}
                  />
                  {e.request ? (
                    <p className="mt-3 text-sm font-medium">
                      {t('exchange.requestStatus', { status: t(`meetingStatus.${e.request.status}`) })}
                    </p>
                  ) : view.canRequest ? (
                    <Form
                      method="post"
                      noValidate
                      className="mt-3 flex flex-col gap-3"
                      aria-label={t('exchange.requestWith', { company: e.company })}
                    >
                      <input type="hidden" name="intent" value="request" />
                      <input type="hidden" name="exhibitorId" value={e.id} />
                      {reply?.target === e.id && Object.keys(reply.fieldErrors).length ? (
                        <FormError>{t('errors.summary')}</FormError>
                      ) : null}
                      <TextareaField name="message" label={t('exchange.message')} rows={2} maxLength={1000} errors={err(e.id, 'message')} />
                      <div>
                        <Button type="submit" aria-label={`${t('exchange.request')}: ${e.company}`}>
                          {t('exchange.request')}
                        </Button>
                      </div>
                    </Form>
                  ) : null}
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
