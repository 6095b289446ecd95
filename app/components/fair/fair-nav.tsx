// Links between the organisers' fair pages of one event (stands and exhibitors, the cooperation
// exchange) and back to the event.
import { Link, NavLink } from '@remix-run/react'
import { useTranslation } from 'react-i18next'

export function FairNav({ eventId, title }: { eventId: string; title: string }) {
  const { t } = useTranslation('fair')
  const tab = ({ isActive }: { isActive: boolean }) =>
    `inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium no-underline ${isActive ? 'bg-brand-50 text-brand-800 dark:bg-slate-800 dark:text-white' : 'text-slate-700 dark:text-slate-200'}`
  return (
    <div className="mb-6 print:hidden">
      <p className="text-sm">
        <Link to={`/admin/events/${eventId}`}>
          <span aria-hidden="true">← </span>
          {title}
        </Link>
      </p>
      <nav aria-label={t('nav.label')} className="mt-2 flex flex-wrap gap-1 border-b border-slate-200 pb-2 dark:border-slate-700">
        <NavLink to={`/admin/events/${eventId}/fair`} className={tab} end>
          {t('nav.stands')}
        </NavLink>
        <NavLink to={`/admin/events/${eventId}/fair/meetings`} className={tab}>
          {t('nav.meetings')}
        </NavLink>
      </nav>
    </div>
  )
}
