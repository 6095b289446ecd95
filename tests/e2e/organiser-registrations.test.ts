// Journey: an organiser handles registrations by hand — adds a caller, corrects a typo, imports a
// participant list (with and without JavaScript) and moves someone to the next date, whereupon the
// first person waiting at the full date moves up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import deAuth from '~/locales/de/auth.json'
import deOrg from '~/locales/de/organiser.json'
import deReg from '~/locales/de/registration.json'
import de from '~/locales/de/staffRegistrations.json'
import { createEvent } from '~/domain/events/admin.server'
import { createDb, type Db } from '~/lib/db.server'
import { startAppServer, type AppServer } from '../support/app-server'
import { axeViolations, hasChromium, launchBrowser } from '../support/browser'

const LIST = [
  'Vorname;Nachname;E-Mail;Firma',
  'Ida;Import;ida@import.example;Schubert Anlagenbau',
  ';Ohne;ohne@import.example;',
  'Otto;Doppelt;otto@hand.example;',
  'Udo;Ueberzaehlig;udo@import.example;Schubert Anlagenbau',
].join('\r\n')

describe.skipIf(!hasChromium)('organiser: registrations by hand and by import', () => {
  let app: AppServer
  let browser: Browser
  let db: Db
  let full: string
  let next: string
  beforeAll(async () => {
    ;[app, browser] = await Promise.all([startAppServer(), launchBrowser()])
    db = await createDb(app.databaseUrl)
    const start = Date.now() + 30 * 86_400_000
    const make = async (titleDe: string, capacity: number, offset: number) => {
      const created = await createEvent(db, {
        kind: 'DIALOGUE',
        titleDe,
        startsAt: new Date(start + offset),
        endsAt: new Date(start + offset + 7_200_000),
        capacity,
        waitlistEnabled: true,
        publish: true,
      })
      if (created.kind !== 'created') throw new Error('setup')
      return created.id
    }
    full = await make('Kammerdialog Januar', 3, 0)
    next = await make('Kammerdialog Februar', 10, 30 * 86_400_000)
  })
  afterAll(async () => {
    await db?.$disconnect()
    await browser?.close()
    await app?.stop()
  })

  async function login(page: Page) {
    await page.goto(`${app.url}/login?redirectTo=/admin/events/${full}`)
    await page.getByLabel(deAuth.login.email).fill('orga@example.org')
    await page.getByLabel(deAuth.login.password).fill('fairdesk-demo')
    await page.getByRole('button', { name: deAuth.login.submit }).click()
    await page.getByRole('heading', { level: 1, name: 'Kammerdialog Januar' }).waitFor()
  }

  it('adds a caller by hand, corrects the name, imports a list with a progress bar and a per-row report', async () => {
    const page = await (await browser.newContext({ locale: 'de-DE', viewport: { width: 390, height: 844 } })).newPage()
    await login(page)

    await page.getByRole('link', { name: de.add.link }).click()
    await page.getByRole('heading', { level: 2, name: de.add.title.replace('{{title}}', 'Kammerdialog Januar') }).waitFor()
    await page.getByRole('button', { name: de.add.submit, exact: true }).click()
    await page.getByText(deReg.errors.required).first().waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByLabel(deReg.form.firstName).fill('Otto')
    await page.getByLabel(deReg.form.lastName).fill('Doppelt')
    await page.getByLabel(deReg.form.email).fill('otto@hand.example')
    await page.getByLabel(de.fields.role).selectOption('PRESS')
    await page.getByRole('button', { name: de.add.submit, exact: true }).click()
    await page.getByText(de.detail.added).waitFor()
    expect(await axeViolations(page)).toEqual([])

    await page.getByLabel(deReg.form.lastName).fill('Doppelt-Korrekt')
    await page.getByRole('button', { name: de.detail.save }).click()
    await page.getByText(de.detail.saved).waitFor()
    expect((await db.person.findUniqueOrThrow({ where: { email: 'otto@hand.example' } })).lastName).toBe('Doppelt-Korrekt')

    await page.goto(`${app.url}/admin/events/${full}/import`)
    await page.getByLabel(de.import.file).setInputFiles({ name: 'liste.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + LIST) })
    await page.getByRole('button', { name: de.import.submit }).click()
    await page.getByText(de.import.finished.replace('{{done}}', '4').replace('{{total}}', '4')).waitFor()
    expect(await page.locator('progress').getAttribute('value')).toBe('4')
    const problems = page.getByRole('table', { name: de.import.problems })
    await problems.getByRole('row').filter({ hasText: 'ohne@import.example' }).getByText(deReg.errors.required).waitFor()
    await problems.getByRole('row').filter({ hasText: 'otto@hand.example' }).getByText(de.import.kinds.existing).waitFor()
    expect(await axeViolations(page)).toEqual([])
    const imported = await db.registration.findMany({
      where: { eventId: full, source: 'IMPORT' },
      include: { person: true },
      orderBy: { createdAt: 'asc' },
    })
    expect(imported.map((r) => [r.person.lastName, r.status])).toEqual([
      ['Import', 'CONFIRMED'],
      ['Ueberzaehlig', 'CONFIRMED'],
    ])

    // The list filters by company.
    await page.goto(`${app.url}/admin/events/${full}`)
    await page.getByLabel(de.filter.company, { exact: true }).fill('schubert')
    await page.getByRole('button', { name: deOrg.event.filter }).click()
    await page.waitForURL(/company=schubert/)
    const list = page.getByRole('table', { name: deOrg.event.registrations, exact: true })
    await expect.poll(() => list.getByRole('row').count(), { timeout: 10_000 }).toBe(3)
    expect(await list.getByRole('row').filter({ hasText: 'Otto' }).count()).toBe(0)
  })

  it('imports without JavaScript too, and moving someone to the next date gives their seat to the waiting list', async () => {
    const noJs = await (await browser.newContext({ locale: 'de-DE', javaScriptEnabled: false })).newPage()
    await login(noJs)
    await noJs.goto(`${app.url}/admin/events/${full}/import`)
    await noJs.getByLabel(de.import.file).setInputFiles({
      name: 'nachzuegler.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('First name,Last name,Email\nWera,Warten,wera@import.example\n'),
    })
    await noJs.getByRole('button', { name: de.import.submit }).click()
    await noJs.getByText(de.import.finished.replace('{{done}}', '1').replace('{{total}}', '1')).waitFor()
    await noJs.getByText(de.import.kinds.waitlisted).waitFor()
    const wera = await db.registration.findFirstOrThrow({ where: { eventId: full, person: { email: 'wera@import.example' } } })
    expect(wera.status).toBe('WAITLISTED')

    const page = await (await browser.newContext({ locale: 'de-DE' })).newPage()
    await login(page)
    await page.getByRole('link', { name: 'Ida Import' }).click()
    await page.getByLabel(de.move.target).selectOption(next)
    await page.getByRole('button', { name: de.move.submit }).click()
    await page.getByText(de.detail.moved).waitFor()
    expect(page.url()).toContain(`/admin/events/${next}/registrations/`)
    expect((await db.registration.findUniqueOrThrow({ where: { id: wera.id } })).status).toBe('CONFIRMED')
    expect(await db.registration.count({ where: { eventId: full, status: 'CONFIRMED' } })).toBe(3)
  })
})
