import { getDb } from '~/lib/db.server'

/** Liveness and database reachability, for load balancers and `npm start` checks. */
export async function loader() {
  try {
    const db = await getDb()
    await db.$queryRawUnsafe('SELECT 1')
    return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
  } catch {
    return Response.json({ status: 'error', database: 'unreachable' }, { status: 503, headers: { 'Cache-Control': 'no-store' } })
  }
}
