// The review queue's loader and its two decisions, accept (with a placement) and decline.
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { conflictMessage } from '~/components/programme/conflict-messages'
import { eventDays } from '~/domain/programme/conflicts'
import { DecisionForm, toInstants } from '~/domain/programme/forms'
import { acceptProposal, declineProposal, listProposals, type Placement } from '~/domain/programme/proposals.server'
import { formatDate, formatDateTime, formatTimeRange, wallTimeToUtc } from '~/lib/datetime'
import { localized, toLocale, type Locale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import type { Db } from '~/lib/db.server'
import { runIntent, withContext } from '~/web/intents.server'
import { requireStaffEvent } from '~/web/staff-event.server'
import { FILTERS } from './filters'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db } = await requireStaffEvent(request, params.id, 'events:manage')
  const review = await listProposals(db, params.id ?? '')
  if (!review) throw new Response(null, { status: 404 })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'programme')
  const zone = { locale, timeZone: review.event.timeZone }
  const url = new URL(request.url)
  const filter = FILTERS.find((f) => f === url.searchParams.get('status')) ?? 'SUBMITTED'
  const title = localized(locale, review.event.titleDe, review.event.titleEn)
  const slot = (s: { startsAt: Date; endsAt: Date; roomName: string | null }) =>
    `${formatDate(s.startsAt, zone)}, ${formatTimeRange(s.startsAt, s.endsAt, zone)}${s.roomName ? ` · ${s.roomName}` : ''}`
  return data({
    metaTitle: `${t('proposals.title')}: ${title}`,
    event: { id: review.event.id, title, slug: review.event.slug, proposalsOpen: review.event.proposalsOpen },
    filter,
    notice: url.searchParams.get('notice'),
    counts: Object.fromEntries(
      FILTERS.map((f) => [f, f === 'ALL' ? review.proposals.length : review.proposals.filter((p) => p.status === f).length]),
    ),
    rooms: review.event.rooms,
    days: eventDays(review.event).map((d) => ({ day: d, label: formatDate(wallTimeToUtc(`${d}T12:00`, review.event.timeZone), zone) })),
    openSlots: review.openSlots.map((s) => ({ id: s.id, label: slot(s) })),
    proposals: review.proposals
      .filter((p) => filter === 'ALL' || p.status === filter)
      .map((p) => ({
        id: p.id,
        title: p.title,
        abstract: p.abstract,
        kind: p.kind,
        language: p.language,
        status: p.status,
        reviewNote: p.reviewNote,
        submitted: formatDateTime(p.createdAt, zone),
        person: p.person,
        placed: p.session ? slot({ ...p.session, roomName: p.session.room?.name ?? null }) : null,
      })),
  })
}

type Review = NonNullable<Awaited<ReturnType<typeof listProposals>>>
type Page = { db: Db; review: Review; t: Awaited<ReturnType<typeof i18next.getFixedT>>; locale: Locale }

const refuse = (proposalId: string, messages: string[], status = 400) => data({ proposalId, messages }, { status })
const back = (eventId: string, notice: string, status: string) =>
  redirect(`/admin/events/${eventId}/proposals?status=${status}&notice=${notice}`, 303)

async function decline({ db, review, t }: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: DecisionForm })
  if (submission.status !== 'success') return refuse(String(form.get('proposalId') ?? ''), [t('errors.placement')])
  const v = submission.value
  const result = await declineProposal(db, review.event.id, v.proposalId, v.note ?? null)
  if (result.kind === 'notFound') throw new Response(null, { status: 404 })
  if (result.kind === 'alreadyDecided') return refuse(v.proposalId, [t('proposals.alreadyDecided')], 409)
  return back(review.event.id, 'declined', 'SUBMITTED')
}

async function accept({ db, review, t, locale }: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: DecisionForm })
  if (submission.status !== 'success') return refuse(String(form.get('proposalId') ?? ''), [t('errors.placement')])
  const v = submission.value
  let placement: Placement | null = null
  if (v.placement === 'custom') {
    if (!v.day || !v.start || !v.end) return refuse(v.proposalId, [t('errors.placement')])
    placement = { roomId: v.roomId ?? null, ...toInstants({ day: v.day, start: v.start, end: v.end }, review.event.timeZone) }
  } else if (v.placement) {
    placement = { openSlotId: v.placement }
  }
  const result = await acceptProposal(db, review.event.id, v.proposalId, placement)
  if (result.kind === 'notFound') throw new Response(null, { status: 404 })
  if (result.kind === 'alreadyDecided') return refuse(v.proposalId, [t('proposals.alreadyDecided')], 409)
  if (result.kind === 'unknownSlot') return refuse(v.proposalId, [t('proposals.unknownSlot')], 409)
  if (result.kind === 'conflict')
    return refuse(
      v.proposalId,
      result.conflicts.map((c) => conflictMessage(t, c, { locale, timeZone: review.event.timeZone })),
      409,
    )
  return back(review.event.id, result.sessionId ? 'placed' : 'accepted', 'ACCEPTED')
}

export type Refusal = { proposalId: string; messages: string[] }

export async function action(args: ActionFunctionArgs) {
  const { db } = await requireStaffEvent(args.request, args.params.id, 'events:manage')
  const review = await listProposals(db, args.params.id ?? '')
  if (!review) throw new Response(null, { status: 404 })
  const t = await i18next.getFixedT(args.request, 'programme')
  const locale = toLocale(await i18next.getLocale(args.request))
  const actions = withContext<Page>({ db, review, t, locale }, { accept, decline })
  // A form without (or with another) intent has always been taken as an acceptance.
  return runIntent(args, actions, actions.accept)
}
