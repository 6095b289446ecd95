// The organisers' fair page: figures for the report, the stand plan, the stands, and the
// applications with their decision (stand and area), staff passes, rejection and withdrawal.
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FairNav } from '~/components/fair/fair-nav'
import { StandPlan } from '~/components/fair/stand-plan'
import { Badge, Button, buttonClass, Card, EmptyState, Field, FormError, SelectField, TableScroll, TextareaField } from '~/components/ui'
import { AcceptForm, StaffPassForm, StandForm, STAND_KINDS } from '~/domain/fair/forms'
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
import { formatDate } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'

const noStore = { 'Cache-Control': 'no-store' }

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.metaTitle} – Fairdesk` : 'Fairdesk' }]

async function overviewFor(request: Request, eventId: string | undefined) {
  const db = await getDb()
  await requirePermission(request, db, 'fair:manage')
  const overview = await getFairOverview(db, eventId ?? '')
  if (!overview || overview.event.kind !== 'FAIR') throw new Response(null, { status: 404, headers: noStore })
  return { db, overview }
}

const numberOrEmpty = (n: number | null) => (n === null ? '' : String(n))

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { overview } = await overviewFor(request, params.id)
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'fair')
  const url = new URL(request.url)
  const { event, stands, exhibitors, counts } = overview
  const title = localized(locale, event.titleDe, event.titleEn)
  const editing = stands.find((s) => s.id === url.searchParams.get('stand')) ?? null
  const order = { APPLIED: 0, ACCEPTED: 1, REJECTED: 2, WITHDRAWN: 3 } as const
  return data(
    {
      metaTitle: `${t('admin.metaTitle')}: ${title}`,
      locale,
      event: { id: event.id, slug: event.slug, title, status: event.status },
      notice: url.searchParams.get('notice'),
      counts,
      stands: stands.map((s) => ({
        id: s.id,
        hall: s.hall,
        number: s.number,
        areaSqm: s.areaSqm,
        kind: s.kind,
        equipment: s.equipment,
        x: s.x,
        y: s.y,
        width: s.width,
        depth: s.depth,
        free: s.free,
        exhibitors: s.exhibitors,
      })),
      editing: editing
        ? {
            standId: editing.id,
            number: editing.number,
            values: {
              hall: editing.hall,
              number: editing.number,
              areaSqm: String(editing.areaSqm),
              kind: editing.kind,
              equipment: editing.equipment ?? '',
              x: numberOrEmpty(editing.x),
              y: numberOrEmpty(editing.y),
              width: numberOrEmpty(editing.width),
              depth: numberOrEmpty(editing.depth),
            },
          }
        : null,
      exhibitors: [...exhibitors]
        .sort((a, b) => order[a.status] - order[b.status])
        .map((e) => ({
          id: e.id,
          status: e.status,
          company: e.company.name,
          city: e.company.city,
          isMember: e.company.isMember,
          website: e.company.website,
          applied: formatDate(e.createdAt, { locale, timeZone: event.timeZone }),
          contact: e.contactPerson
            ? {
                name: `${e.contactPerson.firstName} ${e.contactPerson.lastName}`,
                email: e.contactPerson.email,
                phone: e.contactPerson.phone,
              }
            : null,
          areaWantedSqm: e.areaWantedSqm,
          areaSqm: e.areaSqm,
          stand: e.stand,
          topicsDe: e.topicsDe,
          topicsEn: e.topicsEn,
          products: e.products,
          staffRequested: e.staffRequested,
          passQuota: e.passQuota,
          passes: e.passes.map((p) => ({ id: p.id, name: `${p.person.firstName} ${p.person.lastName}`, email: p.person.email })),
        })),
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
  const eventId = overview.event.id
  const t = await i18next.getFixedT(request, 'fair')
  const form = await request.formData().catch(() => new FormData())
  const intent = String(form.get('intent') ?? '')
  const back = (notice: string, hash = '') =>
    redirect(`/admin/events/${eventId}/fair?notice=${notice}${hash}`, { status: 303, headers: noStore })
  const refuse = (reply: Omit<Reply, 'intent'>, status = 400) => data<Reply>({ intent, ...reply }, { status, headers: noStore })
  const known = (id: string) => overview.exhibitors.some((e) => e.id === id)

  if (intent === 'saveStand') {
    const submission = parseWithZod(form, { schema: StandForm })
    const target = String(form.get('standId') ?? '') || 'new'
    if (submission.status !== 'success')
      return refuse({ target, formError: null, fieldErrors: fieldErrors(submission.error), values: submission.payload })
    const v = submission.value
    const result = await saveStand(db, eventId, v.standId ?? null, {
      ...v,
      x: v.x ?? null,
      y: v.y ?? null,
      width: v.width ?? null,
      depth: v.depth ?? null,
    })
    if (result.kind === 'notFound') throw new Response(null, { status: 404, headers: noStore })
    if (result.kind === 'saved') return back('standSaved', '#stands')
    const message =
      result.kind === 'invalidGeometry'
        ? t(`errors.geometry.${result.problem}`)
        : result.kind === 'overlap'
          ? t('errors.overlap', result.other)
          : result.kind === 'belowAllocated'
            ? t('errors.belowAllocated', { area: result.allocated })
            : t('errors.duplicate')
    const field = result.kind === 'duplicate' ? 'number' : result.kind === 'belowAllocated' ? 'areaSqm' : 'x'
    return refuse({ target, formError: null, fieldErrors: { [field]: [message] }, values: submission.payload }, 409)
  }

  if (intent === 'deleteStand') {
    const standId = String(form.get('standId') ?? '')
    const result = await deleteStand(db, eventId, standId)
    if (result.kind === 'notFound') throw new Response(null, { status: 404, headers: noStore })
    if (result.kind === 'inUse')
      return refuse({ target: standId, formError: t('errors.inUse', { count: result.exhibitors }), fieldErrors: {}, values: {} }, 409)
    return back('standDeleted', '#stands')
  }

  if (intent === 'accept') {
    const submission = parseWithZod(form, { schema: AcceptForm })
    const target = String(form.get('exhibitorId') ?? '')
    if (submission.status !== 'success')
      return refuse({ target, formError: null, fieldErrors: fieldErrors(submission.error), values: submission.payload })
    if (!known(submission.value.exhibitorId)) throw new Response(null, { status: 404, headers: noStore })
    const result = await acceptExhibitor(db, eventId, submission.value.exhibitorId, submission.value)
    if (result.kind === 'notFound') throw new Response(null, { status: 404, headers: noStore })
    if (result.kind === 'accepted') return back(result.passesSkipped > 0 ? 'acceptedSkipped' : 'accepted', `#exhibitor-${target}`)
    const message = result.kind === 'overAllocated' ? t('errors.overAllocated', { free: result.free }) : t(`errors.${result.kind}`)
    return refuse(
      {
        target,
        formError: null,
        fieldErrors: { [result.kind === 'overAllocated' ? 'areaSqm' : 'standId']: [message] },
        values: submission.payload,
      },
      409,
    )
  }

  if (intent === 'reject' || intent === 'withdraw') {
    const exhibitorId = String(form.get('exhibitorId') ?? '')
    if (!known(exhibitorId)) throw new Response(null, { status: 404, headers: noStore })
    const result = intent === 'reject' ? await rejectExhibitor(db, eventId, exhibitorId) : await withdrawExhibitor(db, exhibitorId)
    if (result.kind === 'notFound') throw new Response(null, { status: 404, headers: noStore })
    if (result.kind === 'notAllowed')
      return refuse({ target: exhibitorId, formError: t('errors.notAllowed'), fieldErrors: {}, values: {} }, 409)
    return back(intent === 'reject' ? 'rejected' : 'withdrawn', `#exhibitor-${exhibitorId}`)
  }

  if (intent === 'issuePass') {
    const submission = parseWithZod(form, { schema: StaffPassForm })
    const target = String(form.get('exhibitorId') ?? '')
    if (submission.status !== 'success')
      return refuse({ target, formError: null, fieldErrors: fieldErrors(submission.error), values: submission.payload })
    if (!known(submission.value.exhibitorId)) throw new Response(null, { status: 404, headers: noStore })
    const result = await issueStaffPass(db, submission.value.exhibitorId, submission.value)
    if (result.kind === 'notFound') throw new Response(null, { status: 404, headers: noStore })
    if (result.kind === 'issued' || result.kind === 'existing')
      return back(result.kind === 'issued' ? 'passIssued' : 'passExisting', `#exhibitor-${target}`)
    const message = result.kind === 'quotaReached' ? t('errors.quotaReached', { quota: result.quota }) : t(`errors.${result.kind}`)
    return refuse({ target, formError: message, fieldErrors: {}, values: submission.payload }, 409)
  }

  if (intent === 'revokePass') {
    const exhibitorId = String(form.get('exhibitorId') ?? '')
    if (!known(exhibitorId)) throw new Response(null, { status: 404, headers: noStore })
    const result = await revokeStaffPass(db, exhibitorId, String(form.get('registrationId') ?? ''))
    if (result.kind === 'notFound') throw new Response(null, { status: 404, headers: noStore })
    return back('passRevoked', `#exhibitor-${exhibitorId}`)
  }

  return refuse({ target: '', formError: t('errors.unknownAction'), fieldErrors: {}, values: {} })
}

