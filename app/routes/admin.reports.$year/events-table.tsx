import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { cell, TableScroll } from '~/components/ui'
import type { LoaderData, Numbers } from './numbers'

export function EventsTable({ d, f }: { d: LoaderData; f: Numbers }) {
  // Changes an administrator made after closing the year, beside the figure they changed.
  const corrected = (eventId: string) => d.closed?.corrections.filter((c) => c.eventId === eventId) ?? []
  const { t } = useTranslation('reports')
  const { t: tAdmin } = useTranslation('admin')
  const { th, thNum, wide, onPhone } = cell
  return (
    <section aria-labelledby="events-heading">
      <h2 id="events-heading" className="mb-2 text-lg font-semibold">
        {t('annual.events', { count: d.events.length })}
      </h2>
      {/* On a phone each row is the event alone: its date and counts move into the event's cell. */}
      <TableScroll labelledBy="events-heading">
        <table className="w-full text-sm sm:min-w-[48rem] print:min-w-0 print:text-xs print:[&_td]:px-1.5 print:[&_th]:px-1.5 print:[&_th]:normal-case print:[&_th]:tracking-normal">
          <caption className="sr-only">{t('annual.eventsCaption', { year: d.year })}</caption>
          <thead className="border-b border-slate-200 dark:border-slate-700">
            <tr>
              <th scope="col" className={`${th} ${wide}`}>
                {t('table.date')}
              </th>
              <th scope="col" className={th}>
                {t('table.event')}
              </th>
              <th scope="col" className={`${thNum} ${wide}`}>
                {t('figures.registrations')}
              </th>
              <th scope="col" className={`${thNum} ${wide}`}>
                {t('figures.participants')}
              </th>
              <th scope="col" className={`${thNum} ${wide}`}>
                {t('table.noShows')}
              </th>
              <th scope="col" className={`${th} ${wide} print:w-1/4`}>
                {t('table.how')}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
            {d.events.map((e) => (
              <tr key={e.id} className="break-inside-avoid">
                <td className={`px-3 py-2 align-top whitespace-nowrap print:whitespace-normal ${wide}`}>
                  <time dateTime={e.isoDate}>{e.date}</time>
                </td>
                <th scope="row" className="px-3 py-2 text-left align-top font-normal">
                  <Link to={`/admin/events/${e.id}/report`} className="font-semibold">
                    {e.title}
                  </Link>
                  <div className="text-xs text-slate-600 dark:text-slate-400">
                    {[tAdmin(`kinds.${e.kind}`), e.series, ...e.programmes].filter(Boolean).join(' · ')}
                  </div>
                  <div className={`${onPhone} mt-1 text-xs tabular-nums`}>
                    <time dateTime={e.isoDate}>{e.date}</time>
                    <br />
                    <span className="font-semibold">
                      {t('figures.participants')} {f.n(e.participants)}
                    </span>{' '}
                    · {t('figures.registrations')} {f.n(e.registrations)} · {t('table.noShows')} {e.noShows === null ? '–' : f.n(e.noShows)}
                  </div>
                </th>
                <td className={`px-3 py-2 text-right align-top tabular-nums ${wide}`}>{f.n(e.registrations)}</td>
                <td className={`px-3 py-2 text-right align-top font-semibold tabular-nums ${wide}`}>
                  {f.n(e.participants)}
                  {corrected(e.id).map((c, i) => (
                    <div key={i} className="text-xs font-normal text-amber-800 dark:text-amber-300" data-testid="correction">
                      {t('closing.correctedHere', { change: t(`closing.changes.${c.change}`), reason: c.reason })}
                    </div>
                  ))}
                </td>
                <td className={`px-3 py-2 text-right align-top tabular-nums ${wide}`}>{e.noShows === null ? '–' : f.n(e.noShows)}</td>
                <td className={`px-3 py-2 align-top text-xs ${wide}`}>
                  {e.method === 'headcount' ? (
                    <>
                      <span className="font-semibold">{t('table.byHeadcount')}</span>
                      {e.headcount?.note ? <span> – {e.headcount.note}</span> : null}
                      {e.headcount?.by || e.headcount?.at ? (
                        <div className="text-slate-600 dark:text-slate-400">
                          {t('headcount.byAt', { by: e.headcount.by ?? t('headcount.unknownUser'), at: e.headcount.at ?? '–' })}
                        </div>
                      ) : null}
                    </>
                  ) : (
                    <>
                      {t('table.byCheckIns', {
                        checkins: f.n(e.countedBy.checkIns),
                        walkins: f.n(e.countedBy.walkIns),
                        count: e.countedBy.walkIns,
                      })}
                      {e.days ? (
                        <div className="text-slate-600 dark:text-slate-400">{t('table.perDay', { days: e.days.map(f.n).join(' / ') })}</div>
                      ) : null}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-300 font-semibold dark:border-slate-600">
            <tr>
              <td className={wide} />
              <th scope="row" className="px-3 py-2 text-left">
                {t('table.total')}
                <span className={`${onPhone} font-normal`}>
                  {' '}
                  · {t('figures.participants')} {f.n(d.totals.participants)} · {t('figures.registrations')} {f.n(d.totals.registrations)}
                </span>
              </th>
              <td className={`px-3 py-2 text-right tabular-nums ${wide}`}>{f.n(d.totals.registrations)}</td>
              <td className={`px-3 py-2 text-right tabular-nums ${wide}`} data-testid="total-participants">
                {f.n(d.totals.participants)}
              </td>
              <td className={`px-3 py-2 text-right tabular-nums ${wide}`}>{f.n(d.totals.noShows)}</td>
              <td className={wide} />
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </section>
  )
}
