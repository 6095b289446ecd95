// Sent when the event is full and the person lands on the waiting list: no ticket, no invitation
// (they hold no seat yet), their position and the personal link.
import {
  Actions,
  EventCard,
  Greeting,
  MailLayout,
  ManageHint,
  Paragraph,
  Regards,
  SessionFacts,
  type RegistrationMailProps,
} from './components/layout'
import { mailT } from './components/texts'

export function RegistrationWaitlisted(p: RegistrationMailProps) {
  const t = mailT(p.lang)
  return (
    <MailLayout lang={p.lang} preview={t('registration.waitlisted.preview')} organiser={p.organiser}>
      <Greeting lang={p.lang} name={p.name} />
      <Paragraph>
        {p.registeredBy ? t('registration.waitlisted.introBy', { by: p.registeredBy }) : t('registration.waitlisted.intro')}
      </Paragraph>
      <EventCard lang={p.lang} event={p.event}>
        <SessionFacts lang={p.lang} sessions={p.sessions} />
      </EventCard>
      {p.waitlistPosition ? (
        <Paragraph>
          <strong>{t('registration.waitlisted.position', { position: p.waitlistPosition })}</strong>
        </Paragraph>
      ) : null}
      <Paragraph>{t('registration.waitlisted.outro')}</Paragraph>
      <Actions primary={p.links.manage ? { href: p.links.manage, label: t('common.manage') } : null} />
      {p.links.manage ? <ManageHint lang={p.lang} href={p.links.manage} /> : null}
      <Regards lang={p.lang} organiser={p.organiser} />
    </MailLayout>
  )
}
