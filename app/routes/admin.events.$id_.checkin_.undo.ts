// POST /admin/events/:id/checkin/undo — takes back an admission. Door staff: their own scans of
// the last 15 minutes; organisers and admins: any.
import type { ActionFunctionArgs } from '@remix-run/node'
import { issuesOf, UndoRequest } from '~/domain/checkin/request'
import { undoCheckIn } from '~/domain/checkin/checkin.server'
import { jsonNoStore, readJsonBody } from '~/lib/http/json-body.server'
import { hasRole } from '~/lib/permissions.server'
import { scannerAccess } from '~/lib/scanner-access.server'

const STATUS = { undone: 200, notFound: 404, alreadyUndone: 409, notYours: 403, year_closed: 409 } as const

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await scannerAccess(request, params.id)
  if (access instanceof Response) return access
  const body = await readJsonBody(request)
  if (!body.ok) return jsonNoStore({ error: 'bad_request', message: body.error }, { status: body.status })
  const parsed = UndoRequest.safeParse(body.value)
  if (!parsed.success) return jsonNoStore({ error: 'bad_request', issues: issuesOf(parsed.error) }, { status: 400 })
  const result = await undoCheckIn(access.db, parsed.data.checkInId, {
    userId: access.user.id,
    anyScan: hasRole(access.user.role, 'ORGANIZER'),
    eventId: access.event.id,
    role: access.user.role,
    reason: parsed.data.reason,
  })
  const year = result.kind === 'year_closed' ? { year: result.year } : {}
  return jsonNoStore({ result: result.kind, ...year }, { status: STATUS[result.kind] })
}

export const loader = () => jsonNoStore({ error: 'method_not_allowed' }, { status: 405, headers: { Allow: 'POST' } })
