// Journey: closing a report year for the funders. An administrator closes 2015 on the annual
// report page and sees "closed on … by …"; an organiser's cancellation of a 2015 registration is
// refused with the reason, and the report still says 1,307; an administrator cancels with a stated
// reason, which the report lists next to the frozen figures.
import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import deAuth from '~/locales/de/auth.json'
import deReports from '~/locales/de/reports.json'
import deStaff from '~/locales/de/staffRegistrations.json'
import { type Db } from '~/lib/db.server'
import type { AppServer } from '../support/app-server'
import { useJourney } from '../support/journey'
import { axeViolations, hasChromium } from '../support/browser'

describe.skipIf(!hasChromium)('closing a report year', () => {
  let app: AppServer
  let browser: Browser
  let db: Db
  useJourney({}, (j) => ({ app, browser, db } = j))

  async function login(email: string, redirectTo: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'de-DE' })
    const page = await context.newPage()
    await page.goto(`${app.url}/login?redirectTo=${encodeURIComponent(redirectTo)}`)
    await page.getByLabel(deAuth.login.email).fill(email)
    await page.getByLabel(deAuth.login.password).fill('fairdesk-demo')
    await page.getByRole('button', { name: deAuth.login.submit }).click()
    await page.waitForURL((url) => !url.pathname.startsWith('/login'))
    return page
  }
  const figure = (page: Page, label: string) =>
    page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]')

  it('closes 2015, refuses an organiser’s cancellation and lists an administrator’s reasoned one', async () => {
    const admin = await login('admin@example.org', '/admin/reports/2015')
    await admin.getByRole('link', { name: deReports.closing.start.replace('{{year}}', '2015') }).click()
    await admin.getByRole('button', { name: deReports.closing.yes.replace('{{year}}', '2015') }).click()
    await expect
      .poll(() => admin.getByTestId('closed-note').textContent(), { timeout: 15_000 })
      .toMatch(/^Abgeschlossen am .+ von Demo-Administration$/)
    expect(await figure(admin, deReports.figures.participants).textContent()).toBe('1.307')
    expect(await axeViolations(admin)).toEqual([])
    await admin.screenshot({ path: 'test-results/screenshots/report/closed-2015.png', fullPage: true })

    // A 2015 attendee who came: cancelling them would turn 1,307 into 1,306.
    const registration = await db.registration.findFirstOrThrow({
      where: {
        status: 'CONFIRMED',
        event: { startsAt: { gte: new Date('2015-01-01T00:00:00Z'), lt: new Date('2016-01-01T00:00:00Z') } },
        checkIns: { some: { activeKey: { not: null } } },
      },
    })
    const detail = `/admin/events/${registration.eventId}/registrations/${registration.id}`
    const orga = await login('orga@example.org', `${detail}?confirm=cancel`)
    await orga.getByRole('button', { name: deStaff.detail.cancelYes }).click()
    await orga.getByText(deStaff.closedYear.refused.replace('{{year}}', '2015')).waitFor({ timeout: 15_000 })
    expect((await db.registration.findUniqueOrThrow({ where: { id: registration.id } })).status).toBe('CONFIRMED')
    expect(await axeViolations(orga)).toEqual([])

    await admin.goto(`${app.url}${detail}?confirm=cancel`)
    await admin
      .getByLabel(deStaff.closedYear.reason.replace('{{year}}', '2015'))
      .fill('Doppelt erfasst, lt. Teilnehmerliste nicht anwesend')
    await admin.getByRole('button', { name: deStaff.detail.cancelYes }).click()
    await expect.poll(async () => (await db.registration.findUniqueOrThrow({ where: { id: registration.id } })).status).toBe('CANCELLED')

    await admin.goto(`${app.url}/admin/reports/2015`)
    expect(await figure(admin, deReports.figures.participants).textContent()).toBe('1.307')
    expect(await admin.getByTestId('corrections').textContent()).toContain('Doppelt erfasst, lt. Teilnehmerliste nicht anwesend')
    expect(await axeViolations(admin)).toEqual([])
  })
})
