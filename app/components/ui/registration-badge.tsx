import { useTranslation } from 'react-i18next'
import type { RegistrationState } from '~/domain/registration/state'
import { Badge } from './card'

/**
 * An event's registration state as a badge: seats left, waiting list, booked out, cancelled …
 * `opensAt` is the opening date already formatted in the event's time zone (by the loader).
 * Nothing is shown for past events unless asked: on the list of past events every one would say so.
 */
export function RegistrationBadge({
  state,
  seatsLeft,
  opensAt,
  showPast = false,
}: {
  state: RegistrationState
  seatsLeft: number | null
  opensAt?: string | null
  showPast?: boolean
}) {
  const { t } = useTranslation('events')
  switch (state) {
    case 'cancelled':
      return <Badge tone="danger">{t('state.cancelled')}</Badge>
    case 'past':
      return showPast ? <Badge>{t('state.past')}</Badge> : null
    case 'full':
      return <Badge tone="danger">{t('state.full')}</Badge>
    case 'waitlist':
      return <Badge tone="warning">{t('state.waitlist')}</Badge>
    case 'closed':
      return <Badge>{t('state.closed')}</Badge>
    case 'notYetOpen':
      return <Badge tone="info">{opensAt ? t('state.notYetOpen', { date: opensAt }) : t('state.closed')}</Badge>
    case 'open':
      return <Badge tone="success">{seatsLeft === null ? t('state.open') : t('state.seatsLeft', { count: seatsLeft })}</Badge>
  }
}
