import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { BackLink, Badge, Button, buttonClass, Card, EmptyState, Field, FormError, PageHeader, TableScroll } from '~/components/ui'
import { RegistrationFields } from '~/domain/registration/form'
import { addRosterMember, getSeriesAdmin, invitePath, removeRosterMember } from '~/domain/events/series.server'
import { formatDate, formatEventRange } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { getEnv } from '~/lib/env.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'

const MemberFields = RegistrationFields.pick({ firstName: true, lastName: true, email: true, company: true })
const statusTone = { DRAFT: 'neutral', PUBLISHED: 'success', CANCELLED: 'danger' } as const

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Fairdesk' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = await getDb()
  await requirePermission(request, db, 'events:manage')
  const series = await getSeriesAdmin(db, params.id ?? '')
  if (!series) throw new Response(null, { status: 404 })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'series')
  const name = localized(locale, series.nameDe, series.nameEn)
  const invite = series.inviteEvent
  const inviteDate = invite ? formatDate(invite.startsAt, { locale, timeZone: invite.timeZone }) : null
  return data({
    title: t('detail.metaTitle', { name }),
    name,
    events: series.events.map((e) => ({
      id: e.id,
      when: formatEventRange(e.startsAt, e.endsAt, { locale, timeZone: e.timeZone }),
      status: e.status,
      inviteOnly: e.inviteOnly,
      confirmedCount: e.confirmedCount,
      capacity: e.capacity,
    })),
    inviteDate,
    roster: series.roster.map((m) => {
      const memberName = `${m.person.firstName} ${m.person.lastName}`
      // Absolute, from APP_URL (never from the request): the link goes out by mail.
      const link = invite ? new URL(invitePath(invite.slug, m.token), getEnv().APP_URL).toString() : null
      const mail = link
        ? `mailto:${encodeURIComponent(m.person.email)}?${new URLSearchParams({
            subject: t('detail.mailSubject', { series: name }),
            body: t('detail.mailBody', { name: memberName, date: inviteDate, link }),
          })
            .toString()
            .replace(/\+/g, '%20')}`
        : null
      return { id: m.id, name: memberName, email: m.person.email, company: m.person.company?.name ?? null, link, mail }
    }),
  })
}

export async function action({ request, params }: ActionFunctionArgs) {
  const db = await getDb()
  await requirePermission(request, db, 'events:manage')
  const seriesId = params.id ?? ''
  const form = await request.formData().catch(() => new FormData())
  const pick = (name: string) => (typeof form.get(name) === 'string' ? (form.get(name) as string) : undefined)
  if (form.get('intent') === 'remove') {
    const result = await removeRosterMember(db, seriesId, pick('memberId') ?? '')
    if (result.kind === 'notFound') throw new Response(null, { status: 404 })
    return redirect(`/admin/series/${seriesId}?removed=1`, 303)
  }
  const values = { firstName: pick('firstName'), lastName: pick('lastName'), email: pick('email'), company: pick('company') }
  const echo = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, (v ?? '').slice(0, 300)]))
  const parsed = MemberFields.safeParse(values)
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {}
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message)
    return data({ fieldErrors, formError: null as string | null, values: echo }, { status: 400 })
  }
  const result = await addRosterMember(db, seriesId, { ...parsed.data, company: parsed.data.company || null })
  if (result.kind === 'notFound') throw new Response(null, { status: 404 })
  if (result.kind === 'alreadyMember') return data({ fieldErrors: {}, formError: 'detail.alreadyMember', values: echo }, { status: 409 })
  return redirect(`/admin/series/${seriesId}?added=1#roster`, 303)
}

