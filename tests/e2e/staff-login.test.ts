// Journey: a staff member signs in to the dashboard; anonymous visitors and bad input are handled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import deAdmin from '~/locales/de/admin.json'
import deAuth from '~/locales/de/auth.json'
import { startAppServer, type AppServer } from '../support/app-server'
import { axeViolations, hasChromium, launchBrowser } from '../support/browser'

describe.skipIf(!hasChromium)('staff login', () => {
  let app: AppServer
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const statuses: number[] = []

  beforeAll(async () => {
    ;[app, browser] = await Promise.all([startAppServer(), launchBrowser()])
    context = await browser.newContext({ locale: 'de-DE' })
    page = await context.newPage()
    page.on('response', (r) => statuses.push(r.status()))
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('sends an anonymous visitor of /admin to the login page', async () => {
    await page.goto(`${app.url}/admin`)
    expect(new URL(page.url()).pathname).toBe('/login')
    expect(new URL(page.url()).searchParams.get('redirectTo')).toBe('/admin')
    await page.getByRole('heading', { level: 1, name: deAuth.login.title }).waitFor()
    expect(await axeViolations(page)).toEqual([])
  })

  it('explains empty fields next to the fields', async () => {
    await page.getByRole('button', { name: deAuth.login.submit }).click()
    const email = page.getByLabel(deAuth.login.email)
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true')
    await page.getByText(deAuth.errors.emailRequired).waitFor()
    await page.getByText(deAuth.errors.passwordRequired).waitFor()
    expect(await axeViolations(page)).toEqual([])
  })

  it('says so when the password is wrong, without revealing which part was wrong', async () => {
    await page.getByLabel(deAuth.login.email).fill('admin@example.org')
    await page.getByLabel(deAuth.login.password).fill('not-the-password')
    await page.getByRole('button', { name: deAuth.login.submit }).click()
    await page.getByRole('alert').filter({ hasText: deAuth.errors.invalidCredentials }).waitFor()
  })

  it('answers a 10,000-character e-mail with a field message, not a server error', async () => {
    await page.getByLabel(deAuth.login.email).fill(`${'a'.repeat(9_988)}@example.org`)
    await page.getByLabel(deAuth.login.password).fill('x')
    await page.getByRole('button', { name: deAuth.login.submit }).click()
    await page.getByText(deAuth.errors.emailTooLong).waitFor()
    expect(statuses.filter((s) => s >= 500)).toEqual([])
  })

  it('logs the demo admin in to the dashboard, and out again', async () => {
    await page.getByLabel(deAuth.login.email).fill('admin@example.org')
    await page.getByLabel(deAuth.login.password).fill('fairdesk-demo')
    await page.getByRole('button', { name: deAuth.login.submit }).click()
    await page.getByRole('heading', { level: 1, name: deAdmin.dashboard.title }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/admin')
    // The demo data's events are listed with their counts; search finds a 2015 one.
    await page.getByRole('table').waitFor()
    await page.getByLabel(deAdmin.dashboard.search).fill('ENERGIEFORUM')
    await page.getByRole('button', { name: deAdmin.dashboard.apply }).click()
    await page.getByRole('table').getByText('ENERGIEFORUM', { exact: false }).first().waitFor()
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('button', { name: deAdmin.nav.logout }).click()
    await page.waitForURL((url) => url.pathname !== '/admin')
    await page.goto(`${app.url}/admin`)
    expect(new URL(page.url()).pathname).toBe('/login')
    expect(statuses.filter((s) => s >= 500)).toEqual([])
  })
})
