// Journey: an organiser creates an event with two custom questions; an attendee answers them;
// the organiser sees the answers in the registration list and in the CSV export.
import fs from 'node:fs'
import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import deAdmin from '~/locales/de/admin.json'
import deAuth from '~/locales/de/auth.json'
import deOrg from '~/locales/de/organiser.json'
import deReg from '~/locales/de/registration.json'
import { createDb } from '~/lib/db.server'
import { startAppServer, type AppServer } from '../support/app-server'
import { axeViolations, hasChromium, launchBrowser } from '../support/browser'

describe.skipIf(!hasChromium)('organiser: event with custom questions', () => {
  let app: AppServer
  let browser: Browser
  beforeAll(async () => {
    ;[app, browser] = await Promise.all([startAppServer(), launchBrowser()])
  })
  afterAll(async () => {
    await browser?.close()
    await app?.stop()
  })

  it('creates the event, collects answers and exports them', async () => {
    const context = await browser.newContext({ locale: 'de-DE', acceptDownloads: true })
    const page = await context.newPage()
    await page.goto(`${app.url}/login?redirectTo=/admin/events/new`)
    await page.getByLabel(deAuth.login.email).fill('orga@example.org')
    await page.getByLabel(deAuth.login.password).fill('fairdesk-demo')
    await page.getByRole('button', { name: deAuth.login.submit }).click()
    await page.getByRole('heading', { level: 1, name: deOrg.new.title }).waitFor()

    // Bad input first: the form explains, nothing is created.
    await page.getByRole('button', { name: deOrg.new.submit }).click()
    await page.getByText(deOrg.errors.required).first().waitFor()
    expect(await axeViolations(page)).toEqual([])

    await page.getByLabel(deOrg.new.titleDe).fill('Workshop Digitaler Zwilling')
    await page.getByLabel(deOrg.new.startsAt).fill('2027-03-10T09:00')
    await page.getByLabel(deOrg.new.endsAt).fill('2027-03-10T13:00')
    await page.getByLabel(deOrg.new.venueName).fill('Fraunhofer IFF')
    await page.getByLabel(deOrg.new.capacity).fill('25')
    await page.getByLabel(deOrg.new.publish).check()
    await page.getByRole('button', { name: deOrg.new.submit }).click()
    await page.getByRole('heading', { level: 1, name: 'Workshop Digitaler Zwilling' }).waitFor()
    const adminUrl = page.url()

    // The add form is one of several forms on the page: each question has its texts to edit too.
    const addForm = page.getByRole('form', { name: deOrg.event.addQuestion })
    await addForm.getByLabel(deOrg.event.questionLabelDe).fill('Essen')
    await addForm.getByLabel(deOrg.event.questionKind).selectOption('CHOICE')
    await addForm.getByLabel(deOrg.event.questionOptions).fill('Vegetarisch\nMit Fleisch')
    await addForm.getByLabel(deOrg.event.questionOptionsEn).fill('Vegetarian\nWith meat')
    await addForm.getByLabel(deOrg.event.questionRequired).check()
    await addForm.getByRole('button', { name: deOrg.event.addQuestion }).click()
    await page.getByRole('listitem').filter({ hasText: 'Essen' }).waitFor()
    await addForm.getByLabel(deOrg.event.questionLabelDe).fill('Ihr Thema')
    await addForm.getByLabel(deOrg.event.questionKind).selectOption('TEXT')
    await addForm.getByRole('button', { name: deOrg.event.addQuestion }).click()
    await page.getByRole('listitem').filter({ hasText: 'Ihr Thema' }).waitFor()
    expect(await axeViolations(page)).toEqual([])

    // The organiser rewords the first option's English text and takes the second one's back out.
    await page.getByText(`${deOrg.event.editTexts}: Essen`).click()
    const texts = page.getByRole('form', { name: deOrg.event.textsOf.replace('{{label}}', 'Essen') })
    const option = (n: number) => texts.getByRole('group', { name: deOrg.event.optionN.replace('{{n}}', String(n)) })
    expect(await option(2).getByLabel(deOrg.event.optionEn).inputValue()).toBe('With meat')
    await option(1).getByLabel(deOrg.event.optionEn).fill('Vegetarian (no fish)')
    await option(2).getByLabel(deOrg.event.optionEn).fill('')
    await texts.getByRole('button', { name: deOrg.event.saveTexts }).click()
    await page.getByRole('status').filter({ hasText: deOrg.event.textsSaved }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    // An English reader sees the English text, and the German one where there is none.
    const reader = await (await browser.newContext({ locale: 'en-GB' })).newPage()
    await reader.goto(`${app.url}${await page.getByRole('link', { name: deOrg.event.publicPage }).getAttribute('href')}/register`)
    await reader.getByLabel('Vegetarian (no fish)').waitFor()
    await reader.getByLabel('Mit Fleisch').waitFor()
    await reader.close()

    // An attendee registers through the public form.
    const publicLink = await page.getByRole('link', { name: deOrg.event.publicPage }).getAttribute('href')
    const visitor = await (await browser.newContext({ locale: 'de-DE' })).newPage()
    await visitor.goto(`${app.url}${publicLink}/register`)
    await visitor.getByLabel(deReg.form.firstName).fill('Paula')
    await visitor.getByLabel(deReg.form.lastName).fill('Pietsch')
    await visitor.getByLabel(deReg.form.email).fill('paula@anlagenbau.example')
    await visitor.getByLabel('Vegetarisch').check()
    await visitor.getByLabel(/Ihr Thema/).fill('=1+1 Simulation')
    await visitor.getByRole('button', { name: deReg.form.submit }).click()
    await visitor.waitForURL(/\/register\/sent$/)
    await visitor.getByRole('status').getByText(deReg.form.sentTo.replace('{{address}}', 'paula@anlagenbau.example')).waitFor()

    await page.goto(adminUrl)
    const row = page.getByRole('row').filter({ hasText: 'Paula Pietsch' })
    await row.getByText('Vegetarisch').waitFor()
    await row.getByText('=1+1 Simulation').waitFor()

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: deOrg.event.exportCsv }).click()])
    const csv = fs.readFileSync((await download.path())!, 'utf8')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true }).data
    expect(rows[0]!.slice(-2)).toEqual(['Essen', 'Ihr Thema'])
    const paula = rows.find((r) => r[0] === 'Paula')!
    expect(paula.slice(-2)).toEqual(['Vegetarisch', "'=1+1 Simulation"])

    // Moving the event to another time mails Paula an updated invitation (outbox row, then delivery).
    await page.getByRole('link', { name: deOrg.edit.link }).click()
    await page.getByLabel(deOrg.new.startsAt).fill('2027-03-11T09:00')
    await page.getByLabel(deOrg.new.endsAt).fill('2027-03-11T13:00')
    await page.getByLabel(deOrg.new.registrationClosesAt).fill('2027-03-09T12:00')
    await page.getByLabel(deOrg.new.venueStreet).fill('Sandtorstraße 22')
    await page.getByRole('button', { name: deOrg.edit.submit }).click()
    await page.waitForURL(adminUrl)
    const db = await createDb(app.databaseUrl)
    try {
      const changed = await db.outboxMessage.findMany({ where: { template: 'event.changed', toEmail: 'paula@anlagenbau.example' } })
      expect(changed).toHaveLength(1)
      const edited = await db.event.findFirstOrThrow({ where: { titleDe: 'Workshop Digitaler Zwilling' } })
      expect(edited.startsAt.toISOString()).toBe('2027-03-11T08:00:00.000Z')
      expect(edited.registrationClosesAt?.toISOString()).toBe('2027-03-09T11:00:00.000Z')
      expect(edited.venueStreet).toBe('Sandtorstraße 22')
    } finally {
      await db.$disconnect()
    }

    // Cancelling needs a second step; afterwards the public form says the event is cancelled.
    await page.getByRole('link', { name: deOrg.event.cancelEvent }).click()
    await page.getByText(deOrg.event.cancelConfirm).waitFor()
    await page.getByRole('button', { name: deOrg.event.cancelYes }).click()
    await page.getByText(deAdmin.statuses.CANCELLED).first().waitFor()
    await visitor.goto(`${app.url}${publicLink}/register`)
    await visitor.getByText(deReg.closed.cancelled).waitFor()
    // A long journey (event, two questions, their texts in two languages, two visitors, edit, cancel).
  }, 120_000)
})
