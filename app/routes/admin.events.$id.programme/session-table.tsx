// The chosen day's sessions as a table: the same content as the grid, for screen readers and print.
import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Badge, TableScroll } from '~/components/ui'
import type { View } from './programme.server'

export function SessionTable({ view, editHref }: { view: View; editHref: (id: string) => string }) {
  const { t } = useTranslation('programme')
  const th = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300'
  const td = 'px-3 py-2 align-top'
  const dayLabel = view.days.find((d) => d.day === view.day)?.heading
  return (
    <TableScroll label={t('editor.tableCaption', { day: dayLabel })} className="mt-6">
      <table className="w-full min-w-[40rem] border-collapse text-sm">
        <caption className="px-3 py-2 text-left font-semibold">{t('editor.tableCaption', { day: dayLabel })}</caption>
        <thead className="border-b border-slate-200 dark:border-slate-700">
          <tr>
            <th scope="col" className={th}>
              {t('editor.time')}
            </th>
            <th scope="col" className={th}>
              {t('editor.room')}
            </th>
            <th scope="col" className={th}>
              {t('editor.session')}
            </th>
            <th scope="col" className={th}>
              {t('editor.speakers')}
            </th>
            <th scope="col" className={th}>
              <span className="sr-only">{t('editor.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
          {view.sessions.length === 0 ? (
            <tr>
              <td colSpan={5} className={`${td} text-slate-700 dark:text-slate-300`}>
                {t('editor.emptyDay')}
              </td>
            </tr>
          ) : (
            view.sessions.map((s) => (
              <tr key={s.id}>
                <td className={`${td} whitespace-nowrap tabular-nums`}>{s.time}</td>
                <td className={td}>{s.roomName ?? t('editor.noRoom')}</td>
                <td className={td}>
                  <span className="font-semibold">{s.title}</span>
                  <span className="ml-2 inline-flex flex-wrap gap-1 align-middle">
                    <Badge tone={s.kind === 'BREAK' ? 'neutral' : 'info'}>{t(`kinds.${s.kind}`)}</Badge>
                    {s.openSlot ? <Badge>{t('editor.openSlot')}</Badge> : null}
                    {s.capacity !== null ? (
                      <Badge>{t('editor.seatsTaken', { taken: s.confirmedCount, capacity: s.capacity })}</Badge>
                    ) : null}
                    {s.overCapacity ? <Badge tone="warning">{t('editor.overCapacityShort')}</Badge> : null}
                  </span>
                </td>
                <td className={td}>
                  {s.speakerStatuses.map((sp) => (
                    <span key={sp.name} className="block">
                      {sp.name} <span className="text-xs text-slate-700 dark:text-slate-300">({t(`speakerStatus.${sp.status}`)})</span>
                    </span>
                  ))}
                </td>
                <td className={td}>
                  <Link to={editHref(s.id)} className="inline-flex min-h-11 items-center">
                    {t('editor.edit')}
                    <span className="sr-only">
                      : {s.title}, {s.time}
                    </span>
                  </Link>
                </td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </TableScroll>
  )
}
