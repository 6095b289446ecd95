// The frame every Fairdesk mail shares: a calm, single-column layout that survives Outlook and
// Gmail (inline styles, tables underneath via React Email), plus the few building blocks the
// templates combine. React escapes every value, so names and titles can never become markup —
// never use dangerouslySetInnerHTML here.
import { Body, Button, Container, Head, Heading, Hr, Html, Img, Link, Preview, Section, Text } from '@react-email/components'
import type { ReactNode } from 'react'
import { mailT, type MailLocale } from './texts'

export type { MailLocale } from './texts'

/** The event as the recipient should read it: texts already in their language and time zone. */
export type EventFacts = {
  title: string
  /** "Mi., 13. Jan. 2027, 18:00–20:30 Uhr" */
  when: string
  /** "MEZ" / "CET": the zone the times are given in. */
  zone: string | null
  /** The short date for subjects ("Mi., 13. Jan. 2027"). */
  date: string
  where: string | null
}

export type Organiser = { name: string; email: string | null }

/** What every registration mail is made of; each template picks what it needs. */
export type RegistrationMailProps = {
  lang: MailLocale
  name: string
  event: EventFacts
  organiser: Organiser
  links: { manage?: string | null; calendar?: string | null; ticketPdf?: string | null; event?: string | null }
  /** `cid:ticket-qr` in a sent mail, a data: URL in previews; null when the mail carries no ticket. */
  qrSrc?: string | null
  waitlistPosition?: number | null
  /** Group registration: the colleague who registered this person ("Maria Muster"). */
  registeredBy?: string | null
  /** The chosen workshops/sessions, in programme order, as the recipient reads them. */
  sessions?: ChosenSession[]
  /** Self-service: what was changed (registration.changed). */
  change?: 'choices' | 'details' | 'email' | null
  /** Address mails: the address being confirmed or that the registration moved to. */
  newEmail?: string | null
  /** The single-use link that confirms a new address. */
  confirmEmail?: string | null
  /** A stand staff pass (registration.staffPass): whose stand, which days it is valid, and the stand desk. */
  staffPass?: StaffPassFacts | null
}

export type StaffPassFacts = {
  company: string
  stand: { hall: string; number: string } | null
  /** The fair's days as the holder reads them ("12.–16. Apr. 2027"). */
  days: string
  /** The stand desk: leads, meeting requests, the stand's staff (`/r/<token>/stand`). */
  desk: string
}

export type ChosenSession = { title: string; when: string; waitlisted: boolean }

const colors = {
  brand: '#113a5e',
  brandLight: '#eef5fb',
  link: '#174d7d',
  text: '#0f172a',
  muted: '#475569',
  border: '#e2e8f0',
  page: '#f1f5f9',
}
const font = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif"

export const textStyle = { fontSize: '16px', lineHeight: '24px', color: colors.text, margin: '0 0 16px' }

export function MailLayout({
  lang,
  preview,
  organiser,
  footer,
  children,
}: {
  lang: MailLocale
  preview: string
  organiser: Organiser
  footer?: string
  children: ReactNode
}) {
  const t = mailT(lang)
  return (
    <Html lang={lang} dir="ltr">
      <Head>
        <meta name="color-scheme" content="light" />
        <meta name="supported-color-schemes" content="light" />
      </Head>
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: colors.page, fontFamily: font, margin: 0, padding: '24px 0' }}>
        <Container
          style={{
            maxWidth: '600px',
            backgroundColor: '#ffffff',
            border: `1px solid ${colors.border}`,
            borderRadius: '8px',
            overflow: 'hidden',
          }}
        >
          <Section style={{ backgroundColor: colors.brand, padding: '16px 28px' }}>
            <Text style={{ margin: 0, color: '#ffffff', fontSize: '15px', fontWeight: 600, letterSpacing: '0.02em' }}>
              {organiser.name}
            </Text>
          </Section>
          <Section style={{ padding: '28px 28px 8px' }}>{children}</Section>
          <Section style={{ padding: '0 28px 28px' }}>
            <Hr style={{ borderColor: colors.border, margin: '8px 0 16px' }} />
            {organiser.email ? <Text style={small}>{t('common.contact', { email: organiser.email })}</Text> : null}
            {/* With a contact the mail's Reply-To reaches a person, so no "do not reply". */}
            <Text style={small}>{footer ?? (organiser.email ? t('common.footerReplies') : t('common.footer'))}</Text>
            {footer ? null : <Text style={small}>{t('common.sentBy', { organiser: organiser.name })}</Text>}
          </Section>
        </Container>
      </Body>
    </Html>
  )
}

const small = { fontSize: '12px', lineHeight: '18px', color: colors.muted, margin: '0 0 6px' }

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={textStyle}>{children}</Text>
}

export function Greeting({ lang, name }: { lang: MailLocale; name: string }) {
  return <Paragraph>{mailT(lang)('common.greeting', { name })}</Paragraph>
}

export function Regards({ lang, organiser }: { lang: MailLocale; organiser: Organiser }) {
  return (
    <Text style={textStyle}>
      {mailT(lang)('common.regards')}
      <br />
      {organiser.name}
    </Text>
  )
}

