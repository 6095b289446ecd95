// Sent when attendees changed their registration on /r/:token (answers, workshops, name or
// company), and to the new address once an address change is confirmed: what holds now, the
// ticket again, and — when the sessions or the address changed — the updated calendar invitation
// (same UID, higher SEQUENCE), attached by the outbox.
import {
  Actions,
  EventCard,
  Greeting,
  MailLayout,
  ManageHint,
  Paragraph,
  Regards,
  SessionFacts,
  TicketQr,
  registrationActions,
  type RegistrationMailProps,
} from './components/layout'
import { mailT } from './components/texts'

export function RegistrationChanged(p: RegistrationMailProps) {
  const t = mailT(p.lang)
  const what = p.change ?? 'choices'
  return (
    <MailLayout lang={p.lang} preview={t('registration.changed.preview')} organiser={p.organiser}>
      <Greeting lang={p.lang} name={p.name} />
      <Paragraph>{t(`registration.changed.intro.${what}`, { email: p.newEmail ?? '' })}</Paragraph>
      <EventCard lang={p.lang} event={p.event}>
        <SessionFacts lang={p.lang} sessions={p.sessions} />
      </EventCard>
      <Paragraph>{t('registration.changed.outro')}</Paragraph>
      {p.qrSrc ? <TicketQr lang={p.lang} src={p.qrSrc} /> : null}
      <Actions {...registrationActions(p.lang, p.links)} />
      {p.links.manage ? <ManageHint lang={p.lang} href={p.links.manage} /> : null}
      <Paragraph>{t('registration.changed.notYou')}</Paragraph>
      <Regards lang={p.lang} organiser={p.organiser} />
    </MailLayout>
  )
}
