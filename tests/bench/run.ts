// `npm run bench`: starts the production build on a free port (SQLite, demo data, rate limits
// off) and a bare node:http baseline doing the same database work, drives both from this process
// over loopback, prints a table of figures with the ratio of app to baseline and writes them as JSON to
// bench/results/. Not a test: it asserts nothing but prints what it measured. The "reports" scenario
// (tests/bench/reports.ts) times the annual report and its CSV export on a generated data set.
// `npm run bench` runs every scenario; `npm run bench -- door reports` only the ones named
// (pages, rush, door, reports, overload). With BENCH_POSTGRES_URL (or TEST_POSTGRES_URL) the rush and the door
// run once more on PostgreSQL with several app processes (scale-out mode, BENCH_PROCESSES, default 2).
// These measure capacity, so load shedding is off for them; the "overload" scenario
// (tests/bench/overload.ts) runs the server as configured by default, shedding on, at 4 × its load.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { createDb, type Db } from '~/lib/db.server'
import { migrate } from '~/lib/migrate.server'
import { seedDemo } from '~/demo/seed.server'
import { createDevice } from '~/domain/checkin/devices.server'
import { register } from '~/domain/registration/register.server'
import { getTicketKeys, signTicket } from '~/domain/checkin/tickets.server'
import { freePort } from '../support/app-server'
import { withPg } from '../support/db'
import { hasChromium } from '../support/browser'
import { lighthouseScores } from '../support/lighthouse'
import { load, printTable, startProcess, stopProcesses, type Row } from './harness'
import { overloadScenario } from './overload'
import { reportsScenario } from './reports'

const rows: Row[] = []

async function makeEvent(db: Db, slug: string, capacity: number) {
  const startsAt = new Date(Date.now() + 30 * 86_400_000)
  return db.event.create({
    data: {
      slug,
      kind: 'CONFERENCE',
      status: 'PUBLISHED',
      titleDe: 'Bench',
      titleEn: 'Bench',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 8 * 3_600_000),
      capacity,
    },
  })
}

/** JavaScript and CSS a first visit downloads, gzipped, as the browser would receive it. */
async function pageWeight(base: string, pagePath: string) {
  const html = await (await fetch(base + pagePath)).text()
  const urls = new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!))
  let js = 0
  let css = 0
  for (const url of urls) {
    const body = Buffer.from(await (await fetch(base + url)).arrayBuffer())
    const gz = zlib.gzipSync(body).length
    if (url.endsWith('.js')) js += gz
    else css += gz
  }
  return { js: js / 1024, css: css / 1024 }
}

async function pagesAndRush() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fairdesk-bench-'))
  const appDbUrl = `file:${path.join(dir, 'app.db')}`
  const baseDbFile = path.join(dir, 'baseline.db')
  await migrate(appDbUrl)
  await migrate(`file:${baseDbFile}`)
  const db = await createDb(appDbUrl)
  await seedDemo(db)
  const baseDb = await createDb(`file:${baseDbFile}`)

  const [appPort, basePort] = [await freePort(), await freePort()]
  const app = `http://127.0.0.1:${appPort}`
  const base = `http://127.0.0.1:${basePort}`
  const healthy = async (u: string) => (await fetch(`${u}/healthz`)).ok
  await startProcess(
    ['scripts/serve.ts'],
    {
      NODE_ENV: 'production',
      PORT: String(appPort),
      HOST: '127.0.0.1',
      DATABASE_URL: appDbUrl,
      APP_URL: app,
      FAIRDESK_RATE_LIMITS: 'off',
      FAIRDESK_WORKER: 'off',
      FAIRDESK_SHED: 'off',
    },
    healthy,
    app,
  )
  await startProcess(
    ['tests/bench/baseline-server.ts', baseDbFile, String(basePort)],
    {},
    async (u) => (await fetch(`${u}/nothing`)).status === 404,
    base,
  )
  console.log(`[bench] app ${app} (SQLite ${appDbUrl}), baseline ${base}; ${os.cpus().length} cores`)

  if (wants('pages')) await pages(db, app)
  if (wants('rush')) await registrationRush(db, baseDb, app, base)
  if (wants('door')) await door(db, baseDb, app, base)
  await db.$disconnect()
  await baseDb.$disconnect()
  // Idle servers would still share the two cores with the next scenario.
  stopProcesses()
}

