// The organisers' timetable editor: a grid per day and room, the same sessions as a table, and
// forms for everything (create, edit, move, delete sessions; rooms; slot templates).
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Badge, Button, Card, Field, FormError, SelectField, TableScroll } from '~/components/ui'
import { conflictMessage } from '~/components/programme/conflict-messages'
import { ProgrammeNav } from '~/components/programme/programme-nav'
import { SessionFields, type SessionFormValues } from '~/components/programme/session-fields'
import { TimetableGrid } from '~/components/programme/timetable-grid'
import { layoutDay } from '~/components/programme/timetable-layout'
import { MoveForm, parseBreaks, RoomForm, SessionForm as SessionSchema, SlotTemplateForm, toInstants } from '~/domain/programme/forms'
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
  type ProgrammeEditor,
} from '~/domain/programme/programme.server'
import { formatDate, formatTimeRange, formatTimeZoneName, utcToWallTime, wallTimeToUtc, type ZoneOptions } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale, type Locale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'

const noStore = { 'Cache-Control': 'no-store' }

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.metaTitle} – Fairdesk` : 'Fairdesk' }]

async function editorFor(request: Request, id: string | undefined) {
  const db = await getDb()
  await requirePermission(request, db, 'events:manage')
  const editor = await getProgrammeEditor(db, id ?? '')
  if (!editor) throw new Response(null, { status: 404 })
  return { db, editor }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { editor } = await editorFor(request, params.id)
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'programme')
  const url = new URL(request.url)
  return data(toView(editor, locale, url.searchParams, t('editor.noRoom'), t('editor.metaTitle')), { headers: noStore })
}

function toView(editor: ProgrammeEditor, locale: Locale, search: URLSearchParams, noRoomName: string, metaTitle: string) {
  const { event } = editor
  const zone: ZoneOptions = { locale, timeZone: event.timeZone }
  const title = localized(locale, event.titleDe, event.titleEn)
  const editing = editor.sessions.find((s) => s.id === search.get('edit')) ?? null
  const day = editor.days.find((d) => d === search.get('day')) ?? (editing ? wall(editing.startsAt, event.timeZone).day : editor.days[0]!)
  const sessions = editor.sessions.map((s) => {
    const from = wall(s.startsAt, event.timeZone)
    const to = wall(s.endsAt, event.timeZone)
    return {
      id: s.id,
      kind: s.kind,
      title: localized(locale, s.titleDe, s.titleEn),
      time: formatTimeRange(s.startsAt, s.endsAt, zone, { unit: false }),
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      roomId: s.room?.id ?? null,
      roomName: s.room?.name ?? null,
      speakers: s.speakers.map((sp) => sp.name).join(', '),
      speakerStatuses: s.speakers.map((sp) => ({ name: sp.name, status: sp.status })),
      openSlot: s.openSlot,
      overCapacity: s.overCapacity,
      fromProposal: s.fromProposal,
      capacity: s.capacity,
      confirmedCount: s.confirmedCount,
      calendarSequence: s.calendarSequence,
      form: {
        sessionId: s.id,
        titleDe: s.titleDe,
        titleEn: s.titleEn,
        kind: s.kind,
        roomId: s.room?.id ?? '',
        day: from.day,
        start: from.time,
        end: to.time,
        capacity: s.capacity === null ? '' : String(s.capacity),
        language: s.language,
        speakerIds: s.speakers.map((sp) => sp.id),
        abstractDe: s.abstractDe ?? '',
        abstractEn: s.abstractEn ?? '',
      } satisfies SessionFormValues,
    }
  })
  const ofDay = sessions.filter((s) => wall(s.startsAt, event.timeZone).day === day)
  const layout = layoutDay(ofDay, { day, zone, rooms: editor.rooms.map((r) => ({ id: r.id, name: r.name })), noRoomName })
  const saved = sessions.find((s) => s.id === search.get('saved'))
  return {
    metaTitle: `${metaTitle}: ${title}`,
    event: { id: event.id, slug: event.slug, title, status: event.status, zoneName: formatTimeZoneName(event.startsAt, zone, 'short') },
    days: editor.days.map((d) => ({
      day: d,
      heading: formatDate(wallTimeToUtc(`${d}T12:00`, event.timeZone), zone, 'long'),
      label: formatDate(wallTimeToUtc(`${d}T12:00`, event.timeZone), zone),
    })),
    day,
    rooms: editor.rooms,
    speakers: editor.speakers,
    layout,
    sessions: ofDay,
    editing: editing ? sessions.find((s) => s.id === editing.id)! : null,
    notice: search.get('notice'),
    generated: { created: Number(search.get('created')) || 0, skipped: Number(search.get('skipped')) || 0 },
    savedOverCapacity: saved?.overCapacity
      ? {
          title: saved.title,
          room: saved.roomName ?? '',
          capacity: editor.rooms.find((r) => r.id === saved.roomId)?.capacity ?? 0,
          expected: saved.capacity ?? saved.confirmedCount,
        }
      : null,
    proposalsToPlace: editor.proposalsToPlace,
  }
}

function wall(date: Date, timeZone: string) {
  const w = utcToWallTime(date, timeZone)
  return { day: w.slice(0, 10), time: w.slice(11) }
}

type ActionReply = {
  intent: string
  target?: string
  status: 'error'
  formErrors: string[]
  fieldErrors: Record<string, string[]>
  values: Record<string, unknown>
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, editor } = await editorFor(request, params.id)
  const eventId = editor.event.id
  const tz = editor.event.timeZone
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'programme')
  const zone = { locale, timeZone: tz }
  const form = await request.formData().catch(() => new FormData())
  const intent = String(form.get('intent') ?? '')
  const base = `/admin/events/${eventId}/programme`
  const back = (query: Record<string, string>) => redirect(`${base}?${new URLSearchParams(query)}`, { status: 303, headers: noStore })
  const refuse = (reply: Omit<ActionReply, 'status'>, status = 400) =>
    data<ActionReply>({ status: 'error', ...reply }, { status, headers: noStore })

  if (intent === 'createSession' || intent === 'updateSession') {
    const submission = parseWithZod(form, { schema: SessionSchema })
    if (submission.status !== 'success')
      return refuse({ intent, formErrors: [], fieldErrors: fieldErrors(submission.error), values: submission.payload })
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
      ...toInstants(v, tz),
    }
    const result =
      intent === 'createSession' ? await createSession(db, eventId, input) : await updateSession(db, eventId, v.sessionId ?? '', input)
    if (result.kind === 'notFound') throw new Response(null, { status: 404 })
    if (result.kind === 'conflict')
      return refuse(
        { intent, formErrors: result.conflicts.map((c) => conflictMessage(t, c, zone)), fieldErrors: {}, values: submission.payload },
        409,
      )
    return back({ day: v.day, notice: intent === 'createSession' ? 'created' : 'updated', saved: result.sessionId })
  }

  if (intent === 'moveSession') {
    const submission = parseWithZod(form, { schema: MoveForm })
    if (submission.status !== 'success')
      return refuse({ intent, formErrors: [], fieldErrors: fieldErrors(submission.error), values: submission.payload })
    const v = submission.value
    const result = await moveSession(db, eventId, v.sessionId, {
      roomId: v.roomId ?? null,
      startsAt: wallTimeToUtc(`${v.day}T${v.start}`, tz),
    })
    if (result.kind === 'notFound') throw new Response(null, { status: 404 })
    if (result.kind === 'conflict')
      return refuse(
        { intent, formErrors: result.conflicts.map((c) => conflictMessage(t, c, zone)), fieldErrors: {}, values: submission.payload },
        409,
      )
    return back({ day: v.day, notice: 'moved', saved: result.sessionId })
  }

  if (intent === 'deleteSession') {
    const sessionId = String(form.get('sessionId') ?? '')
    const result = await deleteSession(db, eventId, sessionId)
    if (result.kind === 'notFound') throw new Response(null, { status: 404 })
    return back({ day: String(form.get('day') ?? ''), notice: 'deleted' })
  }

  if (intent === 'saveRoom') {
    const submission = parseWithZod(form, { schema: RoomForm })
    const target = String(form.get('roomId') ?? '') || 'new'
    if (submission.status !== 'success')
      return refuse({ intent, target, formErrors: [], fieldErrors: fieldErrors(submission.error), values: submission.payload })
    const v = submission.value
    const input = { name: v.name, capacity: v.capacity ?? null, position: v.position }
    const result = v.roomId ? await updateRoom(db, eventId, v.roomId, input) : await createRoom(db, eventId, input)
    if (result.kind === 'notFound') throw new Response(null, { status: 404 })
    if (result.kind === 'duplicateName')
      return refuse({ intent, target, formErrors: [], fieldErrors: { name: [t('errors.roomNameTaken')] }, values: submission.payload }, 409)
    const notice = result.overCapacity.length > 0 ? 'roomSavedTooSmall' : 'roomSaved'
    return back({ day: String(form.get('day') ?? ''), notice })
  }

  if (intent === 'deleteRoom') {
    const roomId = String(form.get('roomId') ?? '')
    const result = await deleteRoom(db, eventId, roomId)
    if (result.kind === 'notFound') throw new Response(null, { status: 404 })
    if (result.kind === 'inUse')
      return refuse(
        { intent, target: roomId, formErrors: [t('errors.roomInUse', { count: result.sessions })], fieldErrors: {}, values: {} },
        409,
      )
    return back({ day: String(form.get('day') ?? ''), notice: 'roomDeleted' })
  }

  if (intent === 'generateSlots') {
    const submission = parseWithZod(form, { schema: SlotTemplateForm })
    if (submission.status !== 'success')
      return refuse({ intent, formErrors: [], fieldErrors: fieldErrors(submission.error), values: submission.payload })
    const v = submission.value
    const breaks = parseBreaks(v.breaks)
    if (!breaks) return refuse({ intent, formErrors: [], fieldErrors: { breaks: [t('errors.breaks')] }, values: submission.payload })
    const result = await generateSlotSessions(db, eventId, {
      roomId: v.roomId,
      template: { day: v.day, from: v.from, until: v.until, slotMinutes: v.slotMinutes, gapMinutes: v.gapMinutes, breaks },
    })
    if (result.kind === 'notFound') throw new Response(null, { status: 404 })
    if (result.kind !== 'generated')
      return refuse({
        intent,
        formErrors: [t(`errors.template.${result.kind === 'invalid' ? result.reason : 'unknownRoom'}`)],
        fieldErrors: {},
        values: submission.payload,
      })
    return back({ day: v.day, notice: 'generated', created: String(result.created), skipped: String(result.skipped) })
  }

  return refuse({ intent, formErrors: [t('errors.unknownAction')], fieldErrors: {}, values: {} })
}

function fieldErrors(error: Record<string, string[] | null> | null | undefined): Record<string, string[]> {
  return Object.fromEntries(Object.entries(error ?? {}).filter((e): e is [string, string[]] => Array.isArray(e[1])))
}

export default function ProgrammeEditorPage() {
  const view = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  const { t } = useTranslation('programme')
  const { event, day } = view
  const editHref = (id: string) => `?day=${day}&edit=${id}#session-form`
  const sessionReply = reply && (reply.intent === 'createSession' || reply.intent === 'updateSession') ? reply : null

  return (
    <div>
      <ProgrammeNav eventId={event.id} title={event.title} />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('editor.title')}</h1>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{t('editor.intro', { zone: event.zoneName })}</p>
        </div>
        {event.status !== 'DRAFT' ? <Link to={`/events/${event.slug}/agenda`}>{t('editor.publicAgenda')}</Link> : null}
      </div>

      <Notice view={view} />
      {view.proposalsToPlace > 0 ? (
        <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          {t('editor.proposalsToPlace', { count: view.proposalsToPlace })}{' '}
          <Link to={`/admin/events/${event.id}/proposals`} className="underline">
            {t('editor.toProposals')}
          </Link>
        </p>
      ) : null}

      <nav aria-label={t('editor.days')} className="mb-4 flex flex-wrap gap-2">
        {view.days.map((d) => (
          <Link
            key={d.day}
            to={`?day=${d.day}`}
            aria-current={d.day === day ? 'page' : undefined}
            className={`inline-flex min-h-11 items-center rounded-md border px-3 text-sm font-medium no-underline ${d.day === day ? 'border-brand-700 bg-brand-700 text-white hover:no-underline dark:text-white' : 'border-slate-300 bg-white text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100'}`}
          >
            {d.heading}
          </Link>
        ))}
      </nav>

      {view.rooms.length === 0 ? <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">{t('editor.noRoomsYet')}</p> : null}

      <h2 className="sr-only">{t('editor.gridHeading', { day: view.days.find((d) => d.day === day)?.heading })}</h2>
      <TimetableGrid
        layout={view.layout}
        sessions={view.sessions}
        editHref={editHref}
        label={t('editor.gridLabel', { day: view.days.find((d) => d.day === day)?.heading })}
      />

      <SessionTable view={view} editHref={editHref} />

      <div className="mt-8 grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div id="session-form" className="scroll-mt-4">
          {view.editing ? (
            <EditPanel view={view} reply={reply ?? null} key={view.editing.id} />
          ) : (
            <Card>
              <h2 className="text-lg font-semibold">{t('editor.newSession')}</h2>
              <SessionForm
                intent="createSession"
                reply={sessionReply}
                defaults={{ day, kind: 'TALK', language: 'de', start: '09:00', end: '09:30', roomId: view.rooms[0]?.id ?? '' }}
                view={view}
              />
            </Card>
          )}
        </div>
        <div className="flex flex-col gap-6">
          <Rooms view={view} reply={reply ?? null} />
          <SlotTemplate view={view} reply={reply ?? null} />
        </div>
      </div>
    </div>
  )
}

