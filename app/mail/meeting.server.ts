// Rendering the cooperation exchange's outbox messages (written by cooperation.server.ts):
// `meeting.requested` to the exhibitor's contact, payload { meetingId }; `meeting.scheduled` to
// both sides, payload { meetingId, side: 'requester' | 'exhibitor', sequence }; and
// `meeting.cancelled` to both sides, the same plus the slot as it was. Like the other
// mails they are rendered when sent, from the meeting as it is then, in the recipient's language;
// a request answered by then, or a meeting declined, cancelled or over, is skipped.
//
// The meeting travels as a calendar invitation: one UID per meeting and side, SEQUENCE from the
// payload (it grows with every move, see meetingSequence), METHOD REQUEST.
import { organiserOf, replyToOf } from './organiser.server'
import { buildInvite } from '~/lib/calendar.server'
import { eventFacts, renderMeetingCancelled, renderMeetingRequested, renderMeetingScheduled } from '../../emails/catalog.server'
import type { Db } from '~/lib/db.server'
import { formatDate, formatTimeRange, formatTimeZoneName } from '~/lib/datetime'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import type { OutgoingMail } from '~/lib/mailer.server'

export const MEETING_TEMPLATES = ['meeting.requested', 'meeting.scheduled', 'meeting.cancelled'] as const
export const isMeetingTemplate = (template: string): boolean => (MEETING_TEMPLATES as readonly string[]).includes(template)

type Rendered = { kind: 'mail'; mail: OutgoingMail } | { kind: 'skip'; reason: string }
type Payload = { meetingId?: unknown; side?: unknown; sequence?: unknown; slot?: { startsAt?: unknown; endsAt?: unknown; table?: unknown } }

export function meetingUid(meetingId: string, side: 'requester' | 'exhibitor', appUrl: string): string {
  return `meeting-${meetingId}-${side}@${new URL(appUrl).hostname}`
}

const fullName = (p: { title?: string | null; firstName: string; lastName: string }) =>
  [p.title, p.firstName, p.lastName].filter(Boolean).join(' ')

type MeetingMessage = { template: string; toEmail: string; locale: string; payload?: unknown }

export async function renderMeetingMessage(db: Db, message: MeetingMessage, appUrl: string, now = new Date()): Promise<Rendered> {
  if (message.template === 'meeting.requested') return renderRequest(db, message, appUrl, now)
  if (message.template === 'meeting.cancelled') return renderCancellation(db, message, appUrl, now)
  const payload = (message.payload ?? {}) as Payload
  const side = payload.side === 'exhibitor' ? 'exhibitor' : payload.side === 'requester' ? 'requester' : null
  if (typeof payload.meetingId !== 'string' || !side) return { kind: 'skip', reason: 'no meeting in payload' }
  const meeting = await db.meeting.findUnique({
    where: { id: payload.meetingId },
    include: {
      event: true,
      requester: { include: { company: true } },
      exhibitor: { include: { company: true, stand: true, contactPerson: true } },
    },
  })
  if (!meeting) return { kind: 'skip', reason: 'meeting no longer exists' }
  if (meeting.status !== 'ACCEPTED' && meeting.status !== 'HELD') return { kind: 'skip', reason: `meeting is ${meeting.status} now` }
  if (!meeting.startsAt || !meeting.endsAt || !meeting.tableLabel) return { kind: 'skip', reason: 'meeting has no slot' }
  const { event, requester, exhibitor } = meeting
  if (event.status === 'CANCELLED') return { kind: 'skip', reason: 'event is CANCELLED' }
  if (meeting.endsAt <= now) return { kind: 'skip', reason: 'meeting is over' }
  const recipient = side === 'requester' ? requester : exhibitor.contactPerson
  // The invitation goes to the person it was written for, never to whoever holds that role now.
  if (!recipient || recipient.erasedAt || recipient.email !== message.toEmail.trim()) return { kind: 'skip', reason: 'recipient changed' }

  const base = appUrl.replace(/\/$/, '')
  const lang = toLocale(message.locale)
  const t = await i18next.getFixedT(lang, 'fair')
  const zone = { locale: lang, timeZone: event.timeZone }
  const eventTitle = localized(lang, event.titleDe, event.titleEn)
  const other =
    side === 'requester'
      ? [exhibitor.company.name, exhibitor.contactPerson ? fullName(exhibitor.contactPerson) : null].filter(Boolean).join(', ')
      : [fullName(requester), requester.company?.name].filter(Boolean).join(', ')
  const when = `${formatDate(meeting.startsAt, zone, 'long')}, ${formatTimeRange(meeting.startsAt, meeting.endsAt, zone)}`
  const venue = [event.venueName, event.venueCity].filter(Boolean).join(', ') || eventTitle
  const where = exhibitor.stand
    ? t('meetingMail.where', { venue, number: exhibitor.stand.number, hall: exhibitor.stand.hall, table: meeting.tableLabel })
    : t('meetingMail.whereNoStand', { venue, table: meeting.tableLabel })

  // Each side's own page: the visitor's meetings, or the stand desk of the contact's staff pass.
  const link =
    side === 'requester'
      ? await db.registration.findFirst({
          where: { eventId: event.id, personId: requester.id, status: { not: 'CANCELLED' } },
          select: { manageToken: true },
        })
      : await db.registration.findFirst({
          where: { eventId: event.id, personId: recipient.id, exhibitorId: exhibitor.id, role: 'EXHIBITOR', status: { not: 'CANCELLED' } },
          select: { manageToken: true },
        })
  const pageUrl = link ? `${base}/r/${link.manageToken}/${side === 'requester' ? 'meetings' : 'stand'}` : null
  const organiser = organiserOf(event)
  const title = t('meetingMail.title', { with: side === 'requester' ? exhibitor.company.name : fullName(requester) })

  const content = await renderMeetingScheduled({
    lang,
    subject: t('meetingMail.subject', {
      with: side === 'requester' ? exhibitor.company.name : fullName(requester),
      when: `${formatDate(meeting.startsAt, zone)}, ${formatTimeRange(meeting.startsAt, meeting.endsAt, zone)}`,
    }),
    greeting: t('meetingMail.greeting', { name: fullName(recipient) }),
    body: t(`meetingMail.body.${side}`, { company: exhibitor.company.name, event: eventTitle }),
    meeting: { title, when, zone: formatTimeZoneName(meeting.startsAt, zone), where },
    facts: [
      { label: t('meetingMail.with'), value: other },
      ...(meeting.message ? [{ label: t('meetingMail.message'), value: meeting.message }] : []),
    ],
    page: pageUrl ? { href: pageUrl, label: t(`meetingMail.page.${side}`) } : null,
    organiser,
    footer: t('meetingMail.footer'),
  })
  const sequence =
    typeof payload.sequence === 'number' && Number.isInteger(payload.sequence) && payload.sequence >= 0 ? payload.sequence : 0
  const mail: OutgoingMail = {
    to: message.toEmail,
    ...content,
    ...replyToOf(organiser),
    icalEvent: {
      method: 'REQUEST',
      filename: 'invite.ics',
      content: buildInvite({
        uid: meetingUid(meeting.id, side, base),
        sequence,
        method: 'REQUEST',
        title: `${title} – ${eventTitle}`,
        description: [other, meeting.message, pageUrl].filter(Boolean).join('\n\n'),
        location: where,
        url: pageUrl,
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        organizer: { name: organiser.name, email: organiser.email ?? `noreply@${new URL(base).hostname}` },
        attendee: { name: fullName(recipient), email: message.toEmail.trim() },
      }),
    },
  }
  return { kind: 'mail', mail }
}

