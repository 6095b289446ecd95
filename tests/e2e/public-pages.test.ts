// Journey: a visitor browses the public events in German (the default) and switches to English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import deCommon from '~/locales/de/common.json'
import enCommon from '~/locales/en/common.json'
import { startAppServer, type AppServer } from '../support/app-server'
import { axeViolations, hasChromium, launchBrowser } from '../support/browser'

describe.skipIf(!hasChromium)('public event pages', () => {
  let app: AppServer
  let browser: Browser
  beforeAll(async () => {
    ;[app, browser] = await Promise.all([startAppServer(), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('shows German by default, even to a browser that prefers neither language', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' })
    const page = await context.newPage()
    await page.goto(`${app.url}/events`)
    expect(await page.getAttribute('html', 'lang')).toBe('de')
    await page.getByRole('navigation', { name: deCommon.nav.main }).getByRole('link', { name: deCommon.nav.events }).waitFor()
    await context.close()
  })

  it('lists upcoming events and the 2015 programme, switches to English and stays there', async () => {
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 360, height: 740 } })
    const page = await context.newPage()
    await page.goto(`${app.url}/events`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(
      await page
        .locator('article, li')
        .filter({ hasText: /Kammerdialog/ })
        .count(),
    ).toBeGreaterThan(0)
    expect(await axeViolations(page)).toEqual([])

    await page.goto(`${app.url}/events?when=past&q=Energieforum`)
    await page.getByText('ENERGIEFORUM', { exact: false }).first().waitFor()

    await page.getByRole('link', { name: deCommon.language.switchTo }).click()
    await page.waitForURL(/lng=en/)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await page.getByRole('navigation', { name: enCommon.nav.main }).waitFor()
    // The choice is remembered: a later visit without ?lng stays English.
    await page.goto(`${app.url}/events`)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  it('opens an event page with date, venue and partners, in English too', async () => {
    const context = await browser.newContext({ locale: 'en-GB' })
    const page = await context.newPage()
    await page.goto(`${app.url}/events?when=past&q=ENERGIEFORUM`)
    await page
      .getByRole('link', { name: /ENERGIEFORUM/ })
      .first()
      .click()
    await page.getByRole('heading', { level: 1, name: /ENERGIEFORUM/ }).waitFor()
    const text = await page.locator('main').innerText()
    expect(text).toContain('20 May 2015')
    expect(text).toContain('Magdeburg')
    expect(text).toMatch(/LENA/)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  it('offers all public events as a calendar feed that parses', async () => {
    const ICAL = (await import('ical.js')).default
    const res = await fetch(`${app.url}/events.ics`)
    expect(res.headers.get('content-type')).toContain('text/calendar')
    const events = new ICAL.Component(ICAL.parse(await res.text())).getAllSubcomponents('vevent')
    expect(events.length).toBeGreaterThan(5)
    expect(events.map((e) => String(e.getFirstPropertyValue('summary'))).some((s) => s.startsWith('Kammerdialog'))).toBe(true)
  })

  it('answers an unknown event with a 404 page, not a server error', async () => {
    const res = await fetch(`${app.url}/events/does-not-exist`)
    expect(res.status).toBe(404)
    expect(await res.text()).toContain(deCommon.errors.notFound.title)
  })
})
