// Sent when a registration gets a seat: the event, the QR ticket, the calendar invitation (attached
// by the outbox as a METHOD:REQUEST part) and the personal link.
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

export function RegistrationConfirmed(p: RegistrationMailProps) {
  const t = mailT(p.lang)
  return (
    <MailLayout lang={p.lang} preview={t('registration.confirmed.preview')} organiser={p.organiser}>
      <Greeting lang={p.lang} name={p.name} />
      <Paragraph>
        {p.registeredBy ? t('registration.confirmed.introBy', { by: p.registeredBy }) : t('registration.confirmed.intro')}
      </Paragraph>
      <EventCard lang={p.lang} event={p.event}>
        <SessionFacts lang={p.lang} sessions={p.sessions} />
      </EventCard>
      <Paragraph>{t('registration.confirmed.calendarNote')}</Paragraph>
      {p.qrSrc ? <TicketQr lang={p.lang} src={p.qrSrc} /> : null}
      <Actions {...registrationActions(p.lang, p.links)} />
      {p.links.manage ? <ManageHint lang={p.lang} href={p.links.manage} /> : null}
      <Regards lang={p.lang} organiser={p.organiser} />
    </MailLayout>
  )
}
