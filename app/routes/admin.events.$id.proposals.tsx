// The review queue of the call for contributions: accept (and place into an open slot or a room and
// time of its own, now or later) or decline with a note.
import { requireStaffEvent } from '~/web/staff-event.server'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Badge, Button, Card, EmptyState, Field, FormError, SelectField } from '~/components/ui'
import { conflictMessage } from '~/components/programme/conflict-messages'
import { ProgrammeNav } from '~/components/programme/programme-nav'
import { eventDays } from '~/domain/programme/conflicts'
import { DecisionForm, toInstants } from '~/domain/programme/forms'
import { acceptProposal, declineProposal, listProposals, type Placement } from '~/domain/programme/proposals.server'
import { formatDate, formatDateTime, formatTimeRange, wallTimeToUtc } from '~/lib/datetime'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'

const FILTERS = ['SUBMITTED', 'ACCEPTED', 'DECLINED', 'ALL'] as const

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.metaTitle} – Fairdesk` : 'Fairdesk' }]

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

export async function action({ request, params }: ActionFunctionArgs) {
  const { db } = await requireStaffEvent(request, params.id, 'events:manage')
  const review = await listProposals(db, params.id ?? '')
  if (!review) throw new Response(null, { status: 404 })
  const eventId = review.event.id
  const t = await i18next.getFixedT(request, 'programme')
  const locale = toLocale(await i18next.getLocale(request))
  const form = await request.formData().catch(() => new FormData())
  const intent = form.get('intent')
  const submission = parseWithZod(form, { schema: DecisionForm })
  const refuse = (proposalId: string, messages: string[], status = 400) => data({ proposalId, messages }, { status })
  if (submission.status !== 'success') return refuse(String(form.get('proposalId') ?? ''), [t('errors.placement')])
  const v = submission.value
  const back = (notice: string, status: string) => redirect(`/admin/events/${eventId}/proposals?status=${status}&notice=${notice}`, 303)

  if (intent === 'decline') {
    const result = await declineProposal(db, eventId, v.proposalId, v.note ?? null)
    if (result.kind === 'notFound') throw new Response(null, { status: 404 })
    if (result.kind === 'alreadyDecided') return refuse(v.proposalId, [t('proposals.alreadyDecided')], 409)
    return back('declined', 'SUBMITTED')
  }

  let placement: Placement | null = null
  if (v.placement === 'custom') {
    if (!v.day || !v.start || !v.end) return refuse(v.proposalId, [t('errors.placement')])
    placement = { roomId: v.roomId ?? null, ...toInstants({ day: v.day, start: v.start, end: v.end }, review.event.timeZone) }
  } else if (v.placement) {
    placement = { openSlotId: v.placement }
  }
  const result = await acceptProposal(db, eventId, v.proposalId, placement)
  if (result.kind === 'notFound') throw new Response(null, { status: 404 })
  if (result.kind === 'alreadyDecided') return refuse(v.proposalId, [t('proposals.alreadyDecided')], 409)
  if (result.kind === 'unknownSlot') return refuse(v.proposalId, [t('proposals.unknownSlot')], 409)
  if (result.kind === 'conflict')
    return refuse(
      v.proposalId,
      result.conflicts.map((c) => conflictMessage(t, c, { locale, timeZone: review.event.timeZone })),
      409,
    )
  return back(result.sessionId ? 'placed' : 'accepted', 'ACCEPTED')
}

const statusTone = { SUBMITTED: 'info', ACCEPTED: 'success', DECLINED: 'danger', WITHDRAWN: 'neutral' } as const

export default function ProposalsPage() {
  const view = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  const { t } = useTranslation('programme')
  return (
    <div>
      <ProgrammeNav eventId={view.event.id} />
      <h2 className="mb-2 text-2xl font-bold tracking-tight sm:text-3xl">{t('proposals.title')}</h2>
      <p className="mb-4 text-slate-700 dark:text-slate-300">
        {view.event.proposalsOpen ? t('proposals.open') : t('proposals.closed')}{' '}
        {view.event.proposalsOpen ? (
          <Link to={`/events/${view.event.slug}/propose`} className="underline">
            {t('proposals.publicForm')}
          </Link>
        ) : null}
      </p>
      {view.notice ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {t(`proposals.notices.${view.notice}`, { defaultValue: '' })}
        </p>
      ) : null}
      <nav aria-label={t('proposals.filter')} className="mb-6 flex flex-wrap gap-2">
        {FILTERS.map((f) => (
          <Link
            key={f}
            to={`?status=${f}`}
            aria-current={view.filter === f ? 'page' : undefined}
            className={`inline-flex min-h-11 items-center rounded-md border px-3 text-sm font-medium no-underline ${view.filter === f ? 'border-brand-700 bg-brand-700 text-white dark:text-white' : 'border-slate-300 bg-white text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100'}`}
          >
            {t(`proposals.filters.${f}`)} ({view.counts[f]})
          </Link>
        ))}
      </nav>
      {view.proposals.length === 0 ? (
        <EmptyState title={t('proposals.empty')} />
      ) : (
        <ul className="flex flex-col gap-4">
          {view.proposals.map((p) => (
            <li key={p.id}>
              <Card>
                <article aria-labelledby={`proposal-${p.id}`}>
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone={statusTone[p.status]}>{t(`proposalStatus.${p.status}`)}</Badge>
                    <Badge>{t(`kinds.${p.kind}`)}</Badge>
                    <Badge>{t(`languages.${p.language === 'en' ? 'en' : 'de'}`)}</Badge>
                  </div>
                  <h2 id={`proposal-${p.id}`} className="mt-2 text-lg font-semibold">
                    {p.title}
                  </h2>
                  <p className="text-sm text-slate-700 dark:text-slate-300">
                    {[p.person.name, p.person.company, p.person.email].filter(Boolean).join(' · ')} ·{' '}
                    {t('proposals.submitted', { date: p.submitted })}
                  </p>
                  <p className="mt-2 whitespace-pre-line">{p.abstract}</p>
                  {p.reviewNote ? <p className="mt-2 text-sm">{t('proposals.note', { note: p.reviewNote })}</p> : null}
                  {p.placed ? <p className="mt-2 text-sm font-medium">{t('proposals.placedAt', { slot: p.placed })}</p> : null}
                  {reply?.proposalId === p.id ? (
                    <div className="mt-3">
                      <FormError>
                        <ul className="list-disc pl-5">
                          {reply.messages.map((m) => (
                            <li key={m}>{m}</li>
                          ))}
                        </ul>
                      </FormError>
                    </div>
                  ) : null}
                  {p.status === 'SUBMITTED' || (p.status === 'ACCEPTED' && !p.placed) ? <Decision proposal={p} view={view} /> : null}
                </article>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

type View = ReturnType<typeof useLoaderData<typeof loader>>

function Decision({ proposal, view }: { proposal: View['proposals'][number]; view: View }) {
  const { t } = useTranslation('programme')
  const id = (name: string) => `${proposal.id}-${name}`
  const accepted = proposal.status === 'ACCEPTED'
  return (
    <div className="mt-4 grid gap-4 border-t border-slate-200 pt-4 md:grid-cols-2 dark:border-slate-700">
      <Form method="post" noValidate className="flex flex-col gap-3">
        <input type="hidden" name="intent" value="accept" />
        <input type="hidden" name="proposalId" value={proposal.id} />
        <SelectField
          id={id('placement')}
          name="placement"
          label={accepted ? t('proposals.placeInto') : t('proposals.acceptInto')}
          defaultValue=""
        >
          <option value="">{accepted ? t('proposals.notYet') : t('proposals.later')}</option>
          {view.openSlots.map((s) => (
            <option key={s.id} value={s.id}>
              {t('proposals.openSlot', { slot: s.label })}
            </option>
          ))}
          <option value="custom">{t('proposals.custom')}</option>
        </SelectField>
        <fieldset className="grid grid-cols-2 gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700">
          <legend className="px-1 text-sm font-medium">{t('proposals.customLegend')}</legend>
          <SelectField id={id('room')} name="roomId" label={t('editor.room')} defaultValue={view.rooms[0]?.id ?? ''}>
            <option value="">{t('editor.noRoom')}</option>
            {view.rooms.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </SelectField>
          <SelectField id={id('day')} name="day" label={t('editor.day')}>
            {view.days.map((d) => (
              <option key={d.day} value={d.day}>
                {d.label}
              </option>
            ))}
          </SelectField>
          <Field id={id('start')} name="start" type="time" label={t('fields.start')} defaultValue="10:00" />
          <Field id={id('end')} name="end" type="time" label={t('fields.end')} defaultValue="10:30" />
        </fieldset>
        <div>
          <Button type="submit">
            {accepted ? t('proposals.place') : t('proposals.accept')}
            <span className="sr-only">: {proposal.title}</span>
          </Button>
        </div>
      </Form>
      {!accepted ? (
        <Form method="post" noValidate className="flex flex-col gap-3">
          <input type="hidden" name="intent" value="decline" />
          <input type="hidden" name="proposalId" value={proposal.id} />
          <div className="flex flex-col gap-1">
            <label htmlFor={id('note')} className="text-sm font-medium">
              {t('proposals.declineNote')}
            </label>
            <textarea
              id={id('note')}
              name="note"
              rows={3}
              maxLength={1000}
              className="rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
            />
          </div>
          <div>
            <Button type="submit" variant="danger">
              {t('proposals.decline')}
              <span className="sr-only">: {proposal.title}</span>
            </Button>
          </div>
        </Form>
      ) : null}
    </div>
  )
}
