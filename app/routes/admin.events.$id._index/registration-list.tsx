import { Form, Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button, buttonClass, EmptyState, Field, Pagination, SelectField, TableScroll } from '~/components/ui'
import { STATUSES } from './overview-forms'
import type { loader } from './overview.server'

type Overview = Awaited<ReturnType<typeof loader>>

/** The registrations with their filters, the ways to add people and the exports. */
export function RegistrationList({ event, filter, list }: Pick<Overview, 'event' | 'filter' | 'list'>) {
  const { t } = useTranslation('organiser')
  const { t: tStaff } = useTranslation('staffRegistrations')
  const { t: tCheckin } = useTranslation('checkin')
  const csvHref = `/admin/events/${event.id}/registrations.csv`
  return (
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
  )
}
