// Reading a small JSON request body without ever failing with a 500: too large, not JSON or not
// an object are ordinary 4xx answers for the client to fix. The body must say it is JSON: a
// client that sends none is told so (415) rather than guessed at, and a cross-site page cannot
// send that type without the browser asking first.

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; error: string }

export async function readJsonBody(request: Request, maxBytes = 16_384): Promise<JsonBody> {
  const type = request.headers.get('content-type') ?? ''
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) return { ok: false, status: 415, error: 'Content-Type must be application/json' }
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > maxBytes) return { ok: false, status: 413, error: `body larger than ${maxBytes} bytes` }
  let text: string
  try {
    text = await request.text()
  } catch {
    return { ok: false, status: 400, error: 'unreadable body' }
  }
  if (Buffer.byteLength(text) > maxBytes) return { ok: false, status: 413, error: `body larger than ${maxBytes} bytes` }
  try {
    const value: unknown = JSON.parse(text)
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, status: 400, error: 'body must be a JSON object' }
    return { ok: true, value }
  } catch {
    return { ok: false, status: 400, error: 'body is not valid JSON' }
  }
}

/** A JSON answer that no cache keeps (verdicts and counts are personal and change by the second). */
export function jsonNoStore(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return Response.json(body, { status: init.status ?? 200, headers: { 'Cache-Control': 'no-store', ...init.headers } })
}
