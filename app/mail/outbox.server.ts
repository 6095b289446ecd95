// Delivering the outbox. Every mail was written as a row in the same transaction as the change that
// caused it (payload: the ids it is about); here it is rendered from the data as it is *now*, in
// the recipient's language, sent, and marked.
//
// Never twice: a worker first claims a message with a guarded UPDATE (status PENDING, the attempt
// count it read, due now) that also pushes nextAttemptAt a lease ahead; of two workers — or two
// processes — only one matches. A worker that dies mid-send leaves the message to be retried after
// the lease (at-least-once only in that case; the lease outlasts the transport's timeouts).
//
// Failures: the attempt is counted and the message retried with exponential backoff (30 s, 1 min,
// 2 min … capped at an hour); after MAX_ATTEMPTS (about a day) or a permanent refusal of this
// message or recipient (5xx to RCPT TO or DATA) it is FAILED, with lastError kept for staff. A
// refused login or sender (a configuration problem) is retried, not blamed on the message.
//
// Messages that no longer make sense (a confirmation for a since-cancelled registration, a reminder
// for a cancelled event) are skipped: marked SENT without sending, lastError "skipped: <why>".
import { organiserOf, replyToOf } from './organiser.server'
import {
  renderExhibitorApplied,
  renderExhibitorConfirmation,
  renderExhibitorNewApplication,
  renderExhibitorReapplied,
  renderRegistrationMail,
  eventFacts,
  isRegistrationTemplate,
  type RegistrationTemplate,
} from '../../emails/catalog.server'
import type { ChosenSession, StaffPassFacts } from '../../emails/components/layout'
import { mailT } from '../../emails/components/texts'
import { formatDate, formatDateRange, formatTimeRange } from '~/lib/datetime'
import { buildInvite, inviteSequence, isPlainAddress, registrationUid } from '~/lib/calendar.server'
import type { Db } from '~/lib/db.server'
import { getEnv } from '~/lib/env.server'
import { localized, toLocale } from '~/lib/i18n'
import type { OutgoingMail } from '~/lib/mailer.server'
import { qrPng } from '~/lib/qr.server'
import { waitlistPosition } from '~/domain/registration/register.server'
import type { PreviousHolderCalendar } from '~/domain/outbox/messages'
import { LOGIN_LOCKED_TEMPLATE } from '~/domain/accounts/login-lockout.server'
import { renderLoginLockedMessage } from './login-locked.server'
import { renderPasswordLinkMessage } from './password-link.server'
import { INVITE_TEMPLATE, RESET_TEMPLATE, secretInMessage } from '~/domain/accounts/users.server'
import { isMeetingTemplate, renderMeetingMessage } from './meeting.server'
import { isSpeakerTemplate, renderSpeakerMessage } from './speaker.server'
import { getTicketKeys, signTicket } from '~/domain/checkin/tickets.server'

/** About a day of trying: 7 doubling steps (≈ 1 h in all), then hourly. */
export const MAX_ATTEMPTS = 24
/** How long a claimed message is left alone: longer than a send can take (see outbox-worker). */
export const LEASE_MS = 10 * 60_000
export const SKIPPED = 'skipped: '
export const REFUSED = 'refused: '
export const QR_CID = 'ticket-qr'

export function backoff(attempt: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 3_600_000)
}

/** A mail as handed to nodemailer: the recipient as one address object, so a name is only ever a name. */
export type OutboxMail = Omit<OutgoingMail, 'to'> & { to: string | { name: string; address: string } }

export type Rendered = { kind: 'mail'; mail: OutboxMail } | { kind: 'skip'; reason: string } | { kind: 'invalid'; reason: string }

export type OutboxRow = {
  id: string
  template: string
  toEmail: string
  toName: string | null
  locale: string
  payload: unknown
  registrationId: string | null
  createdAt: Date
}

