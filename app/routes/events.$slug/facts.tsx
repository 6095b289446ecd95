import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { buttonClass } from '~/components/ui'
import { RegistrationBadge } from '~/components/ui/registration-badge'
import type { EventView as View } from './event.server'

/** When, where, who organises, and the way to register. */
export function Facts({ event, ended }: { event: View; ended: boolean }) {
  const { t } = useTranslation('events')
  const term = 'text-sm font-semibold text-slate-600 dark:text-slate-400'
  const detail = 'mt-0.5 text-slate-900 dark:text-slate-100'
  return (
    <section
      aria-labelledby="facts-heading"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id="facts-heading" className="sr-only">
        {t('detail.facts')}
      </h2>
      <dl className="flex flex-col gap-4">
        <div>
          <dt className={term}>{t('detail.when')}</dt>
          <dd className={detail}>
            <time dateTime={event.startsAt}>{event.when}</time>
            <span className="mt-0.5 block text-sm text-slate-700 dark:text-slate-300">
              {t('detail.timeZone', { name: event.timeZoneName, id: event.timeZone })}
            </span>
          </dd>
        </div>
        {event.address.length > 0 ? (
          <div>
            <dt className={term}>{t('detail.where')}</dt>
            <dd className={detail}>
              <address className="not-italic">
                {event.address.map((line, i) => (
                  <span key={i} className="block">
                    {line}
                  </span>
                ))}
              </address>
              {event.mapUrl ? (
                <a href={event.mapUrl} rel="noopener noreferrer" className="mt-1 inline-flex min-h-11 items-center text-sm">
                  {t('detail.map')}
                  <span className="sr-only"> {t('detail.externalLink')}</span>
                </a>
              ) : null}
            </dd>
          </div>
        ) : null}
        {event.registrationState === 'open' || event.registrationState === 'waitlist' || event.registrationState === 'full' ? (
          <div>
            <dt className={term}>{t('detail.seats')}</dt>
            <dd className={detail}>
              {event.seatsLeft === null && event.registrationState === 'open' ? (
                t('detail.unlimited')
              ) : (
                <RegistrationBadge state={event.registrationState} seatsLeft={event.seatsLeft} opensAt={event.opensAt} />
              )}
            </dd>
          </div>
        ) : null}
        {event.organiser ? (
          <div>
            <dt className={term}>{t('detail.organiser')}</dt>
            <dd className={detail}>{event.organiser}</dd>
          </div>
        ) : null}
        {event.contactEmail ? (
          <div>
            <dt className={term}>{t('detail.contact')}</dt>
            <dd className={`${detail} break-words`}>
              {/* A long address may wrap after the @ rather than in the middle of a word. */}
              <a href={`mailto:${event.contactEmail}`} className="inline-block min-h-11 py-3">
                {event.contactEmail.split('@')[0]}
                <wbr />@{event.contactEmail.split('@').slice(1).join('@')}
              </a>
            </dd>
          </div>
        ) : null}
        {event.topics.length > 0 ? (
          <div>
            <dt className={term}>{t('detail.topics')}</dt>
            <dd className={detail}>{event.topics.join(' · ')}</dd>
          </div>
        ) : null}
      </dl>
      {!ended ? <RegistrationCall event={event} /> : null}
    </section>
  )
}

function RegistrationCall({ event }: { event: View }) {
  const { t } = useTranslation('events')
  const registerHref = `/events/${event.slug}/register`
  const note = 'mt-2 text-sm text-slate-700 dark:text-slate-300'
  return (
    <div className="mt-5 border-t border-slate-200 pt-4 dark:border-slate-700">
      {event.registrationState === 'open' ? (
        <>
          <Link to={registerHref} className={buttonClass('primary', 'w-full text-base')}>
            {t('detail.registerNow')}
          </Link>
          {event.closesAt ? <p className={note}>{t('detail.closesAt', { date: event.closesAt })}</p> : null}
        </>
      ) : event.registrationState === 'waitlist' ? (
        <>
          <p className="mb-3 text-sm text-slate-800 dark:text-slate-200">{t('detail.waitlistText')}</p>
          <Link to={registerHref} className={buttonClass('primary', 'w-full text-base')}>
            {t('detail.joinWaitlist')}
          </Link>
          {event.closesAt ? <p className={note}>{t('detail.closesAt', { date: event.closesAt })}</p> : null}
        </>
      ) : event.registrationState === 'full' ? (
        <p className="text-sm font-medium">{t('detail.fullText')}</p>
      ) : event.registrationState === 'notYetOpen' ? (
        <p className="text-sm font-medium">
          {event.opensAt ? t('detail.notYetOpenText', { date: event.opensAt }) : t('detail.closedText')}
        </p>
      ) : (
        <p className="text-sm font-medium">{t('detail.closedText')}</p>
      )}
      {event.registrationState !== 'notYetOpen' ? (
        <p className={note}>
          {t('registration:form.resendPrompt')}{' '}
          <Link to={`/events/${event.slug}/resend`} className="inline-flex min-h-11 items-center">
            {t('registration:form.resendLink')}
          </Link>
        </p>
      ) : null}
    </div>
  )
}
