// The "overload" bench scenario: the production server with load shedding as configured by
// default. First the public event page's sustained throughput R (a closed loop of a few
// connections); then, for 10 s, 4 × R page requests a second arriving on schedule whatever the
// server answers (an open loop, as a crowd behaves), while ten hand scanners post check-ins and
// door staff load the scanner page. Expected: no 500 at all, every refusal a 503 with
// Retry-After, the door served ahead of the public pages; the latency of what was served stated.
//
// Twice: through a fixed pool of kept-alive connections, as a reverse proxy in front holds them
// (the deployment the README describes), and with a new connection for every request that finds
// none free, as a crowd reaching the process directly does. In the second, Node accepts one new
// connection per turn of its event loop: the queue forms in the kernel's accept queue, before
// anything in the process can refuse it, and its wait shows in the figures.
//
// BENCH_OVERLOAD_FACTOR (4) and BENCH_OVERLOAD_SECONDS (10) change the load and its length.
import http from 'node:http'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { seedDemo } from '~/demo/seed.server'
import { createDevice } from '~/domain/checkin/devices.server'
import { register } from '~/domain/registration/register.server'
import { getTicketKeys, signTicket } from '~/domain/checkin/tickets.server'
import { createDb } from '~/lib/db.server'
import { migrate } from '~/lib/migrate.server'
import { freePort } from '../support/app-server'
import { load, startProcess, stopProcesses, type Row } from './harness'

type Sample = { status: number; retryAfter: string | null; ms: number; error?: string }
type Request = { path: string; method?: string; headers?: Record<string, string>; body?: string }

/**
 * Sends `rate` requests a second for `seconds`, each on schedule, whether or not earlier ones were
 * answered, over at most `sockets` kept-alive connections (a request waits for a free one, and that
 * wait counts into its time).
 */
async function openLoop(base: string, rate: number, seconds: number, sockets: number, request: (i: number) => Request): Promise<Sample[]> {
  // FIFO: every pooled connection stays in use, none idles into the server's keep-alive timeout.
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets, scheduling: 'fifo' })
  // A pool's connections are opened first: a server under load accepts one new connection per
  // turn of its event loop, and the pool would take seconds to fill.
  if (Number.isFinite(sockets)) await Promise.all(Array.from({ length: sockets }, () => send(base, { path: '/healthz' }, agent)))
  const total = Math.round(rate * seconds)
  const started = performance.now()
  const pending: Promise<Sample>[] = []
  for (let i = 0; i < total; i++) {
    const wait = started + (i * 1000) / rate - performance.now()
    if (wait >= 1) await new Promise((resolve) => setTimeout(resolve, wait))
    pending.push(send(base, request(i), agent))
  }
  const samples = await Promise.all(pending)
  agent.destroy()
  return samples
}

function send(base: string, r: Request, agent: http.Agent): Promise<Sample> {
  const t0 = performance.now()
  return new Promise((resolve) => {
    const req = http.request(new URL(r.path, base), { method: r.method ?? 'GET', headers: r.headers, agent, timeout: 60_000 }, (res) => {
      res.resume()
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          retryAfter: (res.headers['retry-after'] as string | undefined) ?? null,
          ms: performance.now() - t0,
        }),
      )
    })
    req.on('timeout', () => req.destroy(new Error('timeout')))
    req.on('error', (error) => resolve({ status: 0, retryAfter: null, ms: performance.now() - t0, error: error.message }))
    req.end(r.body)
  })
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

function summarise(scenario: string, lane: string, samples: Sample[], rows: Row[]) {
  const served = samples.filter((s) => s.status >= 200 && s.status < 400)
  const refused = samples.filter((s) => s.status === 503)
  const other = samples.filter((s) => !(s.status >= 200 && s.status < 400) && s.status !== 503)
  const counts: Record<string, number> = {}
  for (const s of other)
    counts[s.error ? `error: ${s.error}` : String(s.status)] = (counts[s.error ? `error: ${s.error}` : String(s.status)] ?? 0) + 1
  rows.push({
    scenario,
    metric: `${lane}: served / 503 / other`,
    app: `${served.length} / ${refused.length} / ${other.length}${other.length ? ` ${JSON.stringify(counts)}` : ''}`,
  })
  rows.push({
    scenario,
    metric: `${lane}: p50 / p99 ms served`,
    app: `${percentile(
      served.map((s) => s.ms),
      50,
    ).toFixed(0)} / ${percentile(
      served.map((s) => s.ms),
      99,
    ).toFixed(0)}`,
  })
  if (refused.length)
    rows.push({
      scenario,
      metric: `${lane}: p99 ms refused`,
      app: percentile(
        refused.map((s) => s.ms),
        99,
      ),
    })
}

