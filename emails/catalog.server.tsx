// Every mail template by its outbox name, how to render it (HTML + plain text + subject), and demo
// data for the staff preview (/admin/emails). The outbox fills the same props from the database.
import { render } from '@react-email/render'
import { createElement, type ReactElement } from 'react'
import { formatDate, formatDateRange, formatDateTime, formatEventRange, formatTimeRange, formatTimeZoneName } from '~/lib/datetime'
import { i18next } from '~/lib/i18next.server'
import type { EventFacts, MailLocale, RegistrationMailProps } from './components/layout'
import { mailT } from './components/texts'
import { EventCancelled } from './event-cancelled'
import { EventChanged } from './event-changed'
import { ExhibitorApplied, type ExhibitorAppliedProps } from './exhibitor-applied'
import { ExhibitorConfirmation, type ExhibitorConfirmationProps } from './exhibitor-confirmation'
import { ExhibitorNewApplication, type ExhibitorNewApplicationProps } from './exhibitor-new-application'
import { ExhibitorReapplied, type ExhibitorReappliedProps } from './exhibitor-reapplied'
import { LoginLocked, type LoginLockedProps } from './login-locked'
import { PasswordLink, type PasswordLinkProps } from './password-link'
import { MeetingCancelled, type MeetingCancelledProps } from './meeting-cancelled'
import { MeetingRequested, type MeetingRequestedProps } from './meeting-requested'
import { MeetingScheduled, type MeetingScheduledProps } from './meeting-scheduled'
import { RegistrationCancelled } from './registration-cancelled'
import { RegistrationChanged } from './registration-changed'
import { RegistrationConfirmed } from './registration-confirmed'
import { RegistrationEmailChanged } from './registration-email-changed'
import { RegistrationEmailConfirm } from './registration-email-confirm'
import { RegistrationEmailTaken } from './registration-email-taken'
import { RegistrationLink } from './registration-link'
import { RegistrationPromoted } from './registration-promoted'
import { RegistrationTransferredAway } from './registration-transferred-away'
import { RegistrationWaitlisted } from './registration-waitlisted'
import { Reminder } from './reminder'
import { SpeakerMail, type SpeakerMailProps } from './speaker-mail'
import { StaffPass } from './staff-pass'

export const REGISTRATION_TEMPLATES = {
  'registration.confirmed': RegistrationConfirmed,
  'registration.staffPass': StaffPass,
  'registration.waitlisted': RegistrationWaitlisted,
  'registration.promoted': RegistrationPromoted,
  'registration.cancelled': RegistrationCancelled,
  'registration.transferredAway': RegistrationTransferredAway,
  'registration.reminder': Reminder,
  'registration.link': RegistrationLink,
  'registration.changed': RegistrationChanged,
  'registration.emailConfirm': RegistrationEmailConfirm,
  'registration.emailTaken': RegistrationEmailTaken,
  'registration.emailChanged': RegistrationEmailChanged,
  'event.changed': EventChanged,
  'event.cancelled': EventCancelled,
} as const

export type RegistrationTemplate = keyof typeof REGISTRATION_TEMPLATES
export const isRegistrationTemplate = (template: string): template is RegistrationTemplate => template in REGISTRATION_TEMPLATES

const SPEAKER_PREVIEWS = ['speaker.invitation', 'speaker.slotChanged', 'speaker.slotCancelled'] as const

/** Everything staff can preview, in the order the list shows them. */
export const PREVIEW_TEMPLATES = [
  ...(Object.keys(REGISTRATION_TEMPLATES) as RegistrationTemplate[]),
  'exhibitor.applied',
  'exhibitor.newApplication',
  'exhibitor.confirmed',
  'exhibitor.reapplied',
  'meeting.requested',
  'meeting.scheduled',
  'meeting.cancelled',
  ...SPEAKER_PREVIEWS,
  'auth.loginLocked',
  'auth.invite',
  'auth.passwordReset',
] as const
export type PreviewTemplate = (typeof PREVIEW_TEMPLATES)[number]
export const isPreviewTemplate = (template: string): template is PreviewTemplate =>
  (PREVIEW_TEMPLATES as readonly string[]).includes(template)

export type RenderedMail = { subject: string; html: string; text: string }

