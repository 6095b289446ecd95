// Journey: a door phone that loses the network and then (re)opens the scanner. Its service worker
// kept the page and its files, so the scanner starts cold without network, admits a typed ticket into
// the offline queue, and uploads it once the network is back — one check-in on the server. Also:
// the verdicts are told apart without colour, and every tap target is at least 44 px at 360 px width.
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

describe.skipIf(!hasChromium)('the scanner opens without network', () => {
  let app: AppServer
  let browser: Browser
  let db: Db
  const serverErrors: string[] = []
  useJourney({}, (j) => ({ app, browser, db } = j))

  let n = 0
  async function doorEvent(attendees: number) {
    n += 1
    const startsAt = new Date(Date.now() + 2 * 3_600_000)
    const event = await db.event.create({
      data: {
        slug: `kaltstart-${n}`,
        kind: 'CONFERENCE',
        status: 'PUBLISHED',
        titleDe: `Kaltstart ${n}`,
        titleEn: `Cold start ${n}`,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 6 * 3_600_000),
        capacity: 50,
      },
    })
    const keys = await getTicketKeys(db)
    const tickets: { code: string; registrationId: string; name: string }[] = []
    for (let i = 0; i < attendees; i++) {
      const r = await register(db, event.id, {
        firstName: 'Gast',
        lastName: `Kalt ${n}-${i}`,
        email: `kalt${n}-${i}@example.org`,
        company: 'Kühlhaus GmbH',
      })
      if (r.kind !== 'confirmed') throw new Error(r.kind)
      tickets.push({ code: signTicket(keys, r.registration), registrationId: r.registration.id, name: `Gast Kalt ${n}-${i}` })
    }
    return { event, tickets }
  }

  async function doorPhone(eventId: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true })
    const page = await context.newPage()
    page.on('response', (r) => {
      if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.url()}`)
    })
    await page.goto(`${app.url}/login?redirectTo=/admin/events/${eventId}/checkin`)
    await page.getByLabel(deAuth.login.email).fill('door@example.org')
    await page.getByLabel(deAuth.login.password).fill('fairdesk-demo')
    await page.getByLabel(deAuth.login.password).press('Enter')
    await scannerReady(page)
    return { context, page }
  }

  async function scannerReady(page: Page) {
    await page.getByRole('heading', { level: 1, name: new RegExp(de.scanner.title) }).waitFor()
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true')
    await page.getByText(/^Liste: \d+ Person/).waitFor()
  }

  async function type(page: Page, code: string) {
    await page.getByLabel(de.scanner.codeLabel).fill(code)
    await page.getByLabel(de.scanner.codeLabel).press('Enter')
  }
  const verdict = (page: Page) => page.locator('#verdict-heading')

  /** What the scanner's service worker keeps: cache names and, per cache, the kept paths. */
  const kept = (page: Page) =>
    page.evaluate(async () => {
      const out: Record<string, string[]> = {}
      for (const key of await caches.keys()) out[key] = (await (await caches.open(key)).keys()).map((r) => new URL(r.url).pathname)
      return out
    })

  it('reopens the scanner offline from the service worker, queues a typed ticket and uploads it once', async () => {
    const { event, tickets } = await doorEvent(2)
    const scanner = `/admin/events/${event.id}/checkin`
    const { context, page } = await doorPhone(event.id)

    // The worker is registered for this page only, and keeps the page and the files it loaded.
    // (This tab came from the login page by a client-side navigation, so the worker does not control
    // it; it is there for the next time the scanner's URL is opened.)
    await expect
      .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.active)), { timeout: 15_000 })
      .toBe(true)
    const registration = await page.evaluate(async () => {
      const r = await navigator.serviceWorker.getRegistration()
      return { scope: new URL(r!.scope).pathname, script: new URL(r!.active!.scriptURL).pathname }
    })
    expect(registration).toEqual({ scope: scanner, script: '/scanner-sw.js' })
    await expect.poll(async () => (await kept(page))[`fairdesk-scanner:${scanner}`]?.includes(scanner), { timeout: 15_000 }).toBe(true)
    await expect
      .poll(async () => (await kept(page))[`fairdesk-scanner:${scanner}`]?.filter((p) => p.endsWith('.css')).length)
      .toBeGreaterThan(0)
    // Only the scanner's page: no other page (with other people's data) is kept.
    expect((await kept(page))[`fairdesk-scanner:${scanner}`]!.filter((p) => !p.startsWith('/assets/'))).toEqual([scanner])
    // The HTTP cache is still told not to keep the staff page.
    expect((await page.request.get(app.url + scanner)).headers()['cache-control']).toBe('no-store')
    await page.close()

    // Network gone; the volunteer opens the scanner again (a new tab, as after the phone slept).
    await context.setOffline(true)
    const cold = await context.newPage()
    cold.on('pageerror', (e) => serverErrors.push(`page error: ${e.message}`))
    const response = await cold.goto(app.url + scanner)
    expect(response?.fromServiceWorker()).toBe(true)
    await scannerReady(cold)
    await cold.getByTestId('door-status').getByText(de.status.offline).waitFor()
    expect(await axeViolations(cold)).toEqual([])

    await type(cold, tickets[0]!.code)
    await cold.getByText(de.verdict.queued).waitFor()
    await expect.poll(() => verdict(cold).textContent()).toBe(de.verdict.title.ok)
    await cold.getByText('1 Einlass wartet auf Übertragung').waitFor()
    expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(0)

    // A reload while still offline forgets nothing.
    await cold.reload()
    await scannerReady(cold)
    await cold.getByText('1 Einlass wartet auf Übertragung').waitFor()

    await context.setOffline(false)
    await cold.getByText('1 Offline-Einlass übertragen.').waitFor({ timeout: 20_000 })
    await expect.poll(() => db.checkIn.count({ where: { eventId: event.id } })).toBe(1)
    const row = await db.checkIn.findFirstOrThrow({ where: { eventId: event.id } })
    expect([row.registrationId, row.activeKey !== null, row.conflict]).toEqual([tickets[0]!.registrationId, true, false])

    // Logging out forgets the kept page and the worker (the queue of unsent scans is the page's own).
    await cold.getByRole('button', { name: 'Abmelden' }).click()
    await cold.waitForURL(/\/login/)
    await expect.poll(() => kept(cold)).toEqual({})
    await expect
      .poll(() => cold.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), { timeout: 15_000 })
      .toBe(0)
    // Also for the next tab, once this one (which the worker controlled) is gone.
    await cold.close()
    const after = await context.newPage()
    await after.goto(`${app.url}/login`)
    expect(await after.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0)
    expect(await kept(after)).toEqual({})
    expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(1)
    expect(serverErrors).toEqual([])
    await context.close()
  })

  it('tells the verdicts apart without colour and keeps every tap target at least 44 px at 360 px', async () => {
    const { event, tickets } = await doorEvent(1)
    const { context, page } = await doorPhone(event.id)

    // Each verdict has its own icon shape and its own words; the border style differs as well.
    const looks: { text: string | null; icon: string; border: string }[] = []
    const look = async () =>
      page.locator('section[aria-labelledby="verdict-heading"]').evaluate((section) => ({
        text: section.querySelector('h2')!.textContent,
        icon: section.querySelector('svg[aria-hidden="true"]')!.innerHTML,
        border: getComputedStyle(section).borderStyle,
      }))
    await type(page, tickets[0]!.code)
    await expect.poll(() => verdict(page).textContent()).toBe(de.verdict.title.ok)
    looks.push(await look())
    await type(page, tickets[0]!.code)
    await expect.poll(() => verdict(page).textContent()).toBe(de.verdict.title.already_checked_in)
    looks.push(await look())
    await type(page, 'FD1.gefaelscht.AAAA')
    await expect.poll(() => verdict(page).textContent()).toBe(de.verdict.title.invalid)
    looks.push(await look())
    expect(new Set(looks.map((l) => l.text)).size).toBe(3)
    expect(new Set(looks.map((l) => l.icon)).size).toBe(3)
    expect(new Set(looks.map((l) => l.border)).size).toBe(3)

    // Every control on the scanner, with all sections open, is at least 44 × 44 px.
    await page.evaluate(() => document.querySelectorAll('main details').forEach((d) => ((d as HTMLDetailsElement).open = true)))
    const small = await page.evaluate(() => {
      const controls = [
        ...document.querySelectorAll<HTMLElement>(
          'main a[href], main button, main summary, main select, main textarea, main input:not([type="hidden"])',
        ),
      ]
      return controls
        .map((el) => {
          // A checkbox is tapped through its label, which is the target.
          const target = el instanceof HTMLInputElement && el.type === 'checkbox' ? (el.closest('label') ?? el) : el
          const box = target.getBoundingClientRect()
          return {
            what: `${target.tagName.toLowerCase()} "${(target.textContent || target.getAttribute('aria-label') || (el as HTMLInputElement).name || '').trim().slice(0, 40)}"`,
            width: Math.round(box.width),
            height: Math.round(box.height),
          }
        })
        .filter((c) => c.width > 0 && (c.width < 44 || c.height < 44))
    })
    expect(small).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    expect(serverErrors).toEqual([])
    await context.close()
  })
})
