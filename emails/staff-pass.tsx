// To a member of an exhibitor's stand staff when their pass is issued (with the exhibitor's
// acceptance, or added later by the organisers or on the stand desk): what the pass is — staff of
// this company's stand at this fair, valid on the fair's days —, the link to the stand desk where
// they scan visitors' badges for leads, and the ticket and calendar invitation (METHOD:REQUEST) as
// every confirmed registration has them.
import {
  Actions,
  EventCard,
  Fact,
  Greeting,
  MailLayout,
  ManageHint,
  Paragraph,
  Regards,
  SpelledLink,
  TicketQr,
  registrationActions,
  type RegistrationMailProps,
} from './components/layout'
import { mailT } from './components/texts'

export function StaffPass(p: RegistrationMailProps) {
  const t = mailT(p.lang)
  const pass = p.staffPass
  const actions = registrationActions(p.lang, p.links)
  return (
    <MailLayout lang={p.lang} preview={t('registration.staffPass.preview', { company: pass?.company ?? '' })} organiser={p.organiser}>
      <Greeting lang={p.lang} name={p.name} />
      <Paragraph>
        {pass
          ? t('registration.staffPass.intro', { company: pass.company, title: p.event.title })
          : t('registration.staffPass.introNoCompany', { title: p.event.title })}
      </Paragraph>
      <EventCard lang={p.lang} event={p.event}>
        {pass ? (
          <>
            <Fact label={t('registration.staffPass.company')}>{pass.company}</Fact>
            <Fact label={t('registration.staffPass.stand')}>
              {pass.stand
                ? t('registration.staffPass.standValue', { hall: pass.stand.hall, number: pass.stand.number })
                : t('registration.staffPass.standOpen')}
            </Fact>
            <Fact label={t('registration.staffPass.valid')}>{t('registration.staffPass.validValue', { days: pass.days })}</Fact>
          </>
        ) : null}
      </EventCard>
      {pass ? (
        <>
          <Paragraph>{t('registration.staffPass.desk')}</Paragraph>
          <Actions primary={{ href: pass.desk, label: t('registration.staffPass.deskButton') }} />
          <SpelledLink text={t('registration.staffPass.deskLink')} href={pass.desk} />
        </>
      ) : null}
      <Paragraph>{t('registration.staffPass.calendarNote')}</Paragraph>
      {p.qrSrc ? <TicketQr lang={p.lang} src={p.qrSrc} /> : null}
      <Actions secondary={[actions.primary, ...actions.secondary]} />
      {p.links.manage ? <ManageHint lang={p.lang} href={p.links.manage} /> : null}
      <Regards lang={p.lang} organiser={p.organiser} />
    </MailLayout>
  )
}
