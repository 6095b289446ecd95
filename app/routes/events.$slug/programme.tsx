import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { EventView as View } from './event.server'
import { Section } from './section'

export function Programme({ event }: { event: View }) {
  const { t } = useTranslation('events')
  return (
    <Section id="programme" title={t('detail.programme')}>
      <p className="-mt-2 mb-4 text-sm text-slate-700 dark:text-slate-300">
        {t('detail.programmeTimes', { zone: event.timeZoneShort })}
        {event.programmeLanguage ? ` ${t(`detail.programmeLanguage.${event.programmeLanguage}`)}` : null}
      </p>
      <p className="-mt-2 mb-4 text-sm">
        <Link to={`/events/${event.slug}/agenda`} className="inline-flex min-h-11 items-center">
          {t('programme:agenda.fullProgramme')}
        </Link>
      </p>
      <div className="flex flex-col gap-8">
        {event.days.map((day) => (
          <section key={day.day} aria-labelledby={`day-${day.day}`}>
            <h3 id={`day-${day.day}`} className="mb-3 text-lg font-semibold">
              {day.heading}
            </h3>
            <ol className="flex flex-col divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-700 dark:border-slate-700">
              {day.sessions.map((session) => (
                <li key={session.id} className="grid gap-1 py-3 sm:grid-cols-[11rem_1fr] sm:gap-4">
                  <p className="text-sm font-semibold text-slate-800 tabular-nums dark:text-slate-200">
                    <time dateTime={session.startsAt}>{session.time}</time>
                  </p>
                  <div className={session.kind === 'BREAK' ? 'text-slate-700 dark:text-slate-300' : ''}>
                    <h4 className="font-semibold">{session.title}</h4>
                    <p className="mt-0.5 flex flex-wrap gap-x-3 gap-y-0.5 text-sm text-slate-700 dark:text-slate-300">
                      {session.kind !== 'TALK' ? <span>{t(`sessionKind.${session.kind}`)}</span> : null}
                      {session.room ? <span>{t('detail.room', { name: session.room })}</span> : null}
                      {session.language ? <span>{t(`detail.inLanguage.${session.language}`)}</span> : null}
                    </p>
                    {session.speakers.length > 0 ? (
                      <div className="mt-1 text-sm">
                        <span className="sr-only">{t('detail.speakers')}: </span>
                        <ul className="flex flex-col">
                          {session.speakers.map((speaker) => (
                            <li key={speaker.id}>
                              <span className="font-medium">{speaker.name}</span>
                              {speaker.company ? <span className="text-slate-700 dark:text-slate-300">, {speaker.company}</span> : null}
                            </li>
                          ))}
                        </ul>
                      </div>
                    ) : null}
                    {session.abstract ? (
                      <details className="mt-1 text-sm">
                        <summary className="cursor-pointer py-2.5 font-medium text-brand-700 dark:text-brand-100">
                          {t('detail.abstract')}
                        </summary>
                        <p className="mt-1 whitespace-pre-line text-slate-800 dark:text-slate-200">{session.abstract}</p>
                      </details>
                    ) : null}
                  </div>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </Section>
  )
}
