// The speaker mails (invitation, slot moved, slot cancelled), rendered by
// app/mail/speaker.server.ts with texts from the programme namespace: the shared layout, the
// slot (when there is one) and the link to the speaker's own page. React escapes every value.
import { Actions, EventCard, MailLayout, Paragraph } from './components/layout'

export type SpeakerMailProps = {
  lang: 'de' | 'en'
  subject: string
  eventTitle: string
  greeting: string
  body: string
  slot: { title: string; when: string; where: string | null } | null
  labels: { slot: string; when: string; where: string; page: string; footer: string }
  pageUrl: string
}

export function SpeakerMail(p: SpeakerMailProps) {
  return (
    <MailLayout lang={p.lang} preview={p.subject} organiser={{ name: p.eventTitle, email: null }} footer={p.labels.footer}>
      <Paragraph>{p.greeting}</Paragraph>
      <Paragraph>{p.body}</Paragraph>
      {p.slot ? (
        <EventCard lang={p.lang} event={{ title: p.slot.title, when: p.slot.when, zone: null, date: '', where: p.slot.where }} />
      ) : null}
      <Actions primary={{ href: p.pageUrl, label: p.labels.page }} />
    </MailLayout>
  )
}
