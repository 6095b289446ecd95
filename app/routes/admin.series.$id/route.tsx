import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import type { MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { BackLink, Badge, Button, Card, EmptyState, Field, FormError, PageHeader, TableScroll } from '~/components/ui'
import { PersonalLink } from './personal-link'
import type { loader, MemberFields } from './series.server'
import { typedValue } from '~/components/forms/reply-for'

export { action, loader } from './series.server'

const statusTone = { DRAFT: 'neutral', PUBLISHED: 'success', CANCELLED: 'danger' } as const

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Fairdesk' }]

export default function SeriesPage() {
  const page = useLoaderData<typeof loader>()
  const lastResult = useActionData<SubmissionResult<string[]>>()
  const [form, fields] = useForm<z.input<typeof MemberFields>>({ id: 'add-member', lastResult })
  const [params] = useSearchParams()
  const { t } = useTranslation('series')
  const { t: tAdmin } = useTranslation('admin')
  const tr = (keys?: string[]) => keys?.map((k) => t(k))
  // `fields` is a proxy that lists nothing; the plain map of all errors does, '' being the form's own.
  const hasFieldErrors = Object.entries(form.allErrors).some(([name, errors]) => name !== '' && errors.length > 0)
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
          <Form method="post" {...getFormProps(form)} noValidate className="mt-3 flex flex-col gap-3">
            <FormError>{form.errors?.length ? tr(form.errors)!.join(' ') : hasFieldErrors ? t('errors.summary') : null}</FormError>
            <div className="grid gap-3 sm:grid-cols-2">
              <Field
                name="firstName"
                label={t('detail.firstName')}
                autoComplete="off"
                maxLength={100}
                defaultValue={typedValue(fields.firstName.initialValue)}
                errors={tr(fields.firstName.errors)}
              />
              <Field
                name="lastName"
                label={t('detail.lastName')}
                autoComplete="off"
                maxLength={100}
                defaultValue={typedValue(fields.lastName.initialValue)}
                errors={tr(fields.lastName.errors)}
              />
            </div>
            <Field
              name="email"
              type="email"
              label={t('detail.email')}
              autoComplete="off"
              defaultValue={typedValue(fields.email.initialValue)}
              errors={tr(fields.email.errors)}
            />
            <Field
              name="company"
              label={t('detail.company')}
              autoComplete="off"
              maxLength={150}
              defaultValue={typedValue(fields.company.initialValue)}
              errors={tr(fields.company.errors)}
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