// The registration states each message still makes sense for when it is finally sent.
const EXPECTED_STATUS: Record<RegistrationTemplate, readonly string[]> = {
  'registration.confirmed': ['CONFIRMED'],
  'registration.staffPass': ['CONFIRMED'],
  'registration.promoted': ['CONFIRMED'],
  'registration.waitlisted': ['WAITLISTED'],
  'registration.cancelled': ['CANCELLED'],
  'registration.transferredAway': ['CONFIRMED', 'WAITLISTED', 'CANCELLED'],
  'registration.reminder': ['CONFIRMED'],
  'registration.link': ['CONFIRMED', 'WAITLISTED'],
  'registration.changed': ['CONFIRMED', 'WAITLISTED'],
  'registration.emailConfirm': ['CONFIRMED', 'WAITLISTED'],
  'registration.emailTaken': ['CONFIRMED', 'WAITLISTED'],
  'registration.emailChanged': ['CONFIRMED', 'WAITLISTED', 'CANCELLED'],
  'event.changed': ['CONFIRMED'],
  'event.cancelled': ['CONFIRMED', 'WAITLISTED'],
}
const WITH_TICKET = new Set<string>([
  'registration.confirmed',
  'registration.staffPass',
  'registration.promoted',
  'event.changed',
  'registration.reminder',
])
// A changed registration carries the ticket again once it has a seat.
const WITH_TICKET_WHEN_CONFIRMED = new Set<string>(['registration.link', 'registration.changed'])
// Mails about an address: to a mailbox that does not (or no longer) own the registration, so they
// carry neither its link nor its ticket.
const ABOUT_ADDRESS = new Set<string>(['registration.emailConfirm', 'registration.emailTaken', 'registration.emailChanged'])
const SENDS_REQUEST = new Set<string>(['registration.confirmed', 'registration.staffPass', 'registration.promoted', 'event.changed'])
const SENDS_CANCEL = new Set<string>(['registration.cancelled', 'registration.transferredAway', 'event.cancelled'])
const SEAT_GONE = new Set<string>(['registration.cancelled', 'registration.transferredAway', 'event.cancelled'])

/** A display name that is only a name: no line breaks or other control characters. */
export function displayName(name: string): string {
  return (
    name
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 120)
  )
}

const personName = (p: { title?: string | null; firstName: string; lastName: string }) =>
  displayName([p.title, p.firstName, p.lastName].filter(Boolean).join(' '))

/** Renders one outbox message from the current data. `now` decides what is "over". */
export async function renderOutboxMessage(db: Db, message: OutboxRow, appUrl: string, now = new Date()): Promise<Rendered> {
  const base = appUrl.replace(/\/$/, '')
  const address = message.toEmail.trim()
  if (!isPlainAddress(address))
    return { kind: 'invalid', reason: `not a single e-mail address: ${JSON.stringify(message.toEmail).slice(0, 120)}` }
  let rendered: Rendered
  if (isSpeakerTemplate(message.template)) {
    rendered = await renderSpeakerMessage(db, { ...message, toEmail: address }, base)
  } else if (isMeetingTemplate(message.template)) {
    rendered = await renderMeetingMessage(db, { ...message, toEmail: address }, base, now)
  } else if (message.template === 'exhibitor.applied' || message.template === 'exhibitor.newApplication') {
    rendered = await renderApplicationMessage(db, message, base)
  } else if (message.template === 'exhibitor.confirmed' || message.template === 'exhibitor.reapplied') {
    rendered = await renderExhibitorMessage(db, message, base)
  } else if (message.template === LOGIN_LOCKED_TEMPLATE) {
    rendered = await renderLoginLockedMessage(db, { ...message, toEmail: address }, base)
  } else if (message.template === INVITE_TEMPLATE || message.template === RESET_TEMPLATE) {
    rendered = await renderPasswordLinkMessage(db, { ...message, toEmail: address }, base, now)
  } else if (isRegistrationTemplate(message.template)) {
    rendered = await renderRegistrationMessage(db, message, message.template, base, now)
  } else {
    return { kind: 'invalid', reason: `unknown template ${message.template}` }
  }
  if (rendered.kind !== 'mail') return rendered
  // Whatever the template did: the one recipient is toEmail, the name only a display name.
  const name = displayName(typeof rendered.mail.to === 'object' ? rendered.mail.to.name : (message.toName ?? ''))
  return { kind: 'mail', mail: { ...rendered.mail, to: { name, address } } }
}

