// What the exchange page shows: every meeting with its time in the event's zone, the grid, the
// tables, and which schedules to print.
import type { TFunction } from 'i18next'
import type { getExchangeOverview } from '~/domain/fair/cooperation.server'
import { formatDate, formatTimeRange, formatTimeZoneName, utcToWallTime, wallTimeToUtc } from '~/lib/datetime'
import { localized, type Locale } from '~/lib/i18n'

type ExchangeOverview = NonNullable<Awaited<ReturnType<typeof getExchangeOverview>>>

export function toView(overview: ExchangeOverview, locale: Locale, search: URLSearchParams, t: TFunction) {
  const { event, grid, tables, days } = overview
  const zone = { locale, timeZone: event.timeZone }
  const title = localized(locale, event.titleDe, event.titleEn)
  const meetings = overview.meetings.map((m) => {
    const wall = m.startsAt ? utcToWallTime(m.startsAt, event.timeZone) : null
    return {
      id: m.id,
      status: m.status,
      startsAt: m.startsAt?.toISOString() ?? null,
      when: m.startsAt && m.endsAt ? `${formatDate(m.startsAt, zone)}, ${formatTimeRange(m.startsAt, m.endsAt, zone)}` : null,
      time: m.startsAt && m.endsAt ? formatTimeRange(m.startsAt, m.endsAt, zone) : null,
      day: wall?.slice(0, 10) ?? days[0] ?? '',
      start: wall?.slice(11, 16) ?? grid.from,
      table: m.tableLabel,
      visitor: { id: m.requesterId, name: `${m.requester.firstName} ${m.requester.lastName}`, company: m.requester.company?.name ?? null },
      exhibitor: {
        id: m.exhibitorId,
        company: m.exhibitor.company.name,
        stand: m.exhibitor.stand ? `${m.exhibitor.stand.number} (${m.exhibitor.stand.hall})` : null,
      },
    }
  })
  const notice = search.get('notice')
  return {
    metaTitle: `${t('meetings.metaTitle')}: ${title}`,
    event: { id: event.id, title },
    zoneName: formatTimeZoneName(event.startsAt, zone, 'long'),
    grid,
    tables,
    days: days.map((d) => ({ day: d, label: formatDate(wallTimeToUtc(`${d}T12:00`, event.timeZone), zone) })),
    notice: notice
      ? t(`meetings.notices.${notice}`, {
          defaultValue: '',
          placed: search.get('placed') ?? '0',
          unplaced: search.get('unplaced') ?? '0',
        })
      : null,
    print: (['tables', 'people'] as const).find((p) => p === search.get('print')) ?? null,
    unplaced: meetings.filter((m) => m.status === 'ACCEPTED' && !m.startsAt).length,
    meetings,
    dayLabel: Object.fromEntries(days.map((d) => [d, formatDate(wallTimeToUtc(`${d}T12:00`, event.timeZone), zone, 'long')])),
  }
}
