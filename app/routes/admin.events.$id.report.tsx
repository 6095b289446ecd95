// /admin/events/:id/report — one event's figures: live counts, how it is counted (check-ins or a
// manual headcount, with who entered it and when), and its lists: the sign-in sheet, the
// participant list for the funders and the certificates of attendance.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button, buttonClass, Card, Field, FormError, PageHeader } from '~/components/ui'
import { LiveCounts } from '~/components/reports/live-counts'
import { MAX_HEADCOUNT, MAX_HEADCOUNT_NOTE, parseHeadcountForm } from '~/domain/reports/headcount-form'
import { clearHeadcount, setHeadcount } from '~/domain/reports/headcount.server'
import { liveCounts, viewLiveCounts } from '~/domain/checkin/live-counts.server'
import { REPORT_TIME_ZONE } from '~/domain/reports/counting.server'
import { eventDay, formatDateTime, formatEventRange } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { can, requirePermission } from '~/lib/permissions.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.metaTitle ?? 'Fairdesk' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = await getDb()
  const user = await requirePermission(request, db, 'reports:view')
  const event = await db.event.findUnique({
    where: { id: params.id ?? '' },
    select: {
      id: true,
      slug: true,
      titleDe: true,
      titleEn: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      status: true,
      headcount: true,
      headcountNote: true,
      headcountAt: true,
      headcountBy: { select: { name: true } },
    },
  })
  if (!event) throw new Response(null, { status: 404 })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'reports')
  const counts = await liveCounts(db, event.id)
  const title = localized(locale, event.titleDe, event.titleEn)
  const zone = { locale, timeZone: event.timeZone }
  return data({
    metaTitle: t('event.metaTitle', { title }),
    event: {
      id: event.id,
      title,
      when: formatEventRange(event.startsAt, event.endsAt, zone, { withTimes: true }),
      started: event.startsAt <= new Date(),
      reportYear: Number(eventDay(event.startsAt, REPORT_TIME_ZONE).slice(0, 4)),
    },
    headcount:
      event.headcount === null
        ? null
        : {
            count: event.headcount,
            note: event.headcountNote,
            by: event.headcountBy?.name ?? null,
            at: event.headcountAt ? formatDateTime(event.headcountAt, zone) : null,
          },
    counts: counts ? viewLiveCounts(counts, zone) : null,
    canEdit: can(user.role, 'events:manage'),
    canManage: can(user.role, 'registrations:manage'),
    limits: { headcount: MAX_HEADCOUNT, note: MAX_HEADCOUNT_NOTE },
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const db = await getDb()
  const user = await requirePermission(request, db, 'events:manage')
  const eventId = params.id ?? ''
  const form = await request.formData().catch(() => new FormData())
  const back = `/admin/events/${encodeURIComponent(eventId)}/report`
  if (form.get('intent') === 'clearHeadcount') {
    const result = await clearHeadcount(db, eventId, { userId: user.id })
    if (result.kind === 'notFound') throw new Response(null, { status: 404 })
    return redirect(`${back}?headcount=cleared`, 303)
  }
  const text = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : undefined)
  const values = { headcount: text('headcount'), note: text('note') }
  const parsed = parseHeadcountForm(values)
  const echo = { headcount: (values.headcount ?? '').slice(0, 20), note: (values.note ?? '').slice(0, MAX_HEADCOUNT_NOTE + 100) }
  if (!parsed.ok) return data({ fieldErrors: parsed.fieldErrors, formError: null, values: echo }, { status: 400 })
  const result = await setHeadcount(db, eventId, parsed.value, { userId: user.id })
  if (result.kind === 'notFound') throw new Response(null, { status: 404 })
  if (result.kind === 'notStarted') return data({ fieldErrors: {}, formError: 'errors.notStarted', values: echo }, { status: 409 })
  return redirect(`${back}?headcount=saved`, 303)
}