async function renderRegistrationMessage(
  db: Db,
  message: OutboxRow,
  template: RegistrationTemplate,
  base: string,
  now: Date,
): Promise<Rendered> {
  if (!message.registrationId) return { kind: 'invalid', reason: 'no registration' }
  const registration = await db.registration.findUnique({ where: { id: message.registrationId }, include: { person: true, event: true } })
  if (!registration) return { kind: 'skip', reason: 'registration no longer exists' }
  const { event } = registration
  if (!EXPECTED_STATUS[template].includes(registration.status))
    return { kind: 'skip', reason: `registration is ${registration.status} now` }

  // The mail goes to the person it was written for; a registration handed to a colleague since
  // must not send the colleague's ticket to the previous holder (nor the reverse).
  const transferred = template === 'registration.transferredAway'
  const aboutAddress = ABOUT_ADDRESS.has(template)
  const person =
    transferred || template === 'registration.emailTaken'
      ? await db.person.findUnique({ where: { email: message.toEmail.trim() } })
      : registration.person
  if (person?.erasedAt || registration.person.erasedAt) return { kind: 'skip', reason: 'person erased' }
  const belongsToRecipient = registration.person.email === message.toEmail.trim()
  if ((transferred || aboutAddress) === belongsToRecipient)
    return {
      kind: 'skip',
      reason: transferred || aboutAddress ? 'registration belongs to this address' : 'registration belongs to someone else now',
    }
  let emailChange: { token: string; newEmail: string; usedAt: Date | null; expiresAt: Date } | null = null
  if (aboutAddress) {
    const id = (message.payload as { emailChangeId?: unknown } | null)?.emailChangeId
    emailChange = typeof id === 'string' ? await db.emailChange.findUnique({ where: { id } }) : null
    if (!emailChange) return { kind: 'skip', reason: 'address change no longer exists' }
    if (template === 'registration.emailConfirm' && (emailChange.usedAt || emailChange.expiresAt <= now))
      return { kind: 'skip', reason: 'confirmation link used or expired' }
  }

  if (template === 'event.cancelled' ? event.status !== 'CANCELLED' : event.status === 'CANCELLED' && !SEAT_GONE.has(template)) {
    return { kind: 'skip', reason: `event is ${event.status}` }
  }
  if (!SEAT_GONE.has(template) && event.endsAt <= now) return { kind: 'skip', reason: 'event is over' }
  if (template === 'registration.reminder') {
    if (event.startsAt <= now) return { kind: 'skip', reason: 'event has started' }
    if (await hasOtherReminder(db, message)) return { kind: 'skip', reason: 'reminder already sent' }
  }

  // The previous holder keeps their language; everyone else gets the registration's.
  const lang = toLocale(transferred ? message.locale : registration.locale)
  const title = localized(lang, event.titleDe, event.titleEn)
  const name =
    template === 'registration.emailChanged' && message.toName
      ? displayName(message.toName)
      : person
        ? personName(person)
        : displayName(message.toName ?? '')
  const manage = `${base}/r/${registration.manageToken}`
  const noLink = SEAT_GONE.has(template) || aboutAddress
  const withTicket = WITH_TICKET.has(template) || (WITH_TICKET_WHEN_CONFIRMED.has(template) && registration.status === 'CONFIRMED')
  const organiser = organiserOf(event)
  const organiserEmail = organiser.email
  const payload = (message.payload ?? {}) as { what?: unknown; invite?: unknown }
  const sessions = noLink ? [] : await chosenSessions(db, registration.id, lang, event.timeZone)
  const registeredBy =
    (template === 'registration.confirmed' || template === 'registration.waitlisted') && registration.registeredById
      ? await db.registration.findUnique({ where: { id: registration.registeredById }, include: { person: true } })
      : null
  const staffPass = template === 'registration.staffPass' ? await staffPassFacts(db, registration, lang, `${manage}/stand`) : null
  if (template === 'registration.staffPass' && !staffPass) return { kind: 'skip', reason: 'no longer a staff pass' }
  const content = await renderRegistrationMail(template, {
    lang,
    name,
    event: eventFacts(event, title, lang),
    organiser,
    links: {
      manage: noLink ? null : manage,
      calendar: withTicket ? `${manage}/calendar.ics` : null,
      ticketPdf: withTicket ? `${manage}/ticket.pdf` : null,
      event: event.isPublic ? `${base}/events/${event.slug}` : null,
    },
    qrSrc: withTicket ? `cid:${QR_CID}` : null,
    waitlistPosition:
      template === 'registration.waitlisted' || template === 'registration.link' ? await waitlistPosition(db, registration) : null,
    registeredBy: registeredBy && !registeredBy.person.erasedAt ? personName(registeredBy.person) : null,
    sessions,
    change: payload.what === 'details' || payload.what === 'email' ? payload.what : 'choices',
    newEmail: emailChange?.newEmail ?? (template === 'registration.changed' ? registration.person.email : null),
    confirmEmail: template === 'registration.emailConfirm' && emailChange ? `${base}/r/confirm-email/${emailChange.token}` : null,
    staffPass,
  })
  const mail: OutboxMail = { to: { name, address: message.toEmail }, ...content }
  if (organiserEmail) mail.replyTo = organiserEmail

  // Only someone who was sent an invitation gets a cancellation of it.
  const hadInvite = template !== 'event.cancelled' || registration.status === 'CONFIRMED'
  // A changed registration updates the invitation when its sessions or its address changed.
  const updatesInvite = template === 'registration.changed' && payload.invite === true && registration.status === 'CONFIRMED'
  const method = SENDS_REQUEST.has(template) || updatesInvite ? 'REQUEST' : SENDS_CANCEL.has(template) && hadInvite ? 'CANCEL' : null
  if (method) {
    // A previous holder's cancellation names their own item, pinned when the seat was handed on
    // (rows queued before that was pinned: the item before the last transfer).
    const holder = transferred
      ? (previousHolderCalendar(message.payload) ?? {
          transferCount: Math.max(0, registration.transferCount - 1),
          calendarSequence: registration.calendarSequence,
        })
      : registration
    mail.icalEvent = {
      method,
      filename: method === 'CANCEL' ? 'cancel.ics' : 'invite.ics',
      content: buildInvite({
        uid: registrationUid(registration.id, base, holder.transferCount),
        sequence: inviteSequence(holder, event),
        method,
        title,
        description: [
          localized(lang, event.summaryDe, event.summaryEn),
          sessions.length ? sessionLines(sessions, lang) : null,
          SEAT_GONE.has(template) ? `${base}/events/${event.slug}` : manage,
        ]
          .filter(Boolean)
          .join('\n\n'),
        location: eventFacts(event, title, lang).where,
        url: SEAT_GONE.has(template) ? null : manage,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        organizer: { name: organiser.name, email: organiserEmail ?? `noreply@${new URL(base).hostname}` },
        attendee: { name: name || message.toEmail, email: message.toEmail.trim() },
      }),
    }
  }
  if (withTicket) {
    const code = signTicket(await getTicketKeys(db), registration)
    mail.attachments = [{ filename: 'ticket-qr.png', content: await qrPng(code), contentType: 'image/png', cid: QR_CID }]
  }
  return { kind: 'mail', mail }
}

