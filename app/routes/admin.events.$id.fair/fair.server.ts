// The fair page's loader and action: permission, one domain call per intent, and the answer (back
// to the stand or application with a notice, or the form's errors).
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import type { useLoaderData } from '@remix-run/react'
import type { TFunction } from 'i18next'
import { z } from 'zod'
import { AcceptForm, StaffPassForm, StandForm } from '~/domain/fair/forms'
import {
  acceptExhibitor,
  deleteStand,
  getFairOverview,
  issueStaffPass,
  rejectExhibitor,
  revokeStaffPass,
  saveStand,
  withdrawExhibitor,
} from '~/domain/fair/fair.server'
import type { Db } from '~/lib/db.server'
import { i18next } from '~/lib/i18next.server'
import { runIntent, withContext } from '~/web/intents.server'
import { requireStaffEvent } from '~/web/staff-event.server'
import { toView } from './view.server'

async function overviewFor(request: Request, eventId: string | undefined) {
  const { db, event, locale, user } = await requireStaffEvent(request, eventId, 'fair:manage')
  const overview = event.kind === 'FAIR' ? await getFairOverview(db, event.id) : null
  if (!overview) throw notFound()
  return { db, overview, locale, user }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { overview, locale } = await overviewFor(request, params.id)
  const t = await i18next.getFixedT(request, 'fair')
  return toView(overview, locale, new URL(request.url).searchParams, t('admin.metaTitle'))
}

export type View = ReturnType<typeof useLoaderData<typeof loader>>

type Page = { db: Db; eventId: string; userId: string; t: TFunction; known: (exhibitorId: string) => boolean }

export async function action(args: ActionFunctionArgs) {
  const { db, overview, user } = await overviewFor(args.request, args.params.id)
  const t = await i18next.getFixedT(args.request, 'fair')
  const known = (id: string) => overview.exhibitors.some((e) => e.id === id)
  return runIntent(args, withContext<Page>({ db, eventId: overview.event.id, userId: user.id, t, known }, actions))
}

const back = (page: Page, notice: string, hash = '') =>
  redirect(`/admin/events/${page.eventId}/fair?notice=${notice}${hash}`, { status: 303 })
const notFound = () => new Response(null, { status: 404 })
/** The small forms that only name a stand or an application; a missing id finds nothing (404). */
const StandRef = z.object({ standId: z.string().catch('') })
const ExhibitorRef = z.object({ exhibitorId: z.string().catch('') })

async function saveStandIntent(page: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: StandForm })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const v = submission.value
  const result = await saveStand(
    page.db,
    page.eventId,
    v.standId ?? null,
    {
      ...v,
      x: v.x ?? null,
      y: v.y ?? null,
      width: v.width ?? null,
      depth: v.depth ?? null,
    },
    page.userId,
  )
  if (result.kind === 'notFound') throw notFound()
  if (result.kind === 'saved') return back(page, 'standSaved', '#stands')
  const { t } = page
  const message =
    result.kind === 'invalidGeometry'
      ? t(`errors.geometry.${result.problem}`)
      : result.kind === 'overlap'
        ? t('errors.overlap', result.other)
        : result.kind === 'belowAllocated'
          ? t('errors.belowAllocated', { area: result.allocated })
          : t('errors.duplicate')
  const field = result.kind === 'duplicate' ? 'number' : result.kind === 'belowAllocated' ? 'areaSqm' : 'x'
  return data(submission.reply({ fieldErrors: { [field]: [message] } }), { status: 409 })
}

async function deleteStandIntent(page: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: StandRef })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const result = await deleteStand(page.db, page.eventId, submission.value.standId, page.userId)
  if (result.kind === 'notFound') throw notFound()
  if (result.kind === 'inUse')
    return data(submission.reply({ formErrors: [page.t('errors.inUse', { count: result.exhibitors })] }), { status: 409 })
  return back(page, 'standDeleted', '#stands')
}

async function accept(page: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: AcceptForm })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const { exhibitorId } = submission.value
  if (!page.known(exhibitorId)) throw notFound()
  const result = await acceptExhibitor(page.db, page.eventId, exhibitorId, submission.value, undefined, page.userId)
  if (result.kind === 'notFound') throw notFound()
  if (result.kind === 'accepted') return back(page, result.passesSkipped > 0 ? 'acceptedSkipped' : 'accepted', `#exhibitor-${exhibitorId}`)
  const message = result.kind === 'overAllocated' ? page.t('errors.overAllocated', { free: result.free }) : page.t(`errors.${result.kind}`)
  return data(submission.reply({ fieldErrors: { [result.kind === 'overAllocated' ? 'areaSqm' : 'standId']: [message] } }), { status: 409 })
}

async function decide(page: Page, form: FormData, decision: 'reject' | 'withdraw') {
  const submission = parseWithZod(form, { schema: ExhibitorRef })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const { exhibitorId } = submission.value
  if (!page.known(exhibitorId)) throw notFound()
  const result =
    decision === 'reject'
      ? await rejectExhibitor(page.db, page.eventId, exhibitorId, page.userId)
      : await withdrawExhibitor(page.db, exhibitorId)
  if (result.kind === 'notFound') throw notFound()
  if (result.kind === 'notAllowed') return data(submission.reply({ formErrors: [page.t('errors.notAllowed')] }), { status: 409 })
  return back(page, decision === 'reject' ? 'rejected' : 'withdrawn', `#exhibitor-${exhibitorId}`)
}

async function issuePass(page: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: StaffPassForm })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const { exhibitorId } = submission.value
  if (!page.known(exhibitorId)) throw notFound()
  const result = await issueStaffPass(page.db, exhibitorId, submission.value)
  if (result.kind === 'notFound') throw notFound()
  if (result.kind === 'issued' || result.kind === 'existing')
    return back(page, result.kind === 'issued' ? 'passIssued' : 'passExisting', `#exhibitor-${exhibitorId}`)
  const message = result.kind === 'quotaReached' ? page.t('errors.quotaReached', { quota: result.quota }) : page.t(`errors.${result.kind}`)
  return data(submission.reply({ formErrors: [message] }), { status: 409 })
}

async function revokePass(page: Page, form: FormData) {
  const exhibitorId = String(form.get('exhibitorId') ?? '')
  if (!page.known(exhibitorId)) throw notFound()
  const result = await revokeStaffPass(page.db, exhibitorId, String(form.get('registrationId') ?? ''))
  if (result.kind === 'notFound') throw notFound()
  return back(page, 'passRevoked', `#exhibitor-${exhibitorId}`)
}

const actions = {
  saveStand: saveStandIntent,
  deleteStand: deleteStandIntent,
  accept,
  reject: (page, form) => decide(page, form, 'reject'),
  withdraw: (page, form) => decide(page, form, 'withdraw'),
  issuePass,
  revokePass,
} satisfies Record<string, (page: Page, form: FormData) => Promise<Response | ReturnType<typeof data>>>
