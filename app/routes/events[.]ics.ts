// /events.ics — a subscribable feed (webcal://…/events.ics) of all public events from a year ago
// on, titles in the visitor's language (?lng=en). Cancelled events stay in it, marked, so a
// subscriber's calendar shows the cancellation; events that were never published never appear.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { venueLine } from '../../emails/catalog.server'
import { eventFeed } from '~/lib/calendar.server'
import { getDb } from '~/lib/db.server'
import { getEnv } from '~/lib/env.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = toLocale(await i18next.getLocale(request))
  const events = await (
    await getDb()
  ).event.findMany({
    where: {
      isPublic: true,
      endsAt: { gte: new Date(Date.now() - 365 * 86_400_000) },
      OR: [{ status: 'PUBLISHED' }, { status: 'CANCELLED', publishedAt: { not: null } }],
    },
    orderBy: { startsAt: 'asc' },
    take: 1_000,
  })
  const ics = eventFeed(
    events.map((e) => ({
      id: e.id,
      slug: e.slug,
      title: localized(lang, e.titleDe, e.titleEn),
      summary: localized(lang, e.summaryDe, e.summaryEn),
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      location: venueLine(e),
      status: e.status === 'CANCELLED' ? 'CANCELLED' : 'PUBLISHED',
      calendarSequence: e.calendarSequence,
    })),
    { appUrl: getEnv().APP_URL, name: 'Fairdesk' },
  )
  return new Response(ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="events.ics"',
      'Cache-Control': 'public, max-age=300',
      Vary: 'Cookie, Accept-Language',
    },
  })
}
