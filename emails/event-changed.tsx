// To every confirmed attendee after the organiser moved the event in time or place: the new facts,
// highlighted, and the ticket again; the outbox attaches the invitation with the same UID and a
// higher SEQUENCE, so calendars move the existing entry instead of adding a second one.
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

export function EventChanged(p: RegistrationMailProps) {
  const t = mailT(p.lang)
  return (
    <MailLayout lang={p.lang} preview={t('event.changed.preview')} organiser={p.organiser}>
      <Greeting lang={p.lang} name={p.name} />
      <Paragraph>{t('event.changed.intro')}</Paragraph>
      <EventCard lang={p.lang} event={p.event} highlight>
        <SessionFacts lang={p.lang} sessions={p.sessions} />
      </EventCard>
      <Paragraph>{t('event.changed.outro')}</Paragraph>
      {p.qrSrc ? <TicketQr lang={p.lang} src={p.qrSrc} /> : null}
      <Actions {...registrationActions(p.lang, p.links)} />
      <Regards lang={p.lang} organiser={p.organiser} />
    </MailLayout>
  )
}
