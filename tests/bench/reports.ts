// The "reports" bench scenario: a generated data set of several years of events with registrations,
// check-ins, walk-ins, headcounts and fairs, written in bulk; then the annual report of one year
// timed in-process and through the production server, and the year's CSV export timed with the
// server's peak memory sampled while it streams.
//
// Size by environment: BENCH_REPORT_YEARS (10), BENCH_REPORT_EVENTS (300, all years together),
// BENCH_REPORT_REGISTRATIONS (100000). Smaller figures keep a run short while developing.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { Prisma } from '~/generated/prisma-sqlite/client'
import { annualReport } from '~/domain/reports/reports.server'
import { createDb } from '~/lib/db.server'
import { migrate } from '~/lib/migrate.server'
import { hashPassword } from '~/lib/password.server'
import { freePort } from '../support/app-server'
import { startProcess, type Row } from './harness'

const FIRST_YEAR = 2016

export type ReportDataShape = { years: number; events: number; registrations: number }

export function reportDataShape(): ReportDataShape {
  const int = (name: string, fallback: number) => Math.max(1, Math.trunc(Number(process.env[name] ?? fallback)) || fallback)
  return {
    years: int('BENCH_REPORT_YEARS', 10),
    events: int('BENCH_REPORT_EVENTS', 300),
    registrations: int('BENCH_REPORT_REGISTRATIONS', 100_000),
  }
}

/** A small deterministic generator, so two runs measure the same data. */
function random(seed: number) {
  let s = seed >>> 0
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0
    return s / 2 ** 32
  }
  return { next, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)), chance: (p: number) => next() < p }
}

/**
 * Writes rows straight into the SQLite file with prepared statements in one transaction — a few
 * seconds for 100,000 registrations, where createMany through Prisma takes a minute. Values are
 * stored as Prisma stores them: dates as ISO text with "+00:00", booleans as 0/1.
 */
function bulkInsert(file: string, tables: Array<[string, object[]]>) {
  const sqlite = new Database(file)
  sqlite.pragma('journal_mode = WAL')
  const value = (v: unknown) =>
    v instanceof Date ? v.toISOString().replace('Z', '+00:00') : typeof v === 'boolean' ? Number(v) : (v ?? null)
  sqlite.transaction(() => {
    for (const [table, rows] of tables) {
      if (rows.length === 0) continue
      const columns = Object.keys(rows[0]!)
      const insert = sqlite.prepare(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      )
      for (const row of rows) insert.run(...columns.map((c) => value((row as Record<string, unknown>)[c])))
    }
  })()
  sqlite.close()
}

