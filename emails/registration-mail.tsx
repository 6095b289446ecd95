// Every registration mail (confirmed, promoted, waiting list, cancelled, transferred, event changed
// or cancelled): the same calm layout, the text chosen by the message kind, in the recipient's
// language. React escapes every value, so names and titles can never become markup.
import { Body, Container, Head, Heading, Hr, Html, Img, Link, Preview, Section, Text } from '@react-email/components'

export type RegistrationMailProps = {
  lang: 'de' | 'en'
  subject: string
  greeting: string
  body: string
  title: string
  when: string
  where: string | null
  labels: { when: string; where: string; ticket: string; manage: string; footer: string }
  manageUrl: string
  /** Content-ID of the inline QR image, when the mail carries a ticket. */
  qrCid?: string
}

const text = { fontSize: '16px', lineHeight: '24px', color: '#0f172a' }

export function RegistrationMail(p: RegistrationMailProps) {
  return (
    <Html lang={p.lang}>
      <Head />
      <Preview>{p.subject}</Preview>
      <Body style={{ backgroundColor: '#f8fafc', fontFamily: 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif' }}>
        <Container style={{ backgroundColor: '#ffffff', padding: '24px', maxWidth: '560px', border: '1px solid #e2e8f0', borderRadius: '8px' }}>
          <Heading as="h1" style={{ fontSize: '22px', color: '#113a5e' }}>
            {p.title}
          </Heading>
          <Text style={text}>{p.greeting}</Text>
          <Text style={text}>{p.body}</Text>
          <Section>
            <Text style={text}>
              <strong>{p.labels.when}:</strong> {p.when}
            </Text>
            {p.where ? (
              <Text style={text}>
                <strong>{p.labels.where}:</strong> {p.where}
              </Text>
            ) : null}
          </Section>
          {p.qrCid ? (
            <Section>
              <Text style={text}>{p.labels.ticket}</Text>
              <Img src={`cid:${p.qrCid}`} width="220" height="220" alt="QR" />
            </Section>
          ) : null}
          <Text style={text}>
            <Link href={p.manageUrl} style={{ color: '#174d7d' }}>
              {p.labels.manage}
            </Link>
          </Text>
          <Hr />
          <Text style={{ fontSize: '12px', color: '#475569' }}>{p.labels.footer}</Text>
        </Container>
      </Body>
    </Html>
  )
}
