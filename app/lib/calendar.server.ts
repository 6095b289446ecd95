// Calendar invitations with `ics`. Times are written in UTC (ics has no VTIMEZONE support and its
// "local" is the server's zone), so an event at 10:00 Berlin is 09:00Z in winter and 08:00Z in
// summer — correct in every calendar. `ics` escapes text values per RFC 5545 (\ ; , newline);
// parameter values (CN="…") it only quotes, so names lose quotes and line breaks here.
import { createEvent, type EventAttributes } from 'ics'

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
  attendee?: { name: string; email: string }
}

const paramSafe = (text: string) => text.replace(/["\r\n\\;:,]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100)
const utc = (d: Date) => d.getTime()

export function buildInvite(input: InviteInput): string {
  const attributes: EventAttributes = {
    uid: input.uid,
    sequence: input.sequence,
    method: input.method,
    title: input.title,
    description: input.description ?? undefined,
    location: input.location ?? undefined,
    url: input.url ?? undefined,
    start: utc(input.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utc(input.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: input.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    productId: 'fairdesk',
    organizer: { name: paramSafe(input.organizer.name), email: input.organizer.email },
    attendees: input.attendee
      ? [{ name: paramSafe(input.attendee.name), email: input.attendee.email, rsvp: false, role: 'REQ-PARTICIPANT', partstat: 'ACCEPTED' }]
      : undefined,
    alarms: input.method === 'CANCEL' ? undefined : [{ action: 'display', description: input.title, trigger: { hours: 24, before: true } }],
  }
  const { error, value } = createEvent(attributes)
  if (error || !value) throw error ?? new Error('ics produced nothing')
  return value
}
