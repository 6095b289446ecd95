// A registrant's personal agenda, through their private link: mark the sessions they want to
// attend (workshops with their own capacity are booked, or put on their waiting list), and
// subscribe to the result as a calendar. Rendered standalone (r.$token/route.tsx is a page, not a layout).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { BackLink, Badge, Button } from '~/components/ui'
import { AgendaDay } from '~/components/programme/agenda-day'
import { toAgendaDays, type AgendaSessionView } from '~/components/programme/agenda-view'
import { getPersonalAgenda, markSession, unmarkSession } from '~/domain/programme/agenda.server'
import { formatTimeZoneName } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { runIntent, type IntentAction } from '~/web/intents.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.metaTitle} – Fairdesk` : 'Fairdesk' },
  { name: 'robots', content: 'noindex' },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const agenda = await getPersonalAgenda(await getDb(), params.token ?? '')
  if (!agenda) throw new Response(null, { status: 404 })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'programme')
  const { event } = agenda
  const url = new URL(request.url)
  return {
    metaTitle: t('personal.metaTitle'),
    token: params.token!,
    event: {
      title: localized(locale, event.titleDe, event.titleEn),
      slug: event.slug,
      zoneName: formatTimeZoneName(event.startsAt, { locale, timeZone: event.timeZone }, 'short'),
    },
    cancelled: agenda.registration.status === 'CANCELLED',
    waitlisted: agenda.registration.status === 'WAITLISTED',
    marked: agenda.sessions.filter((s) => s.mark).length,
    notice: url.searchParams.get('notice'),
    feedUrl: `${url.origin}/r/${params.token}/agenda.ics`,
    days: toAgendaDays(agenda.sessions, locale, event.timeZone),
  }
}

const toggle =
  (mark: boolean): IntentAction =>
  async ({ params }, form) => {
    const token = params.token ?? ''
    const sessionId = String(form.get('sessionId') ?? '')
    const db = await getDb()
    const result = mark ? await markSession(db, token, sessionId) : await unmarkSession(db, token, sessionId)
    if (result.kind === 'notFound') throw new Response(null, { status: 404 })
    const notice = result.kind === 'marked' ? (result.status === 'WAITLISTED' ? 'waitlisted' : 'marked') : result.kind
    return redirect(`/r/${token}/agenda?notice=${notice}#session-${sessionId}`, { status: 303 })
  }

const actions = { mark: toggle(true), unmark: toggle(false) } satisfies Record<string, IntentAction>

// A session's button says what it does; anything else posted marks, as the form always has.
export const action = (args: ActionFunctionArgs) => runIntent(args, actions, actions.mark)

export default function PersonalAgendaPage() {
  const view = useLoaderData<typeof loader>()
  const { t } = useTranslation('programme')
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting'
  const mark = (session: AgendaSessionView) => {
    if (session.kind === 'BREAK' || view.cancelled) return null
    const label = session.mark
      ? t('personal.unmark')
      : session.capacity !== null && session.seatsLeft === 0
        ? t('personal.joinWaitlist')
        : session.capacity !== null
          ? t('personal.book')
          : t('personal.mark')
    return (
      <div className="flex flex-wrap items-center gap-2">
        {session.mark ? (
          <Badge tone={session.mark === 'CONFIRMED' ? 'success' : 'warning'}>
            {session.mark === 'CONFIRMED'
              ? session.capacity !== null
                ? t('personal.booked')
                : t('personal.inAgenda')
              : t('personal.onWaitlist')}
          </Badge>
        ) : null}
        <Form method="post">
          <input type="hidden" name="intent" value={session.mark ? 'unmark' : 'mark'} />
          <input type="hidden" name="sessionId" value={session.id} />
          <Button type="submit" variant={session.mark ? 'ghost' : 'secondary'} disabled={busy}>
            {label}
            <span className="sr-only">: {session.title}</span>
          </Button>
        </Form>
      </div>
    )
  }
  return (
    <article aria-labelledby="personal-title">
      <p className="mb-2">
        <BackLink to={`/r/${view.token}`}>{t('personal.back')}</BackLink>
      </p>
      <h1 id="personal-title" className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">
        {t('personal.title')}
      </h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{view.event.title}</p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('agenda.times', { zone: view.event.zoneName })}</p>

      {view.notice ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-green-300 bg-green-50 p-3 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {t(`personal.notices.${view.notice}`, { defaultValue: '' })}
        </p>
      ) : null}
      {view.cancelled ? (
        <p className="mt-4 rounded-md border border-slate-300 bg-slate-100 p-3 dark:border-slate-700 dark:bg-slate-800">
          {t('personal.cancelled')}
        </p>
      ) : null}
      {view.waitlisted ? <p className="mt-4 text-sm">{t('personal.waitlisted')}</p> : null}

      <div className="mt-4 rounded-md border border-slate-200 bg-white p-4 text-sm dark:border-slate-700 dark:bg-slate-900">
        <p>{t('personal.count', { count: view.marked })}</p>
        <p className="mt-2">
          <a href={`/r/${view.token}/agenda.ics`} className="inline-flex min-h-11 items-center font-medium">
            {t('personal.subscribe')}
          </a>
        </p>
        <p className="text-slate-700 dark:text-slate-300">{t('personal.subscribeHint')}</p>
        <p className="mt-1 break-all font-mono text-xs text-slate-700 dark:text-slate-300">{view.feedUrl}</p>
      </div>

      <div className="mt-8 flex flex-col gap-10">
        {view.days.map((day) => (
          <AgendaDay key={day.day} day={day} action={mark} />
        ))}
      </div>
    </article>
  )
}
