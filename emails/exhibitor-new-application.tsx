// To the event's organiser contact (Event.contactEmail) when a new exhibitor application comes in
// through the public form, with the link to review it on the fair page of the staff area.
import { Actions, EventCard, Fact, MailLayout, Paragraph, type EventFacts, type MailLocale, type Organiser } from './components/layout'
import { mailT } from './components/texts'

export type ExhibitorNewApplicationProps = {
  lang: MailLocale
  company: string
  contact: { name: string; email: string }
  areaWantedSqm: number
  topics: string
  event: EventFacts
  organiser: Organiser
  links: { fair: string }
}

export function ExhibitorNewApplication(p: ExhibitorNewApplicationProps) {
  const t = mailT(p.lang)
  const area = p.areaWantedSqm.toLocaleString(p.lang === 'en' ? 'en-GB' : 'de-DE')
  return (
    <MailLayout lang={p.lang} preview={t('exhibitor.newApplication.preview', { company: p.company })} organiser={p.organiser}>
      <Paragraph>{t('exhibitor.newApplication.intro', { company: p.company })}</Paragraph>
      <EventCard lang={p.lang} event={p.event}>
        <Fact label={t('exhibitor.confirmed.company')}>{p.company}</Fact>
        <Fact label={t('exhibitor.newApplication.contact')}>{`${p.contact.name} <${p.contact.email}>`}</Fact>
        <Fact label={t('exhibitor.applied.areaWanted')}>{t('exhibitor.confirmed.areaValue', { area })}</Fact>
        <Fact label={t('exhibitor.newApplication.topics')}>{p.topics}</Fact>
      </EventCard>
      <Paragraph>{t('exhibitor.newApplication.outro')}</Paragraph>
      <Actions primary={{ href: p.links.fair, label: t('exhibitor.newApplication.review') }} />
      <Paragraph>{p.links.fair}</Paragraph>
    </MailLayout>
  )
}
