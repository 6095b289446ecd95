// Journeys at the door that must give the right result: a ticket scanned on the wrong day is not
// an admission (door staff see "not today", an organiser may admit anyway); an offline admission
// counts at once; recent scans survive a reload and can still be undone, and an undone card is no
// longer green; on a phone the camera preview is on screen without scrolling.
import os from 'node:os'
import path from 'node:path'
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

const HOUR = 3_600_000

describe.skipIf(!hasChromium)('the door gives the right result', () => {
  let app: AppServer
  let browser: Browser
  let db: Db
  const contexts: BrowserContext[] = []
  const serverErrors: string[] = []
  useJourney({}, (j) => ({ app, browser, db } = j))

  let n = 0
  async function doorEvent(attendees: number, startsAt = new Date(Date.now() - HOUR)) {
    n += 1
    const event = await db.event.create({
      data: {
        slug: `tuer-tage-${n}`,
        kind: 'CONFERENCE',
        status: 'PUBLISHED',
        titleDe: `Fachtagung ${n}`,
        titleEn: `Symposium ${n}`,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 8 * HOUR),
        capacity: 100,
      },
    })
    const keys = await getTicketKeys(db)
    const codes: string[] = []
    for (let i = 0; i < attendees; i++) {
      const r = await register(db, event.id, { firstName: 'Gast', lastName: `Tag ${n}-${i}`, email: `tag${n}-${i}@example.org` })
      if (r.kind !== 'confirmed') throw new Error(r.kind)
      codes.push(signTicket(keys, r.registration))
    }
    return { event, codes }
  }

  async function signIn(page: Page, eventId: string, email: string) {
    page.on('response', (r) => {
      if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.url()}`)
    })
    await page.goto(`${app.url}/login?redirectTo=/admin/events/${eventId}/checkin`)
    await page.getByLabel(deAuth.login.email).fill(email)
    await page.getByLabel(deAuth.login.password).fill('fairdesk-demo')
    await page.getByRole('button', { name: deAuth.login.submit }).click()
    await page.getByRole('heading', { level: 1, name: new RegExp(de.scanner.title) }).waitFor()
    await page.getByText(/^Liste: \d+ Person/).waitFor()
  }

  async function doorPhone(eventId: string, email = 'door@example.org'): Promise<Page> {
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
    contexts.push(context)
    const page = await context.newPage()
    await signIn(page, eventId, email)
    return page
  }

  async function type(page: Page, code: string) {
    await page.getByLabel(de.scanner.codeLabel).fill(code)
    await page.getByLabel(de.scanner.codeLabel).press('Enter')
  }
  const verdict = (page: Page) => page.locator('#verdict-heading')
  const card = (page: Page) => page.locator('section[aria-labelledby="verdict-heading"]')
  const count = (page: Page) => page.getByTestId('count-checked-in')

  it('the door on the wrong day: door staff see "not today" with the event’s date, an organiser admits anyway', async () => {
    const startsAt = new Date(Date.now() + 200 * 24 * HOUR)
    const { event, codes } = await doorEvent(1, startsAt)
    const date = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: 'numeric', month: 'long', year: 'numeric' }).format(
      startsAt,
    )

    const door = await doorPhone(event.id)
    await type(door, codes[0]!)
    await expect.poll(() => verdict(door).textContent()).toBe(de.verdict.title.not_today)
    await card(door).getByText(`Nicht heute – dieses Ticket gilt für den ${date}.`).waitFor()
    await card(door).getByText(de.verdict.askOrganiser).waitFor()
    expect(await door.getByRole('button', { name: new RegExp(de.verdict.admitAnyway) }).count()).toBe(0)
    expect(await axeViolations(door)).toEqual([])
    expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(0)
    // Door staff cannot send the override by hand either.
    const forged = await door.request.post(`${app.url}/admin/events/${event.id}/checkin/scan`, {
      headers: { origin: app.url },
      data: { code: codes[0], override: true },
    })
    expect(forged.status()).toBe(403)
    expect(await db.checkIn.count({ where: { eventId: event.id } })).toBe(0)

    const orga = await doorPhone(event.id, 'orga@example.org')
    await type(orga, codes[0]!)
    await expect.poll(() => verdict(orga).textContent()).toBe(de.verdict.title.not_today)
    await door.screenshot({ path: 'test-results/screenshots/door/not-today-door.png' })
    await orga.screenshot({ path: 'test-results/screenshots/door/not-today-organiser.png' })
    await orga.getByRole('button', { name: `${de.verdict.admitAnyway}: Gast Tag ${n}-0` }).click()
    await expect.poll(() => verdict(orga).textContent()).toBe(de.verdict.title.ok)
    const rows = await db.checkIn.findMany({ where: { eventId: event.id } })
    expect(rows.map((r) => [r.override, r.activeKey !== null])).toEqual([[true, true]])
    expect(serverErrors).toEqual([])
  })

  it('a walk-in on the wrong day: nobody is registered, the card says when the event is, an organiser admits anyway', async () => {
    const startsAt = new Date(Date.now() + 200 * 24 * HOUR)
    const { event } = await doorEvent(0, startsAt)
    const date = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: 'numeric', month: 'long', year: 'numeric' }).format(
      startsAt,
    )
    const orga = await doorPhone(event.id, 'orga@example.org')
    await orga.locator('summary', { hasText: de.walkIn.title }).click()
    const form = orga.getByTestId('walk-in-section')
    await form.getByLabel(de.walkIn.firstName).fill('Spontan')
    await form.getByLabel(de.walkIn.lastName).fill('Vorab')
    await form.getByLabel(de.walkIn.email).fill('spontan.vorab@example.org')
    await form.getByRole('button', { name: de.walkIn.submit }).click()
    await expect.poll(() => verdict(orga).textContent()).toBe(de.verdict.title.not_today)
    await card(orga).getByText(de.verdict.detail.not_today_walkIn.replace('{{date}}', date)).waitFor()
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(0)
    // The form keeps what was typed, for "admit anyway" (or a correction).
    expect(await form.getByLabel(de.walkIn.lastName).inputValue()).toBe('Vorab')
    expect(await axeViolations(orga)).toEqual([])
    await orga.screenshot({ path: 'test-results/screenshots/door/not-today-walk-in.png' })

    await card(orga)
      .getByRole('button', { name: `${de.verdict.admitAnyway}: Spontan Vorab` })
      .click()
    await expect.poll(() => verdict(orga).textContent()).toBe(de.verdict.title.ok)
    await expect.poll(() => form.getByLabel(de.walkIn.lastName).inputValue()).toBe('')
    const rows = await db.checkIn.findMany({ where: { eventId: event.id }, include: { registration: true } })
    expect(rows.map((r) => [r.override, r.registration.source])).toEqual([[true, 'WALK_IN']])

    // Door staff get no override for a walk-in either.
    const door = await doorPhone(event.id)
    const forged = await door.request.post(`${app.url}/admin/events/${event.id}/checkin/walk-in`, {
      headers: { origin: app.url },
      form: { firstName: 'Noch', lastName: 'Einer', override: '1' },
    })
    expect(forged.status()).toBe(403)
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(1)
    expect(serverErrors).toEqual([])
  })

  it('counts an offline admission at once, keeps recent scans over a reload, and undoes from "already admitted"', async () => {
    const { event, codes } = await doorEvent(3)
    const page = await doorPhone(event.id)
    await expect.poll(() => count(page).textContent()).toBe('0 / 3')

    // Offline: the count goes up on this phone before anything is uploaded.
    await page.context().setOffline(true)
    await page.getByText(de.status.offline).waitFor()
    await type(page, codes[1]!)
    await page.getByText(de.verdict.queued).waitFor()
    await expect.poll(() => count(page).textContent()).toBe('1 / 3')
    await page.context().setOffline(false)
    await page.getByText('1 Offline-Einlass übertragen.').waitFor({ timeout: 20_000 })
    await expect.poll(() => count(page).textContent(), { timeout: 15_000 }).toBe('1 / 3')

    await type(page, codes[0]!)
    await expect.poll(() => verdict(page).textContent()).toBe(de.verdict.title.ok)
    await expect.poll(() => count(page).textContent()).toBe('2 / 3')

    await page.reload()
    await page.getByText(/^Liste: \d+ Person/).waitFor()
    await page.locator('summary', { hasText: 'Letzte Vorgänge' }).click()
    await page.getByRole('button', { name: `${de.verdict.undo}: Gast Tag ${n}-0` }).waitFor()

    // Scanned again after the reload: "already admitted", and this phone's own admission can be undone here.
    await type(page, codes[0]!)
    await expect.poll(() => verdict(page).textContent()).toBe(de.verdict.title.already_checked_in)
    await card(page)
      .getByRole('button', { name: `${de.verdict.undo}: Gast Tag ${n}-0` })
      .click()
    await page.getByText(de.notice.undone).waitFor()
    await expect.poll(() => verdict(page).textContent()).toBe(de.verdict.title.undone)
    expect(await card(page).getAttribute('class')).not.toMatch(/green/)
    expect(await axeViolations(page)).toEqual([])
    await expect.poll(() => count(page).textContent()).toBe('1 / 3')
    expect(await db.checkIn.count({ where: { eventId: event.id, activeKey: { not: null } } })).toBe(1)

    // The undo of a fresh admission from its own card: the card says so, no longer "admitted".
    await type(page, codes[2]!)
    await expect.poll(() => verdict(page).textContent()).toBe(de.verdict.title.ok)
    await card(page)
      .getByRole('button', { name: `${de.verdict.undo}: Gast Tag ${n}-2` })
      .click()
    await expect.poll(() => verdict(page).textContent()).toBe(de.verdict.title.undone)
    expect(await card(page).getAttribute('class')).not.toMatch(/green/)
    expect(serverErrors).toEqual([])
  })

  it('shows the camera preview without scrolling on a 390×844 phone', async () => {
    const { event, codes } = await doorEvent(1)
    const camera = await launchCameraBrowser(codes[0]!)
    try {
      const context = await camera.newContext({ locale: 'de-DE', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
      await context.grantPermissions(['camera'], { origin: app.url })
      const page = await context.newPage()
      await signIn(page, event.id, 'door@example.org')
      await page.getByRole('button', { name: de.camera.start }).click()
      const preview = page.getByLabel(de.camera.preview)
      await preview.waitFor()
      await expect.poll(() => verdict(page).textContent(), { timeout: 20_000 }).toBe(de.verdict.title.ok)
      await page.evaluate(() => window.scrollTo(0, 0))
      const box = (await preview.boundingBox())!
      await page.screenshot({ path: path.join(os.tmpdir(), 'fairdesk-scanner-390x844.png') })
      console.log(`camera preview at 390×844: top ${Math.round(box.y)} px, bottom ${Math.round(box.y + box.height)} px`)
      expect(box.y).toBeLessThan(844)
      expect(box.y + box.height).toBeLessThanOrEqual(844)
    } finally {
      await camera.close()
    }
  })
})
