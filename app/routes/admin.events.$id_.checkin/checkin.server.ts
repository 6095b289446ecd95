// The scanner page's loader: the event, today's counts, and which staff links the person may follow.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { doorCountsToday } from '~/domain/checkin/checkin.server'
import { formatEventRange } from '~/lib/datetime'
import { localized } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { can } from '~/lib/permissions.server'
import { requireStaffEvent } from '~/web/staff-event.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, user, event, locale } = await requireStaffEvent(request, params.id, 'checkin:scan')
  const t = await i18next.getFixedT(request, 'checkin')
  const title = localized(locale, event.titleDe, event.titleEn)
  return {
    metaTitle: `${t('scanner.title')}: ${title}`,
    event: {
      id: event.id,
      title,
      timeZone: event.timeZone,
      when: formatEventRange(event.startsAt, event.endsAt, { locale, timeZone: event.timeZone }, { withTimes: true }),
    },
    counts: await doorCountsToday(db, event.id),
    canManage: can(user.role, 'events:manage'),
    canOverride: can(user.role, 'checkin:override'),
    canDevices: can(user.role, 'devices:manage'),
    canBadges: can(user.role, 'registrations:manage'),
  }
}