// Plain text keeps titles as written (html-to-text would shout headings in capitals).
const headings = ['h1', 'h2'].map((selector) => ({ selector, options: { uppercase: false } }))

async function renderElement(element: ReactElement, subject: string): Promise<RenderedMail> {
  const [html, text] = await Promise.all([
    render(element),
    render(element, { plainText: true, htmlToTextOptions: { selectors: headings } }),
  ])
  return { subject, html, text }
}

export function renderRegistrationMail(template: RegistrationTemplate, props: RegistrationMailProps): Promise<RenderedMail> {
  const subject = mailT(props.lang)(`${template}.subject`, { title: props.event.title, date: props.event.date })
  return renderElement(createElement(REGISTRATION_TEMPLATES[template], props), subject)
}

export function renderExhibitorConfirmation(props: ExhibitorConfirmationProps): Promise<RenderedMail> {
  return renderElement(
    createElement(ExhibitorConfirmation, props),
    mailT(props.lang)('exhibitor.confirmed.subject', { title: props.event.title }),
  )
}

export function renderExhibitorApplied(props: ExhibitorAppliedProps): Promise<RenderedMail> {
  return renderElement(createElement(ExhibitorApplied, props), mailT(props.lang)('exhibitor.applied.subject', { title: props.event.title }))
}

export function renderExhibitorNewApplication(props: ExhibitorNewApplicationProps): Promise<RenderedMail> {
  return renderElement(
    createElement(ExhibitorNewApplication, props),
    mailT(props.lang)('exhibitor.newApplication.subject', { title: props.event.title, company: props.company }),
  )
}

export function renderExhibitorReapplied(props: ExhibitorReappliedProps): Promise<RenderedMail> {
  return renderElement(
    createElement(ExhibitorReapplied, props),
    mailT(props.lang)('exhibitor.reapplied.subject', { title: props.event.title, company: props.company }),
  )
}

/** To a staff member whose sign-in was paused after too many failed attempts. */
export function renderLoginLocked(props: LoginLockedProps): Promise<RenderedMail> {
  return renderElement(createElement(LoginLocked, props), mailT(props.lang)('auth.loginLocked.subject'))
}

/** A link to set a password: an invitation to a new staff account, or a forgotten password. */
export function renderPasswordLink(props: PasswordLinkProps): Promise<RenderedMail> {
  const key = props.purpose === 'invite' ? 'auth.invite' : 'auth.passwordReset'
  return renderElement(createElement(PasswordLink, props), mailT(props.lang)(`${key}.subject`))
}

/** The cooperation exchange's meeting invitation (texts come ready from the `fair` namespace, see meeting-mail.server.ts). */
export function renderMeetingScheduled(props: MeetingScheduledProps): Promise<RenderedMail> {
  return renderElement(createElement(MeetingScheduled, props), props.subject)
}

/** The cooperation exchange's meeting request, to the exhibitor (texts ready from the `fair` namespace). */
export function renderMeetingRequested(props: MeetingRequestedProps): Promise<RenderedMail> {
  return renderElement(createElement(MeetingRequested, props), props.subject)
}

/** A scheduled meeting called off (texts ready from the `fair` namespace). */
export function renderMeetingCancelled(props: MeetingCancelledProps): Promise<RenderedMail> {
  return renderElement(createElement(MeetingCancelled, props), props.subject)
}

type EventForFacts = {
  startsAt: Date
  endsAt: Date
  timeZone: string
  venueName: string | null
  venueStreet: string | null
  venuePostcode: string | null
  venueCity: string | null
}

/** The event's time and place as the recipient reads them: their language, the event's own zone. */
export function eventFacts(event: EventForFacts, title: string, lang: MailLocale): EventFacts {
  const zone = { locale: lang, timeZone: event.timeZone }
  return {
    title,
    when: formatEventRange(event.startsAt, event.endsAt, zone, { withTimes: true }),
    zone: formatTimeZoneName(event.startsAt, zone),
    date: formatDate(event.startsAt, zone),
    where: venueLine(event),
  }
}

export function venueLine(event: Pick<EventForFacts, 'venueName' | 'venueStreet' | 'venuePostcode' | 'venueCity'>): string | null {
  return (
    [event.venueName, event.venueStreet, [event.venuePostcode, event.venueCity].filter(Boolean).join(' ')].filter(Boolean).join(', ') ||
    null
  )
}

