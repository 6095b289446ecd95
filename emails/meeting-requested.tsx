// A participant asks an exhibitor for a meeting of the cooperation exchange: to the exhibitor's
// contact, with who asks, their request and profile, and the link to answer on the stand desk.
// Rendered by app/mail/meeting.server.ts with texts from the `fair` namespace.
import { Actions, EventCard, Fact, MailLayout, Paragraph, type EventFacts, type MailLocale, type Organiser } from './components/layout'

export type MeetingRequestedProps = {
  lang: MailLocale
  subject: string
  greeting: string
  body: string
  /** The fair, in the recipient's language and the fair's zone. */
  event: EventFacts
  facts: { label: string; value: string }[]
  page: { href: string; label: string } | null
  organiser: Organiser
  footer: string
}

export function MeetingRequested(p: MeetingRequestedProps) {
  return (
    <MailLayout lang={p.lang} preview={p.subject} organiser={p.organiser} footer={p.footer}>
      <Paragraph>{p.greeting}</Paragraph>
      <Paragraph>{p.body}</Paragraph>
      <EventCard lang={p.lang} event={p.event}>
        {p.facts.map((f) => (
          <Fact key={f.label} label={f.label}>
            {f.value}
          </Fact>
        ))}
      </EventCard>
      <Actions primary={p.page} />
    </MailLayout>
  )
}
