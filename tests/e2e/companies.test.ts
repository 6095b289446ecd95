// Journey: an organiser looks a company up in the company list, finds nothing for a name nobody
// has, opens a non-member and makes it a member since a date (an impossible period is explained
// first); the list's member filter then shows it.
import { describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import deAuth from '~/locales/de/auth.json'
import deCompanies from '~/locales/de/companies.json'
import { type Db } from '~/lib/db.server'
import type { AppServer } from '../support/app-server'
import { useJourney } from '../support/journey'
import { axeViolations, hasChromium } from '../support/browser'

describe.skipIf(!hasChromium)('staff: companies and their membership', () => {
  let app: AppServer
  let browser: Browser
  let db: Db
  useJourney({}, (j) => ({ app, browser, db } = j))

  it('searches a company, marks it a member since a date, and finds it among the members', async () => {
    const company = await db.company.findFirstOrThrow({ where: { isMember: false, city: { not: null } }, orderBy: { name: 'asc' } })
    const context = await browser.newContext({ locale: 'de-DE' })
    const page = await context.newPage()
    await page.goto(`${app.url}/login?redirectTo=/admin`)
    await page.getByLabel(deAuth.login.email).fill('orga@example.org')
    await page.getByLabel(deAuth.login.password).fill('fairdesk-demo')
    await page.getByRole('button', { name: deAuth.login.submit }).click()
    await page.getByRole('link', { name: deCompanies.nav }).click()
    await page.getByRole('heading', { level: 1, name: deCompanies.list.title }).waitFor()
    expect(await axeViolations(page)).toEqual([])

    const search = page.getByRole('search')
    await search.getByLabel(deCompanies.list.search).fill('Gibt es nicht GmbH')
    await search.getByRole('button', { name: deCompanies.list.apply }).click()
    await page.getByText(deCompanies.list.none).waitFor()
    expect(await axeViolations(page)).toEqual([])

    // Any case and extra spaces find it.
    await search.getByLabel(deCompanies.list.search).fill(`  ${company.name.toUpperCase().replace(/ /g, '  ')} `)
    await search.getByRole('button', { name: deCompanies.list.apply }).click()
    await page.getByRole('link', { name: company.name, exact: true }).click()
    await page.getByRole('heading', { level: 1, name: company.name }).waitFor()
    expect(await axeViolations(page)).toEqual([])

    await page.getByLabel(`${deCompanies.edit.newPeriod}: ${deCompanies.edit.from}`).fill('2016-03-01')
    await page.getByLabel(`${deCompanies.edit.newPeriod}: ${deCompanies.edit.to}`).fill('2015-01-01')
    await page.getByRole('button', { name: deCompanies.edit.save }).click()
    await page.getByText(deCompanies.errors.ends_before_start).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByLabel(`${deCompanies.edit.newPeriod}: ${deCompanies.edit.to}`).fill('')
    await page.getByRole('button', { name: deCompanies.edit.save }).click()
    await page.getByText(deCompanies.edit.saved).waitFor()
    expect(await axeViolations(page)).toEqual([])

    const saved = await db.company.findUniqueOrThrow({ where: { id: company.id }, include: { memberships: true } })
    expect(saved.isMember).toBe(true)
    expect(saved.memberships.map((m) => [m.from?.toISOString(), m.to])).toEqual([['2016-02-29T23:00:00.000Z', null]])
    const audit = await db.auditEntry.findFirst({ where: { action: 'company.updated', entityId: company.id } })
    expect(audit).not.toBeNull()

    await page.getByRole('link', { name: deCompanies.edit.back }).click()
    await page.getByLabel(deCompanies.list.search).fill(company.name)
    await page.getByLabel(deCompanies.list.member).selectOption('member')
    await page.getByRole('button', { name: deCompanies.list.apply }).click()
    await page.getByRole('link', { name: company.name, exact: true }).waitFor()
    await context.close()
  })
})
