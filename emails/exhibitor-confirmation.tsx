// To an exhibitor's contact person when their application is accepted: company, stand, area and
// the fair's dates (the fair issue writes `exhibitor.confirmed` outbox rows with { exhibitorId }).
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

export type ExhibitorConfirmationProps = {
  lang: MailLocale
  name: string
  company: string
  event: EventFacts
  stand: { hall: string; number: string } | null
  areaSqm: number | null
  organiser: Organiser
  links: { event?: string | null }
}

export function ExhibitorConfirmation(p: ExhibitorConfirmationProps) {
  const t = mailT(p.lang)
  const area =
    p.areaSqm === null ? null : new Intl.NumberFormat(p.lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }).format(p.areaSqm)
  return (
    <MailLayout lang={p.lang} preview={t('exhibitor.confirmed.preview')} organiser={p.organiser}>
      <Greeting lang={p.lang} name={p.name} />
      <Paragraph>{t('exhibitor.confirmed.intro', { company: p.company })}</Paragraph>
      <EventCard lang={p.lang} event={p.event}>
        <Fact label={t('exhibitor.confirmed.company')}>{p.company}</Fact>
        <Fact label={t('exhibitor.confirmed.stand')}>
          {p.stand
            ? t('exhibitor.confirmed.standValue', { hall: p.stand.hall, number: p.stand.number })
            : t('exhibitor.confirmed.standOpen')}
        </Fact>
        {area ? <Fact label={t('exhibitor.confirmed.area')}>{t('exhibitor.confirmed.areaValue', { area })}</Fact> : null}
      </EventCard>
      <Paragraph>{t('exhibitor.confirmed.outro')}</Paragraph>
      <Actions primary={p.links.event ? { href: p.links.event, label: t('common.eventPage') } : null} />
      <Regards lang={p.lang} organiser={p.organiser} />
    </MailLayout>
  )
}
