// Hostile text through the real registration form, then everywhere it is shown again: public and
// staff pages (real Chromium: no injected element, no script run), the registrations CSV (formula
// neutralised), the .ics (parses, one VEVENT) and the ticket PDF. Also: after login only local
// redirects, and links in mails are built from APP_URL, never from the request's Host header.
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import ICAL from 'ical.js'
import Papa from 'papaparse'
import { createDb, type Db } from '~/lib/db.server'
import { startAppServer, type AppServer } from '../support/app-server'
import { hasChromium, launchBrowser } from '../support/browser'
import { manageLinkFor, startSmtpSink, type SmtpSink } from '../support/smtp'

const SCRIPT = '</script><script>window.__pwned=1</script>'
const IMG = '"><img src=x onerror=window.__pwned=2>'
const FORMULA = '=HYPERLINK("http://x")'
const ICS_SPECIALS = ';,\\:'
const RLO = '\u202Egnp.exe'
const LONG = 'x'.repeat(10_000)

describe.skipIf(!hasChromium)('hostile text is stored safely and rendered escaped', () => {
  let app: AppServer
  let browser: Browser
  let db: Db
  let sink: SmtpSink
  let cookie = ''
  beforeAll(async () => {
    sink = await startSmtpSink()
    ;[app, browser] = await Promise.all([startAppServer({ env: { SMTP_URL: sink.url, FAIRDESK_RATE_LIMITS: 'off' } }), launchBrowser()])
    db = await createDb(app.databaseUrl)
    const login = await fetch(`${app.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url },
      body: new URLSearchParams({ email: 'admin@example.org', password: 'fairdesk-demo', redirectTo: '/admin' }),
      redirect: 'manual',
    })
    cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
  })
  afterAll(async () => {
    await db?.$disconnect()
    await browser?.close()
    await app?.stop()
    await sink?.close()
  })

  const openEvent = () =>
    db.event.findFirstOrThrow({
      where: {
        status: 'PUBLISHED',
        isPublic: true,
        inviteOnly: false,
        startsAt: { gt: new Date() },
        questions: { some: { kind: 'TEXT' } },
        capacity: { gt: 30 },
      },
      include: { questions: { orderBy: { position: 'asc' } } },
      orderBy: { startsAt: 'asc' },
    })

  function formFor(event: Awaited<ReturnType<typeof openEvent>>, person: Record<string, string>, text: string) {
    const body = new URLSearchParams(person)
    for (const q of event.questions) {
      const options = (q.options as { value: string }[] | null) ?? []
      if (q.kind === 'TEXT') body.set(`q_${q.id}`, text)
      else if (q.required) body.set(`q_${q.id}`, q.kind === 'BOOLEAN' ? 'on' : options[0]!.value)
    }
    return body
  }
  const post = (path: string, body: URLSearchParams, headers: Record<string, string> = {}) =>
    fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url, ...headers },
      body,
      redirect: 'manual',
    })

  /** Opens a page and proves nothing hostile became markup or ran. */
  async function expectInert(path: string, withCookie = false): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 } })
    if (withCookie) {
      const [name, value] = cookie.split('=') as [string, string]
      await context.addCookies([{ name, value, url: app.url }])
    }
    const page = await context.newPage()
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    const res = await page.goto(`${app.url}${path}`)
    expect(res?.status(), path).toBeLessThan(400)
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0), path).toBe(0)
    expect(await page.locator('img[src="x"]').count(), path).toBe(0)
    expect(await page.locator('script:text("__pwned")').count(), path).toBe(0)
    expect(dialogs).toEqual([])
    return page
  }

  it('stores hostile names, answers and titles as text and shows them escaped everywhere', async () => {
    const event = await openEvent()
    // Staff-typed titles are hostile too: the event's title carries every special at once.
    const title = `Kammer ${SCRIPT} ${IMG} ${FORMULA} ${ICS_SPECIALS} ${RLO}`
    await db.event.update({ where: { id: event.id }, data: { titleDe: title, titleEn: title } })
    const answer = `${SCRIPT}\r\n${IMG}\r\n${FORMULA} ${ICS_SPECIALS} ${RLO}`
    const res = await post(
      `/events/${event.slug}/register`,
      formFor(
        event,
        { firstName: FORMULA, lastName: `${IMG}${ICS_SPECIALS}`, email: 'hostile@injection.example', company: SCRIPT },
        answer,
      ),
    )
    expect(res.status).toBe(303)
    // The personal link arrives by mail, as it does for every attendee.
    const token = (await manageLinkFor(sink, 'hostile@injection.example', app.url)).split('/r/')[1]!
    const registration = await db.registration.findFirstOrThrow({ where: { manageToken: token }, include: { person: true } })
    // Stored as typed: escaping is the renderer's job.
    expect(registration.person.firstName).toBe(FORMULA)
    expect(registration.person.lastName).toBe(`${IMG}${ICS_SPECIALS}`)
    expect(Object.values(registration.answers as Record<string, unknown>)).toContain(answer)

    const self = await expectInert(`/r/${token}`)
    await self.getByText(`${IMG}${ICS_SPECIALS}`, { exact: false }).first().waitFor()
    await expectInert(`/events/${event.slug}`)
    await expectInert(`/events/${event.slug}/register`)
    await expectInert(`/events`)
    const staff = await expectInert(`/admin/events/${event.id}`, true)
    await staff.getByText(FORMULA, { exact: false }).first().waitFor()
    await expectInert(`/admin/events/${event.id}/registrations/${registration.id}`, true)

    // CSV: the formula arrives as text, every other value as typed.
    const csvRes = await fetch(`${app.url}/admin/events/${event.id}/registrations.csv`, { headers: { cookie } })
    expect(csvRes.status).toBe(200)
    const rows = Papa.parse<string[]>((await csvRes.text()).replace(/^\uFEFF/, ''), { delimiter: ';' }).data
    const row = rows.find((r) => r.includes('hostile@injection.example'))!
    expect(row).toContain(`'${FORMULA}`)
    expect(row).not.toContain(FORMULA)
    expect(row.some((cell) => /^[=+\-@]/.test(cell))).toBe(false)

    // .ics: parses, one event, the title survives the RFC 5545 escaping intact.
    const icsRes = await fetch(`${app.url}/r/${token}/calendar.ics`)
    expect(icsRes.status).toBe(200)
    const calendar = new ICAL.Component(ICAL.parse(await icsRes.text()))
    const vevents = calendar.getAllSubcomponents('vevent')
    expect(vevents).toHaveLength(1)
    expect(vevents[0]!.getFirstPropertyValue('summary')).toContain(`${FORMULA} ${ICS_SPECIALS}`)

    const pdf = await fetch(`${app.url}/r/${token}/ticket.pdf`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toContain('application/pdf')
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
  })

  it('refuses 10,000-character and bidi-override names with 400, echoes them inert, stores nothing', async () => {
    const event = await openEvent()
    const before = await db.person.count()
    for (const [firstName, company] of [
      [LONG, 'ok'],
      [`Eva${RLO}`, 'ok'],
      ['Eva', `Firma\r\nBcc: x@y.z`],
      ['Eva', `${SCRIPT}${LONG}`],
    ] as const) {
      const res = await post(
        `/events/${event.slug}/register`,
        formFor(event, { firstName, lastName: 'Lang', email: 'long@injection.example', company }, LONG),
      )
      expect(res.status).toBe(400)
      const html = await res.text()
      expect(html).not.toContain('<img src=x')
      expect(html).not.toContain('<script>window.__pwned')
    }
    expect(await db.person.count()).toBe(before)
  })

  it('sends people after login only to local paths', async () => {
    for (const redirectTo of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', ' //evil.example']) {
      const res = await post('/login', new URLSearchParams({ email: 'admin@example.org', password: 'fairdesk-demo', redirectTo }))
      expect(res.status, redirectTo).toBe(302)
      expect(res.headers.get('location'), redirectTo).toBe('/admin')
      // Already signed in, the login page's own redirect is checked the same way.
      const again = await fetch(`${app.url}/login?${new URLSearchParams({ redirectTo })}`, { headers: { cookie }, redirect: 'manual' })
      expect(again.headers.get('location'), redirectTo).toBe('/admin')
    }
    const local = await post(
      '/login',
      new URLSearchParams({ email: 'admin@example.org', password: 'fairdesk-demo', redirectTo: '/admin/outbox' }),
    )
    expect(local.headers.get('location')).toBe('/admin/outbox')
  })

  it('builds the links in mails from APP_URL, not from a forged Host header', async () => {
    const event = await openEvent()
    const body = formFor(event, { firstName: 'Host', lastName: 'Forger', email: 'forged-host@injection.example' }, 'x').toString()
    const port = new URL(app.url).port
    // fetch() keeps the real Host; node:http sends whatever we say.
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: `/events/${event.slug}/register`,
          headers: {
            host: 'evil.example',
            'x-forwarded-host': 'evil.example',
            'x-forwarded-proto': 'https',
            origin: app.url,
            'content-type': 'application/x-www-form-urlencoded',
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        },
      )
      req.on('error', reject)
      req.end(body)
    })
    expect(status).toBe(303)
    await expect
      .poll(() => sink.messages.find((m) => m.to && JSON.stringify(m.to).includes('forged-host@injection.example')), { timeout: 15_000 })
      .toBeTruthy()
    const mail = sink.messages.find((m) => JSON.stringify(m.to).includes('forged-host@injection.example'))!
    const content = `${mail.text ?? ''}\n${typeof mail.html === 'string' ? mail.html : ''}`
    expect(content).toContain(`${app.url}/r/`)
    expect(content).not.toContain('evil.example')
    for (const attachment of mail.attachments) expect(attachment.content.toString('utf8')).not.toContain('evil.example')
  })
})