/** The request, to the exhibitor's contact, with the link to the stand desk of their staff pass. */
async function renderRequest(db: Db, message: MeetingMessage, appUrl: string, now: Date): Promise<Rendered> {
  const meetingId = (message.payload as Payload | null)?.meetingId
  if (typeof meetingId !== 'string') return { kind: 'skip', reason: 'no meeting in payload' }
  const meeting = await db.meeting.findUnique({
    where: { id: meetingId },
    include: {
      event: true,
      requester: { include: { company: true, profiles: true } },
      exhibitor: { include: { company: true, contactPerson: true } },
    },
  })
  if (!meeting) return { kind: 'skip', reason: 'meeting no longer exists' }
  if (meeting.status !== 'REQUESTED') return { kind: 'skip', reason: `meeting is ${meeting.status} now` }
  const { event, requester, exhibitor } = meeting
  if (event.status === 'CANCELLED' || event.endsAt <= now) return { kind: 'skip', reason: 'event is over or cancelled' }
  const recipient = exhibitor.contactPerson
  if (!recipient || recipient.erasedAt || recipient.email !== message.toEmail.trim() || requester.erasedAt)
    return { kind: 'skip', reason: 'recipient changed' }

  const base = appUrl.replace(/\/$/, '')
  const lang = toLocale(message.locale)
  const t = await i18next.getFixedT(lang, 'fair')
  const name = [fullName(requester), requester.company?.name].filter(Boolean).join(', ')
  const profile = requester.profiles.find((p) => p.eventId === event.id)
  const pass = await db.registration.findFirst({
    where: { eventId: event.id, personId: recipient.id, exhibitorId: exhibitor.id, role: 'EXHIBITOR', status: { not: 'CANCELLED' } },
    select: { manageToken: true },
  })
  const organiser = organiserOf(event)
  const content = await renderMeetingRequested({
    lang,
    subject: t('requestMail.subject', { name: fullName(requester) }),
    greeting: t('meetingMail.greeting', { name: fullName(recipient) }),
    body: t('requestMail.body', { name: fullName(requester), company: exhibitor.company.name }),
    event: eventFacts(event, localized(lang, event.titleDe, event.titleEn), lang),
    facts: [
      { label: t('requestMail.from'), value: name },
      ...(meeting.message ? [{ label: t('meetingMail.message'), value: meeting.message }] : []),
      ...(profile?.offer ? [{ label: t('requestMail.offer'), value: profile.offer }] : []),
      ...(profile?.seek ? [{ label: t('requestMail.seek'), value: profile.seek }] : []),
    ],
    page: pass ? { href: `${base}/r/${pass.manageToken}/stand#requests`, label: t('requestMail.page') } : null,
    organiser,
    footer: t('meetingMail.footer'),
  })
  return { kind: 'mail', mail: { to: message.toEmail, ...content, ...replyToOf(organiser) } }
}

