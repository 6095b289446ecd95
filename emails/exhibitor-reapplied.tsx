// To the contact person of a standing exhibitor application when the company applies again through
// the public form: the application stays as it is. Nobody else hears of it, so the form never tells
// a visitor which companies have applied.
import {
  Actions,
  EventCard,
  Fact,
  Greeting,
  MailLayout,
  Paragraph,
  Regards,
  type EventFacts,
  type MailLocale,
  type Organiser,
} from './components/layout'
import { mailT } from './components/texts'

export type ExhibitorReappliedProps = {
  lang: MailLocale
  name: string
  company: string
  event: EventFacts
  status: 'APPLIED' | 'ACCEPTED'
  organiser: Organiser
  links: { event?: string | null }
}

export function ExhibitorReapplied(p: ExhibitorReappliedProps) {
  const t = mailT(p.lang)
  return (
    <MailLayout lang={p.lang} preview={t('exhibitor.reapplied.preview')} organiser={p.organiser}>
      <Greeting lang={p.lang} name={p.name} />
      <Paragraph>{t('exhibitor.reapplied.intro', { company: p.company })}</Paragraph>
      <EventCard lang={p.lang} event={p.event}>
        <Fact label={t('exhibitor.confirmed.company')}>{p.company}</Fact>
        <Fact label={t('exhibitor.reapplied.statusLabel')}>{t(`exhibitor.reapplied.status.${p.status}`)}</Fact>
      </EventCard>
      <Paragraph>{t('exhibitor.reapplied.outro')}</Paragraph>
      <Actions primary={p.links.event ? { href: p.links.event, label: t('common.eventPage') } : null} />
      <Regards lang={p.lang} organiser={p.organiser} />
    </MailLayout>
  )
}
