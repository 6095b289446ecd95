import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Badge, buttonClass, Card } from '~/components/ui'
import type { ManagePage } from './route'

/** What was registered: event, status, answers, workshops, and the ticket with its downloads. */
export function RegistrationSummary({ r }: { r: ManagePage }) {
  const { t } = useTranslation('registration')
  const { t: tFair } = useTranslation('fair')
  const tone = r.status === 'CONFIRMED' ? 'success' : r.status === 'WAITLISTED' ? 'warning' : 'danger'
  return (
    <Card className="mt-6">
      <h2 className="text-xl font-semibold">
        <Link to={`/events/${r.event.slug}`}>{r.event.title}</Link>
      </h2>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm sm:text-base">
        <dt className="font-medium text-slate-600 dark:text-slate-400">{t('manage.when')}</dt>
        <dd>{r.event.when}</dd>
        {r.event.where ? (
          <>
            <dt className="font-medium text-slate-600 dark:text-slate-400">{t('manage.where')}</dt>
            <dd>{r.event.where}</dd>
          </>
        ) : null}
        <dt className="font-medium text-slate-600 dark:text-slate-400">{t('manage.status')}</dt>
        <dd>
          <Badge tone={tone}>{t(`manage.statuses.${r.status}`)}</Badge>
          {r.waitlistPosition ? <span className="ml-2">{t('manage.waitlistPosition', { position: r.waitlistPosition })}</span> : null}
        </dd>
        <dt className="font-medium text-slate-600 dark:text-slate-400">{t('manage.name')}</dt>
        <dd>{r.name}</dd>
        <dt className="font-medium text-slate-600 dark:text-slate-400">{t('manage.email')}</dt>
        <dd className="break-all">{r.email}</dd>
        {r.company ? (
          <>
            <dt className="font-medium text-slate-600 dark:text-slate-400">{t('manage.company')}</dt>
            <dd>{r.company}</dd>
          </>
        ) : null}
      </dl>
      {r.answers.length > 0 ? (
        <>
          <h3 className="mt-6 font-semibold">{t('manage.answers')}</h3>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
            {r.answers.map((a) => (
              <div key={a.label} className="contents">
                <dt className="font-medium text-slate-600 dark:text-slate-400">{a.label}</dt>
                <dd>{a.value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
      {r.heldSessions.length > 0 ? (
        <>
          <h3 className="mt-6 font-semibold">{t('manage.sessions')}</h3>
          <ul className="mt-2 flex flex-col gap-2 text-sm">
            {r.heldSessions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <span className="font-medium">{s.title}</span>
                <span className="text-slate-700 dark:text-slate-300">{s.time}</span>
                <Badge tone={s.status === 'CONFIRMED' ? 'success' : 'warning'}>{t(`sessions.yours.${s.status}`)}</Badge>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {r.status === 'CONFIRMED' ? (
        <div className="mt-6 flex flex-col items-start gap-3">
          <p className="text-sm text-slate-700 dark:text-slate-300">{t('manage.ticketText')}</p>
          <img
            src={`/r/${r.token}/qr.svg`}
            alt={t('manage.ticketAlt')}
            width={220}
            height={220}
            className="rounded-md border border-slate-200 bg-white p-2"
          />
          <div className="flex flex-wrap gap-2">
            <a href={`/r/${r.token}/calendar.ics`} className={buttonClass('secondary')} download>
              {t('manage.addToCalendar')}
            </a>
            <a href={`/r/${r.token}/ticket.pdf`} className={buttonClass('secondary')}>
              {t('manage.ticketPdf')}
            </a>
            <Link to={`/r/${r.token}/agenda`} className={buttonClass('secondary')}>
              {t('manage.myAgenda')}
            </Link>
            {r.certificate ? (
              <a href={`/r/${r.token}/certificate.pdf`} className={buttonClass('secondary')}>
                {t('certificate.link', { ns: 'reports' })}
              </a>
            ) : null}
            {r.fairDesk ? (
              <Link to={`/r/${r.token}/${r.fairDesk}`} className={buttonClass('secondary')}>
                {tFair(r.fairDesk === 'stand' ? 'exchange.standLink' : 'exchange.link')}
              </Link>
            ) : null}
          </div>
        </div>
      ) : null}
    </Card>
  )
}
