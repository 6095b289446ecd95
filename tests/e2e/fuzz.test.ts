// Fuzzing the public doors: 10,000 generated malformed requests to the registration form, the
// check-in machine API and the staff scanner's scan endpoint. None may answer 500, and none may
// create a Registration, Person or CheckIn row. The generator is seeded (FUZZ_SEED to vary it), so
// a failure names the request that broke and reproduces with the same seed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRandom, type Random } from '~/demo/random'
import { createDevice } from '~/domain/checkin/devices.server'
import { RegistrationFields } from '~/domain/registration/form'
import { createDb, type Db } from '~/lib/db.server'
import { startAppServer, type AppServer } from '../support/app-server'

const SEED = process.env.FUZZ_SEED ?? 'fairdesk-fuzz-1'
const TOTAL = 10_000
const CONCURRENCY = 8
// FUZZ_ONLY=12,345 replays just those requests of the seeded run (after a failure).
const ONLY = process.env.FUZZ_ONLY ? new Set(process.env.FUZZ_ONLY.split(',').map(Number)) : null

type FuzzRequest = { label: string; path: string; init: RequestInit & { headers: Record<string, string> } }

// The nasty values every field gets a taste of.
const NASTY = [
  '',
  ' ',
  '</script><script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'a\r\nBcc: victim@example.org',
  '\u0000\u0001\u0002',
  '\u202Eevil\u202C',
  '=HYPERLINK("http://x")',
  ';,\\:"',
  '{"$gt":""}',
  '\'; DROP TABLE "Person"; --',
  '%00%0d%0a',
  '%E0%A4%A%FF',
  '\uFFFF\uD800',
  '🙂'.repeat(50),
  'x'.repeat(10_000),
  '1e309',
  'null',
  'undefined',
  '[]',
  '-1',
]

function garbage(r: Random, max = 200): string {
  const mode = r.int(0, 5)
  if (mode === 0) return r.pick(NASTY)
  if (mode === 1) return 'x'.repeat(r.pick([1, 255, 256, 4_097, 10_000, 70_000]))
  if (mode === 2) return String.fromCharCode(...Array.from({ length: r.int(0, max) }, () => r.int(0, 0xd7ff)))
  if (mode === 3) return r.hex(r.int(0, 64))
  if (mode === 4) return String.fromCharCode(...Array.from({ length: r.int(0, 40) }, () => r.int(0, 0x7f)))
  return r.pick(NASTY) + r.hex(4) + r.pick(NASTY)
}

/** Any e-mail the registration form accepts is made unacceptable: these requests must store nothing. */
function invalidEmail(r: Random): string {
  const candidate = r.pick([garbage(r), 'no-at-sign.example', 'a@b', '@example.org', 'jana@@x.de', `${'a'.repeat(250)}@x.de`, 'a b@x.de'])
  const valid = RegistrationFields.shape.email.safeParse(candidate).success
  return valid ? `${candidate}<` : candidate
}