/** What a stand staff pass is: the exhibitor's company and stand, the fair's days, and the stand desk; null when it is no pass (any more). */
async function staffPassFacts(
  db: Db,
  registration: { role: string; exhibitorId: string | null; event: { startsAt: Date; endsAt: Date; timeZone: string } },
  lang: 'de' | 'en',
  desk: string,
): Promise<StaffPassFacts | null> {
  if (registration.role !== 'EXHIBITOR' || !registration.exhibitorId) return null
  const exhibitor = await db.exhibitor.findUnique({ where: { id: registration.exhibitorId }, include: { company: true, stand: true } })
  if (!exhibitor || exhibitor.status !== 'ACCEPTED') return null
  const { event } = registration
  return {
    company: exhibitor.company.name,
    stand: exhibitor.stand ? { hall: exhibitor.stand.hall, number: exhibitor.stand.number } : null,
    days: formatDateRange(event.startsAt, event.endsAt, { locale: lang, timeZone: event.timeZone }),
    desk,
  }
}

function previousHolderCalendar(payload: unknown): PreviousHolderCalendar | null {
  const calendar = (payload as { calendar?: Partial<PreviousHolderCalendar> } | null)?.calendar
  if (!calendar || !Number.isInteger(calendar.transferCount) || !Number.isInteger(calendar.calendarSequence)) return null
  return { transferCount: calendar.transferCount!, calendarSequence: calendar.calendarSequence! }
}

