// To whoever sent an exhibitor application through the public form, when it is new: it has
// arrived, and what happens next. A repeated application gets exhibitor-reapplied instead, to the
// contact who applied first, so the form's neutral answer stays neutral.
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

export type ExhibitorAppliedProps = {
  lang: MailLocale
  name: string
  company: string
  areaWantedSqm: number
  event: EventFacts
  organiser: Organiser
  links: { event?: string | null }
}

export function ExhibitorApplied(p: ExhibitorAppliedProps) {
  const t = mailT(p.lang)
  const area = p.areaWantedSqm.toLocaleString(p.lang === 'en' ? 'en-GB' : 'de-DE')
  return (
    <MailLayout lang={p.lang} preview={t('exhibitor.applied.preview')} organiser={p.organiser}>
      <Greeting lang={p.lang} name={p.name} />
      <Paragraph>{t('exhibitor.applied.intro', { company: p.company })}</Paragraph>
      <EventCard lang={p.lang} event={p.event}>
        <Fact label={t('exhibitor.confirmed.company')}>{p.company}</Fact>
        <Fact label={t('exhibitor.applied.areaWanted')}>{t('exhibitor.confirmed.areaValue', { area })}</Fact>
      </EventCard>
      <Paragraph>{t('exhibitor.applied.next')}</Paragraph>
      <Actions primary={p.links.event ? { href: p.links.event, label: t('common.eventPage') } : null} />
      <Regards lang={p.lang} organiser={p.organiser} />
    </MailLayout>
  )
}
