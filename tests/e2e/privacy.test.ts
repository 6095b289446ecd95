// Journey: an attendee reads the privacy notice on the form, downloads their data from the
// self-service page, then has it erased (with a confirmation step); the old link is dead and the
// person is anonymised in the database.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import dePrivacy from '~/locales/de/privacy.json'
import deReg from '~/locales/de/registration.json'
import { createDb, type Db } from '~/lib/db.server'
import { startAppServer, type AppServer } from '../support/app-server'
import { axeViolations, hasChromium, launchBrowser } from '../support/browser'
import { manageLinkFor, startSmtpSink, type SmtpSink } from '../support/smtp'

describe.skipIf(!hasChromium)('privacy self-service', () => {
  let app: AppServer
  let browser: Browser
  let db: Db
  let sink: SmtpSink
  const uploads = fs.mkdtempSync(path.join(os.tmpdir(), 'fairdesk-privacy-uploads-'))
  beforeAll(async () => {
    sink = await startSmtpSink()
    ;[app, browser] = await Promise.all([startAppServer({ env: { FAIRDESK_UPLOADS_DIR: uploads, SMTP_URL: sink.url } }), launchBrowser()])
    db = await createDb(app.databaseUrl)
  })
  afterAll(async () => {
    await db?.$disconnect()
    await browser?.close()
    await app?.stop()
    await sink?.close()
    fs.rmSync(uploads, { recursive: true, force: true })
  })

  /** Makes the person a speaker of the event (if not already) with a photo file in the app's uploads directory. */
  async function givePhoto(personId: string, eventId: string): Promise<string> {
    const speaker = await db.speaker.upsert({
      where: { eventId_personId: { eventId, personId } },
      create: { eventId, personId, token: randomBytes(32).toString('base64url') },
      update: {},
    })
    const file = path.join(uploads, 'speakers', `${speaker.id}-${randomBytes(6).toString('hex')}.png`)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, 'a photo of the person')
    await db.speaker.update({ where: { id: speaker.id }, data: { photoPath: path.basename(file) } })
    return file
  }

  it('downloads the data as JSON and erases it after a confirmation', async () => {
    const event = await db.event.findFirstOrThrow({
      where: { status: 'PUBLISHED', isPublic: true, inviteOnly: false, startsAt: { gt: new Date() }, capacity: { gt: 30 } },
      include: { questions: true },
      orderBy: { startsAt: 'asc' },
    })
    const body = new URLSearchParams({ firstName: 'Dana', lastName: 'Datenschutz', email: 'dana@privacy.example', company: 'Privat GmbH' })
    for (const q of event.questions.filter((q) => q.required))
      body.set(`q_${q.id}`, q.kind === 'BOOLEAN' ? 'on' : q.kind === 'TEXT' ? 'vegetarisch' : (q.options as { value: string }[])[0]!.value)
    const res = await fetch(`${app.url}/events/${event.slug}/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url },
      body,
      redirect: 'manual',
    })
    expect(res.status).toBe(303)
    // The personal link arrives by mail (the answer to the form carries none).
    const link = (await manageLinkFor(sink, 'dana@privacy.example', app.url)).slice(app.url.length)
    const seatsBefore = (await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount
    const dana = await db.person.findUniqueOrThrow({ where: { email: 'dana@privacy.example' } })
    const photo = await givePhoto(dana.id, event.id)

    const page = await (await browser.newContext({ locale: 'de-DE', viewport: { width: 360, height: 780 } })).newPage()
    await page.goto(`${app.url}/events/${event.slug}/register`)
    await page.getByText(deReg.form.privacy).waitFor()

    await page.goto(app.url + link)
    await page.getByRole('heading', { name: dePrivacy.self.title }).waitFor()
    const download = await fetch(`${app.url}${link}/data.json`)
    expect(download.status).toBe(200)
    expect(download.headers.get('cache-control')).toBe('no-store')
    expect(download.headers.get('content-disposition')).toContain('attachment')
    const data = (await download.json()) as { person: { email: string; registrations: { companyName: string; event: { slug: string } }[] } }
    expect(data.person.email).toBe('dana@privacy.example')
    expect(data.person.registrations.map((r) => r.event.slug)).toContain(event.slug)
    expect(data.person.registrations[0]!.companyName).toBe('Privat GmbH')
    expect(JSON.stringify(data)).not.toMatch(/ticketSecret|manageToken/)

    await page.getByRole('link', { name: dePrivacy.self.eraseStart }).click()
    await page.getByText(dePrivacy.self.eraseConfirm).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: dePrivacy.self.eraseYes }).click()
    await page.waitForURL(/\/r\/erased$/)
    await page.getByRole('heading', { name: dePrivacy.self.erasedTitle }).waitFor()
    expect(await axeViolations(page)).toEqual([])

    expect((await fetch(app.url + link)).status).toBe(404)
    expect((await fetch(`${app.url}${link}/data.json`)).status).toBe(404)
    expect(await db.person.count({ where: { email: 'dana@privacy.example' } })).toBe(0)
    expect(fs.existsSync(photo)).toBe(false)
    const registration = await db.registration.findFirstOrThrow({
      where: { eventId: event.id, person: { erasedAt: { not: null } }, cancelReason: null, status: 'CANCELLED', companyName: null },
    })
    expect(registration.answers).toEqual({})
    // The upcoming seat went back to the event.
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(seatsBefore - 1)
    expect((await fetch(`${app.url}/r/not-a-real-token-at-all-0000/data.json`)).status).toBe(404)
  })

  it('lets an admin erase a person from the registration page (after confirming); an organiser sees no such button', async () => {
    const { countEvent } = await import('~/domain/reports/counting.server')
    const registration = await db.registration.findFirstOrThrow({
      where: { status: 'CONFIRMED', checkIns: { some: {} }, person: { erasedAt: null } },
      include: { person: true },
    })
    const photo = await givePhoto(registration.personId, registration.eventId)
    const countBefore = await countEvent(db, registration.eventId)
    const detail = `/admin/events/${registration.eventId}/registrations/${registration.id}`
    const signedIn = async (email: string) => {
      const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 360, height: 780 } })
      const page = await context.newPage()
      await page.goto(`${app.url}/login?redirectTo=${encodeURIComponent(detail)}`)
      await page.locator('input[name="email"]').fill(email)
      await page.locator('input[name="password"]').fill('fairdesk-demo')
      await page.locator('form button[type="submit"]').click()
      await page.waitForURL(new RegExp(`${detail}$`))
      return page
    }
    const organiser = await signedIn('orga@example.org')
    expect(await organiser.getByRole('link', { name: dePrivacy.staff.start }).count()).toBe(0)

    const admin = await signedIn('admin@example.org')
    await admin.getByRole('link', { name: dePrivacy.staff.start }).click()
    await admin.getByText(dePrivacy.staff.confirm).waitFor()
    expect(await axeViolations(admin)).toEqual([])
    await admin.getByRole('button', { name: dePrivacy.staff.yes }).click()
    await admin.waitForURL(/\/admin\/events\/[^/]+\?erased=1$/)
    // The page it lands on says what happened, to screen readers too.
    await admin.getByRole('status').filter({ hasText: dePrivacy.staff.erased }).waitFor({ timeout: 10_000 })
    expect(await axeViolations(admin)).toEqual([])
    const person = await db.person.findUniqueOrThrow({ where: { id: registration.personId } })
    expect(person.erasedAt).not.toBeNull()
    expect(person.email).not.toBe(registration.person.email)
    expect(await countEvent(db, registration.eventId)).toEqual(countBefore)
    expect(fs.existsSync(photo)).toBe(false)
    const entry = await db.auditEntry.findFirstOrThrow({ where: { action: 'person.erased', entityId: registration.personId } })
    expect(entry.actorId).not.toBeNull()
  })
})
