// The production server's edge against what careless clients and attackers send: malformed Host
// headers, bodies far larger than any form, legacy `?_data=` requests, the favicon. Raw sockets
// where fetch would tidy the request up (a Host with a space, a chunked body that never ends).
import fs from 'node:fs'
import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, type AppServer } from '../support/app-server'

const MiB = 1024 * 1024

type RawReply = { status: number; text: string; closedByServer: boolean; bytesSent: number }

/**
 * One request on a fresh socket: `head` as given, then optionally `body.bytes` of body (chunked, or
 * plain after a declared Content-Length), sent until the server answers or closes — as curl and
 * browsers stop uploading when an answer arrives. `closedByServer`: the server closed the
 * connection within two seconds of answering (a kept-alive connection stays open longer).
 */
async function raw(port: number, head: string, body?: { bytes: number; chunked: boolean }): Promise<RawReply> {
  const socket = net.connect(port, '127.0.0.1')
  let text = ''
  let closedByServer = false
  socket.on('data', (d) => (text += d))
  socket.on('end', () => (closedByServer = true))
  // EPIPE or ECONNRESET on writing after the server dropped the connection: expected here.
  socket.on('error', () => {})
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()))
  await new Promise((resolve) => socket.once('connect', resolve))
  socket.write(head)
  let bytesSent = 0
  if (body) {
    const piece = Buffer.alloc(64 * 1024, 'x')
    const frame = body.chunked ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]) : piece
    while (bytesSent < body.bytes && text === '' && socket.writable) {
      bytesSent += piece.length
      if (!socket.write(frame)) await Promise.race([new Promise((resolve) => socket.once('drain', resolve)), closed])
      else await new Promise((resolve) => setImmediate(resolve))
    }
    if (body.chunked && bytesSent >= body.bytes && socket.writable) socket.write('0\r\n\r\n')
  }
  // Wait for the answer, then up to two seconds for the server to close.
  const deadline = Date.now() + 60_000
  while (!/\r\n\r\n/.test(text) && socket.readable && Date.now() < deadline)
    await Promise.race([new Promise((resolve) => setTimeout(resolve, 20)), closed])
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2_000))])
  socket.destroy()
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text, closedByServer, bytesSent }
}

/** A multipart form with a text field and a file part, as a browser sends an upload. */
function formWithFile(bytes: number): FormData {
  const form = new FormData()
  form.append('firstName', 'Jana')
  form.append('note', 'x'.repeat(bytes))
  form.append('photo', new Blob([Buffer.alloc(22)]), 'x.bin')
  return form
}

/** Peak resident memory of a process so far, in bytes. */
function peakRss(pid: number): number {
  const kb = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
  return Number(kb) * 1024
}

