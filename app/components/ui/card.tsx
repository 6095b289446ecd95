import type { HTMLAttributes, ReactNode } from 'react'

export function Card({ className = '', ...props }: HTMLAttributes<HTMLDivElement>) {
  return (
    <div
      className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900 ${className}`}
      {...props}
    />
  )
}

type Tone = 'neutral' | 'success' | 'warning' | 'danger' | 'info'
const tones: Record<Tone, string> = {
  neutral: 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100',
  success: 'bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100',
  warning: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100',
  danger: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100',
  info: 'bg-brand-50 text-brand-800 dark:bg-slate-800 dark:text-brand-100',
}

/** A short status label; the text itself carries the meaning, colour only supports it. */
export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ${tones[tone]}`}>{children}</span>
}

/** The outcome of what the user just did, announced by screen readers (role="status"). */
export function Notice({ className = '', children }: { className?: string; children: ReactNode }) {
  return (
    <p
      role="status"
      className={`rounded-md border border-green-300 bg-green-50 p-3 text-sm font-medium text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100 ${className}`}
    >
      {children}
    </p>
  )
}

export function EmptyState({ title, children, action }: { title: ReactNode; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
      <p className="text-base font-semibold">{title}</p>
      {children ? <div className="mt-2 text-sm text-slate-600 dark:text-slate-400">{children}</div> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  )
}

/** `level` 2 on a page inside a layout that already holds the page's h1 (an event's staff pages). */
export function PageHeader({
  title,
  children,
  actions,
  level = 1,
}: {
  title: ReactNode
  children?: ReactNode
  actions?: ReactNode
  level?: 1 | 2
}) {
  const Heading = level === 1 ? 'h1' : 'h2'
  // Under the layout's h1 the page's own title is a step smaller, so the event stays on top.
  const size = level === 1 ? 'text-2xl sm:text-3xl' : 'text-xl sm:text-2xl'
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <Heading className={`${size} font-bold tracking-tight`}>{title}</Heading>
        {children ? <div className="mt-1 text-slate-700 dark:text-slate-300">{children}</div> : null}
      </div>
      {actions ? <div className="flex gap-2">{actions}</div> : null}
    </div>
  )
}
