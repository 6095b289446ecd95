// The organisers' cooperation exchange: the grid of tables × slots, placing accepted meetings
// that have no time yet, moving single meetings by hand (refused on a clash), meetings held, and
// printable schedules per table and per person (?print=tables|people, one page each).
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FairNav } from '~/components/fair/fair-nav'
import { PrintButton } from '~/components/fair/print-button'
import { Badge, Button, buttonClass, Card, EmptyState, Field, FormError, SelectField } from '~/components/ui'
import {
  adjustMeeting,
  getExchangeOverview,
  markMeetingHeld,
  saveExchangeGrid,
  scheduleOpenMeetings,
} from '~/domain/fair/cooperation.server'
import { AdjustForm, GridForm } from '~/domain/fair/forms'
import { formatDate, formatTimeRange, formatTimeZoneName, utcToWallTime, wallTimeToUtc } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'

const noStore = { 'Cache-Control': 'no-store' }

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.metaTitle} – Fairdesk` : 'Fairdesk' }]

async function overviewFor(request: Request, eventId: string | undefined) {
  const db = await getDb()
  await requirePermission(request, db, 'fair:manage')
  const overview = await getExchangeOverview(db, eventId ?? '')
  if (!overview || overview.event.kind !== 'FAIR') throw new Response(null, { status: 404, headers: noStore })
  return { db, overview }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { overview } = await overviewFor(request, params.id)
  const { event, grid, tables, days } = overview
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'fair')
  const zone = { locale, timeZone: event.timeZone }
  const url = new URL(request.url)
  const title = localized(locale, event.titleDe, event.titleEn)
  const meetings = overview.meetings.map((m) => {
    const wall = m.startsAt ? utcToWallTime(m.startsAt, event.timeZone) : null
    return {
      id: m.id,
      status: m.status,
      startsAt: m.startsAt?.toISOString() ?? null,
      when: m.startsAt && m.endsAt ? `${formatDate(m.startsAt, zone)}, ${formatTimeRange(m.startsAt, m.endsAt, zone)}` : null,
      time: m.startsAt && m.endsAt ? formatTimeRange(m.startsAt, m.endsAt, zone) : null,
      day: wall?.slice(0, 10) ?? days[0] ?? '',
      start: wall?.slice(11, 16) ?? grid.from,
      table: m.tableLabel,
      visitor: { id: m.requesterId, name: `${m.requester.firstName} ${m.requester.lastName}`, company: m.requester.company?.name ?? null },
      exhibitor: {
        id: m.exhibitorId,
        company: m.exhibitor.company.name,
        stand: m.exhibitor.stand ? `${m.exhibitor.stand.number} (${m.exhibitor.stand.hall})` : null,
      },
    }
  })
  const notice = url.searchParams.get('notice')
  return data(
    {
      metaTitle: `${t('meetings.metaTitle')}: ${title}`,
      event: { id: event.id, title },
      zoneName: formatTimeZoneName(event.startsAt, zone, 'long'),
      grid,
      tables,
      days: days.map((d) => ({ day: d, label: formatDate(wallTimeToUtc(`${d}T12:00`, event.timeZone), zone) })),
      notice: notice
        ? t(`meetings.notices.${notice}`, {
            defaultValue: '',
            placed: url.searchParams.get('placed') ?? '0',
            unplaced: url.searchParams.get('unplaced') ?? '0',
          })
        : null,
      print: (['tables', 'people'] as const).find((p) => p === url.searchParams.get('print')) ?? null,
      unplaced: meetings.filter((m) => m.status === 'ACCEPTED' && !m.startsAt).length,
      meetings,
      dayLabel: Object.fromEntries(days.map((d) => [d, formatDate(wallTimeToUtc(`${d}T12:00`, event.timeZone), zone, 'long')])),
    },
    { headers: noStore },
  )
}

type Reply = {
  intent: string
  target: string
  formError: string | null
  fieldErrors: Record<string, string[]>
  values: Record<string, unknown>
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, overview } = await overviewFor(request, params.id)
  const { event, grid } = overview
  const t = await i18next.getFixedT(request, 'fair')
  const form = await request.formData().catch(() => new FormData())
  const intent = String(form.get('intent') ?? '')
  const back = (query: Record<string, string>, hash = '') =>
    redirect(`/admin/events/${event.id}/fair/meetings?${new URLSearchParams(query)}${hash}`, { status: 303, headers: noStore })
  const refuse = (reply: Omit<Reply, 'intent'>, status = 400) => data<Reply>({ intent, ...reply }, { status, headers: noStore })
  const errors = (e: Record<string, string[] | null> | null | undefined) =>
    Object.fromEntries(Object.entries(e ?? {}).filter((x): x is [string, string[]] => Array.isArray(x[1])))

  if (intent === 'saveGrid') {
    const submission = parseWithZod(form, { schema: GridForm })
    if (submission.status !== 'success')
      return refuse({ target: 'grid', formError: null, fieldErrors: errors(submission.error), values: submission.payload })
    await saveExchangeGrid(db, event.id, submission.value)
    return back({ notice: 'gridSaved' })
  }
  if (intent === 'schedule') {
    const result = await scheduleOpenMeetings(db, event.id)
    if (result.kind === 'notFound') throw new Response(null, { status: 404, headers: noStore })
    return back({ notice: 'scheduled', placed: String(result.placed), unplaced: String(result.unplaced) })
  }
  if (intent === 'adjust') {
    const submission = parseWithZod(form, { schema: AdjustForm })
    const target = String(form.get('meetingId') ?? '')
    if (submission.status !== 'success')
      return refuse({ target, formError: null, fieldErrors: errors(submission.error), values: submission.payload })
    const v = submission.value
    const meeting = overview.meetings.find((m) => m.id === v.meetingId)
    if (!meeting) throw new Response(null, { status: 404, headers: noStore })
    const startsAt = wallTimeToUtc(`${v.day}T${v.start}`, event.timeZone)
    // A moved meeting keeps its length; one without a time gets the grid's.
    const length = meeting.startsAt && meeting.endsAt ? meeting.endsAt.getTime() - meeting.startsAt.getTime() : grid.slotMinutes * 60_000
    const result = await adjustMeeting(db, event.id, v.meetingId, {
      startsAt,
      endsAt: new Date(startsAt.getTime() + length),
      table: v.table,
    })
    if (result.kind === 'notFound') throw new Response(null, { status: 404, headers: noStore })
    if (result.kind === 'notAccepted')
      return refuse({ target, formError: t('meetings.notices.notAccepted'), fieldErrors: {}, values: submission.payload }, 409)
    if (result.kind === 'conflict') {
      const message = result.conflicts.map((c) => t(`meetings.conflicts.${c.kind}`, { with: 'with' in c ? (c.with ?? '') : '' }))
      return refuse({ target, formError: [...new Set(message)].join(' '), fieldErrors: {}, values: submission.payload }, 409)
    }
    return back({ notice: 'moved' }, `#meeting-${target}`)
  }
  if (intent === 'held') {
    const meetingId = String(form.get('meetingId') ?? '')
    const result = await markMeetingHeld(db, { meetingId, eventId: event.id })
    if (result.kind === 'notFound') throw new Response(null, { status: 404, headers: noStore })
    return back({ notice: result.kind }, `#meeting-${meetingId}`)
  }
  return refuse({ target: '', formError: t('errors.unknownAction'), fieldErrors: {}, values: {} })
}

