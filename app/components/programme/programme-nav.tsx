// Links between the organisers' programme pages of one event (timetable, speakers, call for
// contributions) and back to the event, until the event page's own tabs list them.
import { Link, NavLink } from '@remix-run/react'
import { useTranslation } from 'react-i18next'

export function ProgrammeNav({ eventId, title, proposalsToReview }: { eventId: string; title: string; proposalsToReview?: number }) {
  const { t } = useTranslation('programme')
  const tab = ({ isActive }: { isActive: boolean }) =>
    `inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium no-underline ${isActive ? 'bg-brand-50 text-brand-800 dark:bg-slate-800 dark:text-white' : 'text-slate-700 dark:text-slate-200'}`
  return (
    <div className="mb-6">
      <p className="text-sm">
        <Link to={`/admin/events/${eventId}`}>
          <span aria-hidden="true">← </span>
          {title}
        </Link>
      </p>
      <nav aria-label={t('nav.label')} className="mt-2 flex flex-wrap gap-1 border-b border-slate-200 pb-2 dark:border-slate-700">
        <NavLink to={`/admin/events/${eventId}/programme`} className={tab} end>
          {t('nav.timetable')}
        </NavLink>
        <NavLink to={`/admin/events/${eventId}/speakers`} className={tab}>
          {t('nav.speakers')}
        </NavLink>
        <NavLink to={`/admin/events/${eventId}/proposals`} className={tab}>
          {t('nav.proposals')}
          {proposalsToReview ? <span className="ml-1.5 rounded-full bg-amber-100 px-2 text-xs text-amber-900">{proposalsToReview}</span> : null}
        </NavLink>
      </nav>
    </div>
  )
}
