// The timetable editor's loader and action: permission, one domain call per intent, and the answer
// (a redirect back to the day with a notice, or the form's errors).
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import type { useLoaderData } from '@remix-run/react'
import type { TFunction } from 'i18next'
import { z } from 'zod'
import { conflictMessage } from '~/components/programme/conflict-messages'
import { MoveForm, parseBreaks, RoomForm, SessionForm, SlotTemplateForm, toInstants } from '~/domain/programme/forms'
import {
  createRoom,
  createSession,
  deleteRoom,
  deleteSession,
  generateSlotSessions,
  getProgrammeEditor,
  moveSession,
  updateRoom,
  updateSession,
} from '~/domain/programme/programme.server'
import { wallTimeToUtc, type ZoneOptions } from '~/lib/datetime'
import type { Db } from '~/lib/db.server'
import { i18next } from '~/lib/i18next.server'
import { intentOf, runIntent, withContext } from '~/web/intents.server'
import { requireStaffEvent } from '~/web/staff-event.server'
import { toView } from './view.server'

async function editorFor(request: Request, id: string | undefined) {
  const { db, event, locale, user } = await requireStaffEvent(request, id, 'events:manage')
  const editor = await getProgrammeEditor(db, event.id)
  if (!editor) throw notFound()
  return { db, editor, locale, user }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { editor, locale } = await editorFor(request, params.id)
  const t = await i18next.getFixedT(request, 'programme')
  return toView(editor, locale, new URL(request.url).searchParams, t('editor.noRoom'), t('editor.metaTitle'))
}

export type View = ReturnType<typeof useLoaderData<typeof loader>>

type Page = { db: Db; eventId: string; userId: string; timeZone: string; t: TFunction; zone: ZoneOptions }

export async function action(args: ActionFunctionArgs) {
  const { request, params } = args
  const { db, editor, locale, user } = await editorFor(request, params.id)
  const t = await i18next.getFixedT(request, 'programme')
  const { id: eventId, timeZone } = editor.event
  const page: Page = { db, eventId, userId: user.id, timeZone, t, zone: { locale, timeZone } }
  return runIntent(args, withContext(page, actions))
}

const back = (page: Page, query: Record<string, string>) =>
  redirect(`/admin/events/${page.eventId}/programme?${new URLSearchParams(query)}`, { status: 303 })
const notFound = () => new Response(null, { status: 404 })
/** The delete form of a room names only the row; a missing id finds nothing (404). */
const RowRef = z.object({ roomId: z.string().catch(''), day: z.string().catch('') })

async function saveSession(page: Page, form: FormData) {
  const intent = intentOf(form)
  const submission = parseWithZod(form, { schema: SessionForm })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const v = submission.value
  const input = {
    kind: v.kind,
    titleDe: v.titleDe,
    titleEn: v.titleEn ?? '',
    abstractDe: v.abstractDe,
    abstractEn: v.abstractEn,
    language: v.language,
    roomId: v.roomId ?? null,
    capacity: v.capacity ?? null,
    speakerIds: v.speakerIds,
    ...toInstants(v, page.timeZone),
  }
  const result =
    intent === 'createSession'
      ? await createSession(page.db, page.eventId, input, page.userId)
      : await updateSession(page.db, page.eventId, v.sessionId ?? '', input, page.userId)
  if (result.kind === 'notFound') throw notFound()
  if (result.kind === 'conflict')
    return data(submission.reply({ formErrors: result.conflicts.map((c) => conflictMessage(page.t, c, page.zone)) }), { status: 409 })
  return back(page, { day: v.day, notice: intent === 'createSession' ? 'created' : 'updated', saved: result.sessionId })
}

async function move(page: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: MoveForm })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const v = submission.value
  const result = await moveSession(
    page.db,
    page.eventId,
    v.sessionId,
    {
      roomId: v.roomId ?? null,
      startsAt: wallTimeToUtc(`${v.day}T${v.start}`, page.timeZone),
    },
    page.userId,
  )
  if (result.kind === 'notFound') throw notFound()
  if (result.kind === 'conflict')
    return data(submission.reply({ formErrors: result.conflicts.map((c) => conflictMessage(page.t, c, page.zone)) }), { status: 409 })
  return back(page, { day: v.day, notice: 'moved', saved: result.sessionId })
}

async function removeSession(page: Page, form: FormData) {
  const result = await deleteSession(page.db, page.eventId, String(form.get('sessionId') ?? ''), page.userId)
  if (result.kind === 'notFound') throw notFound()
  return back(page, { day: String(form.get('day') ?? ''), notice: 'deleted' })
}

async function saveRoom(page: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: RoomForm })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const v = submission.value
  const input = { name: v.name, capacity: v.capacity ?? null, position: v.position }
  const result = v.roomId
    ? await updateRoom(page.db, page.eventId, v.roomId, input, page.userId)
    : await createRoom(page.db, page.eventId, input, page.userId)
  if (result.kind === 'notFound') throw notFound()
  if (result.kind === 'duplicateName')
    return data(submission.reply({ fieldErrors: { name: [page.t('errors.roomNameTaken')] } }), { status: 409 })
  const notice = result.overCapacity.length > 0 ? 'roomSavedTooSmall' : 'roomSaved'
  return back(page, { day: String(form.get('day') ?? ''), notice })
}

async function removeRoom(page: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: RowRef })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const { roomId, day } = submission.value
  const result = await deleteRoom(page.db, page.eventId, roomId, page.userId)
  if (result.kind === 'notFound') throw notFound()
  if (result.kind === 'inUse')
    return data(submission.reply({ formErrors: [page.t('errors.roomInUse', { count: result.sessions })] }), { status: 409 })
  return back(page, { day, notice: 'roomDeleted' })
}

async function generateSlots(page: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: SlotTemplateForm })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const v = submission.value
  const breaks = parseBreaks(v.breaks)
  if (!breaks) return data(submission.reply({ fieldErrors: { breaks: [page.t('errors.breaks')] } }), { status: 400 })
  const result = await generateSlotSessions(page.db, page.eventId, {
    roomId: v.roomId,
    template: { day: v.day, from: v.from, until: v.until, slotMinutes: v.slotMinutes, gapMinutes: v.gapMinutes, breaks },
  })
  if (result.kind === 'notFound') throw notFound()
  if (result.kind !== 'generated')
    return data(
      submission.reply({ formErrors: [page.t(`errors.template.${result.kind === 'invalid' ? result.reason : 'unknownRoom'}`)] }),
      {
        status: 400,
      },
    )
  return back(page, { day: v.day, notice: 'generated', created: String(result.created), skipped: String(result.skipped) })
}

const actions = {
  createSession: saveSession,
  updateSession: saveSession,
  moveSession: move,
  deleteSession: removeSession,
  saveRoom,
  deleteRoom: removeRoom,
  generateSlots,
} satisfies Record<string, (page: Page, form: FormData) => Promise<Response | ReturnType<typeof data>>>
