// The door's JSON endpoints are called by the scanner page's own scripts: they answer in JSON —
// 401 when the session has ended (the page asks to sign in again and keeps its queue), 403 for a
// role without `checkin:scan`, 404 for an unknown event — rather than redirecting to HTML pages.
import { jsonNoStore } from './http/json-body.server'
import { getDb, type Db } from './db.server'
import { can, getUser } from './permissions.server'
import type { StaffUser } from './session.server'

export type ScannerAccess = { db: Db; user: StaffUser; event: { id: string; timeZone: string } }

export async function scannerAccess(request: Request, eventId: string | undefined): Promise<ScannerAccess | Response> {
  const db = await getDb()
  const user = await getUser(request, db)
  if (!user) return jsonNoStore({ error: 'unauthorized' }, { status: 401 })
  if (!can(user.role, 'checkin:scan')) return jsonNoStore({ error: 'forbidden' }, { status: 403 })
  const event = await db.event.findUnique({ where: { id: eventId ?? '' }, select: { id: true, timeZone: true } })
  if (!event) return jsonNoStore({ error: 'not_found' }, { status: 404 })
  return { db, user, event }
}
