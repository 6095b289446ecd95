import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import {
  Badge,
  Button,
  buttonClass,
  Card,
  EmptyState,
  Field,
  FormError,
  Notice,
  Pagination,
  SelectField,
  TableScroll,
} from '~/components/ui'
import { LiveCounts } from '~/components/reports/live-counts'
import { formatAnswer, type Answers } from '~/domain/registration/answers'
import { line, optionalLine, optionalText } from '~/lib/form-fields'
import { addQuestion, listRegistrations, setEventStatus } from '~/domain/events/admin.server'
import { formatEventRange } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'

const STATUSES = ['CONFIRMED', 'WAITLISTED', 'CANCELLED'] as const
const QUESTION_KINDS = ['TEXT', 'CHOICE', 'MULTI', 'BOOLEAN'] as const

const QuestionForm = z
  .object({
    labelDe: line(300),
    labelEn: optionalLine(300),
    kind: z.enum(QUESTION_KINDS),
    required: z.literal('on').optional(),
    options: optionalText(5_000),
  })
  .transform((v) => ({
    ...v,
    optionList: (v.options ?? '')
      .split(/\r?\n/)
      .map((o) => o.trim())
      .filter(Boolean)
      .slice(0, 50),
  }))
  .refine((v) => (v.kind !== 'CHOICE' && v.kind !== 'MULTI') || v.optionList.length >= 2, {
    error: 'errors.optionsRequired',
    path: ['options'],
  })

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.event.title} – Fairdesk` : 'Fairdesk' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = await getDb()
  await requirePermission(request, db, 'registrations:manage')
  const event = await db.event.findUnique({ where: { id: params.id ?? '' }, include: { questions: { orderBy: { position: 'asc' } } } })
  if (!event) throw new Response(null, { status: 404 })
  const locale = toLocale(await i18next.getLocale(request))
  const url = new URL(request.url)
  const status = STATUSES.find((s) => s === url.searchParams.get('status'))
  const q = (url.searchParams.get('q') ?? '').slice(0, 200)
  const company = (url.searchParams.get('company') ?? '').slice(0, 200)
  const came = url.searchParams.get('came')
  const checkedIn = came === 'yes' ? true : came === 'no' ? false : undefined
  const page = Math.max(1, Number(url.searchParams.get('page')) || 1)
  const list = await listRegistrations(db, event.id, { q, status, company, checkedIn, page })
  return {
    event: {
      id: event.id,
      slug: event.slug,
      status: event.status,
      kind: event.kind,
      title: localized(locale, event.titleDe, event.titleEn),
      when: formatEventRange(event.startsAt, event.endsAt, { locale, timeZone: event.timeZone }, { withTimes: true }),
      capacity: event.capacity,
      confirmedCount: event.confirmedCount,
      questions: event.questions.map((qq) => ({
        id: qq.id,
        kind: qq.kind,
        required: qq.required,
        label: localized(locale, qq.labelDe, qq.labelEn),
      })),
    },
    filter: { q, status: status ?? '', company, came: checkedIn === undefined ? '' : came },
    list: {
      ...list,
      registrations: list.registrations.map((r) => ({
        id: r.id,
        name: `${r.person.firstName} ${r.person.lastName}`,
        email: r.person.email,
        company: r.companyName ?? r.person.company?.name ?? '',
        status: r.status,
        role: r.role,
        source: r.source,
        checkedIn: r.checkIns.length > 0,
        answers: event.questions.map((qq) => formatAnswer(qq, ((r.answers ?? {}) as Answers)[qq.id], locale, { yes: '✓', no: '–' })),
      })),
    },
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const db = await getDb()
  await requirePermission(request, db, 'events:manage')
  const event = await db.event.findUnique({ where: { id: params.id ?? '' } })
  if (!event) throw new Response(null, { status: 404 })
  const form = await request.formData().catch(() => new FormData())
  const intent = form.get('intent')
  if (intent === 'publish' || intent === 'unpublish' || intent === 'cancel') {
    await setEventStatus(db, event.id, intent === 'publish' ? 'PUBLISHED' : intent === 'unpublish' ? 'DRAFT' : 'CANCELLED')
    return redirect(`/admin/events/${event.id}`, 303)
  }
  const pick = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : undefined)
  const raw = {
    labelDe: pick('labelDe'),
    labelEn: pick('labelEn'),
    kind: pick('kind'),
    required: pick('required'),
    options: pick('options'),
  }
  const parsed = QuestionForm.safeParse(raw)
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {}
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message)
    return data(
      { fieldErrors, values: Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, (v ?? '').slice(0, 5_000)])) },
      { status: 400 },
    )
  }
  const v = parsed.data
  await addQuestion(db, event.id, {
    kind: v.kind,
    labelDe: v.labelDe,
    labelEn: v.labelEn,
    required: v.required === 'on',
    options: v.optionList,
  })
  return data({ fieldErrors: {} as Record<string, string[]>, values: {} as Record<string, string> })
}

export default function EventAdminPage() {
  const { event, filter, list } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const { t } = useTranslation('organiser')
  const { t: tAdmin } = useTranslation('admin')
  const { t: tStaff } = useTranslation('staffRegistrations')
  const { t: tCheckin } = useTranslation('checkin')
  const { t: tFair } = useTranslation('fair')
  const { t: tPrivacy } = useTranslation('privacy')
  const errors: Record<string, string[] | undefined> = result?.fieldErrors ?? {}
  const values: Record<string, string | undefined> = result?.values ?? {}
  const tr = (keys?: string[]) => keys?.map((k) => t(k))
  const csvHref = `/admin/events/${event.id}/registrations.csv`
  const [params] = useSearchParams()
  return (
    <div className="flex flex-col gap-6">
      {params.get('erased') === '1' ? <Notice>{tPrivacy('staff.erased')}</Notice> : null}
      <div>
        <p className="text-sm">
          <Badge tone={event.status === 'PUBLISHED' ? 'success' : event.status === 'CANCELLED' ? 'danger' : 'neutral'}>
            {tAdmin(`statuses.${event.status}`)}
          </Badge>
        </p>
        <h1 className="mt-2 text-2xl font-bold tracking-tight">{event.title}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {event.when} · {t('event.seats')}:{' '}
          {event.capacity === null ? t('event.unlimited') : `${event.confirmedCount} / ${event.capacity}`}
        </p>
        <p className="mt-2 flex flex-wrap gap-3 text-sm">
          <Link to={`/events/${event.slug}`}>{t('event.publicPage')}</Link>
          {event.status !== 'CANCELLED' ? <Link to={`/admin/events/${event.id}/edit`}>{t('edit.link')}</Link> : null}
          <Link to={`/admin/events/${event.id}/programme`}>{t('event.programmeLink')}</Link>
          <Link to={`/admin/events/${event.id}/speakers`}>{t('event.speakersLink')}</Link>
          <Link to={`/admin/events/${event.id}/proposals`}>{t('event.proposalsLink')}</Link>
          <Link to={`/admin/events/${event.id}/checkin`}>{tCheckin('scanner.link')}</Link>
          <Link to={`/admin/events/${event.id}/devices`}>{tCheckin('devices.link')}</Link>
          <Link to={`/admin/events/${event.id}/report`}>{tAdmin('event.link', { ns: 'reports' })}</Link>
          {event.kind === 'FAIR' ? <Link to={`/admin/events/${event.id}/fair`}>{tFair('nav.stands')}</Link> : null}
        </p>
        {event.status !== 'CANCELLED' ? (
          <Form method="post" className="mt-3 flex flex-wrap gap-2">
            {event.status === 'DRAFT' ? (
              <Button type="submit" name="intent" value="publish">
                {t('event.publish')}
              </Button>
            ) : (
              <Button type="submit" name="intent" value="unpublish" variant="secondary">
                {t('event.unpublish')}
              </Button>
            )}
            {params.get('confirm') === 'cancel' ? (
              <>
                <p role="alert" className="w-full font-medium">
                  {t('event.cancelConfirm')}
                </p>
                <Button type="submit" name="intent" value="cancel" variant="danger">
                  {t('event.cancelYes')}
                </Button>
                <Link to="?" className={buttonClass('secondary')}>
                  {t('event.cancelNo')}
                </Link>
              </>
            ) : (
              <Link to="?confirm=cancel" className={buttonClass('secondary')}>
                {t('event.cancelEvent')}
              </Link>
            )}
          </Form>
        ) : null}
      </div>

      <LiveCounts eventId={event.id} />

      <Card>
        <h2 className="text-lg font-semibold">{t('event.questions')}</h2>
        {event.questions.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t('event.noQuestions')}</p>
        ) : (
          <ol className="mt-2 list-decimal pl-6 text-sm">
            {event.questions.map((q) => (
              <li key={q.id}>
                {q.label}{' '}
                <span className="text-slate-600 dark:text-slate-400">
                  ({t(`event.questionKinds.${q.kind}`)}
                  {q.required ? `, ${t('event.required')}` : ''})
                </span>
              </li>
            ))}
          </ol>
        )}
        <Form method="post" noValidate className="mt-4 grid gap-3 border-t border-slate-200 pt-4 sm:grid-cols-2 dark:border-slate-700">
          <h3 className="font-medium sm:col-span-2">{t('event.addQuestion')}</h3>
          {Object.keys(errors).length ? <FormError>{t('errors.summary')}</FormError> : null}
          <Field name="labelDe" label={t('event.questionLabelDe')} required defaultValue={values.labelDe} errors={tr(errors.labelDe)} />
          <Field name="labelEn" label={t('event.questionLabelEn')} defaultValue={values.labelEn} errors={tr(errors.labelEn)} />
          <SelectField name="kind" label={t('event.questionKind')} defaultValue={values.kind ?? 'TEXT'}>
            {QUESTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`event.questionKinds.${k}`)}
              </option>
            ))}
          </SelectField>
          <div className="flex flex-col gap-1">
            <label htmlFor="question-options" className="text-sm font-medium">
              {t('event.questionOptions')}
            </label>
            <textarea
              id="question-options"
              name="options"
              rows={3}
              defaultValue={values.options}
              aria-invalid={errors.options ? true : undefined}
              aria-describedby={errors.options ? 'question-options-error' : undefined}
              className="rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
            />
            {errors.options ? (
              <p id="question-options-error" className="text-sm font-medium text-red-700 dark:text-red-300">
                {tr(errors.options)?.join(' ')}
              </p>
            ) : null}
          </div>
          <label className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="required" className="h-5 w-5" />
            {t('event.questionRequired')}
          </label>
          <div className="sm:col-span-2">
            <Button type="submit">{t('event.addQuestion')}</Button>
          </div>
        </Form>
      </Card>

      <section aria-labelledby="registrations-heading">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="registrations-heading" className="text-lg font-semibold">
            {t('event.registrations')} ({list.total})
          </h2>
          <div className="flex flex-wrap gap-2">
            {event.status !== 'CANCELLED' ? (
              <>
                <Link to={`/admin/events/${event.id}/registrations/new`} className={buttonClass('primary')}>
                  {tStaff('add.link')}
                </Link>
                <Link to={`/admin/events/${event.id}/import`} className={buttonClass('secondary')}>
                  {tStaff('import.link')}
                </Link>
              </>
            ) : null}
            <a href={csvHref} className={buttonClass('secondary')} download>
              {t('event.exportCsv')}
            </a>
            <a href={`/admin/events/${event.id}/badges.pdf`} className={buttonClass('secondary')}>
              {tCheckin('badges.download')}
            </a>
          </div>
        </div>
        <Form method="get" className="mt-3 flex flex-wrap items-end gap-3">
          <Field name="q" type="search" label={t('event.search')} defaultValue={filter.q} className="min-w-56 flex-1" />
          <SelectField name="status" label={t('event.columns.status')} defaultValue={filter.status}>
            <option value="">{t('event.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`event.statuses.${s}`)}
              </option>
            ))}
          </SelectField>
          <Field name="company" type="search" label={tStaff('filter.company')} defaultValue={filter.company} className="min-w-44" />
          <SelectField name="came" label={t('event.columns.checkedIn')} defaultValue={filter.came ?? ''}>
            <option value="">{tStaff('filter.anyone')}</option>
            <option value="yes">{tStaff('filter.came')}</option>
            <option value="no">{tStaff('filter.notCame')}</option>
          </SelectField>
          <Button type="submit" variant="secondary">
            {t('event.filter')}
          </Button>
        </Form>
        {list.registrations.length === 0 ? (
          <div className="mt-4">
            <EmptyState title={t('event.none')} />
          </div>
        ) : (
          <TableScroll label={t('event.registrations')} className="mt-4">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t('event.registrations')}</caption>
              <thead className="bg-slate-50 text-xs uppercase text-slate-700 dark:bg-slate-800 dark:text-slate-300">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t('event.columns.name')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('event.columns.company')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('event.columns.status')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('event.columns.checkedIn')}
                  </th>
                  {event.questions.map((q) => (
                    <th key={q.id} scope="col" className="px-3 py-2">
                      {q.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {list.registrations.map((r) => (
                  <tr key={r.id} className="border-t border-slate-200 dark:border-slate-700">
                    <td className="px-3 py-2">
                      <Link to={`/admin/events/${event.id}/registrations/${r.id}`} className="font-medium">
                        {r.name}
                      </Link>
                      <div className="text-xs text-slate-600 dark:text-slate-400">{r.email}</div>
                    </td>
                    <td className="px-3 py-2">{r.company}</td>
                    <td className="px-3 py-2">
                      {t(`event.statuses.${r.status}`)}
                      {r.role !== 'ATTENDEE' || r.source !== 'ONLINE' ? (
                        <div className="text-xs text-slate-600 dark:text-slate-400">
                          {[
                            r.role !== 'ATTENDEE' ? tStaff(`roles.${r.role}`) : null,
                            r.source !== 'ONLINE' ? tStaff(`sources.${r.source}`) : null,
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </div>
                      ) : null}
                    </td>
                    <td className="px-3 py-2">{r.checkedIn ? t('event.yes') : t('event.no')}</td>
                    {r.answers.map((a, i) => (
                      <td key={i} className="px-3 py-2">
                        {a}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        <Pagination page={list.page} pages={list.pages} />
      </section>
    </div>
  )
}
