import type { LoaderFunctionArgs } from '@remix-run/node'
import { createEvents, type EventAttributes } from 'ics'
import { getDb } from '~/lib/db.server'
import { getEnv } from '~/lib/env.server'

/** A subscribable feed (webcal://…/events.ics) of all public events from a year ago on. */
export async function loader(_args: LoaderFunctionArgs) {
  const db = await getDb()
  const appUrl = getEnv().APP_URL
  const events = await db.event.findMany({
    where: { isPublic: true, status: { in: ['PUBLISHED', 'CANCELLED'] }, endsAt: { gte: new Date(Date.now() - 365 * 86_400_000) } },
    orderBy: { startsAt: 'asc' },
    take: 1_000,
  })
  const attributes: EventAttributes[] = events.map((e) => ({
    uid: `event-${e.id}@${new URL(appUrl).hostname}`,
    sequence: e.calendarSequence,
    title: e.titleDe,
    description: e.summaryDe ?? undefined,
    location: [e.venueName, e.venueStreet, e.venueCity].filter(Boolean).join(', ') || undefined,
    url: `${appUrl}/events/${e.slug}`,
    status: e.status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED',
    start: e.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: e.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    productId: 'fairdesk',
    calName: 'Fairdesk',
  }))
  const { error, value } = createEvents(attributes)
  if (error || !value) throw new Response('calendar error', { status: 500 })
  return new Response(value, { headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'public, max-age=300' } })
}