/** Pages under load. */
async function pages(db: Db, app: string) {
  const upcoming = await db.event.findFirstOrThrow({
    where: { status: 'PUBLISHED', startsAt: { gt: new Date() } },
    orderBy: { startsAt: 'asc' },
  })
  for (const [name, pagePath] of [
    ['event list', '/events'],
    ['event page', `/events/${upcoming.slug}`],
    ['registration form', `/events/${upcoming.slug}/register`],
  ] as const) {
    const status = (await fetch(app + pagePath)).status
    if (status !== 200) {
      rows.push({ scenario: `page: ${name}`, metric: 'status', app: `skipped (HTTP ${status})` })
      continue
    }
    const f = await load({ url: app + pagePath, connections: 10, duration: 5 })
    const w = await pageWeight(app, pagePath)
    rows.push({ scenario: `page: ${name}`, metric: 'requests/s', app: f.rps })
    rows.push({ scenario: `page: ${name}`, metric: 'p99 ms', app: f.p99 })
    rows.push({ scenario: `page: ${name}`, metric: 'JS kB gz', app: w.js, target: name === 'event page' ? '< 120' : undefined })
    if (hasChromium && name !== 'event list') {
      // Lighthouse's mobile run (simulated slow 4G, 4× CPU slowdown) of the pages attendees see.
      const scores = await lighthouseScores(app + pagePath, ['performance', 'accessibility', 'best-practices'])
      for (const category of ['performance', 'accessibility', 'best-practices'] as const) {
        rows.push({ scenario: `page: ${name}`, metric: `Lighthouse ${category}`, app: scores[category], target: '≥ 95' })
      }
    }
    rows.push({ scenario: `page: ${name}`, metric: 'CSS kB gz', app: w.css })
  }
}

/**
 * Scale-out on PostgreSQL (BENCH_POSTGRES_URL, or TEST_POSTGRES_URL: a server and a user allowed to
 * create databases): the app with WEB_CONCURRENCY processes (node:cluster) on one port against one
 * PostgreSQL, the baseline with as many processes; the rush and the door again.
 */
async function postgresScenarios(adminUrl: string) {
  const processes = Number(process.env.BENCH_PROCESSES ?? 2)
  const mode = ` · PostgreSQL, ${processes} processes`
  const created: string[] = []
  const database = async (name: string) => {
    await withPg(adminUrl, (c) => c.query(`CREATE DATABASE "${name}"`))
    created.push(name)
    const url = new URL(adminUrl)
    url.pathname = `/${name}`
    await migrate(url.toString())
    return url.toString()
  }
  const suffix = randomBytes(4).toString('hex')
  try {
    const appDbUrl = await database(`fairdesk_bench_${suffix}`)
    const baseDbUrl = await database(`fairdesk_bench_base_${suffix}`)
    const db = await createDb(appDbUrl)
    await seedDemo(db)
    const baseDb = await createDb(baseDbUrl)
    const [appPort, basePort] = [await freePort(), await freePort()]
    const app = `http://127.0.0.1:${appPort}`
    const base = `http://127.0.0.1:${basePort}`
    await startProcess(
      ['scripts/serve.ts'],
      {
        NODE_ENV: 'production',
        PORT: String(appPort),
        HOST: '127.0.0.1',
        DATABASE_URL: appDbUrl,
        APP_URL: app,
        FAIRDESK_RATE_LIMITS: 'off',
        FAIRDESK_WORKER: 'off',
        FAIRDESK_SHED: 'off',
        WEB_CONCURRENCY: String(processes),
      },
      async (u) => (await fetch(`${u}/healthz`)).ok,
      app,
    )
    await startProcess(
      ['tests/bench/baseline-server-pg.ts', baseDbUrl, String(basePort), String(processes)],
      {},
      async (u) => (await fetch(`${u}/nothing`)).status === 404,
      base,
    )
    console.log(`[bench] PostgreSQL: app ${app} (${processes} processes), baseline ${base}`)
    if (wants('rush')) await registrationRush(db, baseDb, app, base, mode)
    if (wants('door')) await door(db, baseDb, app, base, mode)
    await db.$disconnect()
    await baseDb.$disconnect()
  } finally {
    stopProcesses()
    await new Promise((r) => setTimeout(r, 500))
    for (const name of created) await withPg(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
  }
}

const SCENARIOS = ['pages', 'rush', 'door', 'reports', 'overload'] as const
const named = process.argv.slice(2).filter((a) => (SCENARIOS as readonly string[]).includes(a))
const wants = (s: (typeof SCENARIOS)[number]) => named.length === 0 || named.includes(s)

async function main() {
  if (!fs.existsSync('build/server/index.js')) throw new Error('run `npm run build` first (npm run bench does)')
  if (wants('pages') || wants('rush') || wants('door')) await pagesAndRush()
  if (wants('reports')) await reportsScenario(rows)
  if (wants('overload')) await overloadScenario(rows)
  const postgres = process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL
  if (postgres && (wants('rush') || wants('door'))) await postgresScenarios(postgres)
  else console.log('[bench] no BENCH_POSTGRES_URL (or TEST_POSTGRES_URL): the PostgreSQL scale-out run is left out')

  printTable(rows)
  const out = path.join('bench', 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  fs.mkdirSync(path.dirname(out), { recursive: true })
  fs.writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), cores: os.cpus().length, node: process.version, rows }, null, 2))
  console.log(`\n[bench] figures written to ${out}`)
}

