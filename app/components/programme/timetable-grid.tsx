// The editor's picture of one day: rooms side by side, sessions as cards at their time. It is a
// view for sighted organisers; the table below it on the page says the same for everyone, and
// every change is made with the forms (a card links to its edit form).
import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { DayLayout } from './timetable-layout'

export type GridSession = {
  id: string
  title: string
  kind: string
  time: string
  speakers: string
  openSlot: boolean
  overCapacity: boolean
}

const ROW_HEIGHT = '0.625rem'

const tone = (s: GridSession) =>
  s.openSlot
    ? 'border-dashed border-slate-400 bg-white text-slate-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-300'
    : s.kind === 'BREAK'
      ? 'border-slate-300 bg-slate-100 text-slate-800 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200'
      : s.kind === 'KEYNOTE'
        ? 'border-brand-700 bg-brand-50 text-brand-800 dark:border-brand-100 dark:bg-slate-800 dark:text-white'
        : 'border-slate-300 border-l-brand-600 bg-white text-slate-900 dark:border-slate-600 dark:border-l-brand-100 dark:bg-slate-900 dark:text-white'

export function TimetableGrid({
  layout,
  sessions,
  editHref,
  label,
}: {
  layout: DayLayout
  sessions: GridSession[]
  editHref: (id: string) => string
  label: string
}) {
  const { t } = useTranslation('programme')
  const byId = new Map(sessions.map((s) => [s.id, s]))
  return (
    <section
      aria-label={label}
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
    >
      <div
        className="relative grid min-w-[36rem] text-sm"
        style={{
          gridTemplateColumns: `4rem repeat(${layout.columns.length}, minmax(10rem, 1fr))`,
          gridTemplateRows: `auto repeat(${layout.rows}, ${ROW_HEIGHT})`,
        }}
      >
        <div
          className="sticky top-0 z-10 border-b border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
          style={{ gridColumn: 1, gridRow: 1 }}
        />
        {layout.columns.map((column, i) => (
          <div
            key={column.id ?? 'none'}
            className="sticky top-0 z-10 border-b border-l border-slate-200 bg-white px-2 py-2 font-semibold dark:border-slate-700 dark:bg-slate-900"
            style={{ gridColumn: i + 2, gridRow: 1 }}
          >
            {column.name}
          </div>
        ))}
        {layout.hours.map((hour) => (
          <div
            key={`rule-${hour.row}`}
            className="border-t border-slate-200 dark:border-slate-700"
            style={{ gridColumn: `1 / span ${layout.columns.length + 1}`, gridRow: `${hour.row} / span 1` }}
          />
        ))}
        {layout.hours.map((hour) => (
          <div
            key={hour.row}
            className="pr-2 pt-0.5 text-right text-xs text-slate-700 tabular-nums dark:text-slate-300"
            style={{ gridColumn: 1, gridRow: `${hour.row} / span 3` }}
          >
            {hour.label}
          </div>
        ))}
        {layout.columns.map((column, i) => (
          <div
            key={`line-${column.id ?? 'none'}`}
            className="border-l border-slate-200 dark:border-slate-700"
            style={{ gridColumn: i + 2, gridRow: `2 / span ${layout.rows}` }}
          />
        ))}
        {layout.cards.map((card) => {
          const s = byId.get(card.id)
          if (!s) return null
          // Up to 20 minutes there is room for one line: time and title side by side.
          const compact = card.rowEnd - card.rowStart <= 4
          return (
            <Link
              key={card.id}
              to={editHref(card.id)}
              className={`z-[1] mx-1 my-px flex overflow-hidden rounded-md border border-l-4 px-2 leading-snug no-underline shadow-sm hover:no-underline hover:ring-2 hover:ring-brand-700 ${compact ? 'flex-row items-center gap-2 truncate py-0 text-xs' : 'flex-col py-1'} ${tone(s)}`}
              style={{ gridColumn: card.column, gridRow: `${card.rowStart} / ${card.rowEnd}` }}
            >
              <span className="shrink-0 text-xs font-medium tabular-nums">{s.time}</span>
              <span className={compact ? 'truncate font-semibold' : 'font-semibold'}>{s.title}</span>
              {s.speakers && !compact ? <span className="text-xs">{s.speakers}</span> : null}
              {s.overCapacity ? (
                <span className="text-xs font-semibold text-amber-900 dark:text-amber-200">{t('editor.overCapacityShort')}</span>
              ) : null}
            </Link>
          )
        })}
      </div>
    </section>
  )
}
