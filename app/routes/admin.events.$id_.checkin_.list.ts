// GET /admin/events/:id/checkin/list — the door list for offline scanning: registrations with
// ticket versions and statuses (the revocation list), today's admissions and the public key.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { doorList } from '~/domain/checkin/door-list.server'
import { jsonNoStore } from '~/lib/http/json-body.server'
import { scannerAccess } from '~/lib/scanner-access.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await scannerAccess(request, params.id)
  if (access instanceof Response) return access
  const list = await doorList(access.db, access.event.id)
  if (!list) return jsonNoStore({ error: 'not_found' }, { status: 404 })
  return jsonNoStore(list)
}
