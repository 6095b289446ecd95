// The big answer at the door, readable at arm's length and without colour: a distinct shape per
// verdict (tick, exclamation mark, cross, question mark), the verdict in words, then the person.
import { useTranslation } from 'react-i18next'
import { Button, buttonClass } from '~/components/ui'
import { doorDate, doorTime } from '~/scanner/door-day'
import type { Shown } from './use-door'

type Look = 'ok' | 'warn' | 'error' | 'unknown' | 'undone'

export function lookOf(result: Shown['verdict']['result']): Look {
  if (result === 'ok') return 'ok'
  if (result === 'already_checked_in') return 'warn'
  if (result === 'unknown') return 'unknown'
  return 'error'
}

const looks: Record<Look | 'idle', string> = {
  idle: 'border-slate-300 bg-white text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-white',
  ok: 'border-green-700 bg-green-50 text-green-950 dark:border-green-500 dark:bg-green-950 dark:text-green-50',
  warn: 'border-amber-600 bg-amber-50 text-amber-950 border-dashed dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50',
  error: 'border-red-700 bg-red-50 text-red-950 border-double dark:border-red-400 dark:bg-red-950 dark:text-red-50',
  unknown: 'border-slate-500 bg-slate-100 text-slate-900 dark:border-slate-400 dark:bg-slate-800 dark:text-white',
  // Taken back: no longer green, so nobody at the door reads it as "let them in".
  undone: 'border-slate-500 bg-slate-100 text-slate-900 border-dashed dark:border-slate-400 dark:bg-slate-800 dark:text-white',
}

function Icon({ look }: { look: Look | 'idle' }) {
  const common = {
    width: 56,
    height: 56,
    viewBox: '0 0 24 24',
    'aria-hidden': true,
    className: 'shrink-0',
    fill: 'none',
    stroke: 'currentColor',
    strokeWidth: 2.5,
    strokeLinecap: 'round' as const,
    strokeLinejoin: 'round' as const,
  }
  switch (look) {
    case 'ok':
      return (
        <svg {...common}>
          <circle cx="12" cy="12" r="10" />
          <path d="m7 12.5 3.2 3.2L17 9" />
        </svg>
      )
    case 'warn':
      return (
        <svg {...common}>
          <path d="M12 3 2 21h20L12 3Z" />
          <path d="M12 10v5M12 18h.01" />
        </svg>
      )
    case 'error':
      return (
        <svg {...common}>
          <rect x="3" y="3" width="18" height="18" rx="2" />
          <path d="m8 8 8 8M16 8l-8 8" />
        </svg>
      )
    case 'undone':
      return (
        <svg {...common}>
          <path d="M9 14 4 9l5-5" />
          <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
        </svg>
      )
    case 'unknown':
      return (
        <svg {...common}>
          <circle cx="12" cy="12" r="10" />
          <path d="M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17.5h.01" />
        </svg>
      )
    default:
      return (
        <svg {...common}>
          <path d="M4 8V5a1 1 0 0 1 1-1h3M16 4h3a1 1 0 0 1 1 1v3M20 16v3a1 1 0 0 1-1 1h-3M8 20H5a1 1 0 0 1-1-1v-3M7 12h10" />
        </svg>
      )
  }
}

