// Journey: the door. An attendee's QR code from the confirmation mail (real SMTP) is typed into the
// scanner the way a hand scanner types it → admitted, the count goes up; again → already checked in;
// undo → the count goes down. Then the network drops: three people are admitted offline and reach
// the server when it is back; one ticket admitted on two offline phones counts once, plus a flagged conflict.
import { PNG } from 'pngjs'
import jsQR from 'jsqr'
import { describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import deAuth from '~/locales/de/auth.json'
import de from '~/locales/de/checkin.json'
import { register } from '~/domain/registration/register.server'
import { getTicketKeys, signTicket } from '~/domain/checkin/tickets.server'
import { type Db } from '~/lib/db.server'
import type { AppServer } from '../support/app-server'
import { useJourney } from '../support/journey'
import { axeViolations, hasChromium } from '../support/browser'
import { launchCameraBrowser } from '../support/fake-camera'
import { type SmtpSink } from '../support/smtp'

describe.skipIf(!hasChromium)('check-in at the door', () => {
  let app: AppServer
  let browser: Browser
  let db: Db
  let sink: SmtpSink
  const contexts: BrowserContext[] = []
  const serverErrors: string[] = []
  useJourney({ smtp: true }, (j) => ({ app, browser, db, sink } = j))

  let n = 0
  async function doorEvent(attendees: number) {
    n += 1
    const startsAt = new Date(Date.now() + 2 * 3_600_000)
    const event = await db.event.create({
      data: {
        slug: `tuer-${n}`,
        kind: 'CONFERENCE',
        status: 'PUBLISHED',
        titleDe: `Cluster-Konferenz ${n}`,
        titleEn: `Cluster conference ${n}`,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 8 * 3_600_000),
        capacity: 100,
      },
    })
    const keys = await getTicketKeys(db)
    const codes: string[] = []
    for (let i = 0; i < attendees; i++) {
      const r = await register(db, event.id, {
        firstName: 'Gast',
        lastName: `Nummer ${n}-${i}`,
        email: `tuer${n}-${i}@example.org`,
        company: 'Maschinenbau Nord GmbH',
      })
      if (r.kind !== 'confirmed') throw new Error(r.kind)
      codes.push(signTicket(keys, r.registration))
    }
    return { event, codes }
  }

  /** A door phone signed in as door staff, on the event's scanner page with the door list loaded. */
  async function doorPhone(eventId: string, email = 'door@example.org'): Promise<Page> {
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true })
    contexts.push(context)
    const page = await context.newPage()
    page.on('response', (r) => {
      if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.url()}`)
    })
    await page.goto(`${app.url}/login?redirectTo=/admin/events/${eventId}/checkin`)
    await page.getByLabel(deAuth.login.email).fill(email)
    await page.getByLabel(deAuth.login.password).fill('fairdesk-demo')
    await page.getByRole('button', { name: deAuth.login.submit }).click()
    await page.getByRole('heading', { level: 1, name: new RegExp(de.scanner.title) }).waitFor()
    await page.getByText(/^Liste: \d+ Person/).waitFor()
    return page
  }

  async function type(page: Page, code: string) {
    await page.getByLabel(de.scanner.codeLabel).fill(code)
    await page.getByLabel(de.scanner.codeLabel).press('Enter')
  }
  const verdict = (page: Page) => page.locator('#verdict-heading')
  const count = (page: Page) => page.getByTestId('count-checked-in')

  it('admits the ticket from the mail, says "already checked in" the second time, and undoes', async () => {
    const { event } = await doorEvent(2)
    // The attendee registers; the server's outbox worker mails the confirmation with the QR ticket.
    const r = await register(db, event.id, {
      firstName: 'Jana',
      lastName: 'Schröder',
      email: 'jana.schroeder@novo-tech.example',
      company: 'NOVO-TECH GmbH',
    })
    if (r.kind !== 'confirmed') throw new Error(r.kind)
    await expect
      .poll(() => sink.messages.find((m) => m.to && JSON.stringify(m.to).includes('jana.schroeder@novo-tech.example')), { timeout: 20_000 })
      .toBeTruthy()
    const mail = sink.messages.find((m) => JSON.stringify(m.to).includes('jana.schroeder@novo-tech.example'))!
    const image = mail.attachments.find((a) => a.contentType === 'image/png' && a.cid === 'ticket-qr')!
    const png = PNG.sync.read(image.content)
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)!.data
    expect(code).toMatch(/^FD1\./)

    const page = await doorPhone(event.id)
    expect(await axeViolations(page)).toEqual([])
    await expect.poll(() => count(page).textContent()).toBe('0 / 3')

    await type(page, code)
    await expect.poll(() => verdict(page).textContent()).toBe(de.verdict.title.ok)
    await page.getByTestId('verdict-name').filter({ hasText: 'Jana Schröder' }).filter({ hasText: 'NOVO-TECH GmbH' }).waitFor()
    await expect.poll(() => count(page).textContent()).toBe('1 / 3')
    expect(await axeViolations(page)).toEqual([])

    await type(page, code)
    await expect.poll(() => verdict(page).textContent()).toBe(de.verdict.title.already_checked_in)
    await page.getByText(/Bereits heute um \d\d:\d\d Uhr eingelassen/).waitFor()
    expect(await axeViolations(page)).toEqual([])

    await type(page, code.slice(0, -2) + (code.endsWith('AA') ? 'BB' : 'AA'))
    await expect.poll(() => verdict(page).textContent()).toBe(de.verdict.title.invalid)

    // Undo the admission from the list of recent scans: the count goes back down.
    await page.locator('summary', { hasText: 'Letzte Vorgänge' }).click()
    await page.getByRole('button', { name: `${de.verdict.undo}: Jana Schröder` }).click()
    await page.getByText(de.notice.undone).waitFor()
    await expect.poll(() => count(page).textContent()).toBe('0 / 3')
    expect(await db.checkIn.count({ where: { eventId: event.id, activeKey: { not: null } } })).toBe(0)

    // Someone without a ticket is found by name and admitted; a walk-in is registered in seconds.
    await page.locator('summary', { hasText: de.search.title }).click()
    await page.getByLabel(de.search.label).fill('nummer 1-1')
    await page.getByRole('button', { name: `${de.search.admit}: Gast Nummer 1-1` }).click()
    await expect.poll(() => verdict(page).textContent()).toBe(de.verdict.title.ok)
    await page.locator('summary', { hasText: de.walkIn.title }).click()
    await page.getByRole('button', { name: de.walkIn.submit }).click()
    await page.getByText(de.errors.required).first().waitFor()
    await page.getByLabel(de.walkIn.firstName).fill('Spontan')
    await page.getByLabel(de.walkIn.lastName).fill('Besucher')
    await page.getByLabel(de.walkIn.company).fill('Laserscanning Europe GmbH')
    await page.getByLabel(de.walkIn.email).fill('spontan.besucher@laserscanning.example')
    await page.getByRole('button', { name: de.walkIn.submit }).click()
    await page.getByText(de.verdict.walkIn).waitFor()
    await expect.poll(() => count(page).textContent()).toBe('2 / 4')
    // The form promises a confirmation: it arrives with the ticket, the invite and the personal link.
    const toWalkIn = () => sink.messages.find((m) => JSON.stringify(m.to).includes('spontan.besucher@laserscanning.example'))
    await expect.poll(toWalkIn, { timeout: 20_000 }).toBeTruthy()
    const walkInMail = toWalkIn()!
    expect(walkInMail.attachments.some((a) => a.contentType === 'image/png' && a.cid === 'ticket-qr')).toBe(true)
    expect(walkInMail.attachments.some((a) => a.contentType.startsWith('text/calendar'))).toBe(true)
    expect(walkInMail.text).toMatch(new RegExp(`${app.url}/r/[\\w-]+`))
    // The walk-in's badge prints at the door; the badges of everyone are for organisers only.
    const badge = await page.request.get(app.url + (await page.getByRole('link', { name: de.badges.print }).getAttribute('href'))!)
    expect([badge.status(), badge.headers()['content-type']]).toEqual([200, 'application/pdf'])
    expect((await page.request.get(`${app.url}/admin/events/${event.id}/badges.pdf`, { maxRedirects: 0 })).status()).toBe(403)
    expect(await db.registration.count({ where: { eventId: event.id, source: 'WALK_IN' } })).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    expect(serverErrors).toEqual([])
  })

  it('keeps admitting while offline and uploads the three admissions when the network is back', async () => {
    const { event, codes } = await doorEvent(4)
    const page = await doorPhone(event.id)
    await page.context().setOffline(true)
    await page.getByText(de.status.offline).waitFor()
    for (const code of codes.slice(0, 3)) {
      await type(page, code)
      await page.getByText(de.verdict.queued).waitFor()
      await expect.poll(() => verdict(page).textContent()).toBe(de.verdict.title.ok)
    }
    await page.getByText('3 Einlässe warten auf Übertragung').waitFor()
    // The same ticket again, still offline: this phone remembers it let the person in.
    await type(page, codes[0]!)
    await expect.poll(() => verdict(page).textContent()).toBe(de.verdict.title.already_checked_in)
    expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(0)
    expect(await axeViolations(page)).toEqual([])

    await page.context().setOffline(false)
    await page.getByText('3 Offline-Einlässe übertragen.').waitFor({ timeout: 20_000 })
    await expect.poll(() => db.checkIn.count({ where: { eventId: event.id, activeKey: { not: null } } })).toBe(3)
    await expect.poll(() => count(page).textContent(), { timeout: 15_000 }).toBe('3 / 4')
    expect(await db.checkIn.count({ where: { eventId: event.id, conflict: true } })).toBe(0)
  })

  it('counts one ticket admitted on two offline phones once, and flags the other admission', async () => {
    const { event, codes } = await doorEvent(1)
    const [north, south] = [await doorPhone(event.id), await doorPhone(event.id, 'orga@example.org')]
    for (const [page, gate] of [
      [north, 'Nord'],
      [south, 'Süd'],
    ] as const) {
      await page.locator('summary', { hasText: de.settings.title }).click()
      await page.getByLabel(de.settings.gate).fill(gate)
      await page.context().setOffline(true)
    }
    await type(north, codes[0]!)
    await north.getByText(de.verdict.queued).waitFor()
    await type(south, codes[0]!)
    await south.getByText(de.verdict.queued).waitFor()

    await north.context().setOffline(false)
    await north.getByText('1 Offline-Einlass übertragen.').waitFor({ timeout: 20_000 })
    await south.context().setOffline(false)
    await south.getByText(/1 Person war schon an einem anderen Eingang eingelassen/).waitFor({ timeout: 20_000 })

    const rows = await db.checkIn.findMany({ where: { eventId: event.id }, orderBy: { checkedInAt: 'asc' } })
    expect(rows.map((r) => [r.gate, r.activeKey !== null, r.conflict])).toEqual([
      ['Nord', true, false],
      ['Süd', false, true],
    ])
    // Every scanner shows the flagged case; the count says one.
    await north
      .getByTestId('conflicts')
      .getByText(/offline um \d\d:\d\d an „Süd“, gezählt um \d\d:\d\d an „Nord“/)
      .waitFor({ timeout: 15_000 })
    await expect.poll(() => count(north).textContent()).toBe('1 / 1')
    expect(await axeViolations(north)).toEqual([])
    expect(serverErrors).toEqual([])
  })

  it('answers the scanner endpoints with JSON: 401 without a session, 403 for reporters', async () => {
    const { event, codes } = await doorEvent(1)
    const scan = (cookie?: string) =>
      fetch(`${app.url}/admin/events/${event.id}/checkin/scan`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: app.url, ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ code: codes[0] }),
      })
    const anonymous = await scan()
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toEqual({ error: 'unauthorized' })
    const login = await fetch(`${app.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url },
      body: new URLSearchParams({ email: 'report@example.org', password: 'fairdesk-demo', redirectTo: '/admin' }).toString(),
      redirect: 'manual',
    })
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    expect((await scan(cookie)).status).toBe(403)
    expect((await fetch(`${app.url}/admin/events/${event.id}/checkin/list`, { headers: { cookie } })).status).toBe(403)
    expect((await fetch(`${app.url}/admin/events/${event.id}/checkin`, { headers: { cookie }, redirect: 'manual' })).status).toBe(403)
    expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(0)
  })

  it('lets an organiser create a device for a hand scanner, shows its token once, and revokes it', async () => {
    const { event, codes } = await doorEvent(1)
    const context = await browser.newContext({ locale: 'de-DE' })
    contexts.push(context)
    const page = await context.newPage()
    await page.goto(`${app.url}/login?redirectTo=/admin/events/${event.id}/devices`)
    await page.getByLabel(deAuth.login.email).fill('orga@example.org')
    await page.getByLabel(deAuth.login.password).fill('fairdesk-demo')
    await page.getByRole('button', { name: deAuth.login.submit }).click()
    await page.getByRole('heading', { level: 2, name: de.devices.title }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: de.devices.createButton }).click()
    await page.getByText(de.errors.required).waitFor()
    await page.getByLabel(de.devices.label).fill('Eingang Nord')
    await page.getByRole('button', { name: de.devices.createButton }).click()
    const token = await page.getByLabel(de.devices.token).inputValue()
    expect(token).toMatch(/^fdd_/)
    expect(await axeViolations(page)).toEqual([])

    const post = () =>
      fetch(`${app.url}/api/v1/checkins`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ code: codes[0], nonce: 'hand-scanner-0001' }),
      })
    expect(await (await post()).json()).toMatchObject({ result: 'ok', gate: 'Eingang Nord' })
    await page.reload()
    // The token is not shown again; the device is listed with its admission.
    expect(await page.getByLabel(de.devices.token).count()).toBe(0)
    await page.getByText('1 Einlass').waitFor()
    await page.getByRole('button', { name: `${de.devices.revoke}: Eingang Nord` }).click()
    await page.getByText(de.devices.revokedNotice).waitFor()
    expect((await post()).status).toBe(401)
    expect(await axeViolations(page)).toEqual([])
    const badges = await page.request.get(`${app.url}/admin/events/${event.id}/badges.pdf`)
    expect([badges.status(), badges.headers()['content-type']]).toEqual([200, 'application/pdf'])
  })

  it('reads a ticket through the phone camera with the decoder from our own build, nothing from elsewhere', async () => {
    const { event, codes } = await doorEvent(1)
    const camera = await launchCameraBrowser(codes[0]!)
    try {
      const context = await camera.newContext({ locale: 'de-DE', viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true })
      await context.grantPermissions(['camera'], { origin: app.url })
      const page = await context.newPage()
      const requested: string[] = []
      page.on('request', (r) => requested.push(r.url()))
      await page.goto(`${app.url}/login?redirectTo=/admin/events/${event.id}/checkin`)
      await page.getByLabel(deAuth.login.email).fill('door@example.org')
      await page.getByLabel(deAuth.login.password).fill('fairdesk-demo')
      await page.getByRole('button', { name: deAuth.login.submit }).click()
      await page.getByRole('button', { name: de.camera.start }).click()
      await expect.poll(() => verdict(page).textContent(), { timeout: 20_000 }).toBe(de.verdict.title.ok)
      // Held in front of the lens, the ticket stays one admission: no flip to "already checked in".
      await page.waitForTimeout(3_500)
      expect(await verdict(page).textContent()).toBe(de.verdict.title.ok)
      expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(1)
      expect(await axeViolations(page)).toEqual([])
      expect(requested.filter((u) => !u.startsWith(app.url))).toEqual([])
      // Chromium on Linux has no BarcodeDetector of its own: the ZXing WebAssembly came from /assets.
      if (!(await page.evaluate(() => 'BarcodeDetector' in window)))
        expect(requested.some((u) => /\/assets\/zxing_reader-[\w-]+\.wasm$/.test(u))).toBe(true)
    } finally {
      await camera.close()
    }
  })
})