/** 2,000 registration POSTs at once for 500 seats: throughput, latency, and the outcome checked. */
async function registrationRush(db: Db, baseDb: Db, app: string, base: string, mode = '') {
  const scenario = `ticket rush (2000 → 500 seats)${mode}`
  const capacity = 500
  const attempts = 2000
  const event = await makeEvent(db, 'bench-rush', capacity)
  const form = await fetch(`${app}/events/${event.slug}/register`)
  if (form.status !== 200) {
    rows.push({ scenario, metric: 'status', app: `skipped (form HTTP ${form.status})` })
    return
  }
  // Hidden fields (honeypot, timestamp) are part of the form contract: send them as rendered.
  const html = await form.text()
  const hidden = new URLSearchParams()
  for (const m of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1]
    if (name) hidden.set(name, /value="([^"]*)"/.exec(m[0])?.[1]?.replace(/&amp;/g, '&') ?? '')
  }
  const body = (prefix: string) => (i: number) => {
    const p = new URLSearchParams(hidden)
    p.set('firstName', 'Bench')
    p.set('lastName', `Mark ${i}`)
    p.set('email', `${prefix}${i}@bench.example`)
    p.set('company', 'Bench GmbH')
    return p.toString()
  }
  const headers = { 'content-type': 'application/x-www-form-urlencoded', origin: app }
  // Warm-up on other events (JIT, first-use module loading, statement caches), the same for both
  // servers, so that the figures describe a running server rather than its first second.
  const warmUp = Number(process.env.BENCH_WARMUP ?? 200)
  const [appWarm, baseWarm] = [await makeEvent(db, 'bench-rush-warm-up', warmUp), await makeEvent(baseDb, 'bench-rush-warm-up', warmUp)]
  await load({
    url: `${app}/events/${appWarm.slug}/register`,
    method: 'POST',
    connections: 100,
    amount: warmUp,
    headers,
    body: body('app-warm'),
  })
  await load({ url: `${base}/register/${baseWarm.id}`, method: 'POST', connections: 100, amount: warmUp, headers, body: body('base-warm') })
  const appFig = await load({
    url: `${app}/events/${event.slug}/register`,
    method: 'POST',
    connections: 100,
    amount: attempts,
    headers,
    body: body('app'),
  })
  const baseEvent = await makeEvent(baseDb, 'bench-rush', capacity)
  const baseFig = await load({
    url: `${base}/register/${baseEvent.id}`,
    method: 'POST',
    connections: 100,
    amount: attempts,
    headers,
    body: body('base'),
  })
  const byStatus = await db.registration.groupBy({ by: ['status'], where: { eventId: event.id }, _count: true })
  const count = (s: string) => byStatus.find((b) => b.status === s)?._count ?? 0
  const outcome = `${count('CONFIRMED')} confirmed, ${count('WAITLISTED')} waiting, ${appFig.errors} client errors/timeouts, ${appFig.statusCounts['500'] ?? 0} HTTP 500`
  rows.push({ scenario, metric: 'registrations/s', app: appFig.throughput, baseline: baseFig.throughput, target: '≥ 50 % of baseline' })
  rows.push({ scenario, metric: 'p50 ms', app: appFig.p50, baseline: baseFig.p50 })
  rows.push({ scenario, metric: 'p99 ms', app: appFig.p99, baseline: baseFig.p99, target: '< 200' })
  rows.push({ scenario, metric: 'outcome', app: outcome, target: '500 confirmed, 1500 waiting, 0 errors' })
  rows.push({ scenario, metric: 'HTTP statuses', app: JSON.stringify(appFig.statusCounts), baseline: JSON.stringify(baseFig.statusCounts) })
}

