// Sent when someone typed a registered address into a public form (registering again, "resend my
// ticket", a colleague's row): the existing personal link — and the ticket once the seat is
// confirmed — to the owner's mailbox only, with a word for an owner who did not ask.
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

export function RegistrationLink(p: RegistrationMailProps) {
  const t = mailT(p.lang)
  return (
    <MailLayout lang={p.lang} preview={t('registration.link.preview')} organiser={p.organiser}>
      <Greeting lang={p.lang} name={p.name} />
      <Paragraph>{t('registration.link.intro')}</Paragraph>
      <EventCard lang={p.lang} event={p.event}>
        <SessionFacts lang={p.lang} sessions={p.sessions} />
      </EventCard>
      {p.waitlistPosition ? (
        <Paragraph>
          <strong>{t('registration.waitlisted.position', { position: p.waitlistPosition })}</strong>
        </Paragraph>
      ) : null}
      {p.qrSrc ? <TicketQr lang={p.lang} src={p.qrSrc} /> : null}
      <Actions {...registrationActions(p.lang, p.links)} />
      {p.links.manage ? <ManageHint lang={p.lang} href={p.links.manage} /> : null}
      <Paragraph>{t('registration.link.notYou')}</Paragraph>
      <Regards lang={p.lang} organiser={p.organiser} />
    </MailLayout>
  )
}