// Percent-encodes the UTF-8 bytes (lone surrogates included, which encodeURIComponent refuses).
const percent = (text: string) =>
  [...Buffer.from(text, 'utf8')]
    .map((b) => (/[A-Za-z0-9_.~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`))
    .join('')

function formBody(fields: [string, string][]): string {
  return fields.map(([k, v]) => `${percent(k)}=${percent(v)}`).join('&')
}

function registrationRequest(r: Random, slug: string, questionIds: string[], sessionIds: string[], origin: string): FuzzRequest {
  const path = r.chance(0.05) ? `/events/${percent(garbage(r, 20))}/register` : `/events/${slug}/register`
  const fields: [string, string][] = []
  const maybe = (name: string, value: () => string) => {
    if (r.chance(0.85)) fields.push([name, value()])
    if (r.chance(0.1)) fields.push([name, value()]) // duplicated
  }
  maybe('firstName', () => (r.chance(0.5) ? 'Jana' : garbage(r)))
  maybe('lastName', () => (r.chance(0.5) ? 'Schröder' : garbage(r)))
  fields.push(['email', invalidEmail(r)])
  if (r.chance(0.1)) fields.push(['email', 'second@example.org']) // a valid duplicate after the invalid first
  maybe('company', () => garbage(r))
  for (const id of questionIds) maybe(`q_${id}`, () => garbage(r))
  for (const id of sessionIds) if (r.chance(0.3)) fields.push(['sessions', r.chance(0.5) ? id : garbage(r, 30)])
  if (r.chance(0.2)) fields.push(['sessions', garbage(r, 30)])
  if (r.chance(0.2)) fields.push(['intent', r.pick(['addColleague', 'register', garbage(r, 20)])])
  for (let i = 0, n = r.chance(0.2) ? r.int(1, 30) : 0; i < n; i++) {
    fields.push([
      `colleagues[${r.pick([String(i), '-1', '999999', garbage(r, 5)])}].${r.pick(['firstName', 'lastName', 'email', garbage(r, 5)])}`,
      garbage(r),
    ])
  }
  if (r.chance(0.1)) fields.push(['status', 'CONFIRMED'], ['role', 'SPEAKER'], ['eventId', garbage(r, 10)])
  if (r.chance(0.05)) fields.push([garbage(r, 40), garbage(r)])
  r.shuffle(fields)

  const headers: Record<string, string> = { origin }
  let body: BodyInit = formBody(fields)
  const shape = r.int(0, 9)
  if (shape === 0) headers['content-type'] = 'application/json'
  else if (shape === 1) headers['content-type'] = 'text/plain'
  else if (shape === 2) {
    headers['content-type'] = `multipart/form-data; boundary=${r.hex(8)}`
    body = garbage(r, 400)
  } else if (shape === 3) {
    headers['content-type'] = 'application/x-www-form-urlencoded'
    body = garbage(r, 400)
  } else if (shape === 4) {
    // A well-formed multipart body with the same fields.
    const form = new FormData()
    for (const [k, v] of fields) form.append(k, v)
    if (r.chance(0.3)) form.append('firstName', new Blob([garbage(r)]), 'x.bin')
    body = form
  } else if (shape === 5) {
    headers['content-type'] = r.pick([
      'application/x-www-form-urlencoded; charset=utf-16',
      'application/x-www-form-urlencoded; charset=bogus',
      'image/png',
      '*/*',
      garbage(r, 30).replace(/[^\x20-\x7e]/g, ''),
    ])
  } else headers['content-type'] = 'application/x-www-form-urlencoded'
  return { label: `register ${JSON.stringify(fields).slice(0, 300)}`, path, init: { method: 'POST', headers, body, redirect: 'manual' } }
}

function jsonGarbage(r: Random, depth = 0): unknown {
  switch (r.int(0, depth > 2 ? 4 : 6)) {
    case 0:
      return garbage(r)
    case 1:
      return r.int(-1e9, 1e9) * (r.chance(0.5) ? 1 : 0.5)
    case 2:
      return r.chance(0.5)
    case 3:
      return null
    case 4:
      return `FD1.${r.hex(r.int(0, 40))}.${r.hex(r.int(0, 40))}`
    case 5:
      return Array.from({ length: r.int(0, 5) }, () => jsonGarbage(r, depth + 1))
    default:
      return Object.fromEntries(
        Array.from({ length: r.int(0, 5) }, () => [
          r.pick(['code', 'nonce', 'scannedAt', 'gate', 'registrationId', '__proto__', 'constructor', garbage(r, 10)]),
          jsonGarbage(r, depth + 1),
        ]),
      )
  }
}

function checkinBody(r: Random): { body: string; type?: string } {
  const shape = r.int(0, 9)
  if (shape === 0) return { body: garbage(r, 400), type: 'application/json' }
  if (shape === 1)
    return {
      body: JSON.stringify(jsonGarbage(r)),
      type: r.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']),
    }
  if (shape === 2) return { body: `{"code":"${'x'.repeat(r.pick([4_097, 20_000]))}"}`, type: 'application/json' }
  if (shape === 3) return { body: '{"code":', type: 'application/json' }
  if (shape === 4) return { body: JSON.stringify(jsonGarbage(r)) }
  const scan: Record<string, unknown> = {}
  if (r.chance(0.9)) scan.code = r.chance(0.5) ? `FD1.${r.hex(16)}.${r.hex(32)}` : jsonGarbage(r)
  if (r.chance(0.3)) scan.registrationId = r.chance(0.5) ? r.id() : jsonGarbage(r)
  if (r.chance(0.4)) scan.nonce = r.chance(0.5) ? r.hex(8) : jsonGarbage(r)
  if (r.chance(0.3))
    scan.scannedAt = r.pick([new Date().toISOString(), '2001-01-01T00:00:00Z', '9999-12-31T23:59:59Z', 'yesterday', garbage(r, 30)])
  if (r.chance(0.2)) scan.gate = garbage(r)
  return { body: JSON.stringify(scan), type: 'application/json' }
}

function apiRequest(r: Random, token: string): FuzzRequest {
  const { body, type } = checkinBody(r)
  const headers: Record<string, string> = {}
  if (type) headers['content-type'] = type
  headers.authorization = r.chance(0.9)
    ? `Bearer ${token}`
    : r.pick(['', 'Bearer', `Bearer ${garbage(r, 120).replace(/[^\x21-\x7e]/g, '')}`, `Basic ${r.hex(12)}`, `Bearer ${token}x`])
  return { label: `api ${body.slice(0, 300)}`, path: '/api/v1/checkins', init: { method: 'POST', headers, body, redirect: 'manual' } }
}

function scanRequest(r: Random, eventId: string, cookie: string, origin: string): FuzzRequest {
  const { body, type } = checkinBody(r)
  const headers: Record<string, string> = { cookie, origin }
  if (type) headers['content-type'] = type
  const id = r.chance(0.95) ? eventId : percent(garbage(r, 30))
  return {
    label: `scan ${body.slice(0, 300)}`,
    path: `/admin/events/${id}/checkin/scan`,
    init: { method: 'POST', headers, body, redirect: 'manual' },
  }
}

describe('fuzzing the public registration and check-in endpoints', () => {
  let app: AppServer
  let db: Db
  beforeAll(async () => {
    app = await startAppServer({ env: { FAIRDESK_RATE_LIMITS: 'off' } })
    db = await createDb(app.databaseUrl)
  })
  afterAll(async () => {
    await db?.$disconnect()
    await app?.stop()
  })

  const counts = async () => ({
    registrations: await db.registration.count(),
    persons: await db.person.count(),
    checkIns: await db.checkIn.count(),
  })

  it(`answers ${TOTAL} malformed requests without a 500 and stores nothing (seed ${SEED})`, { timeout: 600_000 }, async () => {
    const event = await db.event.findFirstOrThrow({
      where: { status: 'PUBLISHED', isPublic: true, inviteOnly: false, startsAt: { gt: new Date() }, questions: { some: {} } },
      include: { questions: true, sessions: { select: { id: true } } },
      orderBy: { startsAt: 'asc' },
    })
    const { token } = await createDevice(db, event.id, 'Fuzz gate')
    const login = await fetch(`${app.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url },
      body: new URLSearchParams({ email: 'door@example.org', password: 'fairdesk-demo', redirectTo: '/admin' }).toString(),
      redirect: 'manual',
    })
    await login.arrayBuffer()
    expect(login.status).toBe(302)
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    const before = await counts()

    const r = createRandom(SEED)
    const requests: FuzzRequest[] = Array.from({ length: TOTAL }, (_, i) => {
      const kind = i % 10
      if (kind < 5)
        return registrationRequest(
          r,
          event.slug,
          event.questions.map((q) => q.id),
          event.sessions.map((s) => s.id),
          app.url,
        )
      if (kind < 8) return apiRequest(r, token)
      return scanRequest(r, event.id, cookie, app.url)
    })

    // A kept-alive socket the server has just timed out fails on the client ("other side closed"):
    // that one is tried again on a fresh socket (writing to it fails with EPIPE when the close came first).
    // A request that kills the server fails twice.
    const send = (req: FuzzRequest) =>
      fetch(`${app.url}${req.path}`, req.init).catch((error: Error) => {
        if (!/other side closed|ECONNRESET|EPIPE/.test(String(error.cause))) throw error
        return fetch(`${app.url}${req.path}`, req.init)
      })
    const failures: string[] = []
    const statuses = new Map<number, number>()
    let next = 0
    async function worker() {
      while (next < requests.length) {
        const index = next++
        const req = requests[index]!
        if (ONLY && !ONLY.has(index)) continue
        let status: number
        try {
          const res = await send(req)
          status = res.status
          const text = await res.text()
          // A JSON endpoint answers JSON even when it refuses.
          if (!req.path.endsWith('/register') && status !== 404 && status !== 403 && res.headers.get('content-type')?.includes('json'))
            JSON.parse(text)
        } catch (error) {
          failures.push(`#${index} ${req.label}: ${String(error)} ${String((error as Error).cause)}`)
          continue
        }
        statuses.set(status, (statuses.get(status) ?? 0) + 1)
        if (status >= 500) failures.push(`#${index} ${status} ${req.path} ${req.label}`)
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))

    expect(failures.slice(0, 10), app.logs().slice(-3_000)).toEqual([])
    expect(await counts()).toEqual(before)
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200)
    // The fuzzing reached the endpoints' validation, not only their front doors.
    if (!ONLY) expect([...statuses.keys()].sort()).toEqual(expect.arrayContaining([200, 400, 404]))
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(ONLY ? ONLY.size : TOTAL)
  })
})