export async function overloadScenario(rows: Row[]) {
  const factor = Number(process.env.BENCH_OVERLOAD_FACTOR ?? 4)
  const seconds = Number(process.env.BENCH_OVERLOAD_SECONDS ?? 10)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fairdesk-bench-overload-'))
  const dbUrl = `file:${path.join(dir, 'app.db')}`
  await migrate(dbUrl)
  const db = await createDb(dbUrl)
  await seedDemo(db)

  // The door: an event today with tickets for every scan to come, ten hand scanners, door staff.
  const scanRate = 20
  const startsAt = new Date(Date.now() + 3_600_000)
  const event = await db.event.create({
    data: {
      slug: 'bench-overload-door',
      kind: 'CONFERENCE',
      status: 'PUBLISHED',
      titleDe: 'Bench',
      titleEn: 'Bench',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 8 * 3_600_000),
      capacity: 10_000,
    },
  })
  const keys = await getTicketKeys(db)
  const codes: string[] = []
  for (let i = 0; i < scanRate * seconds; i++) {
    const r = await register(db, event.id, {
      firstName: 'Door',
      lastName: `Overload ${i}`,
      email: `overload${i}@bench.example`,
      company: 'Bench GmbH',
      notify: false,
    })
    if (r.kind !== 'confirmed') throw new Error(`bench setup: ${r.kind}`)
    codes.push(signTicket(keys, r.registration))
  }
  const tokens = await Promise.all(Array.from({ length: 10 }, (_, d) => createDevice(db, event.id, `Gate ${d + 1}`).then((x) => x.token)))
  const page = await db.event.findFirstOrThrow({
    where: { status: 'PUBLISHED', isPublic: true, startsAt: { gt: new Date() }, NOT: { id: event.id } },
    orderBy: { startsAt: 'asc' },
  })
  await db.$disconnect()

  const port = await freePort()
  const app = `http://127.0.0.1:${port}`
  // Load shedding stays as configured (on, with its default thresholds); rate limits are off so
  // that they do not refuse the load first.
  await startProcess(
    ['scripts/serve.ts'],
    {
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: dbUrl,
      APP_URL: app,
      FAIRDESK_RATE_LIMITS: 'off',
      FAIRDESK_WORKER: 'off',
    },
    async (u) => (await fetch(`${u}/healthz`)).ok,
    app,
  )
  const login = await fetch(`${app}/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app },
    body: new URLSearchParams({ email: 'door@example.org', password: 'fairdesk-demo', redirectTo: '/admin' }).toString(),
    redirect: 'manual',
  })
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  const pagePath = `/events/${page.slug}`
  const scannerPath = `/admin/events/${event.id}/checkin`
  if ((await fetch(app + pagePath)).status !== 200 || (await fetch(app + scannerPath, { headers: { cookie } })).status !== 200)
    throw new Error('bench setup: page or scanner not served')

  // What the server sustains: warm up, then a closed loop of four connections for 5 s.
  await load({ url: app + pagePath, connections: 4, duration: 3 })
  const sustained = await load({ url: app + pagePath, connections: 4, duration: 5 })
  const sustainedRps = ((sustained.statusCounts['200'] ?? 0) / sustained.requests) * sustained.throughput
  const rate = Math.max(1, Math.round(sustainedRps * factor))
  rows.push({
    scenario: `overload (${factor} × sustained for ${seconds} s)`,
    metric: 'event page sustained, requests/s',
    app: sustainedRps,
    target: `closed loop, 4 connections; ${JSON.stringify(sustained.statusCounts)}`,
  })

  for (const [mode, pool] of [
    ['via 64 kept-alive connections', { pages: 64, scans: 10, scanner: 2 }],
    ['a connection per waiting request', { pages: Infinity, scans: Infinity, scanner: Infinity }],
  ] as const) {
    const scenario = `overload (${factor} × sustained for ${seconds} s), ${mode}`
    rows.push({ scenario, metric: 'offered: event page / check-ins / scanner page, per s', app: `${rate} / ${scanRate} / 2` })
    const [pages, scans, scanner] = await Promise.all([
      openLoop(app, rate, seconds, pool.pages, () => ({ path: pagePath })),
      openLoop(app, scanRate, seconds, pool.scans, (i) => ({
        path: '/api/v1/checkins',
        method: 'POST',
        headers: { authorization: `Bearer ${tokens[i % tokens.length]}`, 'content-type': 'application/json' },
        // The second run scans the same tickets again: "already checked in", answered all the same.
        body: JSON.stringify({ code: codes[i], nonce: `overload-${Number.isFinite(pool.scans) ? 'pool' : 'direct'}-${i}` }),
      })),
      openLoop(app, 2, seconds, pool.scanner, () => ({ path: scannerPath, headers: { cookie } })),
    ])
    const all = [...pages, ...scans, ...scanner]
    summarise(scenario, 'event page', pages, rows)
    summarise(scenario, 'check-in API', scans, rows)
    summarise(scenario, 'scanner page', scanner, rows)
    rows.push({ scenario, metric: 'HTTP 500 (all requests)', app: all.filter((s) => s.status === 500).length, target: '0' })
    rows.push({
      scenario,
      metric: '503 without Retry-After',
      app: all.filter((s) => s.status === 503 && !s.retryAfter).length,
      target: '0',
    })
    rows.push({ scenario, metric: 'healthy afterwards', app: (await fetch(`${app}/healthz`)).ok ? 'yes' : 'no' })
    // The queue of the first run drains before the second starts.
    await new Promise((resolve) => setTimeout(resolve, 3_000))
  }
  stopProcesses()
}