/** The sessions a registration holds (or waits for), in programme order, as the recipient reads them. */
async function chosenSessions(db: Db, registrationId: string, lang: 'de' | 'en', timeZone: string): Promise<ChosenSession[]> {
  const held = await db.registrationSession.findMany({
    where: { registrationId, status: { not: 'CANCELLED' } },
    include: { session: true },
    orderBy: [{ session: { startsAt: 'asc' } }, { session: { titleDe: 'asc' } }],
  })
  const zone = { locale: lang, timeZone }
  return held.map((h) => ({
    title: localized(lang, h.session.titleDe, h.session.titleEn),
    when: `${formatDate(h.session.startsAt, zone)}, ${formatTimeRange(h.session.startsAt, h.session.endsAt, zone)}`,
    waitlisted: h.status === 'WAITLISTED',
  }))
}

/** The sessions for the invitation's DESCRIPTION: one line each. */
function sessionLines(sessions: ChosenSession[], lang: 'de' | 'en'): string {
  const t = mailT(lang)
  return [
    `${t('common.sessions')}:`,
    ...sessions.map((s) => `– ${s.title} (${s.when})${s.waitlisted ? ` – ${t('common.sessionWaitlisted')}` : ''}`),
  ].join('\n')
}

/** Two workers may enqueue a reminder at once: only the first row (by creation) is ever sent. */
async function hasOtherReminder(db: Db, message: OutboxRow): Promise<boolean> {
  const other = await db.outboxMessage.findFirst({
    where: {
      template: 'registration.reminder',
      registrationId: message.registrationId,
      id: { not: message.id },
      OR: [
        { status: 'SENT', lastError: null },
        { createdAt: { lt: message.createdAt } },
        { createdAt: message.createdAt, id: { lt: message.id } },
      ],
    },
    select: { id: true },
  })
  return other !== null
}

/** The acknowledgement to the applicant and the notice to the organisers, while the application is still under review. */
async function renderApplicationMessage(db: Db, message: OutboxRow, base: string): Promise<Rendered> {
  const exhibitorId = (message.payload as { exhibitorId?: unknown } | null)?.exhibitorId
  if (typeof exhibitorId !== 'string') return { kind: 'invalid', reason: 'no exhibitor in payload' }
  const exhibitor = await db.exhibitor.findUnique({
    where: { id: exhibitorId },
    include: { company: true, event: true, contactPerson: true },
  })
  if (!exhibitor) return { kind: 'skip', reason: 'exhibitor no longer exists' }
  // Decided before the mail went out: the decision's own mail (or none) says what there is to say.
  if (exhibitor.status !== 'APPLIED') return { kind: 'skip', reason: `exhibitor is ${exhibitor.status} now` }
  const { event, contactPerson } = exhibitor
  if (event.status === 'CANCELLED') return { kind: 'skip', reason: 'event is CANCELLED' }
  const lang = toLocale(message.locale)
  const title = localized(lang, event.titleDe, event.titleEn)
  const organiser = organiserOf(event)
  if (message.template === 'exhibitor.newApplication') {
    const name = displayName(message.toName ?? organiser.name)
    const content = await renderExhibitorNewApplication({
      lang,
      company: exhibitor.company.name,
      contact: contactPerson ? { name: personName(contactPerson), email: contactPerson.email } : { name: '–', email: '–' },
      areaWantedSqm: exhibitor.areaWantedSqm ?? 0,
      topics: (lang === 'en' && exhibitor.topicsEn) || exhibitor.topicsDe || '–',
      event: eventFacts(event, title, lang),
      organiser,
      links: { fair: `${base}/admin/events/${event.id}/fair` },
    })
    return { kind: 'mail', mail: { to: { name, address: message.toEmail }, ...content } }
  }
  // The acknowledgement is for the one who applied; a contact since erased or replaced gets nothing.
  if (!contactPerson || contactPerson.erasedAt || contactPerson.email !== message.toEmail.trim())
    return { kind: 'skip', reason: 'no longer the contact person' }
  const name = personName(contactPerson)
  const content = await renderExhibitorApplied({
    lang,
    name,
    company: exhibitor.company.name,
    areaWantedSqm: exhibitor.areaWantedSqm ?? 0,
    event: eventFacts(event, title, lang),
    organiser,
    links: { event: event.isPublic ? `${base}/events/${event.slug}` : null },
  })
  return { kind: 'mail', mail: { to: { name, address: message.toEmail }, ...content } }
}