// ───────────────────────────── demo data for the preview ─────────────────────────────

const demoEvent = {
  titleDe: 'Industriedialog: Künstliche Intelligenz in der Fertigung',
  titleEn: 'Industry dialogue: artificial intelligence in manufacturing',
  // 18:00–20:30 in Magdeburg (summer time).
  startsAt: new Date('2027-05-19T16:00:00Z'),
  endsAt: new Date('2027-05-19T18:30:00Z'),
  timeZone: 'Europe/Berlin',
  venueName: 'IHK Magdeburg',
  venueStreet: 'Alter Markt 8',
  venuePostcode: '39104',
  venueCity: 'Magdeburg',
}
const demoOrganiser = { name: 'Cluster Sondermaschinen- und Anlagenbau', email: 'cluster@example.org' }
const demoBase = 'https://events.example.org'
// The joint stand at Hannover Messe, for the exhibitor and meeting mails.
const demoFair = {
  ...demoEvent,
  startsAt: new Date('2027-04-12T07:00:00Z'),
  endsAt: new Date('2027-04-16T16:00:00Z'),
  venueName: 'Deutsche Messe',
  venueStreet: 'Messegelände',
  venuePostcode: '30521',
  venueCity: 'Hannover',
}
const fairTitle = (lang: MailLocale) => (lang === 'en' ? 'Hannover Messe 2027 – joint stand' : 'Hannover Messe 2027 – Gemeinschaftsstand')
const fairFacts = (lang: MailLocale) => eventFacts(demoFair, fairTitle(lang), lang)

