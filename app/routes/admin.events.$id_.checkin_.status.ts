// GET /admin/events/:id/checkin/status — the live counts for the scanner page (polled every few
// seconds): admitted today against expected, per gate, and today's flagged offline conflicts.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { doorConflicts, doorCountsToday } from '~/domain/checkin/checkin.server'
import { jsonNoStore } from '~/lib/http/json-body.server'
import { scannerAccess } from '~/lib/scanner-access.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await scannerAccess(request, params.id)
  if (access instanceof Response) return access
  const counts = await doorCountsToday(access.db, access.event.id)
  if (!counts) return jsonNoStore({ error: 'not_found' }, { status: 404 })
  const conflicts = await doorConflicts(access.db, access.event.id, counts.day)
  return jsonNoStore({ ...counts, conflicts })
}
