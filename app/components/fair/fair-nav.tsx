// Links between the organisers' fair pages of one event (stands and exhibitors, the cooperation
// exchange), under the event layout's header.
import { useTranslation } from 'react-i18next'
import { SubNav } from '~/components/ui'

export function FairNav({ eventId }: { eventId: string }) {
  const { t } = useTranslation('fair')
  const base = `/admin/events/${eventId}`
  return (
    <SubNav
      label={t('nav.label')}
      tabs={[
        { to: `${base}/fair`, label: t('nav.stands'), end: true },
        { to: `${base}/fair/meetings`, label: t('nav.meetings') },
      ]}
    />
  )
}
