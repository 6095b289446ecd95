// Starts the production build (npm test builds it first) on a free port against its own database,
// the way `npm start` serves it, for browser journeys and HTTP-level tests.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { createEmptyDatabase } from './db'
import { migrate } from '~/lib/migrate.server'
import { createDb } from '~/lib/db.server'
import { seedDemo } from '~/demo/seed.server'

export type AppServer = {
  url: string
  databaseUrl: string
  stop(): Promise<void>
  logs(): string
  /** The process actually serving (tsx runs the server in a child of the process spawned here). */
  serverPid(): number
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

export async function startAppServer(
  options: {
    seed?: boolean
    env?: Record<string, string>
    database?: 'sqlite' | 'postgresql'
    /** The server script: scripts/serve.ts (default), or scripts/start.ts as `npm start` runs it (after the build). */
    script?: 'scripts/serve.ts' | 'scripts/start.ts'
  } = {},
): Promise<AppServer> {
  const serverEntry = path.resolve('build/server/index.js')
  if (!fs.existsSync(serverEntry)) throw new Error('No production build: run `npm run build` (npm test does) first')
  // Browser journeys run on SQLite, the embedded default; HTTP-level integration tests may ask for
  // their project's database (`database: testDbKind()`).
  const database = await createEmptyDatabase(options.database ?? 'sqlite')
  await migrate(database.url)
  if (options.seed !== false) {
    const db = await createDb(database.url)
    await seedDemo(db)
    await db.$disconnect()
  }
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  let output = ''
  // The same server `npm start` runs (scripts/serve.ts: security headers, CSRF guard, rate limits).
  const child: ChildProcess = spawn(
    process.execPath,
    [path.resolve('node_modules/tsx/dist/cli.mjs'), options.script ?? 'scripts/serve.ts'],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: database.url,
        APP_URL: url,
        SESSION_SECRET: 'test-session-secret',
        // Load shedding measures the machine, and test machines are busy with other things; the
        // tests of shedding itself switch it on.
        FAIRDESK_SHED: 'off',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  // A server that dies mid-journey says how, so a refused connection in a test can be explained.
  child.on('exit', (code, signal) => (output += `\n[fairdesk] app server exited (code ${code}, signal ${signal})\n`))
  await waitForHealthy(url, child, () => output)
  return {
    url,
    databaseUrl: database.url,
    logs: () => output,
    serverPid: () => deepestChild(child.pid!),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await exited
      }
      await database.drop()
    },
  }
}

function deepestChild(pid: number): number {
  const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
  return children.length ? deepestChild(children[0]!) : pid
}

async function waitForHealthy(url: string, child: ChildProcess, logs: () => string) {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app server exited (${child.exitCode}):\n${logs()}`)
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`app server did not become healthy:\n${logs()}`)
}
