// To a new address an attendee gave on /r/:token: the single-use link that confirms it. Nothing
// changes until it is followed; the old address keeps everything until then.
import { Actions, EventCard, Greeting, MailLayout, Paragraph, Regards, type RegistrationMailProps } from './components/layout'
import { mailT } from './components/texts'

export function RegistrationEmailConfirm(p: RegistrationMailProps) {
  const t = mailT(p.lang)
  return (
    <MailLayout lang={p.lang} preview={t('registration.emailConfirm.preview')} organiser={p.organiser}>
      <Greeting lang={p.lang} name={p.name} />
      <Paragraph>{t('registration.emailConfirm.intro', { email: p.newEmail ?? '' })}</Paragraph>
      <EventCard lang={p.lang} event={p.event} />
      <Actions primary={p.confirmEmail ? { href: p.confirmEmail, label: t('registration.emailConfirm.button') } : null} />
      <Paragraph>{t('registration.emailConfirm.expires')}</Paragraph>
      <Paragraph>{t('registration.emailConfirm.notYou')}</Paragraph>
      <Regards lang={p.lang} organiser={p.organiser} />
    </MailLayout>
  )
}