export default function SeriesPage() {
  const page = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const [params] = useSearchParams()
  const { t } = useTranslation('series')
  const { t: tAdmin } = useTranslation('admin')
  const errors: Record<string, string[] | undefined> = result?.fieldErrors ?? {}
  const tr = (keys?: string[]) => keys?.map((k) => t(k))
  const created = Number(params.get('created'))
  const th = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400'
  const td = 'px-3 py-3 align-top'
  const notice =
    created > 0
      ? t('detail.created', { count: created })
      : params.get('added')
        ? t('detail.added')
        : params.get('removed')
          ? t('detail.removed')
          : null
  return (
    <>
      <BackLink to="/admin/series">{t('detail.back')}</BackLink>
      <PageHeader title={page.name} />
      {notice ? (
        <p
          role="status"
          className="mb-6 rounded-md border border-green-300 bg-green-50 p-3 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {notice}
        </p>
      ) : null}

      <h2 className="mb-3 text-lg font-semibold">{t('detail.dates')}</h2>
      {page.events.length === 0 ? (
        <EmptyState title={t('detail.noDates')} />
      ) : (
        <TableScroll label={t('detail.datesCaption')}>
          <table className="w-full min-w-[30rem] border-collapse text-sm">
            <caption className="sr-only">{t('detail.datesCaption')}</caption>
            <thead className="border-b border-slate-200 dark:border-slate-700">
              <tr>
                <th scope="col" className={th}>
                  {t('detail.columns.date')}
                </th>
                <th scope="col" className={th}>
                  {t('detail.columns.status')}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t('detail.columns.registrations')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
              {page.events.map((e) => (
                <tr key={e.id}>
                  <th scope="row" className={`${td} text-left font-normal`}>
                    <Link to={`/admin/events/${e.id}`}>{e.when}</Link>
                  </th>
                  <td className={td}>
                    <div className="flex flex-wrap gap-1">
                      <Badge tone={statusTone[e.status]}>{tAdmin(`statuses.${e.status}`)}</Badge>
                      {e.inviteOnly ? <Badge tone="info">{t('detail.inviteOnly')}</Badge> : null}
                    </div>
                  </td>
                  <td className={`${td} text-right tabular-nums`}>
                    {e.capacity !== null ? t('detail.seats', { taken: e.confirmedCount, capacity: e.capacity }) : e.confirmedCount}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      <section id="roster" aria-labelledby="roster-title" className="mt-8">
        <h2 id="roster-title" className="text-lg font-semibold">
          {t('detail.roster')}
        </h2>
        <p className="mt-1 max-w-2xl text-sm text-slate-700 dark:text-slate-300">{t('detail.rosterIntro')}</p>
        {page.roster.length > 0 && !page.inviteDate ? (
          <p className="mt-2 max-w-2xl text-sm font-medium">{t('detail.noInviteEvent')}</p>
        ) : null}
        {page.roster.length === 0 ? (
          <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">{t('detail.rosterEmpty')}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-3">
            {page.roster.map((m) => (
              <li key={m.id}>
                <Card className="flex flex-col gap-2">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div>
                      <p className="font-semibold">{m.name}</p>
                      <p className="break-all text-sm text-slate-700 dark:text-slate-300">
                        {m.email}
                        {m.company ? ` · ${m.company}` : null}
                      </p>
                    </div>
                    <Form method="post">
                      <input type="hidden" name="memberId" value={m.id} />
                      <Button
                        type="submit"
                        name="intent"
                        value="remove"
                        variant="ghost"
                        aria-label={t('detail.removeLabel', { name: m.name })}
                      >
                        {t('detail.remove')}
                      </Button>
                    </Form>
                  </div>
                  {m.link ? <PersonalLink name={m.name} link={m.link} mail={m.mail!} date={page.inviteDate!} /> : null}
                </Card>
              </li>
            ))}
          </ul>
        )}

        <Card className="mt-4 max-w-2xl p-5 sm:p-6">
          <h3 className="font-semibold">{t('detail.addTitle')}</h3>
          <Form method="post" noValidate className="mt-3 flex flex-col gap-3">
            <FormError>{result?.formError ? t(result.formError) : Object.keys(errors).length ? t('errors.summary') : null}</FormError>
            <div className="grid gap-3 sm:grid-cols-2">
              <Field
                name="firstName"
                label={t('detail.firstName')}
                autoComplete="off"
                maxLength={100}
                defaultValue={result?.values.firstName}
                errors={tr(errors.firstName)}
              />
              <Field
                name="lastName"
                label={t('detail.lastName')}
                autoComplete="off"
                maxLength={100}
                defaultValue={result?.values.lastName}
                errors={tr(errors.lastName)}
              />
            </div>
            <Field
              name="email"
              type="email"
              label={t('detail.email')}
              autoComplete="off"
              defaultValue={result?.values.email}
              errors={tr(errors.email)}
            />
            <Field
              name="company"
              label={t('detail.company')}
              autoComplete="off"
              maxLength={150}
              defaultValue={result?.values.company}
              errors={tr(errors.company)}
            />
            <div>
              <Button type="submit" name="intent" value="add">
                {t('detail.add')}
              </Button>
            </div>
          </Form>
        </Card>
      </section>
    </>
  )
}

/** The member's link, selectable without JavaScript; with it, a copy button. */
function PersonalLink({ name, link, mail, date }: { name: string; link: string; mail: string; date: string }) {
  const { t } = useTranslation('series')
  const [canCopy, setCanCopy] = useState(false)
  const [copied, setCopied] = useState(false)
  useEffect(() => setCanCopy(typeof navigator !== 'undefined' && Boolean(navigator.clipboard)), [])
  return (
    <div className="flex flex-col gap-2">
      <Field
        label={t('detail.personalLink', { name })}
        hint={t('detail.linkFor', { date })}
        value={link}
        readOnly
        onFocus={(e) => e.currentTarget.select()}
        className="text-sm"
      />
      <div className="flex flex-wrap items-center gap-2">
        {canCopy ? (
          <Button
            variant="secondary"
            onClick={() =>
              navigator.clipboard.writeText(link).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {t('detail.copy')}
          </Button>
        ) : null}
        <a href={mail} className={buttonClass('secondary')}>
          {t('detail.mail')}
        </a>
        <span role="status" className="text-sm">
          {copied ? t('detail.copied') : null}
        </span>
      </div>
    </div>
  )
}
