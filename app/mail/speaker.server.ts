// Rendering the speaker messages of the outbox (written by programme.server.ts and
// speakers.server.ts): `speaker.invitation`, `speaker.slotChanged`, `speaker.slotCancelled`.
// Like the registration mails they are rendered when sent, from the data as it is then; the
// cancellation carries the slot as it was in its payload, since the session may be gone.
//
// The slot travels as a calendar invitation: one UID per speaker and session, SEQUENCE the
// session's calendarSequence (raised by every move) plus the speaker's (raised by every answer,
// which the invitation states as PARTSTAT), METHOD REQUEST or CANCEL. Both only grow, so every
// version a speaker gets is higher than the one before.
import { organiserOf, replyToOf } from './organiser.server'
import { render } from '@react-email/render'
import { createElement } from 'react'
import { SpeakerMail } from '../../emails/speaker-mail'
import { buildInvite } from '~/lib/calendar.server'
import type { Db } from '~/lib/db.server'
import { formatDate, formatTimeRange } from '~/lib/datetime'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import type { OutgoingMail } from '~/lib/mailer.server'
import { calendarText } from '~/domain/programme/calendar.server'
import type { SlotSnapshot, SpeakerTemplate } from '~/domain/programme/programme.server'
import { speakerName } from '~/domain/programme/programme.server'

export const SPEAKER_TEMPLATES: readonly SpeakerTemplate[] = ['speaker.invitation', 'speaker.slotChanged', 'speaker.slotCancelled']

export const isSpeakerTemplate = (template: string): template is SpeakerTemplate =>
  (SPEAKER_TEMPLATES as readonly string[]).includes(template)

type Rendered = { kind: 'mail'; mail: OutgoingMail } | { kind: 'skip'; reason: string }
type Payload = { speakerId?: unknown; sessionId?: unknown; slot?: SlotSnapshot }

const KEY: Record<SpeakerTemplate, 'invitation' | 'slotChanged' | 'slotCancelled'> = {
  'speaker.invitation': 'invitation',
  'speaker.slotChanged': 'slotChanged',
  'speaker.slotCancelled': 'slotCancelled',
}

export function speakerSlotUid(speakerId: string, sessionId: string, appUrl: string): string {
  return `speaker-${speakerId}-session-${sessionId}@${new URL(appUrl).hostname}`
}

export async function renderSpeakerMessage(
  db: Db,
  message: { template: string; toEmail: string; locale: string; payload?: unknown },
  appUrl: string,
): Promise<Rendered> {
  if (!isSpeakerTemplate(message.template)) return { kind: 'skip', reason: `unknown template ${message.template}` }
  const payload = (message.payload ?? {}) as Payload
  if (typeof payload.speakerId !== 'string') return { kind: 'skip', reason: 'no speaker in payload' }
  const speaker = await db.speaker.findUnique({ where: { id: payload.speakerId }, include: { person: true, event: true } })
  if (!speaker || speaker.person.erasedAt) return { kind: 'skip', reason: 'speaker no longer exists' }
  const cancelling = message.template === 'speaker.slotCancelled'
  if (!cancelling && speaker.status === 'DECLINED') return { kind: 'skip', reason: 'speaker declined' }
  const { event, person } = speaker
  const sessionId = typeof payload.sessionId === 'string' ? payload.sessionId : null

  // The slot: as it is now (invitation, change), or as it was (cancellation).
  let slot: { titleDe: string; titleEn: string; startsAt: Date; endsAt: Date; roomName: string | null; sequence: number } | null = null
  if (cancelling) {
    if (!sessionId || !payload.slot) return { kind: 'skip', reason: 'cancellation without slot' }
    const s = payload.slot
    slot = {
      titleDe: s.titleDe,
      titleEn: s.titleEn,
      startsAt: new Date(s.startsAt),
      endsAt: new Date(s.endsAt),
      roomName: s.roomName,
      sequence: s.sequence,
    }
  } else if (sessionId) {
    const session = await db.session.findFirst({
      where: { id: sessionId, speakers: { some: { speakerId: speaker.id } } },
      include: { room: true },
    })
    if (!session) return { kind: 'skip', reason: 'speaker no longer in this session' }
    slot = { ...session, roomName: session.room?.name ?? null, sequence: session.calendarSequence }
  } else if (message.template === 'speaker.slotChanged') {
    return { kind: 'skip', reason: 'change without slot' }
  }

  const lang = toLocale(message.locale)
  const t = await i18next.getFixedT(lang, 'programme')
  const zone = { locale: lang, timeZone: event.timeZone }
  const eventTitle = localized(lang, event.titleDe, event.titleEn)
  const key = KEY[message.template]
  const slotTitle = slot ? localized(lang, slot.titleDe, slot.titleEn) : null
  const venue = [event.venueName, event.venueStreet, [event.venuePostcode, event.venueCity].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ')
  const where = slot ? [slot.roomName, venue].filter(Boolean).join(', ') || null : null
  const pageUrl = `${appUrl.replace(/\/$/, '')}/s/${speaker.token}`
  const subject = t(`speakerMail.subject.${key}`, { title: eventTitle })
  const element = createElement(SpeakerMail, {
    lang,
    subject,
    eventTitle,
    greeting: t('speakerMail.greeting', { name: speakerName(person) }),
    body: t(`speakerMail.body.${key}${key === 'invitation' && !slot ? 'NoSlot' : ''}`),
    slot:
      slot && slotTitle
        ? {
            title: slotTitle,
            when: `${formatDate(slot.startsAt, zone, 'long')}, ${formatTimeRange(slot.startsAt, slot.endsAt, zone)}`,
            where,
          }
        : null,
    labels: {
      slot: t('speakerMail.slot'),
      when: t('speakerMail.when'),
      where: t('speakerMail.where'),
      page: t('speakerMail.page'),
      footer: t('speakerMail.footer'),
    },
    pageUrl,
  })
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })])
  const organiser = organiserOf(event)
  // Speakers answer the organiser, not the system.
  const mail: OutgoingMail = { to: message.toEmail, subject, html, text, ...replyToOf(organiser) }
  if (slot && sessionId && slotTitle) {
    const method = cancelling ? 'CANCEL' : 'REQUEST'
    const hostname = new URL(appUrl).hostname
    mail.icalEvent = {
      method,
      filename: 'invite.ics',
      content: buildInvite({
        uid: speakerSlotUid(speaker.id, sessionId, appUrl),
        sequence: slot.sequence + speaker.calendarSequence,
        method,
        title: calendarText(`${slotTitle} – ${eventTitle}`),
        location: where ? calendarText(where) : null,
        url: pageUrl,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        organizer: { name: organiser.name, email: organiser.email ?? `noreply@${hostname}` },
        // Until the speaker accepts on their page the invitation is a question, not an appointment.
        attendee: {
          name: speakerName(person),
          email: message.toEmail,
          partstat: speaker.status === 'CONFIRMED' ? 'ACCEPTED' : 'NEEDS-ACTION',
        },
      }),
    }
  }
  return { kind: 'mail', mail }
}
