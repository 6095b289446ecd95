// Journey: a real installation. `npm start` with FAIRDESK_DEMO=off on a fresh database, the first
// administrator from `npm run user:create` sets the password through the printed link and signs in,
// invites an organiser (the mail arrives at the SMTP sink; its link sets a password), and the
// organiser creates and publishes an event. No demo anywhere: no ribbon, no demo login.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import deAdmin from '~/locales/de/admin.json'
import deAuth from '~/locales/de/auth.json'
import deOrg from '~/locales/de/organiser.json'
import { createDb, type Db } from '~/lib/db.server'
import { startAppServer, type AppServer } from '../support/app-server'
import { axeViolations, hasChromium, launchBrowser } from '../support/browser'
import { isTo, startSmtpSink, type SmtpSink } from '../support/smtp'

const ADMIN_PASSWORD = 'Kranbahn über der Halle 4'
const ORGA_PASSWORD = 'Stanzteile im Lager 27'

describe.skipIf(!hasChromium)('first installation without the demo', () => {
  let app: AppServer
  let browser: Browser
  let sink: SmtpSink
  let db: Db
  beforeAll(async () => {
    sink = await startSmtpSink()
    ;[app, browser] = await Promise.all([
      startAppServer({ seed: false, script: 'scripts/start.ts', env: { FAIRDESK_DEMO: 'off', SMTP_URL: sink.url } }),
      launchBrowser(),
    ])
    db = await createDb(app.databaseUrl)
  })
  afterAll(async () => {
    await db?.$disconnect()
    await browser?.close()
    await app?.stop()
    await sink?.close()
  })

  async function signIn(page: Page, email: string, password: string) {
    await page.getByLabel(deAuth.login.email).fill(email)
    await page.getByLabel(deAuth.login.password).fill(password)
    await page.getByRole('button', { name: deAuth.login.submit }).click()
    await page.waitForURL((url) => url.pathname.startsWith('/admin'))
  }

  async function setPassword(page: Page, url: string, password: string) {
    await page.goto(url)
    await page.getByRole('heading', { level: 1, name: deAuth.password.titleSet }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByLabel(deAuth.password.new, { exact: true }).fill(password)
    await page.getByLabel(deAuth.password.repeat).fill(password)
    await page.getByRole('button', { name: deAuth.password.submit }).click()
    await page.getByText(deAuth.login.passwordSet).waitFor()
  }

  it('starts empty, makes the first administrator from the shell, who invites an organiser, who publishes an event', async () => {
    expect(app.logs()).toContain('npm run user:create')
    expect(app.logs()).not.toContain('DEMO INSTALLATION')
    expect(await db.event.count()).toBe(0)
    expect(await db.person.count()).toBe(0)
    expect(await db.user.count()).toBe(0)

    const created = spawnSync(
      process.execPath,
      [
        path.resolve('node_modules/tsx/dist/cli.mjs'),
        'scripts/user-create.ts',
        'chefin@cluster.example',
        '--role',
        'ADMIN',
        '--name',
        'Carla Chefin',
      ],
      { env: { ...process.env, DATABASE_URL: app.databaseUrl, APP_URL: app.url }, encoding: 'utf8', timeout: 60_000 },
    )
    expect(created.status, created.stderr).toBe(0)
    const link = created.stdout.trim()
    expect(link).toMatch(new RegExp(`^${app.url}/password/[\\w-]+$`))

    const context = await browser.newContext({ locale: 'de-DE' })
    const page = await context.newPage()
    await setPassword(page, link, ADMIN_PASSWORD)
    // No demo: no ribbon, no demo notice at sign-in.
    expect(await page.locator('[data-demo-ribbon], [data-demo-login]').count()).toBe(0)
    await signIn(page, 'chefin@cluster.example', ADMIN_PASSWORD)
    await page.getByRole('navigation', { name: deAdmin.nav.label }).getByRole('link', { name: deAdmin.nav.users }).click()
    await page.getByRole('heading', { level: 1, name: deAdmin.users.title }).waitFor()
    expect(await axeViolations(page)).toEqual([])

    await page.getByLabel(deAdmin.users.email).fill('orga@cluster.example')
    await page.getByLabel(deAdmin.users.name, { exact: true }).fill('Otto Orga')
    await page.getByLabel(deAdmin.users.role, { exact: true }).selectOption('ORGANIZER')
    await page.getByRole('button', { name: deAdmin.users.inviteButton }).click()
    await page.getByText(deAdmin.users.notice.invited.replace('{{email}}', 'orga@cluster.example')).waitFor()
    await page.locator('[data-account="orga@cluster.example"]').getByText(deAdmin.users.status.pending, { exact: true }).waitFor()

    const mails = await sink.waitFor(1, 30_000)
    const invitation = mails.find((m) => isTo(m, 'orga@cluster.example'))!
    expect(invitation.subject).toBe('Ihr Fairdesk-Mitarbeiterkonto')
    const invited = invitation.text?.match(new RegExp(`${app.url}/password/[\\w-]+`))?.[0]
    expect(invited).toBeTruthy()

    const orga = await (await browser.newContext({ locale: 'de-DE' })).newPage()
    await setPassword(orga, invited!, ORGA_PASSWORD)
    await signIn(orga, 'orga@cluster.example', ORGA_PASSWORD)
    await orga.goto(`${app.url}/admin/events/new`)
    await orga.getByRole('heading', { level: 1, name: deOrg.new.title }).waitFor()
    await orga.getByLabel(deOrg.new.titleDe).fill('Netzwerktreffen Sondermaschinenbau')
    await orga.getByLabel(deOrg.new.startsAt).fill('2027-03-10T17:00')
    await orga.getByLabel(deOrg.new.endsAt).fill('2027-03-10T20:00')
    await orga.getByLabel(deOrg.new.venueName).fill('IHK Magdeburg')
    await orga.getByLabel(deOrg.new.capacity).fill('40')
    await orga.getByLabel(deOrg.new.publish).check()
    await orga.getByRole('button', { name: deOrg.new.submit }).click()
    await orga.getByRole('heading', { level: 1, name: 'Netzwerktreffen Sondermaschinenbau' }).waitFor()
    expect(await db.event.findFirstOrThrow()).toMatchObject({ status: 'PUBLISHED', titleDe: 'Netzwerktreffen Sondermaschinenbau' })
    const events = await (await fetch(`${app.url}/events`)).text()
    expect(events).toContain('Netzwerktreffen Sondermaschinenbau')

    // The organiser's link is used up; the administrator's page now lists them as active.
    expect((await fetch(invited!)).status).toBe(410)
    await page.reload()
    await page.locator('[data-account="orga@cluster.example"]').getByText(deAdmin.users.status.active, { exact: true }).waitFor()
    // A shell command, two scrypt hashes per password and a mail delivery: longer than a page journey.
  }, 240_000)

  it('has no demo login: fairdesk-demo opens nothing', async () => {
    for (const email of ['admin@example.org', 'orga@example.org', 'chefin@cluster.example']) {
      const res = await fetch(`${app.url}/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { origin: app.url, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email, password: 'fairdesk-demo', redirectTo: '/admin' }),
      })
      expect(res.status, email).toBe(401)
    }
  })
})
