// POST /admin/events/:id/checkin/scan — the staff scanner's check-in (session cookie): a scanned
// code or a registration found by name; also the upload of scans queued offline (with scannedAt).
import type { ActionFunctionArgs } from '@remix-run/node'
import { issuesOf, ScanRequest, scannerVerdict, verdictStatus } from '~/domain/checkin/request'
import { checkIn, checkInRegistration } from '~/domain/checkin/checkin.server'
import { jsonNoStore, readJsonBody } from '~/lib/http/json-body.server'
import { can } from '~/lib/permissions.server'
import { scannerAccess } from '~/lib/scanner-access.server'

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await scannerAccess(request, params.id)
  if (access instanceof Response) return access
  const body = await readJsonBody(request)
  if (!body.ok) return jsonNoStore({ error: 'bad_request', message: body.error }, { status: body.status })
  const parsed = ScanRequest.safeParse(body.value)
  if (!parsed.success) return jsonNoStore({ error: 'bad_request', issues: issuesOf(parsed.error) }, { status: 400 })
  const scan = parsed.data
  // Door staff see "not today" and call an organiser; the page offers them no override either.
  if (scan.override && !can(access.user.role, 'checkin:override')) return jsonNoStore({ error: 'forbidden' }, { status: 403 })
  const input = {
    eventId: access.event.id,
    // Scanner pages make random nonces (crypto.randomUUID); the prefix keeps them apart from devices'.
    nonce: scan.nonce ? `web:${scan.nonce}` : null,
    scannedAt: scan.scannedAt,
    gate: scan.gate || null,
    byUserId: access.user.id,
    override: scan.override === true,
  }
  const verdict =
    'code' in scan
      ? await checkIn(access.db, { ...input, code: scan.code })
      : await checkInRegistration(access.db, { ...input, registrationId: scan.registrationId })
  return jsonNoStore(scannerVerdict(verdict), { status: verdictStatus(verdict) })
}

export const loader = () => jsonNoStore({ error: 'method_not_allowed' }, { status: 405, headers: { Allow: 'POST' } })
