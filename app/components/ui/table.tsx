import type { ReactNode } from 'react'

/** One look for every data table: header and body cells, numbers right-aligned in even digits. */
export const cell = {
  th: 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400',
  thNum: 'px-3 py-2 text-right text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400',
  td: 'px-3 py-3 align-top',
  tdNum: 'px-3 py-3 text-right align-top tabular-nums',
  /** A column a phone leaves out (what it says is repeated by an `onPhone` line in another cell). */
  wide: 'hidden sm:table-cell',
  /** A summary line shown only on a phone, in place of the columns it leaves out. */
  onPhone: 'sm:hidden',
} as const

type TableScrollProps = {
  /** The accessible name of the scroll region: `label`, or the id of a visible heading. */
  label?: string
  labelledBy?: string
  /** `frame`: bordered card (a table on its own); `plain`: inside a Card that already frames it. */
  variant?: 'frame' | 'plain'
  className?: string
  children: ReactNode
}

/**
 * A table's container. A table wider than the screen scrolls sideways inside it, never the whole
 * page; the container is a named, focusable region so keyboard users can scroll it too (WCAG 2.1.1,
 * axe's scrollable-region-focusable). Printing shows the whole table.
 */
export function TableScroll({ label, labelledBy, variant = 'frame', className = '', children }: TableScrollProps) {
  const frame = variant === 'frame' ? 'rounded-lg border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900' : ''
  return (
    <div
      role="region"
      aria-label={labelledBy ? undefined : label}
      aria-labelledby={labelledBy}
      tabIndex={0}
      className={`max-w-full overflow-x-auto print:overflow-visible ${frame} ${className}`}
    >
      {children}
    </div>
  )
}