async function renderExhibitorMessage(db: Db, message: OutboxRow, base: string): Promise<Rendered> {
  const exhibitorId = (message.payload as { exhibitorId?: unknown } | null)?.exhibitorId
  if (typeof exhibitorId !== 'string') return { kind: 'invalid', reason: 'no exhibitor in payload' }
  const exhibitor = await db.exhibitor.findUnique({
    where: { id: exhibitorId },
    include: { company: true, stand: true, event: true, contactPerson: true },
  })
  if (!exhibitor) return { kind: 'skip', reason: 'exhibitor no longer exists' }
  const reapplied = message.template === 'exhibitor.reapplied'
  const { status } = exhibitor
  const standing = status === 'APPLIED' || status === 'ACCEPTED' ? status : null
  if (reapplied ? !standing : status !== 'ACCEPTED') return { kind: 'skip', reason: `exhibitor is ${status} now` }
  if (exhibitor.event.status === 'CANCELLED') return { kind: 'skip', reason: 'event is CANCELLED' }
  const lang = toLocale(message.locale)
  const { event, contactPerson } = exhibitor
  const toContact = contactPerson !== null && contactPerson.email === message.toEmail.trim()
  // Word of a repeated application is for the company's contact person only (the one who applied first).
  if (reapplied && !toContact) return { kind: 'skip', reason: 'no longer the contact person' }
  const name = toContact ? personName(contactPerson) : displayName(message.toName ?? exhibitor.company.name)
  const title = localized(lang, event.titleDe, event.titleEn)
  if (reapplied && standing) {
    const content = await renderExhibitorReapplied({
      lang,
      name,
      company: exhibitor.company.name,
      event: eventFacts(event, title, lang),
      status: standing,
      organiser: organiserOf(event),
      links: { event: event.isPublic ? `${base}/events/${event.slug}` : null },
    })
    return { kind: 'mail', mail: { to: { name, address: message.toEmail }, ...content, ...replyToOf(organiserOf(event)) } }
  }
  const content = await renderExhibitorConfirmation({
    lang,
    name,
    company: exhibitor.company.name,
    event: eventFacts(event, title, lang),
    stand: exhibitor.stand ? { hall: exhibitor.stand.hall, number: exhibitor.stand.number } : null,
    areaSqm: exhibitor.areaSqm ?? exhibitor.stand?.areaSqm ?? null,
    organiser: organiserOf(event),
    links: { event: event.isPublic ? `${base}/events/${event.slug}` : null },
  })
  return { kind: 'mail', mail: { to: { name, address: message.toEmail }, ...content, ...replyToOf(organiserOf(event)) } }
}

// ───────────────────────────── delivery ─────────────────────────────

/** `lost`: messages another worker claimed first (between our read and our claim). */
export type DeliveryReport = { sent: number; skipped: number; retried: number; failed: number; lost: number }

type SmtpError = { code?: string; responseCode?: number; command?: string; message?: string }

/** A refusal of this message or this recipient is permanent; trouble with the server or our login is not. */
function classify(error: unknown): { permanent: boolean; text: string } {
  const e = (error ?? {}) as SmtpError
  const text = String(e.message ?? error)
    .replace(/\s+/g, ' ')
    .slice(0, 900)
  const refusedByServer = typeof e.responseCode === 'number' && e.responseCode >= 500 && (e.command === 'RCPT TO' || e.command === 'DATA')
  const refusedByClient = e.code === 'EENVELOPE' && e.command === 'API'
  if (refusedByServer || refusedByClient) return { permanent: true, text: `${REFUSED}${text}` }
  return { permanent: false, text: e.code ? `${e.code}: ${text}` : text }
}

