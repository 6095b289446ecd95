// Journey: without a mail server, staff read what would have been mailed in the outbox, open one
// message rendered from the current data, and preview every template in German and English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import deAuth from '~/locales/de/auth.json'
import deMail from '~/locales/de/mail.json'
import enMail from '~/locales/en/mail.json'
import { PREVIEW_TEMPLATES } from '../../emails/catalog.server'
import { register } from '~/domain/registration/register.server'
import { createDb, type Db } from '~/lib/db.server'
import { startAppServer, type AppServer } from '../support/app-server'
import { axeViolations, hasChromium, launchBrowser } from '../support/browser'

describe.skipIf(!hasChromium)('staff: outbox and mail previews', () => {
  let app: AppServer
  let browser: Browser
  let db: Db
  beforeAll(async () => {
    // No SMTP_URL: messages stay in the outbox.
    ;[app, browser] = await Promise.all([startAppServer(), launchBrowser()])
    db = await createDb(app.databaseUrl)
  })
  afterAll(async () => {
    await db?.$disconnect()
    await browser?.close()
    await app?.stop()
  })

  it('shows a pending confirmation, rendered with its QR code, and finds it by recipient', async () => {
    const event = await db.event.findFirstOrThrow({ where: { status: 'PUBLISHED', startsAt: { gt: new Date() }, capacity: { not: null } } })
    const result = await register(db, event.id, {
      firstName: 'Olga',
      lastName: '<b>Outbox</b>',
      email: 'olga@outbox.example',
      locale: 'de',
    })
    expect(result.kind).toBe('confirmed')

    const page = await (await browser.newContext({ locale: 'de-DE' })).newPage()
    await page.goto(`${app.url}/login?redirectTo=/admin/outbox`)
    await page.getByLabel(deAuth.login.email).fill('orga@example.org')
    await page.getByLabel(deAuth.login.password).fill('fairdesk-demo')
    await page.getByRole('button', { name: deAuth.login.submit }).click()
    await page.getByRole('heading', { level: 1, name: deMail.outbox.title }).waitFor()
    await page.getByText(deMail.outbox.smtpOff).waitFor()
    expect(await axeViolations(page)).toEqual([])

    await page.getByLabel(deMail.outbox.search).fill('olga@')
    await page.getByRole('button', { name: deMail.outbox.apply }).click()
    await page.getByText(deMail.outbox.results_one.replace('{{count}}', '1')).waitFor()
    await page.getByRole('link', { name: deMail.outbox.viewFor.replace('{{email}}', 'olga@outbox.example') }).click()
    const frame = page.frameLocator(`iframe[title="${deMail.outbox.detail.frame}"]`)
    // The name is shown as text, not as markup; the QR code is inline.
    await frame.getByText('<b>Outbox</b>', { exact: false }).first().waitFor()
    expect(await frame.locator('img[src^="data:image/png;base64,"]').count()).toBeGreaterThan(0)
    expect(await axeViolations(page, { exclude: ['iframe'] })).toEqual([])
  })

  // One page per template and language (44 of them): more than the default minute on a busy machine.
  it('previews every template in both languages', async () => {
    const page = await (await browser.newContext({ locale: 'en-GB' })).newPage()
    await page.goto(`${app.url}/login?redirectTo=/admin/emails`)
    await page.getByLabel(/E-mail|E-Mail/).fill('orga@example.org')
    await page.getByLabel(/Password|Passwort/).fill('fairdesk-demo')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/admin\/emails$/)
    await page.getByRole('heading', { level: 1, name: enMail.preview.title }).waitFor()
    await page.waitForLoadState('load')
    expect(await axeViolations(page)).toEqual([])
    for (const template of PREVIEW_TEMPLATES) {
      for (const lang of ['de', 'en'] as const) {
        const response = await page.goto(`${app.url}/admin/emails/preview/${template}?lang=${lang}`)
        expect(response?.status(), `${template} ${lang}`).toBe(200)
        const text = await page.locator('pre').innerText()
        expect(text.length, `${template} ${lang} plain text`).toBeGreaterThan(80)
      }
    }
    expect(await axeViolations(page, { exclude: ['iframe'] })).toEqual([])
    // An unknown template is a 404, not an error page.
    expect((await page.goto(`${app.url}/admin/emails/preview/nope`))?.status()).toBe(404)
    expect(enMail.preview.title).not.toBe(deMail.preview.title)
  }, 180_000)
})