type View = ReturnType<typeof useLoaderData<typeof loader>>
type MeetingView = View['meetings'][number]

const tone = { REQUESTED: 'warning', ACCEPTED: 'success', HELD: 'info', DECLINED: 'danger', CANCELLED: 'neutral' } as const

export default function ExchangeAdminPage() {
  const view = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  const { t } = useTranslation('fair')
  if (view.print) return <PrintSchedules view={view} />
  const gridValues = (reply?.intent === 'saveGrid' ? reply.values : view.grid) as Record<string, unknown>
  const gridErr = (name: string) => (reply?.intent === 'saveGrid' ? reply.fieldErrors[name]?.map((k) => t(k)) : undefined)
  return (
    <div>
      <FairNav eventId={view.event.id} title={view.event.title} />
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('meetings.title')}</h1>
      <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">{t('meetings.intro')}</p>
      {view.notice ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {view.notice}
        </p>
      ) : null}

      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">{t('meetings.grid')}</h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('meetings.gridHint', { zone: view.zoneName })}</p>
          <Form method="post" noValidate className="mt-3 grid grid-cols-2 gap-3">
            <input type="hidden" name="intent" value="saveGrid" />
            <Field
              name="tables"
              type="number"
              min={1}
              max={50}
              label={t('meetings.tables')}
              defaultValue={String(gridValues.tables ?? '')}
              errors={gridErr('tables')}
            />
            <Field
              name="slotMinutes"
              type="number"
              min={10}
              max={240}
              label={t('meetings.slotMinutes')}
              defaultValue={String(gridValues.slotMinutes ?? '')}
              errors={gridErr('slotMinutes')}
            />
            <Field
              name="from"
              type="time"
              label={t('meetings.from')}
              defaultValue={String(gridValues.from ?? '')}
              errors={gridErr('from')}
            />
            <Field
              name="until"
              type="time"
              label={t('meetings.until')}
              defaultValue={String(gridValues.until ?? '')}
              errors={gridErr('until')}
            />
            <div className="col-span-2">
              <Button type="submit" variant="secondary">
                {t('meetings.saveGrid')}
              </Button>
            </div>
          </Form>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">{t('meetings.scheduleOpen')}</h2>
          <p className="mt-1 text-sm">{t('meetings.unplaced', { count: view.unplaced })}</p>
          <Form method="post" className="mt-3">
            <input type="hidden" name="intent" value="schedule" />
            <Button type="submit" disabled={view.unplaced === 0}>
              {t('meetings.scheduleOpen')}
            </Button>
          </Form>
          <h2 className="mt-6 text-lg font-semibold">{t('meetings.printHeading')}</h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('meetings.printHint')}</p>
          <p className="mt-2 flex flex-wrap gap-2">
            <Link to="?print=tables" className={buttonClass('secondary')}>
              {t('meetings.printTables')}
            </Link>
            <Link to="?print=people" className={buttonClass('secondary')}>
              {t('meetings.printPeople')}
            </Link>
          </p>
        </Card>
      </div>

      <section aria-labelledby="all-heading" className="mt-8">
        <h2 id="all-heading" className="text-lg font-semibold">
          {t('meetings.all')} ({view.meetings.length})
        </h2>
        {view.meetings.length === 0 ? (
          <div className="mt-3">
            <EmptyState title={t('meetings.none')} />
          </div>
        ) : (
          <ul className="mt-3 flex flex-col gap-3">
            {view.meetings.map((m) => (
              <li key={m.id} id={`meeting-${m.id}`} className="scroll-mt-4">
                <MeetingRow meeting={m} view={view} reply={reply?.target === m.id ? reply : null} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}

function MeetingRow({ meeting: m, view, reply }: { meeting: MeetingView; view: View; reply: Reply | null }) {
  const { t } = useTranslation('fair')
  const values = (reply?.values ?? {}) as Record<string, string | undefined>
  const err = (name: string) => reply?.fieldErrors[name]?.map((k) => t(k))
  const movable = m.status === 'ACCEPTED'
  return (
    <Card>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="font-semibold">{m.when ? `${m.when} · ${m.table}` : t('exchange.notScheduled')}</p>
          <p className="text-sm">
            {[m.visitor.name, m.visitor.company].filter(Boolean).join(', ')} ↔ {m.exhibitor.company}
            {m.exhibitor.stand ? ` (${t('directory.stand')} ${m.exhibitor.stand})` : ''}
          </p>
        </div>
        <Badge tone={tone[m.status]}>{t(`meetingStatus.${m.status}`)}</Badge>
      </div>
      {reply?.formError ? (
        <div className="mt-2">
          <FormError>{reply.formError}</FormError>
        </div>
      ) : null}
      {movable ? (
        <div className="mt-3 flex flex-wrap items-end gap-3">
          <Form
            method="post"
            noValidate
            className="flex flex-wrap items-end gap-3"
            aria-label={`${t('meetings.moveLegend')}: ${m.visitor.name} ↔ ${m.exhibitor.company}`}
          >
            <input type="hidden" name="intent" value="adjust" />
            <input type="hidden" name="meetingId" value={m.id} />
            <SelectField name="day" label={t('meetings.day')} defaultValue={values.day ?? m.day}>
              {view.days.map((d) => (
                <option key={d.day} value={d.day}>
                  {d.label}
                </option>
              ))}
            </SelectField>
            <Field
              name="start"
              type="time"
              label={t('meetings.start')}
              defaultValue={values.start ?? m.start}
              errors={err('start')}
              className="w-32"
            />
            <Field
              name="table"
              label={t('meetings.table')}
              list={`tables-${m.id}`}
              defaultValue={values.table ?? m.table ?? view.tables[0]}
              errors={err('table')}
              className="w-36"
            />
            <datalist id={`tables-${m.id}`}>
              {view.tables.map((label) => (
                <option key={label} value={label} />
              ))}
            </datalist>
            <Button type="submit" variant="secondary">
              {t('meetings.move')}
            </Button>
          </Form>
          {m.startsAt && new Date(m.startsAt) <= new Date() ? (
            <Form method="post">
              <input type="hidden" name="intent" value="held" />
              <input type="hidden" name="meetingId" value={m.id} />
              <Button type="submit" variant="ghost">
                {t('meetings.held')}
              </Button>
            </Form>
          ) : null}
        </div>
      ) : null}
    </Card>
  )
}

/** The schedules for paper: one page per table, or per person (visitor or exhibitor). */
function PrintSchedules({ view }: { view: View }) {
  const { t } = useTranslation('fair')
  const scheduled = view.meetings.filter((m) => m.startsAt && (m.status === 'ACCEPTED' || m.status === 'HELD'))
  const groups: { key: string; title: string; rows: MeetingView[] }[] = []
  if (view.print === 'tables') {
    for (const table of [...new Set(scheduled.map((m) => m.table!))].sort((a, b) => a.localeCompare(b, 'de', { numeric: true }))) {
      groups.push({ key: table, title: t('meetings.tableSchedule', { table }), rows: scheduled.filter((m) => m.table === table) })
    }
  } else {
    const people = new Map<string, string>()
    for (const m of scheduled) {
      people.set(`v:${m.visitor.id}`, [m.visitor.name, m.visitor.company].filter(Boolean).join(', '))
      people.set(`e:${m.exhibitor.id}`, m.exhibitor.company)
    }
    for (const [key, name] of [...people].sort((a, b) => a[1].localeCompare(b[1], 'de'))) {
      groups.push({
        key,
        title: t('meetings.personSchedule', { name }),
        rows: scheduled.filter((m) => `v:${m.visitor.id}` === key || `e:${m.exhibitor.id}` === key),
      })
    }
  }
  return (
    <div>
      <div className="mb-6 flex flex-wrap items-center gap-3 print:hidden">
        <Link to="?">← {t('meetings.title')}</Link>
        <PrintButton label={t('exchange.print')} />
      </div>
      <h1 className="sr-only">{view.print === 'tables' ? t('meetings.printTables') : t('meetings.printPeople')}</h1>
      {groups.length === 0 ? <EmptyState title={t('stand.noSchedule')} /> : null}
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`print-${g.key}`} className="mb-10 break-inside-avoid print:mb-0 print:break-after-page">
          <p className="text-sm text-slate-700 dark:text-slate-300 print:text-black">{view.event.title}</p>
          <h2 id={`print-${g.key}`} className="text-xl font-bold">
            {g.title}
          </h2>
          <table className="mt-3 w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="py-2 pr-3">
                  {t('meetings.columns.when')}
                </th>
                {view.print === 'people' ? (
                  <th scope="col" className="py-2 pr-3">
                    {t('meetings.table')}
                  </th>
                ) : null}
                <th scope="col" className="py-2 pr-3">
                  {t('meetings.columns.visitor')}
                </th>
                <th scope="col" className="py-2 pr-3">
                  {t('meetings.columns.exhibitor')}
                </th>
              </tr>
            </thead>
            <tbody>
              {g.rows.map((m) => (
                <tr key={m.id} className="border-b border-slate-300">
                  <td className="py-2 pr-3 align-top whitespace-nowrap">
                    {view.dayLabel[m.day]}
                    <br />
                    {m.time}
                  </td>
                  {view.print === 'people' ? <td className="py-2 pr-3 align-top">{m.table}</td> : null}
                  <td className="py-2 pr-3 align-top">{[m.visitor.name, m.visitor.company].filter(Boolean).join(', ')}</td>
                  <td className="py-2 pr-3 align-top">
                    {m.exhibitor.company}
                    {m.exhibitor.stand ? ` (${m.exhibitor.stand})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  )
}
