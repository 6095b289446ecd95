// To the address a registration left after its new address was confirmed: word of the change,
// without the ticket or the link (both belong to the new mailbox now).
import { EventCard, Greeting, MailLayout, Paragraph, Regards, type RegistrationMailProps } from './components/layout'
import { mailT } from './components/texts'

export function RegistrationEmailChanged(p: RegistrationMailProps) {
  const t = mailT(p.lang)
  return (
    <MailLayout lang={p.lang} preview={t('registration.emailChanged.preview')} organiser={p.organiser}>
      <Greeting lang={p.lang} name={p.name} />
      <Paragraph>{t('registration.emailChanged.intro', { email: p.newEmail ?? '' })}</Paragraph>
      <EventCard lang={p.lang} event={p.event} />
      <Paragraph>{t('registration.emailChanged.notYou')}</Paragraph>
      <Regards lang={p.lang} organiser={p.organiser} />
    </MailLayout>
  )
}