/**
 * The door at 8:45: 10 devices (hand scanners, one connection and one token each) post 2,000
 * check-ins of distinct tickets to POST /api/v1/checkins, then 500 repeats of admitted tickets.
 * The baseline inserts the same check-in row under the same unique per-day key, without tokens or
 * signatures. The outcome is checked: every ticket admitted once, repeats refused, one row each.
 */
async function door(db: Db, baseDb: Db, app: string, base: string, mode = '') {
  const tickets = Number(process.env.BENCH_DOOR_TICKETS ?? 2000)
  const repeats = Math.floor(tickets / 4)
  const devices = 10
  const scenario = `door (${devices} devices, ${tickets} tickets + ${repeats} repeats)${mode}`
  const event = await makeEvent(db, 'bench-door', tickets + 10)
  const keys = await getTicketKeys(db)
  const codes: string[] = []
  for (let i = 0; i < tickets; i++) {
    const r = await register(db, event.id, {
      firstName: 'Door',
      lastName: `Bench ${i}`,
      email: `door${i}@bench.example`,
      company: 'Bench GmbH',
    })
    if (r.kind !== 'confirmed') throw new Error(`bench setup: ${r.kind}`)
    codes.push(signTicket(keys, r.registration))
  }
  // The registrations queued confirmation mails; the worker is off, they stay in the outbox.
  const tokens = await Promise.all(
    Array.from({ length: devices }, (_, d) => createDevice(db, event.id, `Gate ${d + 1}`).then((x) => x.token)),
  )
  const post = (i: number, code: string) => ({
    body: JSON.stringify({ code, nonce: `bench-${i}-${Math.random().toString(36).slice(2)}` }),
    headers: { authorization: `Bearer ${tokens[i % devices]}`, 'content-type': 'application/json' },
  })
  const appFig = await load({
    url: `${app}/api/v1/checkins`,
    method: 'POST',
    connections: devices,
    amount: tickets,
    request: (i) => post(i, codes[i % tickets]!),
  })
  const again = await load({
    url: `${app}/api/v1/checkins`,
    method: 'POST',
    connections: devices,
    amount: repeats,
    request: (i) => post(tickets + i, codes[i % tickets]!),
  })
  const rowsInDb = await db.checkIn.count({ where: { eventId: event.id } })

  // The baseline admits registrations of its own database (foreign keys hold there too).
  const baseEvent = await makeEvent(baseDb, 'bench-door', tickets + 10)
  const baseRegistrationIds: string[] = []
  for (let i = 0; i < tickets; i++) {
    const r = await register(baseDb, baseEvent.id, {
      firstName: 'Door',
      lastName: `Bench ${i}`,
      email: `door${i}@bench.example`,
      company: 'Bench GmbH',
      notify: false,
    })
    if (r.kind !== 'confirmed') throw new Error(`bench setup: ${r.kind}`)
    baseRegistrationIds.push(r.registration.id)
  }
  const baseFig = await load({
    url: `${base}/checkin/${baseEvent.id}/r0`,
    method: 'POST',
    connections: devices,
    amount: tickets,
    request: (i) => ({
      path: `/checkin/${baseEvent.id}/${baseRegistrationIds[i % tickets]}`,
      body: '{}',
      headers: { 'content-type': 'application/json' },
    }),
  })
  const outcome = `${rowsInDb} check-in rows for ${tickets} tickets; HTTP ${JSON.stringify(appFig.statusCounts)}, repeats ${JSON.stringify(again.statusCounts)}; ${appFig.errors + again.errors} client errors/timeouts`
  const baseRows = await baseDb.checkIn.count({ where: { eventId: baseEvent.id } })
  rows.push({ scenario, metric: 'check-ins/s', app: appFig.throughput, baseline: baseFig.throughput, target: '≥ 50 % of baseline' })
  rows.push({ scenario, metric: 'p50 ms', app: appFig.p50, baseline: baseFig.p50 })
  rows.push({ scenario, metric: 'p99 ms', app: appFig.p99, baseline: baseFig.p99, target: '< 50' })
  rows.push({ scenario, metric: 'repeats/s (already checked in)', app: again.throughput })
  rows.push({ scenario, metric: 'repeats p99 ms', app: again.p99 })
  rows.push({
    scenario,
    metric: 'outcome',
    app: outcome,
    baseline: `${baseRows} rows; HTTP ${JSON.stringify(baseFig.statusCounts)}`,
    target: `${tickets} rows, all 200`,
  })
}

main()
  .catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(stopProcesses)