type DeliverOptions = {
  /**
   * Sends one mail; throws on failure (nodemailer's errors carry responseCode and command). Method
   * syntax on purpose: senders typed for mailer.server's OutgoingMail (`to: string`) are accepted.
   */
  send(mail: OutboxMail): Promise<unknown>
  appUrl?: string
  now?: Date
  limit?: number
  concurrency?: number
}

/** Delivers the messages that are due; safe to run in several workers and processes at once. */
export async function deliverDue(db: Db, options: DeliverOptions): Promise<DeliveryReport> {
  const now = options.now ?? new Date()
  const appUrl = options.appUrl ?? getEnv().APP_URL
  const report: DeliveryReport = { sent: 0, skipped: 0, retried: 0, failed: 0, lost: 0 }
  const due = await db.outboxMessage.findMany({
    where: { status: 'PENDING', nextAttemptAt: { lte: now } },
    orderBy: [{ nextAttemptAt: 'asc' }, { createdAt: 'asc' }],
    take: options.limit ?? 50,
  })
  let next = 0
  const lane = async () => {
    while (next < due.length) {
      report[await deliverOne(db, due[next++]!, { ...options, appUrl, now })]++
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, lane))
  return report
}

async function deliverOne(
  db: Db,
  message: OutboxRow & { attempts: number },
  options: DeliverOptions & { appUrl: string; now: Date },
): Promise<keyof DeliveryReport> {
  const { now } = options
  // The claim: only the worker whose update still sees the attempt count it read may send.
  const { count } = await db.outboxMessage.updateMany({
    where: { id: message.id, status: 'PENDING', attempts: message.attempts, nextAttemptAt: { lte: now } },
    data: { attempts: { increment: 1 }, nextAttemptAt: new Date(now.getTime() + LEASE_MS) },
  })
  if (count === 0) return 'lost'
  const attempt = message.attempts + 1
  // Every later write is guarded by the claim too, so a worker whose lease ran out writes nothing.
  const mark = (data: Parameters<Db['outboxMessage']['updateMany']>[0]['data']) =>
    db.outboxMessage.updateMany({ where: { id: message.id, status: 'PENDING', attempts: attempt }, data })
  try {
    const rendered = await renderOutboxMessage(db, message, options.appUrl, now)
    if (rendered.kind === 'skip') {
      await mark({ status: 'SENT', sentAt: now, lastError: `${SKIPPED}${rendered.reason}` })
      return 'skipped'
    }
    if (rendered.kind === 'invalid') {
      await mark({ status: 'FAILED', lastError: `${REFUSED}${rendered.reason}` })
      return 'failed'
    }
    await options.send(rendered.mail)
    await mark({ status: 'SENT', sentAt: new Date(), lastError: null })
    return 'sent'
  } catch (error) {
    const { permanent, text } = classify(error)
    const failed = permanent || attempt >= MAX_ATTEMPTS
    await mark({ status: failed ? 'FAILED' : 'PENDING', nextAttemptAt: new Date(now.getTime() + backoff(attempt)), lastError: text })
    return failed ? 'failed' : 'retried'
  }
}

// ───────────────────────────── reminders ─────────────────────────────

/**
 * Writes a reminder for every confirmed registration whose event starts within `leadMs` and that
 * has none yet. People who got their seat inside that window just had their confirmation and get
 * no reminder on top.
 */
