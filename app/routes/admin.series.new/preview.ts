// The new series' preview, worked out alike by the server (without JavaScript) and in the browser.
import type { Issue, SeriesFormResult } from '~/domain/events/series-form'
import { seriesOccurrences } from '~/domain/events/series-dates'
import { DEFAULT_TIME_ZONE, formatDate, formatTimeRange, wallTimeToUtc } from '~/lib/datetime'
import type { Locale } from '~/lib/i18n'

// Series are created in the organisation's zone; events keep it and show their times in it.
export const timeZone = DEFAULT_TIME_ZONE

/** The preview's lines ("Do., 14. Jan. 2027, 18:00–20:30 Uhr"), formatted the same way in the server and the browser. */
export function previewLines(result: SeriesFormResult, locale: Locale): string[] {
  const zone = { locale, timeZone }
  const { startTime, endTime } = result.values
  const timesOk = !result.ok ? !result.fieldErrors.startTime && !result.fieldErrors.endTime : true
  return result.days.map((day) => {
    const date = formatDate(wallTimeToUtc(`${day}T12:00`, timeZone), zone)
    if (!timesOk || !startTime || !endTime) return date
    const [occurrence] = seriesOccurrences([day], startTime, endTime, timeZone)
    return `${date}, ${formatTimeRange(occurrence!.startsAt, occurrence!.endsAt, zone)}`
  })
}

/** The first message about the dates themselves (not about names or seats), for the preview. */
export function dateIssue(result: SeriesFormResult): Issue | null {
  if (result.ok) return null
  return (['dates', 'from', 'to', 'endTime'] as const).map((f) => result.fieldErrors[f]?.[0]).find(Boolean) ?? null
}
