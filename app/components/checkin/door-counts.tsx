// Live figures for the door: admitted today against expected, and per gate.
import { useTranslation } from 'react-i18next'
import type { Counts } from './use-door'

export function DoorCounts({ counts }: { counts: Counts | null }) {
  const { t } = useTranslation('checkin')
  if (!counts) return null
  const share = counts.expected ? Math.min(100, Math.round((counts.checkedIn / counts.expected) * 100)) : 0
  return (
    <section
      aria-labelledby="counts-heading"
      className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id="counts-heading" className="sr-only">
        {t('counts.title')}
      </h2>
      <p className="flex items-baseline justify-between gap-3">
        <span className="text-sm text-slate-700 dark:text-slate-300">{t('counts.checkedIn')}</span>
        <span className="text-2xl font-bold tabular-nums" data-testid="count-checked-in">
          {t('counts.ofExpected', { checkedIn: counts.checkedIn, expected: counts.expected })}
        </span>
      </p>
      <div className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700" aria-hidden>
        <div className="h-full bg-brand-700 dark:bg-brand-100" style={{ width: `${share}%` }} />
      </div>
      {counts.byGate.length > 0 || counts.walkIns > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
          {counts.byGate.map((g) => (
            <li key={g.gate}>
              {g.gate || t('counts.noGate')}: <span className="font-semibold tabular-nums">{g.count}</span>
            </li>
          ))}
          {counts.walkIns > 0 ? <li>{t('counts.walkIns', { count: counts.walkIns })}</li> : null}
        </ul>
      ) : null}
    </section>
  )
}