export async function enqueueReminders(db: Db, { now = new Date(), leadMs }: { now?: Date; leadMs: number }): Promise<number> {
  const candidates = await db.registration.findMany({
    where: {
      status: 'CONFIRMED',
      event: { status: 'PUBLISHED', startsAt: { gt: now, lte: new Date(now.getTime() + leadMs) } },
      person: { erasedAt: null },
      outbox: { none: { template: 'registration.reminder' } },
    },
    select: { id: true, locale: true, confirmedAt: true, person: { select: { email: true } }, event: { select: { startsAt: true } } },
    take: 1_000,
  })
  const due = candidates.filter((r) => r.confirmedAt && r.confirmedAt.getTime() <= r.event.startsAt.getTime() - leadMs)
  if (due.length === 0) return 0
  await db.outboxMessage.createMany({
    data: due.map((r) => ({
      template: 'registration.reminder',
      toEmail: r.person.email,
      locale: r.locale,
      registrationId: r.id,
      payload: { registrationId: r.id },
    })),
  })
  return due.length
}

// ───────────────────────────── for staff ─────────────────────────────

export const OUTBOX_FILTERS = ['PENDING', 'SENT', 'FAILED', 'SKIPPED'] as const
export type OutboxFilter = (typeof OUTBOX_FILTERS)[number]
const PAGE_SIZE = 50

function filterWhere(filter: OutboxFilter | undefined, q: string | undefined) {
  const status =
    filter === 'SKIPPED'
      ? { status: 'SENT' as const, lastError: { startsWith: SKIPPED } }
      : filter === 'SENT'
        ? { status: 'SENT' as const, OR: [{ lastError: null }, { NOT: { lastError: { startsWith: SKIPPED } } }] }
        : filter
          ? { status: filter }
          : {}
  return { ...status, ...(q ? { toEmail: { contains: q.toLowerCase() } } : {}) }
}

export async function listOutbox(db: Db, { filter, q, page = 1 }: { filter?: OutboxFilter; q?: string; page?: number }) {
  const where = filterWhere(filter, q)
  const [total, failed] = await Promise.all([db.outboxMessage.count({ where }), db.outboxMessage.count({ where: { status: 'FAILED' } })])
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE))
  const current = Math.min(Math.max(1, page), pages)
  const messages = await db.outboxMessage.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (current - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: {
      id: true,
      template: true,
      toEmail: true,
      locale: true,
      status: true,
      attempts: true,
      nextAttemptAt: true,
      lastError: true,
      sentAt: true,
      createdAt: true,
    },
  })
  return { messages, total, page: current, pages, failed }
}

/** What staff see of one message: the row, and how it would be rendered now. */
export async function viewOutboxMessage(db: Db, id: string, appUrl = getEnv().APP_URL) {
  const found = await db.outboxMessage.findUnique({ where: { id } })
  if (!found) return null
  const rendered = await renderOutboxMessage(db, found, appUrl)
  // A password link is never shown to whoever reads the outbox: they must not use it.
  const secret = secretInMessage(found.template, found.payload)
  const hide = (text: string) => (secret ? text.replaceAll(secret, '…') : text)
  const message = secret ? { ...found, payload: JSON.parse(hide(JSON.stringify(found.payload))) as typeof found.payload } : found
  if (rendered.kind !== 'mail') return { message, rendered }
  // Shown in the browser, the inline QR (cid:) becomes a data: URL.
  const qr = rendered.mail.attachments?.find((a) => a.cid === QR_CID)
  const html =
    qr && rendered.mail.html
      ? rendered.mail.html.replaceAll(`cid:${QR_CID}`, `data:image/png;base64,${Buffer.from(qr.content).toString('base64')}`)
      : rendered.mail.html
  return {
    message,
    rendered: { kind: 'mail' as const, mail: { ...rendered.mail, html: html && hide(html), text: hide(rendered.mail.text) } },
  }
}

export type RetryResult = { kind: 'queued' } | { kind: 'notFound' } | { kind: 'notFailed' }

/** Staff try a FAILED message again (e.g. after fixing the address or the mail server): a fresh set of attempts. */
export async function retryMessage(db: Db, id: string, now = new Date()): Promise<RetryResult> {
  const { count } = await db.outboxMessage.updateMany({
    where: { id, status: 'FAILED' },
    data: { status: 'PENDING', attempts: 0, nextAttemptAt: now },
  })
  if (count === 1) return { kind: 'queued' }
  return (await db.outboxMessage.count({ where: { id } })) ? { kind: 'notFailed' } : { kind: 'notFound' }
}