/** The event in a tinted box: title, when (with the zone), where. `highlight` marks changed facts. */
export function EventCard({
  lang,
  event,
  highlight = false,
  children,
}: {
  lang: MailLocale
  event: EventFacts
  highlight?: boolean
  children?: ReactNode
}) {
  const t = mailT(lang)
  const row = { fontSize: '15px', lineHeight: '22px', color: colors.text, margin: '0 0 6px' }
  const label = { fontWeight: 600, color: colors.muted }
  return (
    <Section
      style={{
        backgroundColor: highlight ? '#fffbeb' : colors.brandLight,
        borderLeft: `4px solid ${highlight ? '#b45309' : colors.brand}`,
        borderRadius: '4px',
        padding: '14px 18px',
        margin: '0 0 20px',
      }}
    >
      <Heading as="h1" style={{ fontSize: '20px', lineHeight: '28px', color: colors.brand, margin: '0 0 10px' }}>
        {event.title}
      </Heading>
      <Text style={row}>
        <span style={label}>{t('common.when')}:</span> {event.when}
        {event.zone ? ` · ${t('common.localTime', { zone: event.zone })}` : ''}
      </Text>
      {event.where ? (
        <Text style={row}>
          <span style={label}>{t('common.where')}:</span> {event.where}
        </Text>
      ) : null}
      {children}
    </Section>
  )
}

/** The chosen sessions as lines inside an EventCard; nothing when none were chosen. */
export function SessionFacts({ lang, sessions }: { lang: MailLocale; sessions?: ChosenSession[] }) {
  const t = mailT(lang)
  if (!sessions?.length) return null
  return (
    <Fact label={t('common.sessions')}>
      {sessions.map((s, i) => (
        <span key={`${s.title}-${i}`}>
          <br />
          {`${s.title} (${s.when})${s.waitlisted ? ` – ${t('common.sessionWaitlisted')}` : ''}`}
        </span>
      ))}
    </Fact>
  )
}

/** A label/value line inside an EventCard (stand, area …). */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text style={{ fontSize: '15px', lineHeight: '22px', color: colors.text, margin: '0 0 6px' }}>
      <span style={{ fontWeight: 600, color: colors.muted }}>{label}:</span> {children}
    </Text>
  )
}

/** The ticket: the QR code of the signed ticket code, large enough to scan from a phone screen. */
export function TicketQr({ lang, src }: { lang: MailLocale; src: string }) {
  const t = mailT(lang)
  return (
    <Section
      style={{ border: `1px solid ${colors.border}`, borderRadius: '8px', padding: '16px', margin: '0 0 20px', textAlign: 'center' }}
    >
      <Heading as="h2" style={{ fontSize: '17px', color: colors.brand, margin: '0 0 8px' }}>
        {t('common.ticketHeading')}
      </Heading>
      <Img src={src} width="220" height="220" alt={t('common.qrAlt')} style={{ margin: '0 auto', display: 'block' }} />
      <Text style={{ ...small, fontSize: '13px', margin: '8px 0 0' }}>{t('common.ticketText')}</Text>
    </Section>
  )
}

/** The main action as a button, further links in one line beneath. */
export function Actions({
  primary,
  secondary = [],
}: {
  primary?: { href: string; label: string } | null
  secondary?: ({ href: string; label: string } | null)[]
}) {
  const links = secondary.filter((l): l is { href: string; label: string } => Boolean(l))
  return (
    <Section style={{ margin: '0 0 20px' }}>
      {primary ? (
        <Button
          href={primary.href}
          style={{
            backgroundColor: colors.brand,
            color: '#ffffff',
            borderRadius: '6px',
            padding: '12px 20px',
            fontSize: '15px',
            fontWeight: 600,
            textDecoration: 'none',
          }}
        >
          {primary.label}
        </Button>
      ) : null}
      {links.length ? (
        <Text style={{ fontSize: '14px', lineHeight: '22px', margin: '14px 0 0', color: colors.muted }}>
          {links.map((l, i) => (
            <span key={l.href}>
              {i > 0 ? ' · ' : ''}
              <Link href={l.href} style={{ color: colors.link, textDecoration: 'underline' }}>
                {l.label}
              </Link>
            </span>
          ))}
        </Text>
      ) : null}
    </Section>
  )
}

/** A link spelled out after a line of text: mail clients that strip buttons still show it. */
export function SpelledLink({ text, href }: { text: string; href: string }) {
  return (
    <Text style={{ ...small, fontSize: '13px', margin: '0 0 16px' }}>
      {text}{' '}
      <Link href={href} style={{ color: colors.link, wordBreak: 'break-all' }}>
        {href}
      </Link>
    </Text>
  )
}

/** The personal link, spelled out. */
export function ManageHint({ lang, href }: { lang: MailLocale; href: string }) {
  return <SpelledLink text={mailT(lang)('common.manageHint')} href={href} />
}

/** The links every registration mail with a seat offers, in the recipient's language. */
export function registrationActions(lang: MailLocale, links: RegistrationMailProps['links']) {
  const t = mailT(lang)
  return {
    primary: links.manage ? { href: links.manage, label: t('common.manage') } : null,
    secondary: [
      links.ticketPdf ? { href: links.ticketPdf, label: t('common.ticketPdf') } : null,
      links.calendar ? { href: links.calendar, label: t('common.calendar') } : null,
      links.event ? { href: links.event, label: t('common.eventPage') } : null,
    ],
  }
}
