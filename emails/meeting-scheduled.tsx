// A meeting of the cooperation exchange has its slot (or a new one): to the visitor and to the
// exhibitor's contact, each with the other side's name, time, stand and table, and the calendar
// invitation the outbox attaches. Rendered by app/mail/meeting.server.ts with texts from
// the `fair` namespace. React escapes every value.
import { Actions, EventCard, Fact, MailLayout, Paragraph, type MailLocale, type Organiser } from './components/layout'

export type MeetingScheduledProps = {
  lang: MailLocale
  subject: string
  greeting: string
  body: string
  /** Time and place of the meeting, already in the recipient's language and the fair's zone. */
  meeting: { title: string; when: string; zone: string | null; where: string | null }
  facts: { label: string; value: string }[]
  page: { href: string; label: string } | null
  organiser: Organiser
  footer: string
}

export function MeetingScheduled(p: MeetingScheduledProps) {
  return (
    <MailLayout lang={p.lang} preview={p.subject} organiser={p.organiser} footer={p.footer}>
      <Paragraph>{p.greeting}</Paragraph>
      <Paragraph>{p.body}</Paragraph>
      <EventCard lang={p.lang} event={{ ...p.meeting, date: '' }}>
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
