import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Card, cell, TableScroll } from '~/components/ui'
import type { Numbers } from './numbers'

export function GroupTable({
  caption,
  head,
  note,
  rows,
  f,
}: {
  caption: string
  head: string
  note?: string
  rows: Array<{ key: string; name: string; events: number; registrations: number; participants: number }>
  f: Numbers
}) {
  const { t } = useTranslation('reports')
  const headingId = useId()
  const figures = (r: (typeof rows)[number]) =>
    [
      [t('figures.events'), r.events],
      [t('figures.registrations'), r.registrations],
      [t('figures.participants'), r.participants],
    ] as const
  return (
    <Card className="min-w-0 break-inside-avoid">
      <h2 id={headingId} className="pb-2 text-base font-semibold">
        {caption}
      </h2>
      {rows.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t('annual.noneInGroup')}</p> : null}
      {/* Four columns of long German words do not fit a phone: there each group is a short list. */}
      <ul aria-labelledby={headingId} className={`${cell.onPhone} divide-y divide-slate-100 text-sm dark:divide-slate-800`}>
        {rows.map((r) => (
          <li key={r.key} className="py-2">
            <p>{r.name}</p>
            <p className="text-xs text-slate-700 tabular-nums dark:text-slate-300">
              {figures(r)
                .map(([label, value]) => `${label} ${f.n(value)}`)
                .join(' · ')}
            </p>
          </li>
        ))}
      </ul>
      {rows.length > 0 ? (
        <TableScroll labelledBy={headingId} variant="plain" className="hidden sm:block">
          <table className="w-full text-sm">
            <caption className="sr-only">{caption}</caption>
            <thead className="border-b border-slate-200 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-300">
              <tr>
                <th scope="col" className="px-2 py-1 text-left">
                  {head}
                </th>
                {figures(rows[0]!).map(([label]) => (
                  <th key={label} scope="col" className="px-2 py-1 text-right">
                    {label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className="border-b border-slate-100 dark:border-slate-800">
                  <th scope="row" className="px-2 py-1 text-left font-normal">
                    {r.name}
                  </th>
                  {figures(r).map(([label, value]) => (
                    <td key={label} className="px-2 py-1 text-right tabular-nums">
                      {f.n(value)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {note ? <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{note}</p> : null}
    </Card>
  )
}