export default function EventReportPage() {
  const { event, headcount, counts, canEdit, canManage, limits } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation('reports')
  const errors: Record<string, string[] | undefined> = result?.fieldErrors ?? {}
  const tr = (keys?: string[]) => keys?.map((k) => t(k))
  const base = `/admin/events/${event.id}`
  const busy = navigation.state === 'submitting'
  const [params] = useSearchParams()
  const saved = params.get('headcount')
  return (
    <div className="flex flex-col gap-6">
      <PageHeader level={2} title={t('event.title', { title: event.title })} />
      <p className="-mt-4 flex flex-wrap gap-3 text-sm">
        <Link to={`/admin/reports/${event.reportYear}`}>{t('event.toAnnualReport', { year: event.reportYear })}</Link>
      </p>

      <LiveCounts eventId={event.id} initial={counts} />

      <Card>
        <h2 className="text-lg font-semibold">{t('headcount.title')}</h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('headcount.intro')}</p>
        {!result && (saved === 'saved' || saved === 'cleared') ? (
          <p
            role="status"
            className="mt-3 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
          >
            {t(`headcount.${saved}`)}
          </p>
        ) : null}
        {headcount ? (
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium text-slate-600 dark:text-slate-400">{t('headcount.current')}</dt>
            <dd className="font-semibold">{t('headcount.people', { count: headcount.count })}</dd>
            {headcount.note ? (
              <>
                <dt className="font-medium text-slate-600 dark:text-slate-400">{t('headcount.note')}</dt>
                <dd>{headcount.note}</dd>
              </>
            ) : null}
            <dt className="font-medium text-slate-600 dark:text-slate-400">{t('headcount.enteredBy')}</dt>
            <dd>{t('headcount.byAt', { by: headcount.by ?? t('headcount.unknownUser'), at: headcount.at ?? '–' })}</dd>
          </dl>
        ) : (
          <p className="mt-3 text-sm font-medium">{t('headcount.none')}</p>
        )}
        {canEdit ? (
          event.started ? (
            <>
              <Form method="post" noValidate className="mt-4 flex flex-col gap-3 border-t border-slate-200 pt-4 dark:border-slate-700">
                {result?.formError ? (
                  <FormError>{t(result.formError)}</FormError>
                ) : Object.keys(errors).length ? (
                  <FormError>{t('errors.summary')}</FormError>
                ) : null}
                <Field
                  name="headcount"
                  label={t('headcount.count')}
                  hint={t('headcount.countHint')}
                  inputMode="numeric"
                  pattern="[0-9]*"
                  autoComplete="off"
                  required
                  max={limits.headcount}
                  defaultValue={result?.values.headcount ?? headcount?.count ?? ''}
                  errors={tr(errors.headcount)}
                  className="max-w-xs"
                />
                <NoteField defaultValue={result?.values.note ?? headcount?.note ?? ''} errors={tr(errors.note)} maxLength={limits.note} />
                <div>
                  <Button type="submit" name="intent" value="setHeadcount" disabled={busy}>
                    {headcount ? t('headcount.update') : t('headcount.save')}
                  </Button>
                </div>
              </Form>
              {headcount ? (
                <Form method="post" className="mt-3">
                  <Button type="submit" name="intent" value="clearHeadcount" variant="secondary" disabled={busy}>
                    {t('headcount.clear')}
                  </Button>
                </Form>
              ) : null}
            </>
          ) : (
            <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{t('headcount.notStarted')}</p>
          )
        ) : null}
      </Card>

      {canManage ? (
        <Card>
          <h2 className="text-lg font-semibold">{t('lists.title')}</h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('lists.intro')}</p>
          <ul className="mt-3 flex flex-wrap gap-2">
            <li>
              <a href={`${base}/sign-in-sheet.pdf`} className={buttonClass('secondary')}>
                {t('lists.signInSheet')}
              </a>
            </li>
            <li>
              <a href={`${base}/participants.csv`} className={buttonClass('secondary')} download>
                {t('lists.participantsCsv')}
              </a>
            </li>
            <li>
              <a href={`${base}/participants.xlsx`} className={buttonClass('secondary')} download>
                {t('lists.participantsXlsx')}
              </a>
            </li>
            <li>
              <a href={`${base}/certificates.pdf`} className={buttonClass('secondary')}>
                {t('lists.certificates')}
              </a>
            </li>
          </ul>
        </Card>
      ) : null}
    </div>
  )
}

function NoteField({ defaultValue, errors, maxLength }: { defaultValue: string; errors?: string[]; maxLength: number }) {
  const { t } = useTranslation('reports')
  const invalid = Boolean(errors?.length)
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="headcount-note" className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {t('headcount.noteLabel')}
      </label>
      <textarea
        id="headcount-note"
        name="note"
        rows={2}
        maxLength={maxLength}
        defaultValue={defaultValue}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? 'headcount-note-error' : undefined}
        className={`rounded-md border bg-white px-3 py-2 text-base text-slate-900 dark:bg-slate-900 dark:text-white ${invalid ? 'border-red-700' : 'border-slate-400 dark:border-slate-600'}`}
      />
      {invalid ? (
        <p id="headcount-note-error" className="text-sm font-medium text-red-700 dark:text-red-300">
          {errors!.join(' ')}
        </p>
      ) : null}
    </div>
  )
}
