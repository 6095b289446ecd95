// A few days before the event (FAIRDESK_REMINDER_HOURS, default 48): the facts, the ticket, and a
// nudge to cancel rather than not show up — a freed seat goes to the waiting list.
import {
  Actions,
  EventCard,
  Greeting,
  MailLayout,
  Paragraph,
  Regards,
  SessionFacts,
  TicketQr,
  registrationActions,
  type RegistrationMailProps,
} from './components/layout'
import { mailT } from './components/texts'

export function Reminder(p: RegistrationMailProps) {
  const t = mailT(p.lang)
  return (
    <MailLayout lang={p.lang} preview={t('registration.reminder.preview')} organiser={p.organiser}>
      <Greeting lang={p.lang} name={p.name} />
      <Paragraph>{t('registration.reminder.intro')}</Paragraph>
      <EventCard lang={p.lang} event={p.event}>
        <SessionFacts lang={p.lang} sessions={p.sessions} />
      </EventCard>
      {p.qrSrc ? <TicketQr lang={p.lang} src={p.qrSrc} /> : null}
      <Paragraph>{t('registration.reminder.outro')}</Paragraph>
      <Actions {...registrationActions(p.lang, p.links)} />
      <Regards lang={p.lang} organiser={p.organiser} />
    </MailLayout>
  )
}
