// The live counts of one event: the figures, admissions per day and every role. While the door may
// be busy (from a few hours before the start until after the end) it refreshes itself every few
// seconds from /admin/events/:id/live, only while the tab is visible.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LiveCountsView } from '~/domain/checkin/live-counts.server'

export const LIVE_REFRESH_MS = 5_000

export function LiveCounts({
  eventId,
  initial,
  headingLevel = 2,
}: {
  eventId: string
  initial?: LiveCountsView | null
  headingLevel?: 2 | 3
}) {
  const { t } = useTranslation('reports')
  const [counts, setCounts] = useState<LiveCountsView | null>(initial ?? null)
  const [failed, setFailed] = useState(false)
  const latest = useRef(counts)
  latest.current = counts
  // New figures from the page's loader (e.g. after saving a headcount) replace the polled ones.
  useEffect(() => {
    if (initial) setCounts(initial)
  }, [initial])

  useEffect(() => {
    let cancelled = false
    async function refresh() {
      try {
        const response = await fetch(`/admin/events/${encodeURIComponent(eventId)}/live`, { headers: { Accept: 'application/json' } })
        if (!response.ok || !response.headers.get('content-type')?.includes('json')) throw new Error(String(response.status))
        const next = (await response.json()) as LiveCountsView
        if (!cancelled) {
          setCounts(next)
          setFailed(false)
        }
      } catch {
        if (!cancelled) setFailed(true)
      }
    }
    if (!latest.current) void refresh()
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible' && latest.current?.live) void refresh()
    }, LIVE_REFRESH_MS)
    return () => {
      cancelled = true
      window.clearInterval(timer)
    }
  }, [eventId])

  const Heading = `h${headingLevel}` as const
  const headingId = `live-counts-${eventId}`
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading id={headingId} className="text-lg font-semibold">
          {t('live.title')}
        </Heading>
        {counts ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {counts.live ? t('live.refreshing', { time: counts.atText }) : t('live.asOf', { time: counts.atText })}
          </p>
        ) : null}
      </div>
      {failed ? (
        <p role="status" className="mt-2 text-sm font-medium text-amber-800 dark:text-amber-200">
          {t('live.failed')}
        </p>
      ) : null}
      {!counts ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{failed ? null : t('live.loading')}</p>
      ) : (
        <LiveFigures counts={counts} />
      )}
    </section>
  )
}

function LiveFigures({ counts }: { counts: LiveCountsView }) {
  const { t } = useTranslation('reports')
  const noShowsOrNotArrived = counts.phase === 'after' ? 'noShows' : 'notArrived'
  const figures: Array<[string, number | null]> = [
    ['registered', counts.registered],
    ['confirmed', counts.confirmed],
    ['waitlisted', counts.waitlisted],
    ['cancelled', counts.cancelled],
    ['checkedIn', counts.checkedIn],
    ['walkIns', counts.walkIns],
    [noShowsOrNotArrived, counts.notArrived],
    ['participants', counts.participants],
  ]
  const th = 'px-2 py-1 text-left font-semibold'
  const explained = (term: string) => `live-${counts.eventId}-${term}`
  return (
    <>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {counts.method === 'headcount' ? t('live.byHeadcount', { count: counts.headcount ?? 0 }) : t('live.byCheckIns')}
      </p>
      <dl className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
        {figures.map(([term, value]) => (
          <div key={term} className="rounded-md bg-slate-50 p-2 dark:bg-slate-800">
            <dt className="text-xs font-medium text-slate-600 dark:text-slate-300">{t(`live.${term}`)}</dt>
            <dd className="text-2xl font-bold tabular-nums" aria-describedby={explained(term)}>
              {value ?? '–'}
            </dd>
            <dd id={explained(term)} className="mt-1 text-xs text-slate-600 dark:text-slate-300">
              {t(`live.explain.${term}`)}
            </dd>
          </div>
        ))}
      </dl>
      <div className="mt-4 grid items-start gap-4 sm:grid-cols-2">
        <table className="w-full text-sm">
          <caption className="text-left font-medium">
            {t('live.perDay')}
            <span className="block text-xs font-normal text-slate-600 dark:text-slate-300">{t('live.explain.perDay')}</span>
          </caption>
          <thead className="border-b border-slate-200 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-300">
            <tr>
              <th scope="col" className={th}>
                {t('live.day')}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t('live.participants')}
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.days.map((d) => (
              <tr key={d.day} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  <time dateTime={d.day}>{d.label}</time>
                </th>
                <td className="px-2 py-1 text-right tabular-nums">{d.present}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="w-full text-sm">
          <caption className="text-left font-medium">
            {t('live.byRole')}
            <span className="block text-xs font-normal text-slate-600 dark:text-slate-300">{t('live.explain.byRole')}</span>
          </caption>
          <thead className="border-b border-slate-200 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-300">
            <tr>
              <th scope="col" className={th}>
                {t('live.role')}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t('live.registered')}
              </th>
              <th scope="col" className={`${th} text-right`}>
                {t('live.present')}
              </th>
            </tr>
          </thead>
          <tbody>
            {counts.byRole.map((r) => (
              <tr key={r.role} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {t(`roles.${r.role}`)}
                </th>
                <td className="px-2 py-1 text-right tabular-nums">{r.registered}</td>
                <td className="px-2 py-1 text-right tabular-nums">{r.present}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  )
}
