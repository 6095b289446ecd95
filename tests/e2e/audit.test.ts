// The audit trail as an administrator reads it: a failed sign-in and an event published through the
// page appear at /admin/audit, newest first, and the filter narrows by kind and by event.
import { describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import deAdmin from '~/locales/de/admin.json'
import deAuth from '~/locales/de/auth.json'
import { type Db } from '~/lib/db.server'
import type { AppServer } from '../support/app-server'
import { useJourney } from '../support/journey'
import { axeViolations, gotoHydrated, hasChromium } from '../support/browser'

describe.skipIf(!hasChromium)('the audit trail', () => {
  let app: AppServer
  let browser: Browser
  let db: Db
  useJourney({}, (j) => ({ app, browser, db } = j))

  it('shows a failed sign-in and a published event, and filters by kind and event', async () => {
    const context = await browser.newContext({ locale: 'de-DE' })
    const page = await context.newPage()
    const serverErrors: string[] = []
    page.on('response', (r) => {
      if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.url()}`)
    })
    await gotoHydrated(page, `${app.url}/login`)
    await page.getByLabel(deAuth.login.email).fill('admin@example.org')
    await page.getByLabel(deAuth.login.password).fill('falsches-passwort')
    await page.getByRole('button', { name: deAuth.login.submit }).click()
    await page.locator('#login-form-error').waitFor({ timeout: 15_000 })
    await page.getByLabel(deAuth.login.password).fill('fairdesk-demo')
    await page.getByRole('button', { name: deAuth.login.submit }).click()
    await page.waitForURL(`${app.url}/admin`)

    const draft = await db.event.findFirstOrThrow({ where: { status: 'DRAFT' }, orderBy: { startsAt: 'asc' } })
    await page.goto(`${app.url}/admin/events/${draft.id}`)
    await page.getByRole('button', { name: /Veröffentlichen/ }).click()
    await expect.poll(async () => (await db.event.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe('PUBLISHED')

    await page.getByRole('link', { name: deAdmin.audit.nav }).click()
    await page.getByRole('heading', { level: 1, name: deAdmin.audit.title }).waitFor()
    const rows = page.locator('tbody tr')
    // Newest first: the publication, then the sign-in, then the failed attempt.
    await expect.poll(async () => (await rows.nth(0).textContent()) ?? '').toContain(deAdmin.audit.actions.event_status_published)
    expect(await rows.nth(0).textContent()).toContain(draft.titleDe)
    expect(await rows.nth(1).textContent()).toContain(deAdmin.audit.actions.auth_login)
    expect(await rows.nth(2).textContent()).toContain(deAdmin.audit.actions.auth_login_failed)
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: 'test-results/screenshots/audit/trail.png', fullPage: true })

    await page.getByLabel(deAdmin.audit.kind).selectOption('auth')
    await page.getByRole('button', { name: deAdmin.audit.apply }).click()
    await page.waitForURL(/kind=auth/)
    const actions = await page.locator('tbody tr th').allTextContents()
    expect(actions.length).toBeGreaterThanOrEqual(2)
    expect(actions.every((a) => a.startsWith('Anmeldung') || a.startsWith('Fehlgeschlagene'))).toBe(true)

    await page.goto(`${app.url}/admin/audit?event=${draft.id}`)
    expect(await page.locator('tbody tr th').allTextContents()).toEqual([deAdmin.audit.actions.event_status_published])
    await page.goto(`${app.url}/admin/audit?event=${draft.id}&kind=auth`)
    await page.getByText(deAdmin.audit.emptyFiltered).waitFor()
    expect(serverErrors).toEqual([])
    await context.close()
  })
})
