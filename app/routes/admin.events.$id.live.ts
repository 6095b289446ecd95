// /admin/events/:id/live — the live counts of one event as JSON, polled by pages while the door is busy.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { liveCounts, viewLiveCounts } from '~/domain/checkin/live-counts.server'
import { requireStaffEvent } from '~/web/staff-event.server'

const notFound = () => Response.json({ error: 'not found' }, { status: 404, headers: { 'Cache-Control': 'no-store' } })

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, event, locale } = await requireStaffEvent(request, params.id, 'dashboard:view', { notFound })
  const counts = await liveCounts(db, event.id)
  if (!counts) return notFound()
  return Response.json(viewLiveCounts(counts, { locale, timeZone: event.timeZone }), { headers: { 'Cache-Control': 'no-store' } })
}