function fieldErrors(error: Record<string, string[] | null> | null | undefined): Record<string, string[]> {
  return Object.fromEntries(Object.entries(error ?? {}).filter((e): e is [string, string[]] => Array.isArray(e[1])))
}

type View = ReturnType<typeof useLoaderData<typeof loader>>
type ExhibitorView = View['exhibitors'][number]

const statusTone = { APPLIED: 'warning', ACCEPTED: 'success', REJECTED: 'danger', WITHDRAWN: 'neutral' } as const

export default function FairAdminPage() {
  const view = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  const { t } = useTranslation('fair')
  const { event, counts } = view
  const number = (n: number) => new Intl.NumberFormat(view.locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }).format(n)
  const standReply = reply?.intent === 'saveStand' || reply?.intent === 'deleteStand' ? reply : null
  const figures: [string, string][] = [
    [t('admin.counts.exhibitors'), number(counts.exhibitors)],
    [t('admin.counts.applications'), number(counts.applications)],
    [
      t('admin.counts.area'),
      t('admin.counts.areaValue', { allocated: number(counts.allocatedAreaSqm), total: number(counts.standAreaSqm) }),
    ],
    [t('admin.counts.staffPasses'), number(counts.staffPasses)],
    [t('admin.counts.visitors'), number(counts.visitorsCheckedIn)],
    [t('admin.counts.meetingsRequested'), number(counts.meetingsRequested)],
    [t('admin.counts.meetingsAccepted'), number(counts.meetingsAccepted)],
    [t('admin.counts.meetingsHeld'), number(counts.meetingsHeld)],
  ]
  return (
    <div>
      <FairNav eventId={event.id} title={event.title} />
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('admin.title')}</h1>
      <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">{t('admin.intro')}</p>
      {event.status === 'PUBLISHED' ? (
        <p className="mt-2 flex flex-wrap gap-x-3 text-sm">
          <span>{t('admin.publicLinks')}</span>
          <Link to={`/events/${event.slug}/exhibit`}>{t('admin.applyPage')}</Link>
          <Link to={`/events/${event.slug}/exhibitors`}>{t('admin.directoryPage')}</Link>
        </p>
      ) : null}
      {view.notice ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {t(`notices.${view.notice}`, { defaultValue: '' })}
        </p>
      ) : null}

      <section aria-labelledby="figures-heading" className="mt-6">
        <h2 id="figures-heading" className="text-lg font-semibold">
          {t('admin.figures')}
        </h2>
        <dl className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-4">
          {figures.map(([label, value]) => (
            <Card key={label} className="p-3">
              <dt className="text-xs font-medium text-slate-700 dark:text-slate-300">{label}</dt>
              <dd className="mt-1 text-lg font-semibold">{value}</dd>
            </Card>
          ))}
        </dl>
      </section>

      <section aria-labelledby="plan-heading" className="mt-8">
        <h2 id="plan-heading" className="mb-3 text-lg font-semibold">
          {t('plan.heading')}
        </h2>
        <StandPlan stands={view.stands} locale={view.locale} />
      </section>

      <section aria-labelledby="stands-heading" id="stands" className="mt-8">
        <h2 id="stands-heading" className="text-lg font-semibold">
          {t('admin.stands')}
        </h2>
        {standReply?.intent === 'deleteStand' && standReply.formError ? (
          <div className="mt-2">
            <FormError>{standReply.formError}</FormError>
          </div>
        ) : null}
        {view.stands.length === 0 ? (
          <div className="mt-3">
            <EmptyState title={t('admin.noStands')} />
          </div>
        ) : (
          <TableScroll label={t('admin.standsCaption')} className="relative mt-3">
            <table className="w-full min-w-[40rem] text-left text-sm">
              <caption className="sr-only">{t('admin.standsCaption')}</caption>
              <thead className="bg-slate-50 text-xs uppercase text-slate-700 dark:bg-slate-800 dark:text-slate-300">
                <tr>
                  {(['stand', 'kind', 'area', 'exhibitors', 'actions'] as const).map((c) => (
                    <th key={c} scope="col" className="px-3 py-2">
                      {t(`admin.columns.${c}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.stands.map((s) => (
                  <tr key={s.id} className="border-t border-slate-200 align-top dark:border-slate-700">
                    <th scope="row" className="px-3 py-2 text-left font-normal">
                      <span className="font-semibold">{s.number}</span>
                      <span className="block text-slate-700 dark:text-slate-300">{s.hall}</span>
                    </th>
                    <td className="px-3 py-2">
                      {t(`kinds.${s.kind}`)}
                      {s.equipment ? <span className="block text-xs text-slate-700 dark:text-slate-300">{s.equipment}</span> : null}
                    </td>
                    <td className="px-3 py-2">
                      {t('area', { area: number(s.areaSqm) })}
                      <span className="block text-xs text-slate-700 dark:text-slate-300">
                        {t('plan.freeArea', { area: number(s.free) })}
                      </span>
                    </td>
                    <td className="px-3 py-2">
                      {s.exhibitors.length
                        ? s.exhibitors.map((e) => `${e.company} (${t('area', { area: number(e.areaSqm) })})`).join(', ')
                        : '–'}
                    </td>
                    <td className="px-3 py-2">
                      <div className="flex flex-wrap gap-2">
                        <Link
                          to={`?stand=${s.id}#stand-form`}
                          className={buttonClass('secondary')}
                          aria-label={`${t('admin.edit')} ${t('plan.stand', { number: s.number })}`}
                        >
                          {t('admin.edit')}
                        </Link>
                        <Form method="post">
                          <input type="hidden" name="intent" value="deleteStand" />
                          <input type="hidden" name="standId" value={s.id} />
                          <Button
                            type="submit"
                            variant="secondary"
                            aria-label={`${t('admin.delete')} ${t('plan.stand', { number: s.number })}`}
                          >
                            {t('admin.delete')}
                          </Button>
                        </Form>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        <StandFormCard
          key={view.editing?.standId ?? 'new'}
          editing={view.editing}
          reply={standReply?.intent === 'saveStand' ? standReply : null}
        />
      </section>

      <section aria-labelledby="exhibitors-heading" className="mt-10">
        <h2 id="exhibitors-heading" className="text-lg font-semibold">
          {t('admin.exhibitors')}
        </h2>
        {view.exhibitors.length === 0 ? (
          <div className="mt-3">
            <EmptyState title={t('admin.noExhibitors')} />
          </div>
        ) : (
          <ul className="mt-3 flex flex-col gap-4">
            {view.exhibitors.map((e) => (
              <li key={e.id}>
                <ExhibitorCard exhibitor={e} stands={view.stands} reply={reply && reply.target === e.id ? reply : null} number={number} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}

function StandFormCard({ editing, reply }: { editing: View['editing']; reply: Reply | null }) {
  const { t } = useTranslation('fair')
  const navigation = useNavigation()
  const values = (reply?.values ?? editing?.values ?? {}) as Record<string, string | undefined>
  const err = (name: string) => reply?.fieldErrors[name]
  return (
    <Card className="mt-4 max-w-3xl" id="stand-form">
      <h3 className="text-base font-semibold">{editing ? t('admin.editStand', { number: editing.number }) : t('admin.newStand')}</h3>
      <Form method="post" noValidate className="mt-3 grid gap-4 sm:grid-cols-2">
        <input type="hidden" name="intent" value="saveStand" />
        {editing ? <input type="hidden" name="standId" value={editing.standId} /> : null}
        {reply && Object.keys(reply.fieldErrors).length ? (
          <div className="sm:col-span-2">
            <FormError>{t('errors.summary')}</FormError>
          </div>
        ) : null}
        <Field
          name="hall"
          label={t('admin.fields.hall')}
          required
          maxLength={40}
          defaultValue={values.hall}
          errors={err('hall')?.map((k) => t(k))}
        />
        <Field
          name="number"
          label={t('admin.fields.number')}
          required
          maxLength={20}
          defaultValue={values.number}
          errors={err('number')?.map((k) => t(k))}
        />
        <Field
          name="areaSqm"
          label={t('admin.fields.areaSqm')}
          required
          inputMode="decimal"
          defaultValue={values.areaSqm}
          errors={err('areaSqm')?.map((k) => t(k))}
        />
        <SelectField name="kind" label={t('admin.fields.kind')} defaultValue={values.kind ?? 'JOINT'}>
          {STAND_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextareaField
          name="equipment"
          label={t('admin.fields.equipment')}
          className="sm:col-span-2"
          rows={2}
          maxLength={500}
          defaultValue={values.equipment}
          errors={err('equipment')?.map((k) => t(k))}
        />
        <fieldset className="grid grid-cols-2 gap-4 sm:col-span-2 sm:grid-cols-4" aria-describedby="stand-position-hint">
          <legend className="mb-1 text-sm font-semibold">{t('admin.fields.position')}</legend>
          <p id="stand-position-hint" className="col-span-2 -mt-1 text-sm text-slate-600 sm:col-span-4 dark:text-slate-400">
            {t('admin.fields.positionHint')}
          </p>
          {(['x', 'y', 'width', 'depth'] as const).map((name) => (
            <Field
              key={name}
              name={name}
              label={t(`admin.fields.${name}`)}
              inputMode="decimal"
              defaultValue={values[name]}
              errors={err(name)?.map((k) => t(k))}
            />
          ))}
        </fieldset>
        <div className="flex flex-wrap gap-2 sm:col-span-2">
          <Button type="submit" disabled={navigation.state === 'submitting'}>
            {editing ? t('admin.saveStand') : t('admin.createStand')}
          </Button>
          {editing ? (
            <Link to="?#stands" className={buttonClass('secondary')}>
              {t('admin.closeEdit')}
            </Link>
          ) : null}
        </div>
      </Form>
    </Card>
  )
}

function ExhibitorCard({
  exhibitor: e,
  stands,
  reply,
  number,
}: {
  exhibitor: ExhibitorView
  stands: View['stands']
  reply: Reply | null
  number: (n: number) => string
}) {
  const { t } = useTranslation('fair')
  const values = (reply?.values ?? {}) as Record<string, string | undefined>
  const err = (name: string) => reply?.fieldErrors[name]?.map((k) => t(k))
  const acceptable = e.status === 'APPLIED' || e.status === 'ACCEPTED' || e.status === 'REJECTED'
  const headingId = `exhibitor-${e.id}-name`
  return (
    <Card id={`exhibitor-${e.id}`} aria-labelledby={headingId} role="region" className="scroll-mt-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={headingId} className="text-base font-semibold">
            {e.company}
          </h3>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {[e.city, t('admin.applied', { date: e.applied })].filter(Boolean).join(' · ')}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {e.isMember ? <Badge tone="info">{t('admin.member')}</Badge> : null}
          <Badge tone={statusTone[e.status]}>{t(`exhibitorStatus.${e.status}`)}</Badge>
        </div>
      </div>
      {reply?.formError ? (
        <div className="mt-3">
          <FormError>{reply.formError}</FormError>
        </div>
      ) : null}
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {e.contact ? (
          <div>
            <dt className="font-medium">{t('admin.contact')}</dt>
            <dd>
              {e.contact.name}, <a href={`mailto:${e.contact.email}`}>{e.contact.email}</a>
              {e.contact.phone ? `, ${e.contact.phone}` : ''}
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="font-medium">{e.status === 'ACCEPTED' ? t('admin.assigned') : t('admin.areaWanted')}</dt>
          <dd>
            {e.status === 'ACCEPTED' && e.stand
              ? t('admin.assignedValue', { number: e.stand.number, hall: e.stand.hall, area: number(e.areaSqm ?? 0) })
              : e.areaWantedSqm !== null
                ? t('area', { area: number(e.areaWantedSqm) })
                : '–'}
          </dd>
        </div>
        <div>
          <dt className="font-medium">{t('admin.topicsDe')}</dt>
          <dd>{e.topicsDe ?? '–'}</dd>
        </div>
        <div>
          <dt className="font-medium">{t('admin.topicsEn')}</dt>
          <dd>{e.topicsEn ?? '–'}</dd>
        </div>
        {e.products ? (
          <div className="sm:col-span-2">
            <dt className="font-medium">{t('admin.products')}</dt>
            <dd>{e.products}</dd>
          </div>
        ) : null}
        {e.staffRequested.length > 0 ? (
          <div className="sm:col-span-2">
            <dt className="font-medium">{t('admin.staffRequested')}</dt>
            <dd>{e.staffRequested.map((s) => `${s.firstName} ${s.lastName} (${s.email})`).join(', ')}</dd>
          </div>
        ) : null}
      </dl>

      {e.status === 'ACCEPTED' ? (
        <div className="mt-4 border-t border-slate-200 pt-3 dark:border-slate-700">
          <h4 className="text-sm font-semibold">{t('admin.passes', { count: e.passes.length, quota: e.passQuota })}</h4>
          {e.passes.length === 0 ? (
            <p className="text-sm">{t('admin.noPasses')}</p>
          ) : (
            <ul className="mt-1 flex flex-col gap-1 text-sm">
              {e.passes.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center gap-2">
                  <span>
                    {p.name} ({p.email})
                  </span>
                  <Form method="post">
                    <input type="hidden" name="intent" value="revokePass" />
                    <input type="hidden" name="exhibitorId" value={e.id} />
                    <input type="hidden" name="registrationId" value={p.id} />
                    <Button type="submit" variant="ghost" aria-label={`${t('admin.revoke')}: ${p.name}`}>
                      {t('admin.revoke')}
                    </Button>
                  </Form>
                </li>
              ))}
            </ul>
          )}
          {e.passes.length < e.passQuota ? (
            <Form method="post" noValidate className="mt-2 grid gap-3 sm:grid-cols-4 sm:items-end" aria-label={t('admin.addPass')}>
              <input type="hidden" name="intent" value="issuePass" />
              <input type="hidden" name="exhibitorId" value={e.id} />
              <Field
                name="firstName"
                label={t('admin.fields.firstName')}
                autoComplete="off"
                defaultValue={values.firstName}
                errors={err('firstName')}
              />
              <Field
                name="lastName"
                label={t('admin.fields.lastName')}
                autoComplete="off"
                defaultValue={values.lastName}
                errors={err('lastName')}
              />
              <Field
                name="email"
                type="email"
                label={t('admin.fields.email')}
                autoComplete="off"
                defaultValue={values.email}
                errors={err('email')}
              />
              <Button type="submit" variant="secondary">
                {t('admin.addPassButton')}
              </Button>
            </Form>
          ) : null}
        </div>
      ) : null}

      {acceptable ? (
        <div className="mt-4 border-t border-slate-200 pt-3 dark:border-slate-700">
          {stands.length === 0 ? (
            <p className="text-sm">{t('admin.noStandsToAssign')}</p>
          ) : (
            <Form
              method="post"
              noValidate
              className="grid gap-3 sm:grid-cols-3 sm:items-end"
              aria-label={e.status === 'ACCEPTED' ? t('admin.reassign') : t('admin.accept')}
            >
              <p className="text-sm font-semibold sm:col-span-3">{e.status === 'ACCEPTED' ? t('admin.reassign') : t('admin.accept')}</p>
              <input type="hidden" name="intent" value="accept" />
              <input type="hidden" name="exhibitorId" value={e.id} />
              <SelectField name="standId" label={t('admin.fields.stand')} defaultValue={values.standId ?? e.stand?.id ?? stands[0]!.id}>
                {stands.map((s) => (
                  <option key={s.id} value={s.id}>
                    {t('admin.standOption', { hall: s.hall, number: s.number, free: number(s.free) })}
                  </option>
                ))}
              </SelectField>
              <Field
                name="areaSqm"
                label={t('admin.fields.assignArea')}
                inputMode="decimal"
                defaultValue={values.areaSqm ?? String(e.areaSqm ?? e.areaWantedSqm ?? '')}
                errors={[...(err('areaSqm') ?? []), ...(err('standId') ?? [])]}
              />
              <Button type="submit">{e.status === 'ACCEPTED' ? t('admin.reassignButton') : t('admin.acceptButton')}</Button>
            </Form>
          )}
          <div className="mt-3 flex flex-wrap gap-2">
            {e.status === 'APPLIED' ? (
              <Form method="post">
                <input type="hidden" name="intent" value="reject" />
                <input type="hidden" name="exhibitorId" value={e.id} />
                <Button type="submit" variant="secondary" aria-label={`${t('admin.reject')}: ${e.company}`}>
                  {t('admin.reject')}
                </Button>
              </Form>
            ) : null}
            {e.status === 'APPLIED' || e.status === 'ACCEPTED' ? (
              <Form method="post">
                <input type="hidden" name="intent" value="withdraw" />
                <input type="hidden" name="exhibitorId" value={e.id} />
                <Button type="submit" variant="ghost" aria-label={`${t('admin.withdraw')}: ${e.company}`}>
                  {t('admin.withdraw')}
                </Button>
              </Form>
            ) : null}
          </div>
        </div>
      ) : null}
    </Card>
  )
}
