import type { LoaderFunctionArgs } from '@remix-run/node'
import { findByManageToken } from '~/domain/registration-self-service.server'
import { buildInvite } from '~/lib/calendar.server'
import { getDb } from '~/lib/db.server'
import { getEnv } from '~/lib/env.server'
import { localized, toLocale } from '~/lib/i18n'

/** "Add to calendar": the attendee's event as an .ics file (same UID as the mailed invitation). */
export async function loader({ params }: LoaderFunctionArgs) {
  const db = await getDb()
  const registration = await findByManageToken(db, params.token ?? '')
  if (!registration || registration.status === 'CANCELLED') throw new Response(null, { status: 404 })
  const { event } = registration
  const appUrl = getEnv().APP_URL
  const lang = toLocale(registration.locale)
  const ics = buildInvite({
    uid: `registration-${registration.id}@${new URL(appUrl).hostname}`,
    sequence: registration.calendarSequence + event.calendarSequence,
    method: 'PUBLISH',
    title: localized(lang, event.titleDe, event.titleEn),
    location: [event.venueName, event.venueStreet, event.venueCity].filter(Boolean).join(', ') || null,
    url: `${appUrl}/r/${registration.manageToken}`,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    organizer: { name: event.organiserName ?? 'Fairdesk', email: event.contactEmail ?? `noreply@${new URL(appUrl).hostname}` },
  })
  return new Response(ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${event.slug}.ics"`,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
    },
  })
}