/** The cancellation of a meeting that had a time: the slot from the payload, METHOD:CANCEL with the invitation's UID. */
async function renderCancellation(db: Db, message: MeetingMessage, appUrl: string, now: Date): Promise<Rendered> {
  const payload = (message.payload ?? {}) as Payload
  const side = payload.side === 'exhibitor' ? 'exhibitor' : payload.side === 'requester' ? 'requester' : null
  const startsAt = typeof payload.slot?.startsAt === 'string' ? new Date(payload.slot.startsAt) : null
  const endsAt = typeof payload.slot?.endsAt === 'string' ? new Date(payload.slot.endsAt) : null
  if (
    typeof payload.meetingId !== 'string' ||
    !side ||
    !startsAt ||
    !endsAt ||
    Number.isNaN(startsAt.getTime()) ||
    Number.isNaN(endsAt.getTime())
  )
    return { kind: 'skip', reason: 'no meeting in payload' }
  const meeting = await db.meeting.findUnique({
    where: { id: payload.meetingId },
    include: {
      event: true,
      requester: { include: { company: true } },
      exhibitor: { include: { company: true, stand: true, contactPerson: true } },
    },
  })
  if (!meeting) return { kind: 'skip', reason: 'meeting no longer exists' }
  if (meeting.status !== 'CANCELLED') return { kind: 'skip', reason: `meeting is ${meeting.status} now` }
  if (endsAt <= now) return { kind: 'skip', reason: 'meeting is over' }
  const { event, requester, exhibitor } = meeting
  const recipient = side === 'requester' ? requester : exhibitor.contactPerson
  if (!recipient || recipient.erasedAt || recipient.email !== message.toEmail.trim()) return { kind: 'skip', reason: 'recipient changed' }

  const base = appUrl.replace(/\/$/, '')
  const lang = toLocale(message.locale)
  const t = await i18next.getFixedT(lang, 'fair')
  const zone = { locale: lang, timeZone: event.timeZone }
  const eventTitle = localized(lang, event.titleDe, event.titleEn)
  const withName = side === 'requester' ? exhibitor.company.name : fullName(requester)
  const other = side === 'requester' ? exhibitor.company.name : [fullName(requester), requester.company?.name].filter(Boolean).join(', ')
  const table = typeof payload.slot?.table === 'string' ? payload.slot.table : ''
  const venue = [event.venueName, event.venueCity].filter(Boolean).join(', ') || eventTitle
  const where = exhibitor.stand
    ? t('meetingMail.where', { venue, number: exhibitor.stand.number, hall: exhibitor.stand.hall, table })
    : t('meetingMail.whereNoStand', { venue, table })
  const title = t('meetingMail.title', { with: withName })
  const organiser = organiserOf(event)
  const content = await renderMeetingCancelled({
    lang,
    subject: t('cancelMail.subject', { with: withName, when: `${formatDate(startsAt, zone)}, ${formatTimeRange(startsAt, endsAt, zone)}` }),
    greeting: t('meetingMail.greeting', { name: fullName(recipient) }),
    body: t('cancelMail.body', { event: eventTitle }),
    meeting: {
      title,
      when: `${formatDate(startsAt, zone, 'long')}, ${formatTimeRange(startsAt, endsAt, zone)}`,
      zone: formatTimeZoneName(startsAt, zone),
      where,
    },
    facts: [{ label: t('meetingMail.with'), value: other }],
    organiser,
    footer: t('meetingMail.footer'),
  })
  const sequence =
    typeof payload.sequence === 'number' && Number.isInteger(payload.sequence) && payload.sequence >= 0 ? payload.sequence : 0
  return {
    kind: 'mail',
    mail: {
      to: message.toEmail,
      ...content,
      ...replyToOf(organiser),
      icalEvent: {
        method: 'CANCEL',
        filename: 'cancel.ics',
        content: buildInvite({
          uid: meetingUid(meeting.id, side, base),
          sequence,
          method: 'CANCEL',
          title: `${title} – ${eventTitle}`,
          location: where,
          startsAt,
          endsAt,
          organizer: { name: organiser.name, email: organiser.email ?? `noreply@${new URL(base).hostname}` },
          attendee: { name: fullName(recipient), email: message.toEmail.trim() },
        }),
      },
    },
  }
}
