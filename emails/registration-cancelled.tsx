// Confirms a cancellation; the outbox attaches METHOD:CANCEL so the entry leaves the calendar.
// The personal link is dead for a cancelled seat, so the mail points to the event page instead.
import { Actions, EventCard, Greeting, MailLayout, Paragraph, Regards, type RegistrationMailProps } from './components/layout'
import { mailT } from './components/texts'

export function RegistrationCancelled(p: RegistrationMailProps) {
  const t = mailT(p.lang)
  return (
    <MailLayout lang={p.lang} preview={t('registration.cancelled.preview')} organiser={p.organiser}>
      <Greeting lang={p.lang} name={p.name} />
      <Paragraph>{t('registration.cancelled.intro')}</Paragraph>
      <EventCard lang={p.lang} event={p.event} />
      <Paragraph>{t('registration.cancelled.outro')}</Paragraph>
      <Actions primary={p.links.event ? { href: p.links.event, label: t('common.eventPage') } : null} />
      <Regards lang={p.lang} organiser={p.organiser} />
    </MailLayout>
  )
}
