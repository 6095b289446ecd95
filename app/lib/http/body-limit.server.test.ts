import type { Server } from 'node:http'
import net from 'node:net'
import { createReadableStreamFromReadable } from '@remix-run/node'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bodyLimitFor, limitRequestBodies, type BodyLimit } from './body-limit.server'

const limits: BodyLimit[] = [
  { path: /^\/upload$/, bytes: 100_000 },
  { path: /^\/early$/, bytes: 1_000_000 },
  { path: /^\/api\//, bytes: 1_000 },
]

describe('bodyLimitFor', () => {
  it('takes the first matching entry, else the fallback', () => {
    expect(bodyLimitFor('/upload', limits, 10)).toBe(100_000)
    expect(bodyLimitFor('/api/v1/x', limits, 10)).toBe(1_000)
    expect(bodyLimitFor('/upload/more', limits, 10)).toBe(10)
  })
})

describe('limitRequestBodies', () => {
  let server: Server
  let port: number
  // What the app behind the limit saw of each body: all of it, or a failed read — never a part taken for the whole.
  const seen: string[] = []
  beforeAll(async () => {
    const app = express()
    app.use(limitRequestBodies(limits, 10_000))
    // As Remix does: the request's body becomes a web stream, and the answer (a redirect to the
    // login, say) comes without reading it.
    app.post('/early', (req, res) => {
      createReadableStreamFromReadable(req)
      setTimeout(() => res.send('early'), 50)
    })
    app.post('*', async (req, res) => {
      let bytes = 0
      try {
        for await (const chunk of req) bytes += (chunk as Buffer).length
        seen.push(`complete ${bytes}`)
        res.send(`read ${bytes}`)
      } catch {
        seen.push('failed')
      }
    })
    server = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s))
    })
    port = (server.address() as net.AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  /** Sends head and then body pieces until the server answers; the answer and whether the server closed. */
  async function send(head: string, piece: Buffer, pieces: number, end = '') {
    const socket = net.connect(port, '127.0.0.1')
    let answer = ''
    socket.on('data', (d) => (answer += d))
    socket.on('error', () => {})
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()))
    socket.write(head)
    for (let i = 0; i < pieces && answer === '' && socket.writable; i++) {
      if (!socket.write(piece)) await Promise.race([new Promise((r) => socket.once('drain', r)), closed])
      await new Promise((r) => setImmediate(r))
    }
    if (end && socket.writable) socket.write(end)
    const byServer = await Promise.race([closed.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 3_000))])
    socket.destroy()
    return { status: Number(/^HTTP\/1\.1 (\d+)/.exec(answer)?.[1]), answer, closedByServer: byServer }
  }
  const chunk = (bytes: number) => Buffer.concat([Buffer.from(`${bytes.toString(16)}\r\n`), Buffer.alloc(bytes, 'a'), Buffer.from('\r\n')])

  it('passes bodies within the limit to the app untouched', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/upload`, { method: 'POST', body: Buffer.alloc(99_000) })
    expect(await res.text()).toBe('read 99000')
    const small = await fetch(`http://127.0.0.1:${port}/form`, { method: 'POST', body: 'a=1' })
    expect(await small.text()).toBe('read 3')
  })

  it('refuses a declared oversized body with 413 before the app sees it', async () => {
    const before = seen.length
    const res = await fetch(`http://127.0.0.1:${port}/form`, { method: 'POST', body: Buffer.alloc(10_001) })
    expect(res.status).toBe(413)
    expect(res.headers.get('connection')).toBe('close')
    expect(await res.text()).toContain('10 kB')
    expect(seen.length).toBe(before)
  })

  it('counts a chunked body as it arrives: 413 past the limit, the connection closed, and the app’s read fails', async () => {
    const before = seen.length
    const head = `POST /form HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n`
    const reply = await send(head, chunk(4_096), 1_000, '0\r\n\r\n')
    expect(reply.status).toBe(413)
    expect(reply.closedByServer).toBe(true)
    await expect.poll(() => seen.slice(before), { timeout: 5_000 }).toEqual(['failed'])
  })

  it('answers JSON on the API', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/api/x`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ a: 'x'.repeat(2_000) }),
    })
    expect(res.status).toBe(413)
    expect(await res.json()).toMatchObject({ error: 'payload_too_large' })
  })

  it('keeps connections usable after answers that left the body unread', async () => {
    const outcomes: string[] = []
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`http://127.0.0.1:${port}/early`, { method: 'POST', body: 'x'.repeat(900_000) }).catch((error: Error) =>
        String(error.cause),
      )
      outcomes.push(typeof res === 'string' ? res : await res.text())
    }
    expect(outcomes).toEqual(Array(6).fill('early'))
  })

  it('never hands on a truncated body, even when all of it arrived', async () => {
    const before = seen.length
    // 12 kB in one go, with its end: the limit is crossed inside the last piece.
    const head = `POST /form HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n`
    const reply = await send(head, Buffer.concat([chunk(6_000), chunk(6_000), Buffer.from('0\r\n\r\n')]), 1)
    expect(reply.status).toBe(413)
    await expect.poll(() => seen.slice(before), { timeout: 5_000 }).toEqual(['failed'])
  })
})
