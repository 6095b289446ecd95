// /admin/events/:id/live — the live counts of one event as JSON, polled by pages while the door is busy.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { liveCounts, viewLiveCounts } from '~/domain/checkin/live-counts.server'
import { getDb } from '~/lib/db.server'
import { toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = await getDb()
  await requirePermission(request, db, 'dashboard:view')
  const event = await db.event.findUnique({ where: { id: params.id ?? '' }, select: { id: true, timeZone: true } })
  const counts = event ? await liveCounts(db, event.id) : null
  if (!event || !counts) return Response.json({ error: 'not found' }, { status: 404, headers: { 'Cache-Control': 'no-store' } })
  const locale = toLocale(await i18next.getLocale(request))
  return Response.json(viewLiveCounts(counts, { locale, timeZone: event.timeZone }), { headers: { 'Cache-Control': 'no-store' } })
}