type View = ReturnType<typeof useLoaderData<typeof loader>>
type Reply = ActionReply | null

function Notice({ view }: { view: View }) {
  const { t } = useTranslation('programme')
  if (!view.notice) return null
  const text = view.notice === 'generated' ? t('notices.generated', view.generated) : t(`notices.${view.notice}`, { defaultValue: '' })
  if (!text) return null
  return (
    <div
      role="status"
      className="mb-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
    >
      <p>{text}</p>
      {view.savedOverCapacity ? (
        <p className="mt-1 font-semibold text-amber-900 dark:text-amber-200">
          {t('warnings.overCapacity', {
            expected: view.savedOverCapacity.expected,
            room: view.savedOverCapacity.room,
            capacity: view.savedOverCapacity.capacity,
          })}
        </p>
      ) : null}
    </div>
  )
}

function SessionTable({ view, editHref }: { view: View; editHref: (id: string) => string }) {
  const { t } = useTranslation('programme')
  const th = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300'
  const td = 'px-3 py-2 align-top'
  const dayLabel = view.days.find((d) => d.day === view.day)?.heading
  return (
    <TableScroll label={t('editor.tableCaption', { day: dayLabel })} className="mt-6">
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className="px-3 py-2 text-left font-semibold">{t('editor.tableCaption', { day: dayLabel })}</caption>
        <thead className="border-b border-slate-200 dark:border-slate-700">
          <tr>
            <th scope="col" className={th}>
              {t('editor.time')}
            </th>
            <th scope="col" className={th}>
              {t('editor.room')}
            </th>
            <th scope="col" className={th}>
              {t('editor.session')}
            </th>
            <th scope="col" className={th}>
              {t('editor.speakers')}
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">{t('editor.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
          {view.sessions.length === 0 ? (
            <tr>
              <td colSpan={5} className={`${td} text-slate-700 dark:text-slate-300`}>
                {t('editor.emptyDay')}
              </td>
            </tr>
          ) : (
            view.sessions.map((s) => (
              <tr key={s.id}>
                <td className={`${td} whitespace-nowrap tabular-nums`}>{s.time}</td>
                <td className={td}>{s.roomName ?? t('editor.noRoom')}</td>
                <td className={td}>
                  <span className="font-semibold">{s.title}</span>
                  <span className="ml-2 inline-flex flex-wrap gap-1 align-middle">
                    <Badge tone={s.kind === 'BREAK' ? 'neutral' : 'info'}>{t(`kinds.${s.kind}`)}</Badge>
                    {s.openSlot ? <Badge>{t('editor.openSlot')}</Badge> : null}
                    {s.capacity !== null ? (
                      <Badge>{t('editor.seatsTaken', { taken: s.confirmedCount, capacity: s.capacity })}</Badge>
                    ) : null}
                    {s.overCapacity ? <Badge tone="warning">{t('editor.overCapacityShort')}</Badge> : null}
                  </span>
                </td>
                <td className={td}>
                  {s.speakerStatuses.map((sp) => (
                    <span key={sp.name} className="block">
                      {sp.name} <span className="text-xs text-slate-700 dark:text-slate-300">({t(`speakerStatus.${sp.status}`)})</span>
                    </span>
                  ))}
                </td>
                <td className={td}>
                  <Link to={editHref(s.id)} className="inline-flex min-h-11 items-center">
                    {t('editor.edit')}
                    <span className="sr-only">
                      : {s.title}, {s.time}
                    </span>
                  </Link>
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </TableScroll>
  )
}

function EditPanel({ view, reply }: { view: View; reply: Reply }) {
  const { t } = useTranslation('programme')
  const s = view.editing!
  const sessionReply = reply?.intent === 'updateSession' ? reply : null
  const moveReply = reply?.intent === 'moveSession' ? reply : null
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold">{t('editor.editSession', { title: s.title })}</h2>
          <Link to={`?day=${view.day}`}>{t('editor.closeEdit')}</Link>
        </div>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('editor.sequence', { sequence: s.calendarSequence })}</p>
        <SessionForm intent="updateSession" reply={sessionReply} defaults={s.form} view={view} />
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">{t('editor.moveSession')}</h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('editor.moveHint')}</p>
        <Form method="post" noValidate className="mt-3 grid gap-3 sm:grid-cols-3">
          <input type="hidden" name="intent" value="moveSession" />
          <input type="hidden" name="sessionId" value={s.id} />
          {moveReply?.formErrors.length ? <FormError>{moveReply.formErrors.join(' ')}</FormError> : null}
          <SelectField name="roomId" label={t('editor.room')} defaultValue={s.form.roomId}>
            <option value="">{t('editor.noRoom')}</option>
            {view.rooms.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </SelectField>
          <SelectField name="day" label={t('editor.day')} defaultValue={s.form.day}>
            {view.days.map((d) => (
              <option key={d.day} value={d.day}>
                {d.label}
              </option>
            ))}
          </SelectField>
          <Field
            name="start"
            type="time"
            label={t('editor.newStart')}
            defaultValue={s.form.start}
            required
            errors={moveReply?.fieldErrors.start?.map((k) => t(k))}
          />
          <div className="sm:col-span-3">
            <Button type="submit">{t('editor.move')}</Button>
          </div>
        </Form>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">{t('editor.deleteSession')}</h2>
        <details className="mt-2">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-red-800 dark:text-red-300">
            {t('editor.deleteAsk')}
          </summary>
          <p className="mt-2 text-sm">{t('editor.deleteHint')}</p>
          <Form method="post" className="mt-3">
            <input type="hidden" name="intent" value="deleteSession" />
            <input type="hidden" name="sessionId" value={s.id} />
            <input type="hidden" name="day" value={view.day} />
            <Button type="submit" variant="danger">
              {t('editor.deleteConfirm')}
            </Button>
          </Form>
        </details>
      </Card>
    </div>
  )
}

function SessionForm({
  intent,
  reply,
  defaults,
  view,
}: {
  intent: 'createSession' | 'updateSession'
  reply: Reply
  defaults: Partial<SessionFormValues>
  view: View
}) {
  const { t } = useTranslation('programme')
  const navigation = useNavigation()
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === intent
  const errorId = `${intent}-errors`
  return (
    <Form method="post" noValidate className="mt-3 flex flex-col gap-4" aria-describedby={reply?.formErrors.length ? errorId : undefined}>
      <input type="hidden" name="intent" value={intent} />
      {defaults.sessionId ? <input type="hidden" name="sessionId" value={defaults.sessionId} /> : null}
      {reply?.formErrors.length ? (
        <FormError id={errorId}>
          <p className="font-semibold">{t('conflicts.heading')}</p>
          <ul className="mt-1 list-disc pl-5">
            {reply.formErrors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </FormError>
      ) : null}
      <SessionFields
        idPrefix={intent}
        defaults={{ ...defaults, ...(reply?.values as Partial<SessionFormValues> | undefined) }}
        errors={reply?.fieldErrors ?? {}}
        rooms={view.rooms}
        days={view.days}
        speakers={view.speakers}
      />
      <div>
        <Button type="submit" disabled={busy}>
          {intent === 'createSession' ? t('editor.create') : t('editor.save')}
        </Button>
      </div>
    </Form>
  )
}

function Rooms({ view, reply }: { view: View; reply: Reply }) {
  const { t } = useTranslation('programme')
  const roomReply = (target: string) =>
    reply && (reply.intent === 'saveRoom' || reply.intent === 'deleteRoom') && reply.target === target ? reply : null
  const newReply = roomReply('new')
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t('rooms.title')}</h2>
      <ul className="mt-3 flex flex-col gap-4">
        {view.rooms.map((room) => {
          const r = roomReply(room.id)
          return (
            <li key={room.id} className="border-b border-slate-200 pb-4 dark:border-slate-700">
              <Form method="post" noValidate className="grid grid-cols-[1fr_6rem] gap-2">
                <input type="hidden" name="intent" value="saveRoom" />
                <input type="hidden" name="roomId" value={room.id} />
                <input type="hidden" name="day" value={view.day} />
                <Field
                  name="name"
                  label={t('rooms.name')}
                  defaultValue={room.name}
                  required
                  errors={r?.fieldErrors.name?.map((k) => t(k))}
                />
                <Field
                  name="capacity"
                  type="number"
                  min={1}
                  inputMode="numeric"
                  label={t('rooms.capacity')}
                  defaultValue={room.capacity ?? ''}
                  errors={r?.fieldErrors.capacity?.map((k) => t(k))}
                />
                <div className="col-span-2 flex flex-wrap items-center gap-2">
                  <Button type="submit" variant="secondary">
                    {t('rooms.save')}
                    <span className="sr-only">: {room.name}</span>
                  </Button>
                  <span className="text-sm text-slate-700 dark:text-slate-300">{t('rooms.sessions', { count: room.sessionCount })}</span>
                </div>
              </Form>
              {room.sessionCount === 0 ? (
                <Form method="post" className="mt-2">
                  <input type="hidden" name="intent" value="deleteRoom" />
                  <input type="hidden" name="roomId" value={room.id} />
                  <input type="hidden" name="day" value={view.day} />
                  <Button type="submit" variant="ghost">
                    {t('rooms.delete')}
                    <span className="sr-only">: {room.name}</span>
                  </Button>
                </Form>
              ) : null}
              {r?.formErrors.length ? <FormError>{r.formErrors.join(' ')}</FormError> : null}
            </li>
          )
        })}
      </ul>
      <Form method="post" noValidate className="mt-4 grid grid-cols-[1fr_6rem] gap-2">
        <h3 className="col-span-2 font-medium">{t('rooms.add')}</h3>
        <input type="hidden" name="intent" value="saveRoom" />
        <input type="hidden" name="day" value={view.day} />
        <Field
          name="name"
          label={t('rooms.name')}
          required
          defaultValue={String(newReply?.values.name ?? '')}
          errors={newReply?.fieldErrors.name?.map((k) => t(k))}
        />
        <Field
          name="capacity"
          type="number"
          min={1}
          inputMode="numeric"
          label={t('rooms.capacity')}
          defaultValue={String(newReply?.values.capacity ?? '')}
          errors={newReply?.fieldErrors.capacity?.map((k) => t(k))}
        />
        <div className="col-span-2">
          <Button type="submit">{t('rooms.addButton')}</Button>
        </div>
      </Form>
    </Card>
  )
}

function SlotTemplate({ view, reply }: { view: View; reply: Reply }) {
  const { t } = useTranslation('programme')
  const r = reply?.intent === 'generateSlots' ? reply : null
  const v = (name: string, fallback: string) => String(r?.values[name] ?? fallback)
  const err = (name: string) => r?.fieldErrors[name]?.map((k) => t(k))
  if (view.rooms.length === 0) return null
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t('template.title')}</h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('template.intro')}</p>
      <Form method="post" noValidate className="mt-3 grid grid-cols-2 gap-3">
        <input type="hidden" name="intent" value="generateSlots" />
        {r?.formErrors.length ? (
          <div className="col-span-2">
            <FormError>{r.formErrors.join(' ')}</FormError>
          </div>
        ) : null}
        <SelectField name="roomId" label={t('editor.room')} defaultValue={v('roomId', view.rooms[0]!.id)}>
          {view.rooms.map((room) => (
            <option key={room.id} value={room.id}>
              {room.name}
            </option>
          ))}
        </SelectField>
        <SelectField name="day" label={t('editor.day')} defaultValue={v('day', view.day)}>
          {view.days.map((d) => (
            <option key={d.day} value={d.day}>
              {d.label}
            </option>
          ))}
        </SelectField>
        <Field name="from" type="time" label={t('template.from')} defaultValue={v('from', '09:00')} errors={err('from')} />
        <Field name="until" type="time" label={t('template.until')} defaultValue={v('until', '17:00')} errors={err('until')} />
        <Field
          name="slotMinutes"
          type="number"
          min={5}
          max={480}
          inputMode="numeric"
          label={t('template.slotMinutes')}
          defaultValue={v('slotMinutes', '30')}
          errors={err('slotMinutes')}
        />
        <Field
          name="gapMinutes"
          type="number"
          min={0}
          max={120}
          inputMode="numeric"
          label={t('template.gapMinutes')}
          defaultValue={v('gapMinutes', '0')}
          errors={err('gapMinutes')}
        />
        <Field
          className="col-span-2"
          name="breaks"
          label={t('template.breaks')}
          hint={t('template.breaksHint')}
          defaultValue={v('breaks', '12:00-13:00')}
          errors={err('breaks')}
        />
        <div className="col-span-2">
          <Button type="submit" variant="secondary">
            {t('template.generate')}
          </Button>
        </div>
      </Form>
    </Card>
  )
}
