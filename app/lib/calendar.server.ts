// Calendar files with `ics`: the invitation in every registration mail, the attendee's "add to
// calendar" download, and the subscribable feed of all public events (/events.ics).
//
// Times are written in UTC: `ics` has no VTIMEZONE support and its "local" means the server's zone,
// so an event at 10:00 Berlin is written as 09:00Z in winter and 08:00Z in summer — the right
// instant in every calendar, shown there in the reader's own zone.
//
// Escaping (RFC 5545), checked against ics 3.12: SUMMARY, LOCATION and DESCRIPTION go through its
// formatText (\ ; , and CRLF/LF escaped), but a lone CR passes through, VALARM's DESCRIPTION and
// X-WR-CALNAME only get LF encoded, ORGANIZER is written raw, and parameter values (CN="…") are only
// quoted, with a quote inside turned into \" (not valid RFC 5545). So here every text is first
// reduced to LF line breaks and no other control characters, values ics leaves raw are escaped
// here, names lose quotes and control characters, and addresses must look like one address.
import { createEvent, createEvents, type EventAttributes } from 'ics'

export type InviteInput = {
  uid: string
  sequence: number
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH'
  title: string
  description?: string | null
  location?: string | null
  url?: string | null
  startsAt: Date
  endsAt: Date
  organizer: { name: string; email: string }
  /** partstat: the attendee's answer as the invitation states it; ACCEPTED unless said otherwise. */
  attendee?: { name: string; email: string; partstat?: 'ACCEPTED' | 'NEEDS-ACTION' }
}

const PRODUCT_ID = '-//Fairdesk//Fairdesk//EN'

/** Text for a TEXT value: CRLF and lone CR become LF (which ics escapes), other controls a space. */
export function icsText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ')
}

/** A TEXT value ics would write unescaped: fully escaped here, on one logical line. */
function escapedText(text: string): string {
  return icsText(text).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n')
}

/** A parameter value (CN): RFC 5545 allows no DQUOTE or control character inside the quotes. */
function paramText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/["\u0000-\u001f\u007f]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120)
  )
}

// One address, nothing a calendar line or a mailto: URI could be broken with.
const ADDRESS = /^[^\s"(),:;<>@[\\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$/

export function isPlainAddress(email: string): boolean {
  return email.length <= 254 && ADDRESS.test(email)
}

function address(email: string): string {
  if (!isPlainAddress(email)) throw new Error(`not a single e-mail address: ${JSON.stringify(email)}`)
  return email
}

/**
 * The stable UID of a registration's calendar entry: every update and cancellation reuses it.
 * Each holder of a transferred seat has their own (`transferCount`, 0 for the one who
 * registered — the UID invitations had before seats could change hands), so a cancellation sent
 * to the previous holder never removes the colleague's entry.
 */
export function registrationUid(registrationId: string, appUrl: string, transferCount = 0): string {
  const holder = transferCount > 0 ? `-${transferCount}` : ''
  return `registration-${registrationId}${holder}@${new URL(appUrl).hostname}`
}

/**
 * The SEQUENCE of a registration's invitation: the registration's counter (raised on cancel,
 * transfer, re-registration) plus the event's (raised when time or place change, and on
 * cancellation). Both only ever grow, so the sum only grows, and every change an attendee sees
 * comes with a higher SEQUENCE than the invitation before it — which is what calendars require
 * to apply an update instead of ignoring it.
 */
export function inviteSequence(registration: { calendarSequence: number }, event: { calendarSequence: number }): number {
  return registration.calendarSequence + event.calendarSequence
}

function eventAttributes(input: InviteInput): EventAttributes {
  const cancel = input.method === 'CANCEL'
  return {
    uid: input.uid,
    sequence: input.sequence,
    title: icsText(input.title),
    description: input.description ? icsText(input.description) : undefined,
    location: input.location ? icsText(input.location) : undefined,
    url: input.url ?? undefined,
    start: input.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: input.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: cancel ? 'CANCELLED' : 'CONFIRMED',
    organizer: { name: paramText(input.organizer.name) || 'Fairdesk', email: address(input.organizer.email) },
    attendees: input.attendee
      ? [
          {
            name: paramText(input.attendee.name) || input.attendee.email,
            email: address(input.attendee.email),
            rsvp: false,
            role: 'REQ-PARTICIPANT',
            partstat: cancel ? 'DECLINED' : (input.attendee.partstat ?? 'ACCEPTED'),
          },
        ]
      : undefined,
    // "-PT24H": ics writes days as "P1DT", which strict parsers refuse.
    alarms: cancel ? undefined : [{ action: 'display', description: escapedText(input.title), trigger: { hours: 24, before: true } }],
  }
}

/** One event as a calendar object (METHOD REQUEST for invitations, CANCEL, or PUBLISH for downloads). */
export function buildInvite(input: InviteInput): string {
  const { error, value } = createEvent({ ...eventAttributes(input), productId: PRODUCT_ID, method: input.method })
  if (error || !value) throw error ?? new Error('ics produced nothing')
  return value
}

export type FeedEvent = {
  id: string
  slug: string
  title: string
  summary?: string | null
  startsAt: Date
  endsAt: Date
  location: string | null
  status: 'PUBLISHED' | 'CANCELLED'
  calendarSequence: number
}

/**
 * The subscribable feed of public events (METHOD:PUBLISH; webcal://…/events.ics): one VEVENT per
 * event with its own UID, cancelled events kept with STATUS:CANCELLED so subscribers' calendars
 * mark them instead of silently keeping the old entry.
 */
export function eventFeed(events: FeedEvent[], options: { appUrl: string; name: string }): string {
  const host = new URL(options.appUrl).hostname
  const base = options.appUrl.replace(/\/$/, '')
  const attributes: EventAttributes[] = events.map((e) => {
    const url = `${base}/events/${encodeURIComponent(e.slug)}`
    return {
      uid: `event-${e.id}@${host}`,
      sequence: e.calendarSequence,
      title: icsText(e.title),
      description: icsText([e.summary, url].filter(Boolean).join('\n\n')),
      location: e.location ? icsText(e.location) : undefined,
      url,
      status: e.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED',
      start: e.startsAt.getTime(),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: e.endsAt.getTime(),
      endInputType: 'utc',
      endOutputType: 'utc',
    }
  })
  const { error, value } = createEvents(attributes, { productId: PRODUCT_ID, method: 'PUBLISH', calName: escapedText(options.name) })
  if (error || !value) throw error ?? new Error('ics produced no calendar')
  return value
}
