// `npm run bench`: starts the production build on a free port (SQLite, demo data, rate limits
// off) and a bare node:http baseline doing the same database work, drives both from this process
// over loopback, prints a table of figures with the app/baseline ratio and writes them as JSON to
// bench/results/. Not a test: it asserts nothing but prints what it measured. The "reports" scenario
// (tests/bench/reports.ts) times the annual report and its CSV export on a generated data set.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { createDb, type Db } from '~/lib/db.server'
import { migrate } from '~/lib/migrate.server'
import { seedDemo } from '~/demo/seed.server'
import { freePort } from '../support/app-server'
import { load, printTable, startProcess, stopProcesses, type Row } from './harness'
import { reportsScenario } from './reports'

const rows: Row[] = []

async function makeEvent(db: Db, slug: string, capacity: number) {
  const startsAt = new Date(Date.now() + 30 * 86_400_000)
  return db.event.create({
    data: { slug, kind: 'CONFERENCE', status: 'PUBLISHED', titleDe: 'Bench', titleEn: 'Bench', startsAt, endsAt: new Date(startsAt.getTime() + 8 * 3_600_000), capacity },
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
  await startProcess(['scripts/serve.ts'], { NODE_ENV: 'production', PORT: String(appPort), HOST: '127.0.0.1', DATABASE_URL: appDbUrl, APP_URL: app, FAIRDESK_RATE_LIMITS: 'off', FAIRDESK_WORKER: 'off' }, healthy, app)
  await startProcess(['tests/bench/baseline-server.ts', baseDbFile, String(basePort)], {}, async (u) => (await fetch(`${u}/nothing`)).status === 404, base)
  console.log(`[bench] app ${app} (SQLite ${appDbUrl}), baseline ${base}; ${os.cpus().length} cores`)

  // Pages under load.
  const upcoming = await db.event.findFirstOrThrow({ where: { status: 'PUBLISHED', startsAt: { gt: new Date() } }, orderBy: { startsAt: 'asc' } })
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
    rows.push({ scenario: `page: ${name}`, metric: 'CSS kB gz', app: w.css })
  }

  await registrationRush(db, baseDb, app, base)
  await db.$disconnect()
  await baseDb.$disconnect()
  // Idle servers would still share the two cores with the next scenario.
  stopProcesses()
}

// `npm run bench` runs every scenario; `npm run bench -- reports` (or `pages`) only the ones named.
const SCENARIOS = ['pages', 'reports'] as const

async function main() {
  if (!fs.existsSync('build/server/index.js')) throw new Error('run `npm run build` first (npm run bench does)')
  const named = process.argv.slice(2).filter((a) => (SCENARIOS as readonly string[]).includes(a))
  const wants = (s: (typeof SCENARIOS)[number]) => named.length === 0 || named.includes(s)
  if (wants('pages')) await pagesAndRush()
  if (wants('reports')) await reportsScenario(rows)

  printTable(rows)
  const out = path.join('bench', 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`)
  fs.mkdirSync(path.dirname(out), { recursive: true })
  fs.writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), cores: os.cpus().length, node: process.version, rows }, null, 2))
  console.log(`\n[bench] figures written to ${out}`)
}

/** 2,000 registration POSTs at once for 500 seats: throughput, latency, and the outcome checked. */
async function registrationRush(db: Db, baseDb: Db, app: string, base: string) {
  const capacity = 500
  const attempts = 2000
  const event = await makeEvent(db, 'bench-rush', capacity)
  const form = await fetch(`${app}/events/${event.slug}/register`)
  if (form.status !== 200) {
    rows.push({ scenario: 'ticket rush', metric: 'status', app: `skipped (form HTTP ${form.status})` })
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
  const appFig = await load({ url: `${app}/events/${event.slug}/register`, method: 'POST', connections: 100, amount: attempts, headers, body: body('app') })
  const baseEvent = await makeEvent(baseDb, 'bench-rush', capacity)
  const baseFig = await load({ url: `${base}/register/${baseEvent.id}`, method: 'POST', connections: 100, amount: attempts, headers, body: body('base') })
  const byStatus = await db.registration.groupBy({ by: ['status'], where: { eventId: event.id }, _count: true })
  const count = (s: string) => byStatus.find((b) => b.status === s)?._count ?? 0
  const outcome = `${count('CONFIRMED')} confirmed, ${count('WAITLISTED')} waiting, ${appFig.errors} client errors/timeouts, ${appFig.statusCounts['500'] ?? 0} HTTP 500`
  rows.push({ scenario: 'ticket rush (2000 → 500 seats)', metric: 'registrations/s', app: appFig.rps, baseline: baseFig.rps, target: '≥ 50 % of baseline' })
  rows.push({ scenario: 'ticket rush (2000 → 500 seats)', metric: 'p50 ms', app: appFig.p50, baseline: baseFig.p50 })
  rows.push({ scenario: 'ticket rush (2000 → 500 seats)', metric: 'p99 ms', app: appFig.p99, baseline: baseFig.p99, target: '< 200' })
  rows.push({ scenario: 'ticket rush (2000 → 500 seats)', metric: 'outcome', app: outcome, target: '500 confirmed, 1500 waiting, 0 errors' })
  rows.push({ scenario: 'ticket rush (2000 → 500 seats)', metric: 'HTTP statuses', app: JSON.stringify(appFig.statusCounts) })
}

main()
  .catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(stopProcesses)