/** Writes the data set; returns how many rows of each kind. */
export function generateReportData(file: string, shape: ReportDataShape) {
  const rnd = random(20_150_101)
  const companies: Prisma.CompanyCreateManyInput[] = Array.from({ length: 2_000 }, (_, i) => ({
    id: `bc${i}`,
    name: `Bench Maschinenbau ${i} GmbH`,
    isMember: i % 3 === 0,
    memberSince: i % 3 === 0 ? new Date(Date.UTC(2010 + (i % 10), 0, 1)) : null,
  }))
  const personCount = Math.max(100, Math.round(shape.registrations * 0.3))
  const persons: Prisma.PersonCreateManyInput[] = Array.from({ length: personCount }, (_, i) => ({
    id: `bp${i}`,
    email: `person${i}@bench.example`,
    firstName: 'Bench',
    lastName: `Person ${i}`,
    companyId: i % 10 === 0 ? null : `bc${i % companies.length}`,
  }))
  const kinds = ['CONFERENCE', 'WORKSHOP', 'MEETING', 'DIALOGUE', 'FAIR'] as const
  const events: Prisma.EventCreateManyInput[] = []
  const stands: Prisma.StandCreateManyInput[] = []
  const exhibitors: Prisma.ExhibitorCreateManyInput[] = []
  const meetings: Prisma.MeetingCreateManyInput[] = []
  const registrations: Prisma.RegistrationCreateManyInput[] = []
  const checkIns: Prisma.CheckInCreateManyInput[] = []
  const perEvent = Math.ceil(shape.registrations / shape.events)
  for (let e = 0; e < shape.events; e++) {
    const year = FIRST_YEAR + (e % shape.years)
    // Every year gets every kind (e % years picks the year).
    const kind = kinds[Math.floor(e / shape.years) % kinds.length]!
    const days = kind === 'CONFERENCE' || kind === 'FAIR' ? 2 : 1
    const startsAt = new Date(Date.UTC(year, rnd.int(0, 11), rnd.int(1, 27), 8))
    const eventId = `be${e}`
    events.push({
      id: eventId,
      slug: `bench-${e}`,
      kind,
      status: 'PUBLISHED',
      titleDe: `Bench-Veranstaltung ${e}`,
      titleEn: `Bench event ${e}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + (days - 1) * 86_400_000 + 8 * 3_600_000),
      headcount: e % 20 === 7 ? rnd.int(20, 120) : null,
      headcountNote: e % 20 === 7 ? 'von Hand gezählt' : null,
    })
    if (kind === 'FAIR') {
      for (let s = 0; s < 4; s++) {
        stands.push({ id: `bs${e}-${s}`, eventId, hall: '1', number: `A${s}`, areaSqm: 20 + s * 10 })
        exhibitors.push({
          id: `bx${e}-${s}`,
          eventId,
          companyId: `bc${(e * 4 + s) % companies.length}`,
          standId: `bs${e}-${s}`,
          status: 'ACCEPTED',
        })
        for (let m = 0; m < 5; m++)
          meetings.push({ eventId, exhibitorId: `bx${e}-${s}`, requesterId: `bp${rnd.int(0, personCount - 1)}`, status: 'HELD' })
      }
    }
    // Distinct people per event: a window of the person list starting somewhere random.
    const offset = rnd.int(0, personCount - 1)
    const count = Math.min(perEvent, shape.registrations - registrations.length, personCount)
    for (let r = 0; r < count; r++) {
      const id = `br${registrations.length}`
      const roll = rnd.next()
      const status = roll < 0.1 ? 'CANCELLED' : roll < 0.14 ? 'WAITLISTED' : 'CONFIRMED'
      const role = rnd.chance(0.9) ? 'ATTENDEE' : (['PRESS', 'SPEAKER', 'EXHIBITOR', 'STAFF'] as const)[rnd.int(0, 3)]!
      const source = status === 'CONFIRMED' && rnd.chance(0.05) ? 'WALK_IN' : 'ONLINE'
      registrations.push({
        id,
        eventId,
        personId: `bp${(offset + r) % personCount}`,
        status,
        role,
        source,
        ticketSecret: `bt${id}`,
        manageToken: `bm${id}`,
        createdAt: startsAt,
      })
      if (status === 'CONFIRMED' && rnd.chance(0.82)) {
        for (let d = 0; d < days; d++) {
          if (d > 0 && rnd.chance(0.4)) continue
          const at = new Date(startsAt.getTime() + d * 86_400_000)
          const day = at.toISOString().slice(0, 10)
          checkIns.push({ registrationId: id, eventId, day, checkedInAt: at, activeKey: `${id}:${day}` })
        }
      }
    }
  }
  const stamp = { createdAt: new Date(), updatedAt: new Date() }
  const withStamp = <T extends object>(list: T[]) => list.map((r) => ({ ...r, ...stamp }))
  bulkInsert(file, [
    ['Company', withStamp(companies)],
    [
      'CompanyMembership',
      companies
        .filter((c) => c.isMember)
        .map((c) => ({ id: `m_${c.id}`, companyId: c.id, from: c.memberSince ?? null, to: null, createdAt: new Date(0) })),
    ],
    ['Person', withStamp(persons)],
    ['Event', withStamp(events)],
    ['Stand', stands],
    ['Exhibitor', withStamp(exhibitors)],
    ['Meeting', withStamp(meetings.map((m, i) => ({ id: `bmt${i}`, ...m })))],
    ['Registration', registrations.map((r) => ({ ...r, updatedAt: r.createdAt }))],
    ['CheckIn', checkIns.map((c, i) => ({ id: `bci${i}`, ...c }))],
  ])
  return {
    companies: companies.length,
    persons: persons.length,
    events: events.length,
    registrations: registrations.length,
    checkIns: checkIns.length,
  }
}

/** Resident memory of a process and its children (kB), from /proc (Linux). */
function treeRssKb(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
    return rss + children.reduce((n, c) => n + treeRssKb(c), 0)
  } catch {
    return 0
  }
}

/** Runs `work` while sampling the server's memory every 10 ms; returns its time and the peak. */
async function measured<T>(pid: number, work: () => Promise<T>) {
  const before = treeRssKb(pid)
  let peak = before
  const timer = setInterval(() => (peak = Math.max(peak, treeRssKb(pid))), 10)
  const started = performance.now()
  try {
    const result = await work()
    return { result, ms: performance.now() - started, beforeMb: before / 1024, peakMb: peak / 1024 }
  } finally {
    clearInterval(timer)
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

export async function reportsScenario(rows: Row[]) {
  const shape = reportDataShape()
  const scenario = `reports (${shape.years} years, ${shape.events} events, ${shape.registrations} registrations)`
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fairdesk-bench-reports-'))
  const file = path.join(dir, 'reports.db')
  const url = `file:${file}`
  await migrate(url)
  let started = performance.now()
  const written = generateReportData(file, shape)
  const db = await createDb(url)
  try {
    rows.push({ scenario, metric: 'data set written (s)', app: (performance.now() - started) / 1000, target: JSON.stringify(written) })
    await db.user.create({
      data: { email: 'report@bench.example', name: 'Bench', role: 'REPORTER', passwordHash: await hashPassword('bench-password') },
    })
    const year = FIRST_YEAR + Math.floor(shape.years / 2)

    // In-process: the domain function alone (first call cold, then the median of three).
    started = performance.now()
    const report = await annualReport(db, year)
    const cold = performance.now() - started
    const warm: number[] = []
    for (let i = 0; i < 3; i++) {
      started = performance.now()
      await annualReport(db, year)
      warm.push(performance.now() - started)
    }
    rows.push({
      scenario,
      metric: `annual report ${year}, in-process cold (ms)`,
      app: cold,
      target: `${report.totals.eventsHeld} events, ${report.totals.participants} participants`,
    })
    rows.push({ scenario, metric: `annual report ${year}, in-process warm (ms)`, app: median(warm), target: '< 1000' })

    // Through the production server, logged in as a reporter.
    const port = await freePort()
    const app = `http://127.0.0.1:${port}`
    const server = await startProcess(
      ['scripts/serve.ts'],
      {
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: url,
        APP_URL: app,
        FAIRDESK_RATE_LIMITS: 'off',
        FAIRDESK_WORKER: 'off',
        SESSION_SECRET: 'bench',
      },
      async (u) => (await fetch(`${u}/healthz`)).ok,
      app,
    )
    const login = await fetch(`${app}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app },
      body: new URLSearchParams({ email: 'report@bench.example', password: 'bench-password', redirectTo: '/admin' }),
    })
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    if (!cookie) throw new Error(`bench: login failed (HTTP ${login.status})`)
    const get = async (p: string) => {
      const response = await fetch(app + p, { headers: { cookie } })
      if (!response.ok) throw new Error(`bench: ${p} gave HTTP ${response.status}`)
      let bytes = 0
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) bytes += chunk.length
      return bytes
    }
    const pid = server.pid!
    const page: number[] = []
    for (let i = 0; i < 3; i++) page.push((await measured(pid, () => get(`/admin/reports/${year}`))).ms)
    rows.push({ scenario, metric: `GET /admin/reports/${year} (ms, median of 3)`, app: median(page), target: '< 1000' })
    const csv = await measured(pid, () => get(`/admin/reports/${year}/export.csv`))
    rows.push({ scenario, metric: `GET export.csv ${year} (ms)`, app: csv.ms, target: `${(csv.result / 1024).toFixed(0)} kB` })
    rows.push({
      scenario,
      metric: 'server memory during CSV export (MB)',
      app: `${csv.beforeMb.toFixed(0)} → peak ${csv.peakMb.toFixed(0)}`,
    })
    const xlsx = await measured(pid, () => get(`/admin/reports/${year}/export.xlsx`))
    rows.push({ scenario, metric: `GET export.xlsx ${year} (ms)`, app: xlsx.ms, target: `${(xlsx.result / 1024).toFixed(0)} kB` })
    rows.push({
      scenario,
      metric: 'server memory during XLSX export (MB)',
      app: `${xlsx.beforeMb.toFixed(0)} → peak ${xlsx.peakMb.toFixed(0)}`,
    })
    server.kill('SIGTERM')
  } finally {
    await db.$disconnect()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
