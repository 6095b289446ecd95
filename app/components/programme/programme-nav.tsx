// Links between the organisers' programme pages of one event (timetable, speakers, call for
// contributions), under the event layout's header.
import { useTranslation } from 'react-i18next'
import { SubNav } from '~/components/ui'

export function ProgrammeNav({ eventId, proposalsToReview }: { eventId: string; proposalsToReview?: number }) {
  const { t } = useTranslation('programme')
  const base = `/admin/events/${eventId}`
  return (
    <SubNav
      label={t('nav.label')}
      tabs={[
        { to: `${base}/programme`, label: t('nav.timetable'), end: true },
        { to: `${base}/speakers`, label: t('nav.speakers') },
        {
          to: `${base}/proposals`,
          label: (
            <>
              {t('nav.proposals')}
              {proposalsToReview ? (
                <span className="ml-1.5 rounded-full bg-amber-100 px-2 text-xs text-amber-900">{proposalsToReview}</span>
              ) : null}
            </>
          ),
        },
      ]}
    />
  )
}