/** A template rendered with demo data; `qrSrc` is the picture for the ticket (a data: URL in the browser). */
export async function renderPreview(template: PreviewTemplate, lang: MailLocale, qrSrc: string): Promise<RenderedMail> {
  const title = lang === 'en' ? demoEvent.titleEn : demoEvent.titleDe
  const event = eventFacts(demoEvent, title, lang)
  if (isRegistrationTemplate(template)) {
    // The link mail is shown as a confirmed registration gets it (with the ticket).
    const withTicket = [
      'registration.confirmed',
      'registration.staffPass',
      'registration.promoted',
      'event.changed',
      'registration.reminder',
      'registration.link',
      'registration.changed',
    ].includes(template)
    const seatGone = [
      'registration.cancelled',
      'registration.transferredAway',
      'event.cancelled',
      'registration.emailConfirm',
      'registration.emailTaken',
      'registration.emailChanged',
    ].includes(template)
    const sessionWhen = formatTimeRange(new Date('2027-05-19T16:30:00Z'), new Date('2027-05-19T17:30:00Z'), {
      locale: lang,
      timeZone: demoEvent.timeZone,
    })
    // A staff pass is for the joint stand at the fair.
    const staffPass = template === 'registration.staffPass'
    return renderRegistrationMail(template, {
      lang,
      name: 'Dr. Jana Schröder',
      event: staffPass ? fairFacts(lang) : event,
      organiser: demoOrganiser,
      links: {
        manage: seatGone ? null : `${demoBase}/r/demo-token`,
        calendar: withTicket ? `${demoBase}/r/demo-token/calendar.ics` : null,
        ticketPdf: withTicket ? `${demoBase}/r/demo-token/ticket.pdf` : null,
        event: `${demoBase}/events/industriedialog-ki`,
      },
      qrSrc: withTicket ? qrSrc : null,
      waitlistPosition: template === 'registration.waitlisted' ? 3 : null,
      sessions: withTicket
        ? [{ title: lang === 'en' ? 'Workshop: digital twin' : 'Workshop: Digitaler Zwilling', when: sessionWhen, waitlisted: false }]
        : [],
      change: template === 'registration.changed' ? 'choices' : null,
      newEmail: 'jana.schroeder@example.org',
      confirmEmail: template === 'registration.emailConfirm' ? `${demoBase}/r/confirm-email/demo-code` : null,
      staffPass: staffPass
        ? {
            company: 'Muster Anlagenbau GmbH',
            stand: { hall: lang === 'en' ? 'Hall 16' : 'Halle 16', number: 'A04/3' },
            days: formatDateRange(demoFair.startsAt, demoFair.endsAt, { locale: lang, timeZone: demoFair.timeZone }),
            desk: `${demoBase}/r/demo-token/stand`,
          }
        : null,
    })
  }
  if (template === 'exhibitor.applied') {
    return renderExhibitorApplied({
      lang,
      name: 'Thomas Berger',
      company: 'Muster Anlagenbau GmbH',
      areaWantedSqm: 12.5,
      event: fairFacts(lang),
      organiser: demoOrganiser,
      links: { event: `${demoBase}/events/hannover-messe-2027` },
    })
  }
  if (template === 'exhibitor.newApplication') {
    return renderExhibitorNewApplication({
      lang,
      company: 'Muster Anlagenbau GmbH',
      contact: { name: 'Thomas Berger', email: 't.berger@muster-anlagenbau.example' },
      areaWantedSqm: 12.5,
      topics: lang === 'en' ? 'Special machines, automation' : 'Sondermaschinen, Automatisierung',
      event: fairFacts(lang),
      organiser: demoOrganiser,
      links: { fair: `${demoBase}/admin/events/demo-event/fair` },
    })
  }
  if (template === 'exhibitor.reapplied') {
    return renderExhibitorReapplied({
      lang,
      name: 'Thomas Berger',
      company: 'Muster Anlagenbau GmbH',
      event: fairFacts(lang),
      status: 'APPLIED',
      organiser: demoOrganiser,
      links: { event: `${demoBase}/events/hannover-messe-2027` },
    })
  }
  if (template === 'exhibitor.confirmed') {
    return renderExhibitorConfirmation({
      lang,
      name: 'Thomas Berger',
      company: 'Muster Anlagenbau GmbH',
      event: fairFacts(lang),
      // The hall as organisers name it on the stand ("Halle 16"), as the fair pages show it.
      stand: { hall: lang === 'en' ? 'Hall 16' : 'Halle 16', number: 'A04/3' },
      areaSqm: 12.5,
      organiser: demoOrganiser,
      links: { event: `${demoBase}/events/hannover-messe-2027` },
    })
  }
  if (template === 'auth.loginLocked') {
    const zone = { locale: lang, timeZone: 'Europe/Berlin' }
    const at = new Date('2027-05-19T07:42:00Z')
    return renderLoginLocked({
      lang,
      name: 'Dr. Jana Schröder',
      email: 'j.schroeder@example.org',
      failures: 10,
      minutes: 15,
      lockedAt: formatDateTime(at, zone),
      lockedUntil: formatDateTime(new Date(at.getTime() + 15 * 60_000), zone),
      loginUrl: `${demoBase}/login`,
    })
  }
  if (template === 'auth.invite' || template === 'auth.passwordReset') {
    const zone = { locale: lang, timeZone: 'Europe/Berlin' }
    const invite = template === 'auth.invite'
    return renderPasswordLink({
      lang,
      purpose: invite ? 'invite' : 'reset',
      name: 'Dr. Jana Schröder',
      email: 'j.schroeder@example.org',
      invitedBy: invite ? 'Katrin Vogt' : null,
      role: (await i18next.getFixedT(lang, 'admin'))('roles.ORGANIZER'),
      expiresAt: formatDateTime(new Date(invite ? '2027-05-20T07:42:00Z' : '2027-05-19T08:42:00Z'), zone),
      url: `${demoBase}/password/demo-token`,
    })
  }
  if (template === 'meeting.scheduled') return renderMeetingPreview(lang)
  if (template === 'meeting.requested') return renderRequestPreview(lang)
  if (template === 'meeting.cancelled') return renderCancelPreview(lang)
  return renderSpeakerPreview(template, lang, title)
}

async function renderRequestPreview(lang: MailLocale): Promise<RenderedMail> {
  const t = await i18next.getFixedT(lang, 'fair')
  return renderMeetingRequested({
    lang,
    subject: t('requestMail.subject', { name: 'Dr. Jana Schröder' }),
    greeting: t('meetingMail.greeting', { name: 'Thomas Berger' }),
    body: t('requestMail.body', { name: 'Dr. Jana Schröder', company: 'Muster Anlagenbau GmbH' }),
    event: fairFacts(lang),
    facts: [
      { label: t('requestMail.from'), value: 'Dr. Jana Schröder, Zulieferer AG' },
      { label: t('meetingMail.message'), value: t('meetingMail.previewMessage') },
    ],
    page: { href: `${demoBase}/r/demo-token/stand#requests`, label: t('requestMail.page') },
    organiser: demoOrganiser,
    footer: t('meetingMail.footer'),
  })
}

