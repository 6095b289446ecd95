// Links between the organisers' fair pages of one event (stands and exhibitors, the cooperation
// exchange) and back to the event.
import { useTranslation } from 'react-i18next'
import { SubNav } from '~/components/ui'

export function FairNav({ eventId, title }: { eventId: string; title: string }) {
  const { t } = useTranslation('fair')
  const base = `/admin/events/${eventId}`
  return (
    <SubNav
      back={{ to: base, title }}
      label={t('nav.label')}
      tabs={[
        { to: `${base}/fair`, label: t('nav.stands'), end: true },
        { to: `${base}/fair/meetings`, label: t('nav.meetings') },
      ]}
    />
  )
}
