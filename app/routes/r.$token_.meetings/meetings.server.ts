// A participant's cooperation exchange, through their private link: their offer/seek profile (and
// whether exhibitors may scan their badge), the exhibitors to ask for a meeting, and their own
// meetings with time and table.
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { cancelOwnMeeting, getParticipantExchange, requestMeeting, saveProfile } from '~/domain/fair/cooperation.server'
import { MeetingRequestForm, ProfileForm } from '~/domain/fair/forms'
import { formatDate, formatTimeRange } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { runIntent, type IntentAction } from '~/web/intents.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const view = await getParticipantExchange(await getDb(), params.token ?? '')
  if (!view) throw new Response(null, { status: 404 })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'fair')
  const zone = { locale, timeZone: view.event.timeZone }
  const when = (start: Date | null, end: Date | null) =>
    start && end ? `${formatDate(start, zone)}, ${formatTimeRange(start, end, zone)}` : null
  return {
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
      fromRegistration: view.profile?.fromRegistration ?? false,
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
  }
}

const back = (token: string, notice: string, hash = '') => redirect(`/r/${token}/meetings?notice=${notice}${hash}`, { status: 303 })
const notFound = () => new Response(null, { status: 404 })

const saveExchangeProfile: IntentAction = async ({ params }, form) => {
  const token = params.token ?? ''
  const submission = parseWithZod(form, { schema: ProfileForm })
  if (submission.status !== 'success') return data({ target: 'profile', ...submission.reply() }, { status: 400 })
  const result = await saveProfile(await getDb(), token, {
    ...submission.value,
    consentLeadScan: submission.value.consentLeadScan === 'on',
  })
  if (result.kind === 'notFound') throw notFound()
  return back(token, 'profileSaved', '#profile')
}

// Each exhibitor has its own request form: the reply names the one it answers.
const request: IntentAction = async ({ params }, form) => {
  const token = params.token ?? ''
  const submission = parseWithZod(form, { schema: MeetingRequestForm })
  const target = String(form.get('exhibitorId') ?? '')
  if (submission.status !== 'success') return data({ target, ...submission.reply() }, { status: 400 })
  const result = await requestMeeting(await getDb(), token, submission.value)
  if (result.kind === 'notFound') throw notFound()
  return back(token, result.kind, `#exhibitor-${target}`)
}

const cancel: IntentAction = async ({ params }, form) => {
  const token = params.token ?? ''
  const result = await cancelOwnMeeting(await getDb(), token, String(form.get('meetingId') ?? ''))
  if (result.kind === 'notFound') throw notFound()
  return back(token, 'cancelled', '#my-meetings')
}

const actions = { saveProfile: saveExchangeProfile, request, cancel } satisfies Record<string, IntentAction>

export function action(args: ActionFunctionArgs) {
  return runIntent(args, actions)
}
