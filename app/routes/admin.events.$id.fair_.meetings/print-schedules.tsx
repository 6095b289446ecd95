import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PrintButton } from '~/components/fair/print-button'
import { EmptyState } from '~/components/ui'
import type { View } from './meetings.server'

type MeetingView = View['meetings'][number]

/** The schedules for paper: one page per table, or per person (visitor or exhibitor). */
export function PrintSchedules({ view }: { view: View }) {
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
      <h2 className="sr-only">{view.print === 'tables' ? t('meetings.printTables') : t('meetings.printPeople')}</h2>
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
