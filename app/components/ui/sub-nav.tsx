// Tabs between the staff pages that belong to one event (programme pages, fair pages …), with a
// link back to the event above them.
import { Link, NavLink } from '@remix-run/react'
import type { ReactNode } from 'react'

export type SubNavTab = { to: string; label: ReactNode; end?: boolean }

const tabClass = ({ isActive }: { isActive: boolean }) =>
  `inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium no-underline ${isActive ? 'bg-brand-50 text-brand-800 dark:bg-slate-800 dark:text-white' : 'text-slate-700 dark:text-slate-200'}`

export function SubNav({ back, label, tabs }: { back?: { to: string; title: string }; label: string; tabs: SubNavTab[] }) {
  return (
    <div className="mb-6 print:hidden">
      {back ? (
        <p className="text-sm">
          <Link to={back.to}>
            <span aria-hidden="true">← </span>
            {back.title}
          </Link>
        </p>
      ) : null}
      <nav aria-label={label} className="mt-2 flex flex-wrap gap-1 border-b border-slate-200 pb-2 dark:border-slate-700">
        {tabs.map((tab) => (
          <NavLink key={tab.to} to={tab.to} className={tabClass} end={tab.end}>
            {tab.label}
          </NavLink>
        ))}
      </nav>
    </div>
  )
}
