// The exchange page's loader and action: permission, one domain call per intent, and the answer
// (back to the page or the meeting with a notice, or the form's errors).
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import type { useLoaderData } from '@remix-run/react'
import type { TFunction } from 'i18next'
import {
  adjustMeeting,
  getExchangeOverview,
  markMeetingHeld,
  saveExchangeGrid,
  scheduleOpenMeetings,
} from '~/domain/fair/cooperation.server'
import { AdjustForm, GridForm } from '~/domain/fair/forms'
import { wallTimeToUtc } from '~/lib/datetime'
import type { Db } from '~/lib/db.server'
import { i18next } from '~/lib/i18next.server'
import { runIntent, withContext } from '~/web/intents.server'
import { requireStaffEvent } from '~/web/staff-event.server'
import { toView } from './view.server'

type ExchangeOverview = NonNullable<Awaited<ReturnType<typeof getExchangeOverview>>>

async function overviewFor(request: Request, eventId: string | undefined) {
  const { db, event, locale } = await requireStaffEvent(request, eventId, 'fair:manage')
  const overview = event.kind === 'FAIR' ? await getExchangeOverview(db, event.id) : null
  if (!overview) throw notFound()
  return { db, overview, locale }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { overview, locale } = await overviewFor(request, params.id)
  const t = await i18next.getFixedT(request, 'fair')
  return toView(overview, locale, new URL(request.url).searchParams, t)
}

export type View = ReturnType<typeof useLoaderData<typeof loader>>

type Page = { db: Db; overview: ExchangeOverview; t: TFunction }

export async function action(args: ActionFunctionArgs) {
  const { db, overview } = await overviewFor(args.request, args.params.id)
  const t = await i18next.getFixedT(args.request, 'fair')
  return runIntent(args, withContext<Page>({ db, overview, t }, actions))
}

const back = (page: Page, query: Record<string, string>, hash = '') =>
  redirect(`/admin/events/${page.overview.event.id}/fair/meetings?${new URLSearchParams(query)}${hash}`, { status: 303 })
const notFound = () => new Response(null, { status: 404 })

async function saveGrid(page: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: GridForm })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  await saveExchangeGrid(page.db, page.overview.event.id, submission.value)
  return back(page, { notice: 'gridSaved' })
}

async function schedule(page: Page) {
  const result = await scheduleOpenMeetings(page.db, page.overview.event.id)
  if (result.kind === 'notFound') throw notFound()
  return back(page, { notice: 'scheduled', placed: String(result.placed), unplaced: String(result.unplaced) })
}

async function adjust(page: Page, form: FormData) {
  const { event, grid } = page.overview
  const submission = parseWithZod(form, { schema: AdjustForm })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const v = submission.value
  const meeting = page.overview.meetings.find((m) => m.id === v.meetingId)
  if (!meeting) throw notFound()
  const startsAt = wallTimeToUtc(`${v.day}T${v.start}`, event.timeZone)
  // A moved meeting keeps its length; one without a time gets the grid's.
  const length = meeting.startsAt && meeting.endsAt ? meeting.endsAt.getTime() - meeting.startsAt.getTime() : grid.slotMinutes * 60_000
  const result = await adjustMeeting(page.db, event.id, v.meetingId, {
    startsAt,
    endsAt: new Date(startsAt.getTime() + length),
    table: v.table,
  })
  if (result.kind === 'notFound') throw notFound()
  if (result.kind === 'notAccepted')
    return data(submission.reply({ formErrors: [page.t('meetings.notices.notAccepted')] }), { status: 409 })
  if (result.kind === 'refused') {
    const message = page.t(`meetings.refused.${result.reason}`, {
      tables: page.overview.tables.join(', '),
      from: grid.from,
      until: grid.until,
      minutes: grid.slotMinutes,
    })
    return data(submission.reply({ fieldErrors: { [result.field]: [message] } }), { status: 409 })
  }
  if (result.kind === 'conflict') {
    const message = result.conflicts.map((c) => page.t(`meetings.conflicts.${c.kind}`, { with: 'with' in c ? (c.with ?? '') : '' }))
    return data(submission.reply({ formErrors: [[...new Set(message)].join(' ')] }), { status: 409 })
  }
  return back(page, { notice: 'moved' }, `#meeting-${v.meetingId}`)
}

async function held(page: Page, form: FormData) {
  const meetingId = String(form.get('meetingId') ?? '')
  const result = await markMeetingHeld(page.db, { meetingId, eventId: page.overview.event.id })
  if (result.kind === 'notFound') throw notFound()
  return back(page, { notice: result.kind }, `#meeting-${meetingId}`)
}

const actions = { saveGrid, schedule, adjust, held } satisfies Record<
  string,
  (page: Page, form: FormData) => Promise<Response | ReturnType<typeof data>>
>