async function renderCancelPreview(lang: MailLocale): Promise<RenderedMail> {
  const scheduled = await meetingPreviewProps(lang)
  const t = await i18next.getFixedT(lang, 'fair')
  return renderMeetingCancelled({
    ...scheduled,
    subject: t('cancelMail.subject', { with: 'Muster Anlagenbau GmbH', when: scheduled.meeting.when }),
    body: t('cancelMail.body', { event: fairTitle(lang) }),
    facts: scheduled.facts.slice(0, 1),
  })
}

async function renderMeetingPreview(lang: MailLocale): Promise<RenderedMail> {
  return renderMeetingScheduled(await meetingPreviewProps(lang))
}

async function meetingPreviewProps(lang: MailLocale): Promise<MeetingScheduledProps> {
  const t = await i18next.getFixedT(lang, 'fair')
  const zone = { locale: lang, timeZone: 'Europe/Berlin' }
  // Tuesday of the fair, 10:30–11:00 in Hannover (summer time).
  const start = new Date('2027-04-13T08:30:00Z')
  const end = new Date('2027-04-13T09:00:00Z')
  const eventTitle = fairTitle(lang)
  return {
    lang,
    subject: t('meetingMail.subject', {
      with: 'Muster Anlagenbau GmbH',
      when: `${formatDate(start, zone)}, ${formatTimeRange(start, end, zone)}`,
    }),
    greeting: t('meetingMail.greeting', { name: 'Dr. Jana Schröder' }),
    body: t('meetingMail.body.requester', { company: 'Muster Anlagenbau GmbH', event: eventTitle }),
    meeting: {
      title: t('meetingMail.title', { with: 'Muster Anlagenbau GmbH' }),
      when: `${formatDate(start, zone, 'long')}, ${formatTimeRange(start, end, zone)}`,
      zone: formatTimeZoneName(start, zone),
      where: t('meetingMail.where', { venue: 'Deutsche Messe, Hannover', number: 'B22', hall: 'Halle 2', table: 'Tisch 2' }),
    },
    facts: [
      { label: t('meetingMail.with'), value: 'Muster Anlagenbau GmbH, Thomas Berger' },
      { label: t('meetingMail.message'), value: t('meetingMail.previewMessage') },
    ],
    page: { href: `${demoBase}/r/demo-token/meetings`, label: t('meetingMail.page.requester') },
    organiser: demoOrganiser,
    footer: t('meetingMail.footer'),
  }
}

async function renderSpeakerPreview(
  template: (typeof SPEAKER_PREVIEWS)[number],
  lang: MailLocale,
  eventTitle: string,
): Promise<RenderedMail> {
  const t = await i18next.getFixedT(lang, 'programme')
  const key = template.slice('speaker.'.length) as 'invitation' | 'slotChanged' | 'slotCancelled'
  const zone = { locale: lang, timeZone: demoEvent.timeZone }
  const start = new Date('2027-05-19T16:30:00Z')
  const end = new Date('2027-05-19T17:00:00Z')
  const props: SpeakerMailProps = {
    lang,
    subject: t(`speakerMail.subject.${key}`, { title: eventTitle }),
    eventTitle,
    greeting: t('speakerMail.greeting', { name: 'Prof. Dr. Dora Richter' }),
    body: t(`speakerMail.body.${key}`),
    slot: {
      title: lang === 'en' ? 'Keynote: learning machines on the shop floor' : 'Keynote: Lernende Maschinen in der Werkhalle',
      when: `${formatDate(start, zone, 'long')}, ${formatTimeRange(start, end, zone)}`,
      where: `Saal 1, ${venueLine(demoEvent)}`,
    },
    labels: {
      slot: t('speakerMail.slot'),
      when: t('speakerMail.when'),
      where: t('speakerMail.where'),
      page: t('speakerMail.page'),
      footer: t('speakerMail.footer'),
    },
    pageUrl: `${demoBase}/s/demo-token`,
  }
  return renderElement(createElement(SpeakerMail, props), props.subject)
}
