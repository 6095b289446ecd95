// For staff routes about one live event: the permission check, then the event or a 404 (also for
// cancelled events, which take no more changes).
import { getDb } from './db.server'
import { requirePermission, type Capability } from './permissions.server'

export async function requireLiveEvent(request: Request, id: string | undefined, capability: Capability) {
  const db = await getDb()
  const user = await requirePermission(request, db, capability)
  const event = await db.event.findUnique({ where: { id: id ?? '' } })
  if (!event || event.status === 'CANCELLED') throw new Response(null, { status: 404 })
  return { db, user, event }
}
