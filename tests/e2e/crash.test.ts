// Faults on SQLite: the server is SIGKILLed in the middle of a registration burst and started again
// on the same file — every registration that was answered with success exists, the seat count
// matches the confirmed rows, the file is intact. Then two server processes on one file take
// registrations at the same time without a single error.
import { spawn, type ChildProcess } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '~/demo/seed.server'
import { createDb, type Db } from '~/lib/db.server'
import { migrate } from '~/lib/migrate.server'
import { freePort } from '../support/app-server'
import { createEmptyDatabase } from '../support/db'

type Server = { url: string; child: ChildProcess; logs: () => string }

async function startServer(databaseUrl: string): Promise<Server> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  let output = ''
  // Node itself with tsx as a loader (not the tsx CLI, which would run the server in a grandchild
  // that a SIGKILL of its parent leaves running).
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      APP_URL: url,
      SESSION_SECRET: 'crash-test',
      FAIRDESK_RATE_LIMITS: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  for (const deadline = Date.now() + 30_000; Date.now() < deadline;) {
    if (child.exitCode !== null) throw new Error(`server exited:\n${output}`)
    if (
      await fetch(`${url}/healthz`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return { url, child, logs: () => output }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`server not healthy:\n${output}`)
}

async function stopServer(server: Server, signal: NodeJS.Signals = 'SIGTERM') {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return
  const exited = new Promise((resolve) => server.child.once('exit', resolve))
  server.child.kill(signal)
  await exited
}

describe('faults on SQLite', () => {
  let database: { url: string; drop(): Promise<void> }
  let db: Db
  const servers: Server[] = []
  beforeAll(async () => {
    database = await createEmptyDatabase('sqlite')
    await migrate(database.url)
    db = await createDb(database.url)
    await seedDemo(db)
  })
  afterAll(async () => {
    for (const s of servers) await stopServer(s)
    await db?.$disconnect()
    await database?.drop()
  })

  const openEvent = () =>
    db.event.findFirstOrThrow({
      where: { status: 'PUBLISHED', isPublic: true, inviteOnly: false, startsAt: { gt: new Date() }, capacity: { gt: 30 } },
      include: { questions: true },
      orderBy: { startsAt: 'asc' },
    })

  function registrationBody(event: Awaited<ReturnType<typeof openEvent>>, n: string) {
    const body = new URLSearchParams({ firstName: 'Crash', lastName: `Test ${n}`, email: `crash-${n}@faults.example` })
    for (const q of event.questions.filter((q) => q.required)) {
      body.set(`q_${q.id}`, q.kind === 'BOOLEAN' ? 'on' : q.kind === 'TEXT' ? 'x' : (q.options as { value: string }[])[0]!.value)
    }
    return body
  }

  const register = (url: string, event: Awaited<ReturnType<typeof openEvent>>, n: string) =>
    fetch(`${url}/events/${event.slug}/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url },
      body: registrationBody(event, n),
      redirect: 'manual',
    })

  /** Seats counted minus confirmed rows (the demo seeds some rows, e.g. staff, without a seat). */
  async function seatGap(eventId: string) {
    const event = await db.event.findUniqueOrThrow({ where: { id: eventId } })
    return event.confirmedCount - (await db.registration.count({ where: { eventId, status: 'CONFIRMED' } }))
  }
  async function expectConsistent(eventId: string, gapBefore: number) {
    expect(await seatGap(eventId)).toBe(gapBefore)
    expect(await db.$queryRawUnsafe('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }])
  }

  it('keeps every answered registration when the server is SIGKILLed mid-burst', async () => {
    const event = await openEvent()
    const gap = await seatGap(event.id)
    const server = await startServer(database.url)
    servers.push(server)
    const succeeded: string[] = []
    let failedAfterKill = 0
    let killed = false
    let next = 0
    const lane = async () => {
      while (next < 400) {
        const n = `kill-${next++}`
        try {
          const res = await register(server.url, event, n)
          // The answer names no registration (the link goes by mail): the address stands for it.
          if (res.status === 303) succeeded.push(`crash-${n}@faults.example`)
          else expect(res.status, await res.text()).toBe(303)
        } catch {
          failedAfterKill++ // the connection died with the server: no answer, no promise made
          if (!killed) throw new Error(`request failed before the kill:\n${server.logs()}`)
        }
        if (succeeded.length >= 25 && !killed) {
          killed = true
          server.child.kill('SIGKILL')
        }
      }
    }
    await Promise.all(Array.from({ length: 6 }, lane))
    expect(killed).toBe(true)
    expect(failedAfterKill).toBeGreaterThan(0)
    await new Promise((resolve) =>
      server.child.exitCode !== null || server.child.signalCode !== null ? resolve(null) : server.child.once('exit', resolve),
    )

    // Start again on the same file: the server recovers the WAL and serves.
    const again = await startServer(database.url)
    servers.push(again)
    expect((await fetch(`${again.url}/events/${event.slug}`)).status).toBe(200)
    const found = await db.registration.findMany({
      where: { eventId: event.id, person: { email: { in: succeeded } } },
      select: { manageToken: true },
    })
    expect(found.length).toBe(succeeded.length)
    for (const { manageToken } of found.slice(0, 5)) expect((await fetch(`${again.url}/r/${manageToken}`)).status).toBe(200)
    await expectConsistent(event.id, gap)
    await stopServer(again)
  })

  it('lets two server processes on one SQLite file register at the same time without errors', async () => {
    const event = await openEvent()
    const gap = await seatGap(event.id)
    const [a, b] = await Promise.all([startServer(database.url), startServer(database.url)])
    servers.push(a!, b!)
    const statuses: number[] = []
    let next = 0
    const lane = (server: Server) => async () => {
      while (next < 120) {
        const n = `pair-${next++}`
        const res = await register(server.url, event, n)
        statuses.push(res.status)
        await res.arrayBuffer()
      }
    }
    await Promise.all([...Array.from({ length: 4 }, lane(a!)), ...Array.from({ length: 4 }, lane(b!))])
    expect(
      statuses.filter((s) => s !== 303),
      `${a!.logs()}\n${b!.logs()}`,
    ).toEqual([])
    expect(await db.registration.count({ where: { eventId: event.id, person: { email: { startsWith: 'crash-pair-' } } } })).toBe(120)
    await expectConsistent(event.id, gap)
    expect(`${a!.logs()}${b!.logs()}`).not.toMatch(/SQLITE_BUSY|database is locked/i)
  })
})
