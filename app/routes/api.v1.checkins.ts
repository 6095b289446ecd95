// POST /api/v1/checkins — the machine API for hand scanners and integrations (contract in docs/architecture.md).
// `Authorization: Bearer <device token>`; the token names the event, so a device can only ever
// admit to its own event. Body `{ "code": "<QR payload as scanned>", "nonce": "…" }`; optional
// `scannedAt` (ISO 8601) for scans queued offline. GET answers today's counts of the device's event.
import type { ActionFunctionArgs, LoaderFunctionArgs } from '@remix-run/node'
import { apiVerdict, CheckInRequest, issuesOf, verdictStatus } from '~/domain/checkin/request'
import { authenticateDevice, bearerToken, type AuthenticatedDevice } from '~/domain/checkin/devices.server'
import { checkIn, doorCountsToday } from '~/domain/checkin/checkin.server'
import { getDb } from '~/lib/db.server'
import { jsonNoStore, readJsonBody } from '~/lib/http/json-body.server'

async function device(request: Request): Promise<AuthenticatedDevice | Response> {
  const token = bearerToken(request.headers.get('authorization'))
  const found = token ? await authenticateDevice(await getDb(), token) : null
  return (
    found ??
    jsonNoStore(
      { error: 'unauthorized', message: 'missing, unknown or revoked device token' },
      { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="fairdesk"' } },
    )
  )
}

export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== 'POST') return jsonNoStore({ error: 'method_not_allowed' }, { status: 405, headers: { Allow: 'GET, POST' } })
  const dev = await device(request)
  if (dev instanceof Response) return dev
  const body = await readJsonBody(request)
  if (!body.ok) return jsonNoStore({ error: 'bad_request', message: body.error }, { status: body.status })
  const parsed = CheckInRequest.safeParse(body.value)
  if (!parsed.success) return jsonNoStore({ error: 'bad_request', issues: issuesOf(parsed.error) }, { status: 400 })
  const { code, nonce, scannedAt } = parsed.data
  const verdict = await checkIn(await getDb(), {
    eventId: dev.eventId,
    code,
    // Scoped to the device: two scanners counting their nonces 1, 2, 3 … never collide.
    nonce: nonce ? `${dev.id}:${nonce}` : null,
    scannedAt,
    deviceId: dev.id,
    gate: dev.label,
  })
  return jsonNoStore(apiVerdict(verdict), { status: verdictStatus(verdict) })
}

export async function loader({ request }: LoaderFunctionArgs) {
  const dev = await device(request)
  if (dev instanceof Response) return dev
  const asked = new URL(request.url).searchParams.get('event')
  if (asked !== null && asked !== dev.eventId)
    return jsonNoStore({ error: 'forbidden', message: 'this device belongs to another event' }, { status: 403 })
  const counts = await doorCountsToday(await getDb(), dev.eventId)
  if (!counts) return jsonNoStore({ error: 'not_found' }, { status: 404 })
  return jsonNoStore({ eventId: dev.eventId, gate: dev.label, ...counts })
}
