// To everyone still registered (seat or waiting list) when the organiser cancels the event; the
// outbox attaches METHOD:CANCEL for those who had the invitation.
import { Actions, EventCard, Greeting, MailLayout, Paragraph, Regards, type RegistrationMailProps } from './components/layout'
import { mailT } from './components/texts'

export function EventCancelled(p: RegistrationMailProps) {
  const t = mailT(p.lang)
  return (
    <MailLayout lang={p.lang} preview={t('event.cancelled.preview')} organiser={p.organiser}>
      <Greeting lang={p.lang} name={p.name} />
      <Paragraph>{t('event.cancelled.intro')}</Paragraph>
      <EventCard lang={p.lang} event={p.event} highlight />
      <Paragraph>{t('event.cancelled.outro')}</Paragraph>
      <Actions primary={p.links.event ? { href: p.links.event, label: t('common.eventPage') } : null} />
      <Regards lang={p.lang} organiser={p.organiser} />
    </MailLayout>
  )
}
