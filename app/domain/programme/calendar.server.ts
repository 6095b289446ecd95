// Programme sessions as an iCalendar feed (RFC 5545), built with `ics`.
//
// Times are written in UTC (…Z): `ics` has no VTIMEZONE support, and an instant in UTC is right in
// every calendar, whatever zone it shows it in. `ics` escapes backslash, semicolon, comma and LF in
// text values, but a lone CR passes through and would end the line early in some parsers, and the
// calendar name is not escaped at all — so all text is made safe here first.
import { createEvents, type EventAttributes } from 'ics'

export type FeedItem = {
  uid: string
  sequence: number
  title: string
  description?: string | null
  location?: string | null
  url?: string | null
  startsAt: Date
  endsAt: Date
  /** TENTATIVE for a seat still on the waiting list; CANCELLED for a cancelled event. */
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED'
}

/** Text for a TEXT value: line breaks become LF (which `ics` escapes), other control characters spaces. */
export function calendarText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ')
}

/** A value `ics` writes unescaped (the calendar name): one line, RFC 5545 escapes applied. */
function headerText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .trim()
  )
}

/** The calendar as text (CRLF line ends); an empty calendar for no items. */
export function buildFeed(items: FeedItem[], meta: { name: string }): string {
  const events: EventAttributes[] = items.map((item) => ({
    uid: item.uid,
    sequence: item.sequence,
    title: calendarText(item.title),
    description: item.description ? calendarText(item.description) : undefined,
    location: item.location ? calendarText(item.location) : undefined,
    url: item.url ?? undefined,
    status: item.status ?? 'CONFIRMED',
    start: item.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: item.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
  }))
  const { error, value } = createEvents(events, {
    productId: '-//Fairdesk//Programme//EN',
    method: 'PUBLISH',
    calName: headerText(meta.name),
  })
  if (error || !value) throw error ?? new Error('ics produced no calendar')
  return value
}

/** A stable UID per session and host, so calendars update entries instead of adding copies. */
export function sessionUid(sessionId: string, appUrl: string): string {
  let host = 'fairdesk'
  try {
    host = new URL(appUrl).hostname || host
  } catch {
    // keep the fallback: a UID only needs to be stable
  }
  return `session-${sessionId}@${host}`
}
