// The production server's security layer, over real HTTP (no browser needed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, type AppServer } from '../support/app-server'

describe('HTTP security layer', () => {
  let app: AppServer
  beforeAll(async () => {
    app = await startAppServer()
  })
  afterAll(() => app?.stop())

  it('sends a nonce-based Content-Security-Policy, and every script in the page carries that nonce', async () => {
    const res = await fetch(`${app.url}/events`)
    const csp = res.headers.get('content-security-policy') ?? ''
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1]
    expect(nonce).toBeTruthy()
    expect(csp).toContain("frame-ancestors 'none'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    const html = await res.text()
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
    expect(scripts.length).toBeGreaterThan(0)
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`)
    // A fresh nonce per response.
    const again = (await fetch(`${app.url}/events`)).headers.get('content-security-policy')
    expect(again).not.toBe(csp)
  })

  it('refuses state-changing requests from other sites and opaque origins with 403', async () => {
    const post = (headers: Record<string, string>, path = '/login') =>
      fetch(`${app.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: 'email=a%40b.c&password=x',
        redirect: 'manual',
      })
    expect((await post({ origin: 'https://evil.example' })).status).toBe(403)
    expect((await post({ origin: 'null' })).status).toBe(403)
    expect((await post({ 'sec-fetch-site': 'cross-site' }, '/logout')).status).toBe(403)
    expect((await post({ origin: 'https://evil.example' }, '/api/v1/checkins')).status).toBe(403)
    // The app's own origin passes the guard (and gets the ordinary answer: wrong password).
    expect((await post({ origin: app.url })).status).toBe(401)
  })

  it('enforces roles: a reporter or door user cannot create events or read registration lists', async () => {
    for (const email of ['report@example.org', 'door@example.org']) {
      const login = await fetch(`${app.url}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url },
        body: new URLSearchParams({ email, password: 'fairdesk-demo', redirectTo: '/admin' }).toString(),
        redirect: 'manual',
      })
      expect(login.status).toBe(302)
      const cookie = login.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ')
      const get = (path: string) => fetch(`${app.url}${path}`, { headers: { cookie }, redirect: 'manual' })
      expect((await get('/admin')).status).toBe(200)
      expect((await get('/admin/events/new')).status).toBe(403)
      const post = await fetch(`${app.url}/admin/events/new`, {
        method: 'POST',
        headers: { cookie, origin: app.url, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'titleDe=x&kind=WORKSHOP&startsAt=2027-01-01T10:00&endsAt=2027-01-01T11:00',
        redirect: 'manual',
      })
      expect(post.status).toBe(403)
    }
    // Anonymous: the staff area sends to the login page, the CSV export too.
    expect((await fetch(`${app.url}/admin/events/new`, { redirect: 'manual' })).headers.get('location')).toMatch(/^\/login/)
  })

  it('never lets a browser store a staff page, the sign-in or a personal link, nor their data requests', async () => {
    const login = await fetch(`${app.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url },
      body: new URLSearchParams({ email: 'admin@example.org', password: 'fairdesk-demo', redirectTo: '/admin' }).toString(),
      redirect: 'manual',
    })
    expect(login.status).toBe(302)
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    const list = await (await fetch(`${app.url}/admin`, { headers: { cookie } })).text()
    const eventId = /href="\/admin\/events\/([a-z0-9]{20,})"/.exec(list)?.[1]
    expect(eventId).toBeTruthy()
    const pages = [
      '/admin',

      `/admin/events/${eventId}`,
      `/admin/events/${eventId}/programme`,
      `/admin/events/${eventId}/report`,
      '/admin/series',
      '/admin/outbox',
      '/admin/reports/2015',
    ]
    const missing: string[] = []
    for (const path of pages) {
      for (const url of [path, `${path}.data`]) {
        const res = await fetch(`${app.url}${url}`, { headers: { cookie }, redirect: 'manual' })
        await res.arrayBuffer()
        if (res.status !== 200 || !/no-store/.test(res.headers.get('cache-control') ?? ''))
          missing.push(`${url}: ${res.status} ${res.headers.get('cache-control')}`)
      }
    }
    for (const url of ['/login', '/r/not-a-token', '/s/not-a-token']) {
      const res = await fetch(`${app.url}${url}`, { redirect: 'manual' })
      await res.arrayBuffer()
      if (!/no-store/.test(res.headers.get('cache-control') ?? ''))
        missing.push(`${url}: ${res.status} ${res.headers.get('cache-control')}`)
    }
    expect(missing).toEqual([])
  })

  it('rate-limits login attempts per client with a friendly 429 page', async () => {
    const statuses: number[] = []
    // A new address each time: this is the limit per client, not the lock per address (login-lockout tests).
    for (let i = 0; i < 12; i++) {
      const res = await fetch(`${app.url}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `email=guess${i}%40example.org&password=nope`,
      })
      statuses.push(res.status)
      if (res.status === 429) expect(await res.text()).toContain('Einen Moment bitte')
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true)
    expect(statuses.at(-1)).toBe(429)
  })

  it('lets bearer-token clients without Origin through, and rate-limits the check-in API per device token with JSON', async () => {
    const call = (token: string) =>
      fetch(`${app.url}/api/v1/checkins`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: '{"code":"FD1.x.y"}',
      })
    const stolen = `fdd_${'s'.repeat(43)}`
    const statuses: number[] = []
    for (let i = 0; i < 601; i++) statuses.push((await call(stolen)).status)
    // No Origin, no cookie: not refused as cross-site, but answered (unknown token: 401) until the limit.
    expect(statuses.slice(0, 600).every((s) => s === 401)).toBe(true)
    const limited = await call(stolen)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('content-type')).toMatch(/application\/json/)
    expect(await limited.json()).toMatchObject({ error: 'too_many_requests' })
    // Another device behind the same address is not held up.
    expect((await call(`fdd_${'o'.repeat(43)}`)).status).toBe(401)
  })

  it('rate-limits "resend my ticket" per client like the registration form, so it cannot be used to probe or flood', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 32; i++) {
      // An unknown event: the app answers 404, once the limiter has let the request through.
      const res = await fetch(`${app.url}/events/no-such-event/resend`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url },
        body: `email=probe${i}%40example.org`,
        redirect: 'manual',
      })
      statuses.push(res.status)
    }
    expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404])
    expect(statuses.at(-1)).toBe(429)
  })
})
