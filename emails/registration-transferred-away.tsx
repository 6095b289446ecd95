// To the person who handed their seat to a colleague: their ticket and link are void (the
// registration belongs to the colleague now), and the outbox cancels their calendar entry.
import { Actions, EventCard, Greeting, MailLayout, Paragraph, Regards, type RegistrationMailProps } from './components/layout'
import { mailT } from './components/texts'

export function RegistrationTransferredAway(p: RegistrationMailProps) {
  const t = mailT(p.lang)
  return (
    <MailLayout lang={p.lang} preview={t('registration.transferredAway.preview')} organiser={p.organiser}>
      <Greeting lang={p.lang} name={p.name} />
      <Paragraph>{t('registration.transferredAway.intro')}</Paragraph>
      <EventCard lang={p.lang} event={p.event} />
      <Paragraph>{t('registration.transferredAway.outro')}</Paragraph>
      <Actions primary={p.links.event ? { href: p.links.event, label: t('common.eventPage') } : null} />
      <Regards lang={p.lang} organiser={p.organiser} />
    </MailLayout>
  )
}
