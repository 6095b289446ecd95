// Delivering the outbox. Every mail was written as a row in the same transaction as the change that
// caused it; here it is rendered from the current data (in the recipient's language), sent, and
// marked. A message is claimed with a guarded update before sending, so two workers — or two
// processes — never send it twice; a failed attempt is retried with exponential backoff, and a
// permanent refusal (5xx) or too many attempts mark it FAILED for staff to see.
import { render } from '@react-email/render'
import { createElement } from 'react'
import { RegistrationMail } from '../../emails/registration-mail'
import type { Db } from '~/lib/db.server'
import { buildInvite } from '~/lib/calendar.server'
import { formatEventRange } from '~/lib/datetime'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import type { OutgoingMail } from '~/lib/mailer.server'
import { qrPng } from '~/lib/qr.server'
import { getTicketKeys, signTicket } from './tickets.server'
import { isSpeakerTemplate, renderSpeakerMessage } from './speaker-mail.server'

export const MAX_ATTEMPTS = 8
const LEASE_MS = 2 * 60_000

/** 30 s, 1 min, 2 min … capped at one hour. */
export function backoff(attempt: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 3_600_000)
}

type Rendered = { kind: 'mail'; mail: OutgoingMail } | { kind: 'skip'; reason: string }

// Which registration states each message still makes sense for (sent later than written).
const EXPECTED_STATUS: Record<string, string[]> = {
  'registration.confirmed': ['CONFIRMED'],
  'registration.promoted': ['CONFIRMED'],
  'registration.waitlisted': ['WAITLISTED'],
  'registration.cancelled': ['CANCELLED'],
  'registration.transferredAway': ['CONFIRMED', 'WAITLISTED', 'CANCELLED'],
  'event.changed': ['CONFIRMED'],
  'event.cancelled': ['CONFIRMED', 'WAITLISTED'],
}
const WITH_TICKET = new Set(['registration.confirmed', 'registration.promoted', 'event.changed'])
const CANCELS_INVITE = new Set(['registration.cancelled', 'registration.transferredAway', 'event.cancelled'])

export async function renderMessage(db: Db, message: { template: string; toEmail: string; locale: string; registrationId: string | null; payload?: unknown }, appUrl: string): Promise<Rendered> {
  if (isSpeakerTemplate(message.template)) return renderSpeakerMessage(db, message, appUrl)
  if (!(message.template in EXPECTED_STATUS) || !message.registrationId) return { kind: 'skip', reason: `unknown template ${message.template}` }
  const registration = await db.registration.findUnique({ where: { id: message.registrationId }, include: { person: true, event: true } })
  if (!registration) return { kind: 'skip', reason: 'registration no longer exists' }
  if (!EXPECTED_STATUS[message.template]!.includes(registration.status)) return { kind: 'skip', reason: `registration is ${registration.status} now` }
  const { event, person } = registration
  const lang = toLocale(message.locale)
  const t = await i18next.getFixedT(lang, 'mail')
  const title = localized(lang, event.titleDe, event.titleEn)
  const where = [event.venueName, event.venueStreet, [event.venuePostcode, event.venueCity].filter(Boolean).join(' ')].filter(Boolean).join(', ') || null
  const when = formatEventRange(event.startsAt, event.endsAt, { locale: lang, timeZone: event.timeZone }, { withTimes: true })
  // The transferred-away person gets no link: the registration (and its link) belong to someone else now.
  const manageUrl = message.template === 'registration.transferredAway' ? `${appUrl}/events/${event.slug}` : `${appUrl}/r/${registration.manageToken}`
  const subject = t(`subject.${message.template}`, { title })
  const withTicket = WITH_TICKET.has(message.template)
  const props = {
    lang,
    subject,
    greeting: t('greeting', { name: `${person.firstName} ${person.lastName}` }),
    body: t(`body.${message.template}`),
    title,
    when,
    where,
    manageUrl,
    labels: { when: t('when'), where: t('where'), ticket: t('ticket'), manage: t('manage'), footer: t('footer') },
    qrCid: withTicket ? 'ticket-qr' : undefined,
  }
  const element = createElement(RegistrationMail, props)
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })])
  const mail: OutgoingMail = { to: message.toEmail, subject, html, text }
  if (withTicket || CANCELS_INVITE.has(message.template)) {
    const cancel = CANCELS_INVITE.has(message.template)
    const organizerEmail = event.contactEmail ?? `noreply@${new URL(appUrl).hostname}`
    mail.icalEvent = {
      method: cancel ? 'CANCEL' : 'REQUEST',
      filename: 'invite.ics',
      content: buildInvite({
        uid: `registration-${registration.id}@${new URL(appUrl).hostname}`,
        // Both counters only grow: a change of the event or of this registration raises it.
        sequence: registration.calendarSequence + event.calendarSequence,
        method: cancel ? 'CANCEL' : 'REQUEST',
        title,
        location: where,
        url: manageUrl,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        organizer: { name: event.organiserName ?? 'Fairdesk', email: organizerEmail },
        attendee: { name: `${person.firstName} ${person.lastName}`, email: message.toEmail },
      }),
    }
  }
  if (withTicket) {
    const code = signTicket(await getTicketKeys(db), registration)
    mail.attachments = [{ filename: 'ticket-qr.png', content: await qrPng(code), contentType: 'image/png', cid: 'ticket-qr' }]
  }
  return { kind: 'mail', mail }
}

export type DeliveryReport = { sent: number; skipped: number; retried: number; failed: number }

/** Delivers the messages that are due. `send` throws on failure (nodemailer's error has responseCode). */
export async function deliverDue(db: Db, options: { send: (mail: OutgoingMail) => Promise<unknown>; appUrl: string; now?: Date; limit?: number }): Promise<DeliveryReport> {
  const now = options.now ?? new Date()
  const report: DeliveryReport = { sent: 0, skipped: 0, retried: 0, failed: 0 }
  const due = await db.outboxMessage.findMany({ where: { status: 'PENDING', nextAttemptAt: { lte: now } }, orderBy: { createdAt: 'asc' }, take: options.limit ?? 50 })
  for (const message of due) {
    // Claim: only the worker whose update matches the attempt count it saw may send.
    const { count } = await db.outboxMessage.updateMany({
      where: { id: message.id, status: 'PENDING', attempts: message.attempts, nextAttemptAt: { lte: now } },
      data: { attempts: { increment: 1 }, nextAttemptAt: new Date(now.getTime() + LEASE_MS) },
    })
    if (count === 0) continue
    const attempt = message.attempts + 1
    try {
      const rendered = await renderMessage(db, message, options.appUrl)
      if (rendered.kind === 'skip') {
        await db.outboxMessage.update({ where: { id: message.id }, data: { status: 'SENT', sentAt: now, lastError: `skipped: ${rendered.reason}` } })
        report.skipped++
        continue
      }
      await options.send(rendered.mail)
      await db.outboxMessage.update({ where: { id: message.id }, data: { status: 'SENT', sentAt: new Date(), lastError: null } })
      report.sent++
    } catch (error) {
      const code = (error as { responseCode?: number }).responseCode
      const permanent = typeof code === 'number' && code >= 500 && code < 600
      const failed = permanent || attempt >= MAX_ATTEMPTS
      await db.outboxMessage.update({
        where: { id: message.id },
        data: {
          status: failed ? 'FAILED' : 'PENDING',
          nextAttemptAt: new Date(now.getTime() + backoff(attempt)),
          lastError: String((error as Error).message ?? error).slice(0, 1_000),
        },
      })
      if (failed) report.failed++
      else report.retried++
    }
  }
  return report
}
