// Shared pieces of `npm run bench`: starting servers in other processes, load generation with
// autocannon from this process against them, and a figure table.
import { spawn, type ChildProcess } from 'node:child_process'
import type { EventEmitter } from 'node:events'
import path from 'node:path'
import autocannon from 'autocannon'

const children: ChildProcess[] = []
process.on('exit', stopProcesses)

/** Stops every process started with startProcess. */
export function stopProcesses() {
  children.forEach((c) => c.kill('SIGTERM'))
}

/** Starts `node --import tsx <args>` with extra environment and waits until `ready(url)` says yes. */
export async function startProcess(args: string[], env: Record<string, string>, ready: (url: string) => Promise<boolean>, url: string) {
  // BENCH_PROFILE=<dir>: CPU profiles of the servers (written when they stop), for finding what to fix.
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.BENCH_PROFILE)}`] : []
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let out = ''
  child.stdout!.on('data', (d) => (out += d))
  child.stderr!.on('data', (d) => (out += d))
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`process exited:\n${out}`)
    if (await ready(url).catch(() => false)) return child
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`process not ready:\n${out}`)
}

export type Load = {
  url: string
  method?: 'GET' | 'POST'
  connections: number
  /** Fixed number of requests, or a duration in seconds. */
  amount?: number
  duration?: number
  headers?: Record<string, string>
  /** Builds the body of request number i (unique e-mails, codes …). */
  body?: (i: number) => string
  /** Or the whole request number i: path, body and headers (e.g. one token per device). */
  request?: (i: number) => { path?: string; body?: string; headers?: Record<string, string> }
}

export type Figures = {
  requests: number
  rps: number
  /** requests / wall-clock seconds: right also for runs shorter than a few seconds. */ throughput: number
  p50: number
  p99: number
  errors: number
  non2xx: number
  statusCounts: Record<string, number>
}

export async function load(spec: Load): Promise<Figures> {
  let i = 0
  const started = performance.now()
  // Without a callback autocannon answers a promise that is also its event emitter.
  const instance = autocannon({
    url: spec.url,
    connections: spec.connections,
    // A slow answer is measured as slow, not dropped as an error after autocannon's 10 s.
    timeout: 60,
    ...(spec.amount ? { amount: spec.amount } : { duration: spec.duration ?? 5 }),
    headers: spec.headers,
    method: spec.method ?? 'GET',
    requests: spec.request
      ? [
          {
            method: spec.method ?? 'POST',
            setupRequest: (req) => {
              const r = spec.request!(i++)
              return {
                ...req,
                ...(r.path ? { path: r.path } : {}),
                ...(r.body !== undefined ? { body: r.body } : {}),
                headers: { ...req.headers, ...r.headers },
              }
            },
          },
        ]
      : spec.body
        ? [{ method: spec.method ?? 'POST', setupRequest: (req) => ({ ...req, body: spec.body!(i++) }) }]
        : undefined,
  }) as Promise<autocannon.Result> & EventEmitter
  // Timed here, to the last response: autocannon's own duration ends on its one-second ticks.
  let last = started
  instance.on('response', () => (last = performance.now()))
  const result = await instance
  const statusCounts: Record<string, number> = {}
  for (const [code, count] of Object.entries(result.statusCodeStats ?? {})) statusCounts[code] = (count as { count: number }).count
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    throughput: result.requests.total / ((last - started) / 1000),
    p50: result.latency.p50,
    p99: result.latency.p99,
    // autocannon counts timeouts among its errors.
    errors: result.errors,
    non2xx: result.non2xx,
    statusCounts,
  }
}

export type Row = { scenario: string; metric: string; app: number | string; baseline?: number | string; target?: string }

export function printTable(rows: Row[]) {
  const fmt = (v: number | string | undefined) =>
    v === undefined ? '' : typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(1)) : v
  const ratio = (r: Row) =>
    typeof r.app === 'number' && typeof r.baseline === 'number' && r.baseline > 0 ? `${((r.app / r.baseline) * 100).toFixed(0)} %` : ''
  const table = rows.map((r) => [r.scenario, r.metric, fmt(r.app), fmt(r.baseline), ratio(r), r.target ?? ''])
  const head = ['scenario', 'metric', 'app', 'baseline', 'app/baseline', 'target']
  const widths = head.map((h, c) => Math.max(h.length, ...table.map((row) => row[c]!.length)))
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ')
  console.log(`\n${line(head)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`)
  for (const row of table) console.log(line(row))
}
