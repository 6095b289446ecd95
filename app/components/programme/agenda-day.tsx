// One day of the agenda: time slots in order, the sessions of a slot side by side on wide screens
// (one per room), each with room, speakers, seats and abstract. The personal agenda adds its own
// control to each session through `action`.
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Badge } from '~/components/ui'
import type { AgendaDayView, AgendaSessionView } from './agenda-view'

export function AgendaDay({ day, action }: { day: AgendaDayView; action?: (session: AgendaSessionView) => ReactNode }) {
  return (
    <section aria-labelledby={`day-${day.day}`}>
      <h2 id={`day-${day.day}`} className="mb-3 text-xl font-bold">
        {day.heading}
      </h2>
      <ol className="flex flex-col divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-700 dark:border-slate-700">
        {day.slots.map((slot) => (
          <li key={slot.startsAt} className="grid gap-2 py-4 md:grid-cols-[9rem_1fr] md:gap-4">
            <p className="text-sm font-semibold text-slate-800 tabular-nums dark:text-slate-200">
              <time dateTime={slot.startsAt}>{slot.time}</time>
            </p>
            <ul className={`grid gap-3 ${slot.sessions.length > 1 ? 'lg:grid-cols-2' : ''}`}>
              {slot.sessions.map((session) => (
                <AgendaSession
                  key={session.id}
                  session={session}
                  action={action}
                  showTime={slot.sessions.length > 1 || session.time !== slot.time}
                />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  )
}

function AgendaSession({
  session,
  action,
  showTime,
}: {
  session: AgendaSessionView
  action?: (session: AgendaSessionView) => ReactNode
  showTime: boolean
}) {
  const { t } = useTranslation('programme')
  const isBreak = session.kind === 'BREAK'
  return (
    <li
      id={`session-${session.id}`}
      className={`scroll-mt-4 rounded-md border p-3 ${isBreak ? 'border-slate-200 bg-slate-100 dark:border-slate-700 dark:bg-slate-800' : 'border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900'}`}
    >
      <h3 className="font-semibold">{session.title}</h3>
      <p className="mt-0.5 flex flex-wrap gap-x-3 gap-y-0.5 text-sm text-slate-700 dark:text-slate-300">
        {showTime ? <span className="tabular-nums">{session.time}</span> : null}
        {session.room ? <span>{t('agenda.room', { name: session.room })}</span> : null}
        {session.kind !== 'TALK' && !isBreak ? <span>{t(`kinds.${session.kind}`)}</span> : null}
        {session.language ? <span>{t(`agenda.inLanguage.${session.language}`)}</span> : null}
      </p>
      {session.speakers.length > 0 ? (
        <div className="mt-2">
          <span className="sr-only">{t('agenda.speakers')}: </span>
          <ul className="flex flex-col gap-1.5">
            {session.speakers.map((speaker) => (
              <li key={speaker.id} className="flex items-center gap-2 text-sm">
                {speaker.photo ? (
                  <img
                    src={speaker.photo}
                    alt=""
                    width={36}
                    height={36}
                    loading="lazy"
                    className="size-9 shrink-0 rounded-full object-cover"
                  />
                ) : null}
                <span>
                  <span className="font-medium">{speaker.name}</span>
                  {speaker.company ? <span className="text-slate-700 dark:text-slate-300">, {speaker.company}</span> : null}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {session.capacity !== null && session.seatsLeft !== null ? (
        <p className="mt-2">
          <Badge tone={session.seatsLeft > 0 ? 'success' : 'warning'}>
            {session.seatsLeft > 0 ? t('agenda.seatsLeft', { count: session.seatsLeft, capacity: session.capacity }) : t('agenda.full')}
          </Badge>
        </p>
      ) : null}
      {session.abstract ? (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer py-2.5 font-medium text-brand-700 dark:text-brand-100">
            {t('agenda.abstract')}
            <span className="sr-only">: {session.title}</span>
          </summary>
          <p className="mt-1 whitespace-pre-line text-slate-800 dark:text-slate-200">{session.abstract}</p>
        </details>
      ) : null}
      {action ? <div className="mt-2">{action(session)}</div> : null}
    </li>
  )
}
