// The speaker mails (invitation, slot moved, slot cancelled): the same calm layout as the
// registration mails, the text chosen by the message kind, in the speaker's language, with the slot
// (when there is one) and the link to their own page. React escapes every value.
import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from '@react-email/components'

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

const text = { fontSize: '16px', lineHeight: '24px', color: '#0f172a' }

export function SpeakerMail(p: SpeakerMailProps) {
  return (
    <Html lang={p.lang}>
      <Head />
      <Preview>{p.subject}</Preview>
      <Body style={{ backgroundColor: '#f8fafc', fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif' }}>
        <Container style={{ backgroundColor: '#ffffff', padding: '24px', maxWidth: '560px', border: '1px solid #e2e8f0', borderRadius: '8px' }}>
          <Heading as="h1" style={{ fontSize: '22px', color: '#113a5e' }}>
            {p.eventTitle}
          </Heading>
          <Text style={text}>{p.greeting}</Text>
          <Text style={text}>{p.body}</Text>
          {p.slot ? (
            <Section>
              <Text style={text}>
                <strong>{p.labels.slot}:</strong> {p.slot.title}
              </Text>
              <Text style={text}>
                <strong>{p.labels.when}:</strong> {p.slot.when}
              </Text>
              {p.slot.where ? (
                <Text style={text}>
                  <strong>{p.labels.where}:</strong> {p.slot.where}
                </Text>
              ) : null}
            </Section>
          ) : null}
          <Text style={text}>
            <Link href={p.pageUrl} style={{ color: '#174d7d' }}>
              {p.labels.page}
            </Link>
          </Text>
          <Hr />
          <Text style={{ fontSize: '12px', color: '#475569' }}>{p.labels.footer}</Text>
        </Container>
      </Body>
    </Html>
  )
}
