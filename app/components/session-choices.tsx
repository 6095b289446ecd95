import { useTranslation } from 'react-i18next'
import { Badge } from '~/components/ui'
import type { SessionChoiceDay } from '~/domain/registration/session-choice.server'

type Status = 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED'

/**
 * Checkboxes `sessions` for the bookable programme sessions, by day and time, with seats left or
 * "waiting list". `statuses`: the attendee's own place in each session (self-service page).
 * `conflict`: two chosen sessions at the same time, both marked and named in the message.
 */
export function SessionChoices({
  days,
  chosen,
  statuses = {},
  conflict,
}: {
  days: SessionChoiceDay[]
  chosen: string[]
  statuses?: Record<string, Status>
  conflict?: [string, string] | null
}) {
  const { t } = useTranslation('registration')
  if (days.length === 0) return null
  const all = days.flatMap((d) => d.sessions)
  const title = (id: string) => all.find((s) => s.id === id)?.title ?? ''
  const errorId = 'sessions-error'
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={conflict ? `sessions-intro ${errorId}` : 'sessions-intro'}>
      <legend className="mb-1 text-base font-semibold">{t('sessions.title')}</legend>
      <p id="sessions-intro" className="text-sm text-slate-700 dark:text-slate-300">
        {t('sessions.intro')}
      </p>
      {conflict ? (
        <p id={errorId} className="text-sm font-medium text-red-700 dark:text-red-300">
          {t('errors.sessionsOverlap', { a: title(conflict[0]), b: title(conflict[1]) })}
        </p>
      ) : null}
      {days.map((day) => (
        <div key={day.day}>
          {days.length > 1 ? <p className="text-sm font-semibold text-slate-800 dark:text-slate-200">{day.label}</p> : null}
          <ul className="mt-1 flex flex-col gap-2">
            {day.sessions.map((s) => {
              const status = statuses[s.id]
              const invalid = conflict?.includes(s.id)
              return (
                <li key={s.id}>
                  <label
                    className={`flex min-h-11 items-start gap-3 rounded-md border p-3 ${invalid ? 'border-red-700' : 'border-slate-300 dark:border-slate-600'}`}
                  >
                    <input
                      type="checkbox"
                      name="sessions"
                      value={s.id}
                      defaultChecked={chosen.includes(s.id)}
                      aria-invalid={invalid || undefined}
                      aria-describedby={`session-${s.id}-meta`}
                      className="mt-0.5 h-5 w-5 shrink-0"
                    />
                    <span className="flex flex-col gap-1">
                      <span className="font-medium">{s.title}</span>
                      <span id={`session-${s.id}-meta`} className="text-sm text-slate-700 dark:text-slate-300">
                        {[days.length > 1 ? null : day.label, s.time, s.room].filter(Boolean).join(' · ')}
                        {' · '}
                        {s.seatsLeft > 0 ? t('sessions.seatsLeft', { count: s.seatsLeft }) : t('sessions.waitlist')}
                      </span>
                      {status && status !== 'CANCELLED' ? (
                        <span>
                          <Badge tone={status === 'CONFIRMED' ? 'success' : 'warning'}>{t(`sessions.yours.${status}`)}</Badge>
                        </span>
                      ) : null}
                    </span>
                  </label>
                </li>
              )
            })}
          </ul>
        </div>
      ))}
    </fieldset>
  )
}