export function VerdictPanel({
  shown,
  timeZone,
  onUndo,
  badgeHref,
  ownAdmission,
  onAdmitAnyway,
}: {
  shown: Shown | null
  timeZone: string
  onUndo: (s: Shown) => void
  badgeHref: (s: Shown) => string | null
  /** This device's own admission behind an "already admitted" card, which door staff may undo. */
  ownAdmission: (s: Shown) => Shown | null
  /** Offered to those who may override (organisers) on a ticket of another day; null for door staff. */
  onAdmitAnyway: ((s: Shown) => void) | null
}) {
  const { t, i18n } = useTranslation('checkin')
  const v = shown?.verdict
  const look = shown?.undone ? 'undone' : v ? lookOf(v.result) : 'idle'
  const time = (iso: string) => doorTime(iso, timeZone, i18n.language)
  let detail: string | null = null
  if (v?.result === 'already_checked_in')
    detail = v.gate
      ? t('verdict.alreadyAtGate', { time: time(v.checkedInAt), gate: v.gate })
      : t('verdict.alreadyAt', { time: time(v.checkedInAt) })
  else if (v?.result === 'ok' && shown?.offline) detail = t('verdict.queued')
  else if (v?.result === 'not_today')
    detail = t(shown?.source === 'walkIn' ? 'verdict.detail.not_today_walkIn' : 'verdict.detail.not_today', {
      date: doorDate(v.eventStartsAt, timeZone, i18n.language),
    })
  else if (v && v.result !== 'ok') detail = t(`verdict.detail.${v.result}`, 'year' in v ? { year: v.year } : {})
  const person = v && 'name' in v ? v : null
  const badge = shown && !shown.offline ? badgeHref(shown) : null
  return (
    <section aria-labelledby="verdict-heading" className={`rounded-xl border-4 p-4 sm:p-6 ${looks[look]}`}>
      <div aria-live="assertive" aria-atomic="true" className="flex items-start gap-4">
        <Icon look={look} />
        <div className="min-w-0 flex-1">
          <h2 id="verdict-heading" className="text-2xl font-extrabold uppercase tracking-wide sm:text-3xl">
            {shown?.undone ? t('verdict.title.undone') : v ? t(`verdict.title.${v.result}`) : t('verdict.ready')}
          </h2>
          {person ? (
            <p className="mt-2 break-words text-xl font-bold sm:text-2xl" data-testid="verdict-name">
              {person.name}
              {person.company ? <span className="block text-lg font-medium">{person.company}</span> : null}
              {person.role !== 'ATTENDEE' ? (
                <span className="mt-1 block text-sm font-semibold uppercase">
                  {t(`roles.${person.role}`, { defaultValue: person.role })}
                </span>
              ) : null}
            </p>
          ) : null}
          {detail && !shown?.undone ? <p className="mt-2 text-base font-medium">{detail}</p> : null}
          {v?.result === 'not_today' && !onAdmitAnyway ? <p className="mt-2 text-base">{t('verdict.askOrganiser')}</p> : null}
          {!v ? <p className="mt-2 text-base">{t('verdict.readyHint')}</p> : null}
          {shown?.source === 'walkIn' && v?.result === 'ok' ? <p className="mt-2 text-base font-medium">{t('verdict.walkIn')}</p> : null}
        </div>
      </div>
      {shown && v?.result === 'not_today' && onAdmitAnyway && (shown.scanned || shown.walkIn) ? (
        <div className="mt-4 flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => onAdmitAnyway(shown)} aria-label={`${t('verdict.admitAnyway')}: ${v.name}`}>
            {t('verdict.admitAnyway')}
          </Button>
        </div>
      ) : null}
      {shown && (v?.result === 'ok' || v?.result === 'already_checked_in') && !shown.undone ? (
        <div className="mt-4 flex flex-wrap gap-2">
          {v.result === 'ok' ? (
            <Button variant="secondary" onClick={() => onUndo(shown)} aria-label={`${t('verdict.undo')}: ${v.name}`}>
              {t('verdict.undo')}
            </Button>
          ) : null}
          {v.result === 'already_checked_in' && ownAdmission(shown) ? (
            <Button variant="secondary" onClick={() => onUndo(ownAdmission(shown)!)} aria-label={`${t('verdict.undo')}: ${v.name}`}>
              {t('verdict.undo')}
            </Button>
          ) : null}
          {badge ? (
            <a href={badge} target="_blank" rel="noreferrer" className={buttonClass('secondary')}>
              {t('badges.print')}
            </a>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}
