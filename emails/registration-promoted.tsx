// Sent when a seat frees up and the first person on the waiting list moves up: like the
// confirmation (ticket, calendar invitation), but saying why it comes now.
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

export function RegistrationPromoted(p: RegistrationMailProps) {
  const t = mailT(p.lang)
  return (
    <MailLayout lang={p.lang} preview={t('registration.promoted.preview')} organiser={p.organiser}>
      <Greeting lang={p.lang} name={p.name} />
      <Paragraph>{t('registration.promoted.intro')}</Paragraph>
      <EventCard lang={p.lang} event={p.event}>
        <SessionFacts lang={p.lang} sessions={p.sessions} />
      </EventCard>
      <Paragraph>{t('registration.promoted.calendarNote')}</Paragraph>
      {p.qrSrc ? <TicketQr lang={p.lang} src={p.qrSrc} /> : null}
      <Actions {...registrationActions(p.lang, p.links)} />
      {p.links.manage ? <ManageHint lang={p.lang} href={p.links.manage} /> : null}
      <Regards lang={p.lang} organiser={p.organiser} />
    </MailLayout>
  )
}