describe('HTTP edge', () => {
  let app: AppServer
  let port: number
  let slug: string
  beforeAll(async () => {
    app = await startAppServer()
    port = Number(new URL(app.url).port)
    const list = await (await fetch(`${app.url}/events`)).text()
    slug = /href="\/events\/([a-z0-9-]+)"/.exec(list)![1]!
  })
  afterAll(() => app?.stop())

  const logSince = (mark: number) => app.logs().slice(mark)
  const post = (path: string, extra = '') =>
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${app.url}\r\nContent-Type: application/x-www-form-urlencoded\r\n${extra}\r\n`

  it('answers a malformed Host (or X-Forwarded-Host) with 400 on any route, without a stack trace in the log', async () => {
    const mark = app.logs().length
    for (const host of ['a b', '[::1', 'x:99999', 'a@b', '', 'a/b', '999.1.1.1']) {
      for (const [method, path] of [
        ['GET', '/events'],
        ['GET', '/healthz'],
        ['GET', '/favicon.svg'],
        ['POST', '/api/v1/checkins'],
      ]) {
        const reply = await raw(port, `${method} ${path} HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`)
        expect(reply.status, `${method} ${path} with Host "${host}"`).toBe(400)
      }
    }
    const forwarded = await raw(
      port,
      `GET /events HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Forwarded-Host: x:99999\r\nConnection: close\r\n\r\n`,
    )
    expect(forwarded.status).toBe(400)
    // Well-formed hosts are served as before.
    for (const host of [`127.0.0.1:${port}`, 'localhost', '[::1]:3000', 'events.example.org']) {
      expect((await raw(port, `GET /healthz HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)).status, host).toBe(200)
    }
    expect(logSince(mark)).not.toMatch(/Error|\n\s+at /)
  })

  it('answers a legacy ?_data= login with a wrong password with the 401 the action meant, not 500', async () => {
    const mark = app.logs().length
    const res = await fetch(`${app.url}/login?_data=routes%2Flogin`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url },
      body: 'email=admin%40example.org&password=wrong',
      redirect: 'manual',
    })
    expect(res.status).toBe(401)
    const page = await fetch(`${app.url}/events?_data=routes%2Fevents._index`)
    expect(page.status).toBe(200)
    expect(logSince(mark)).not.toMatch(/RangeError|\n\s+at /)
  })

  it('serves /favicon.ico quietly, and an unknown URL is a 404 without a stack trace', async () => {
    const mark = app.logs().length
    const icon = await fetch(`${app.url}/favicon.ico`)
    expect(icon.status).toBe(200)
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    expect(await icon.text()).toContain('<svg')
    expect((await fetch(`${app.url}/wp-login.php`)).status).toBe(404)
    expect(logSince(mark)).not.toMatch(/No route matches|\n\s+at /)
  })

  it('refuses an oversized chunked body with 413 while it arrives and drops the connection', async () => {
    for (const path of [`/events/${slug}/register`, '/login', '/r/not-a-token', '/s/not-a-token', '/events/no-such-event/register']) {
      const reply = await raw(port, post(path, 'Transfer-Encoding: chunked\r\n'), { bytes: 64 * MiB, chunked: true })
      expect(reply.status, path).toBe(413)
      expect(reply.closedByServer, path).toBe(true)
      // What was on its way before the answer arrived: far less than the body.
      expect(reply.bytesSent, path).toBeLessThan(16 * MiB)
    }
    const api = await raw(
      port,
      `POST /api/v1/checkins HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer fdd_x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
      {
        bytes: 8 * MiB,
        chunked: true,
      },
    )
    expect(api.status).toBe(413)
    expect(api.text).toMatch(/content-type: application\/json/i)
    expect(api.text).toContain('"error":"payload_too_large"')
  })

  it('refuses a declared oversized body with 413 before reading it and drops the connection', async () => {
    for (const path of [`/events/${slug}/register`, '/login', '/admin/events/new']) {
      const reply = await raw(port, post(path, `Content-Length: ${64 * MiB}\r\n`), { bytes: 64 * MiB, chunked: false })
      expect(reply.status, path).toBe(413)
      expect(reply.closedByServer, path).toBe(true)
      expect(reply.bytesSent, path).toBeLessThan(16 * MiB)
    }
  })

  it('lets through bodies up to the documented upload sizes: a 2 MB speaker photo, a 2 MB participant list, long staff forms', async () => {
    const form = (bytes: number) => {
      const data = new FormData()
      data.set('intent', 'photo')
      data.set('photo', new Blob([Buffer.alloc(bytes)], { type: 'image/png' }), 'photo.png')
      return data
    }
    const upload = (path: string, body: FormData | string) =>
      fetch(`${app.url}${path}`, { method: 'POST', headers: { origin: app.url }, body, redirect: 'manual' })
    // Unknown token, not signed in: the route answers (404, a redirect to the login), not the edge.
    for (const [path, bytes] of [
      ['/s/not-a-token', 2 * MiB - 1_000],
      ['/admin/events/x/import', 1_990_000],
    ] as const) {
      const res = await upload(path, form(bytes))
      expect(res.status, path).not.toBe(413)
      expect(res.status, path).toBeLessThan(500)
    }
    expect((await upload('/admin/events/new', `titleDe=${'x'.repeat(500_000)}`)).status).not.toBe(413)
    for (const path of ['/s/not-a-token', '/admin/events/x/import']) expect((await upload(path, form(3 * MiB))).status, path).toBe(413)
    expect((await upload(`/events/${slug}/register`, `firstName=${'x'.repeat(70_000)}`)).status).toBe(413)
  })

  it('lets fetch read the 413 of a form over the limit, multipart or not, many times over on kept-alive connections', async () => {
    const failures: string[] = []
    await Promise.all(
      Array.from({ length: 4 }, async (_, worker) => {
        for (let i = 0; i < 25; i++) {
          const form = new FormData()
          form.append('firstName', 'Jana')
          form.append('q_x', 'x'.repeat([65_000, 70_000, 200_000][i % 3]!))
          if (i % 4 === 1) form.append('firstName', new Blob(['a file where text belongs']), 'x.bin')
          const body = i % 2 ? form : new URLSearchParams(form as unknown as Record<string, string>).toString()
          const headers: Record<string, string> = { origin: app.url }
          if (typeof body === 'string') headers['content-type'] = 'application/x-www-form-urlencoded'
          try {
            const res = await fetch(`${app.url}/events/${slug}/register`, { method: 'POST', headers, body, redirect: 'manual' })
            await res.arrayBuffer()
            if (res.status !== 413) failures.push(`${worker}/${i}: ${res.status}`)
          } catch (error) {
            failures.push(`${worker}/${i}: ${String((error as Error).cause)}`)
          }
          // Something else on the same kept-alive pool in between.
          await (await fetch(`${app.url}/healthz`)).arrayBuffer()
        }
      }),
    )
    expect(failures).toEqual([])
  })

  it('answers a request whose address or headers are too long with 431 that fetch can read, while the body is still coming', async () => {
    const failures: string[] = []
    // A kept-alive connection that has served a request already, as the fuzzer's.
    const login = await fetch(`${app.url}/login`, {
      method: 'POST',
      headers: { origin: app.url, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=door%40example.org&password=wrong',
      redirect: 'manual',
    })
    await login.arrayBuffer()
    for (const [what, path, headers] of [
      ['70 kB address', `/events/${'x'.repeat(70_000)}/register`, {}],
      ['20 kB cookie', `/events/${slug}/register`, { cookie: `a=${'x'.repeat(20_000)}` }],
    ] as const) {
      for (const body of [new URLSearchParams({ firstName: 'Jana', note: 'x'.repeat(70_000) }).toString(), formWithFile(70_000)]) {
        try {
          const init: RequestInit = { method: 'POST', headers: { origin: app.url, ...headers }, body, redirect: 'manual' }
          if (typeof body === 'string') (init.headers as Record<string, string>)['content-type'] = 'application/x-www-form-urlencoded'
          const res = await fetch(`${app.url}${path}`, init)
          const text = await res.text()
          if (res.status !== 431 || !/Request Header Fields Too Large/.test(text))
            failures.push(`${what}: ${res.status} ${text.slice(0, 80)}`)
        } catch (error) {
          failures.push(`${what} (${typeof body}): ${String((error as Error).cause)}`)
        }
      }
    }
    expect(failures).toEqual([])
    // The server took no harm: the next request is served as always.
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200)
  })

  it('does not buffer oversized bodies: three at once leave the server’s memory where it was', async () => {
    const pid = app.serverPid()
    const before = peakRss(pid)
    const replies = await Promise.all(
      [`/events/${slug}/register`, '/login', '/r/not-a-token'].map((path) =>
        raw(port, post(path, 'Transfer-Encoding: chunked\r\n'), { bytes: 128 * MiB, chunked: true }),
      ),
    )
    expect(peakRss(pid) - before).toBeLessThan(64 * MiB)
    expect(replies.map((r) => r.status)).toEqual([413, 413, 413])
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200)
  })
})

describe('load shedding at the edge', () => {
  let app: AppServer
  beforeAll(async () => {
    // A limit of one public request in progress (the door's is four times that).
    app = await startAppServer({ env: { FAIRDESK_SHED: 'on', FAIRDESK_SHED_IN_FLIGHT: '1', FAIRDESK_SHED_RETRY_AFTER: '3' } })
  })
  afterAll(() => app?.stop())

  it('refuses public pages with 503 and Retry-After past the limit, and still serves the door and the health check', async () => {
    const port = Number(new URL(app.url).port)
    // A login whose body is still on its way: one request in progress.
    const held = net.connect(port, '127.0.0.1')
    held.on('error', () => {})
    let heldAnswer = ''
    held.on('data', (d) => (heldAnswer += d))
    held.write(
      `POST /login HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/x-www-form-urlencoded\r\nTransfer-Encoding: chunked\r\n\r\n`,
    )
    held.write('6\r\nemail=\r\n')
    await new Promise((resolve) => setTimeout(resolve, 300))
    const mark = app.logs().length
    try {
      const page = await fetch(`${app.url}/events`)
      expect(page.status).toBe(503)
      expect(page.headers.get('retry-after')).toBe('3')
      expect(await page.text()).toContain('Gerade sehr viel los')
      const api = await fetch(`${app.url}/api/v1/checkins`)
      expect(api.status).toBe(401)
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200)

      // The login gets its answer; then public pages are served again.
      held.write('0\r\n\r\n')
      await expect.poll(() => heldAnswer, { timeout: 10_000 }).toMatch(/^HTTP\/1\.1 \d{3}/)
      await expect.poll(async () => (await fetch(`${app.url}/events`)).status, { timeout: 10_000 }).toBe(200)
    } finally {
      held.destroy()
    }
    expect(app.logs().slice(mark)).not.toMatch(/\n\s+at /)
  })
})
