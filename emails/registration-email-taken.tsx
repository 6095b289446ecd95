// To a new address that is registered for the event already: the change is not offered (one
// registration per person and event), and the page that asked did not say so.
import { Actions, EventCard, Greeting, MailLayout, Paragraph, Regards, type RegistrationMailProps } from './components/layout'
import { mailT } from './components/texts'

export function RegistrationEmailTaken(p: RegistrationMailProps) {
  const t = mailT(p.lang)
  return (
    <MailLayout lang={p.lang} preview={t('registration.emailTaken.preview')} organiser={p.organiser}>
      <Greeting lang={p.lang} name={p.name} />
      <Paragraph>{t('registration.emailTaken.intro', { email: p.newEmail ?? '' })}</Paragraph>
      <EventCard lang={p.lang} event={p.event} />
      <Paragraph>{t('registration.emailTaken.outro')}</Paragraph>
      <Actions primary={p.links.event ? { href: p.links.event, label: t('common.eventPage') } : null} />
      <Regards lang={p.lang} organiser={p.organiser} />
    </MailLayout>
  )
}
