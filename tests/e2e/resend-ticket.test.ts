// Journey: an attendee who lost the confirmation mail asks for their link again from the event
// page, on a phone, and gets it by mail (real SMTP server) — the page answers the same for an
// address that is not registered, in German and English, and works without JavaScript.
import { describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import deReg from '~/locales/de/registration.json'
import enReg from '~/locales/en/registration.json'
import { register } from '~/domain/registration/register.server'
import { type Db } from '~/lib/db.server'
import type { AppServer } from '../support/app-server'
import { useJourney } from '../support/journey'
import { axeViolations, gotoHydrated, hasChromium } from '../support/browser'
import { smallTapTargets } from '../support/tap-targets'
import { type SmtpSink } from '../support/smtp'

describe.skipIf(!hasChromium)('resend my ticket', () => {
  let app: AppServer
  let browser: Browser
  let db: Db
  let sink: SmtpSink
  const statuses: number[] = []
  useJourney({ smtp: true }, (j) => ({ app, browser, db, sink } = j))

  async function phone(locale: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true, ...options })
    const page = await context.newPage()
    page.on('response', (r) => statuses.push(r.status()))
    return page
  }
  const openEvent = () =>
    db.event.findFirstOrThrow({
      where: { status: 'PUBLISHED', isPublic: true, inviteOnly: false, startsAt: { gt: new Date() }, capacity: { gt: 30 } },
      orderBy: { startsAt: 'asc' },
    })
  const mailsTo = (email: string) =>
    sink.messages.filter((m) => (m.to && 'value' in m.to ? m.to.value : []).some((a) => a.address === email))
  // Besides the confirmation sent when they registered.
  const linkMails = (email: string) =>
    mailsTo(email).filter((m) => /^(Ihr Link zur Anmeldung|Your registration link):/.test(m.subject ?? ''))
  /** Registered a while ago: the confirmation no longer holds back a link mail. */
  async function registeredLongAgo(eventId: string, email: string, locale: 'de' | 'en') {
    const r = await register(
      db,
      eventId,
      { firstName: 'Rosa', lastName: 'Resend', email, company: 'Postfach GmbH', locale },
      new Date(Date.now() - 11 * 60_000),
    )
    if (r.kind !== 'confirmed') throw new Error(r.kind)
    return r.registration
  }

  it('asks for the link again from the event page and opens the registration from the mail', async () => {
    const event = await openEvent()
    const owner = await registeredLongAgo(event.id, 'rosa.resend@postfach.example', 'de')
    const page = await phone('de-DE')
    await gotoHydrated(page, `${app.url}/events/${event.slug}`)
    await page.getByRole('link', { name: deReg.form.resendLink }).click()
    await page.getByRole('heading', { level: 1, name: deReg.resend.title }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    expect(await smallTapTargets(page)).toEqual([])

    // Nothing typed: the summary takes focus, the field says why.
    await page.getByRole('button', { name: deReg.resend.submit }).click()
    await page.getByRole('alert').filter({ hasText: deReg.errors.summary }).waitFor()
    await expect.poll(() => page.getByLabel(deReg.form.email).getAttribute('aria-invalid')).toBe('true')
    await page.getByText(deReg.errors.required).waitFor()
    expect(await axeViolations(page)).toEqual([])

    await page.getByLabel(deReg.form.email).fill('  Rosa.Resend@Postfach.example ')
    await page.getByRole('button', { name: deReg.resend.submit }).click()
    await page.waitForURL(/\/resend\/sent$/)
    await page.getByRole('status').getByText(deReg.resend.sentTo.replace('{{address}}', 'rosa.resend@postfach.example')).waitFor()
    expect(await axeViolations(page)).toEqual([])

    // The link arrives in the owner's mailbox, with the ticket; it opens the registration.
    await expect.poll(() => linkMails('rosa.resend@postfach.example').length, { timeout: 15_000 }).toBe(1)
    const mail = linkMails('rosa.resend@postfach.example')[0]!
    expect(mail.subject).toMatch(/^Ihr Link zur Anmeldung:/)
    expect(mail.attachments.some((a) => a.contentType === 'image/png')).toBe(true)
    const link = new RegExp(`${app.url}/r/[A-Za-z0-9_-]{43}(?![\\w/-])`).exec(mail.text ?? '')?.[0]
    expect(link).toBe(`${app.url}/r/${owner.manageToken}`)
    await gotoHydrated(page, link!)
    await page.getByRole('heading', { level: 1, name: deReg.manage.title }).waitFor()
    await page.getByText('Rosa Resend').waitFor()
    expect(statuses.filter((s) => s >= 500)).toEqual([])
  })

  it('answers an unknown address with the same page, in English and without JavaScript, and mails nobody', async () => {
    const event = await openEvent()
    await registeredLongAgo(event.id, 'known.en@postfach.example', 'en')
    const texts: string[] = []
    async function ask(page: Page, address: string) {
      await page.getByLabel(enReg.form.email).fill(address)
      await page.getByRole('button', { name: enReg.resend.submit }).click()
      await page.waitForURL(/\/resend\/sent$/)
      const status = page.getByRole('status')
      await status.getByText(enReg.resend.sentTo.replace('{{address}}', address)).waitFor()
      texts.push((await status.innerText()).replace(address, '<address>'))
    }
    const page = await phone('en-GB')
    await gotoHydrated(page, `${app.url}/events/${event.slug}/register`)
    await page.getByRole('link', { name: enReg.form.resendLink }).click()
    await page.getByRole('heading', { level: 1, name: enReg.resend.title }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await ask(page, 'nobody@postfach.example')
    expect(await axeViolations(page)).toEqual([])
    // The same form without JavaScript: a plain POST and a 303 to the same page.
    const plain = await phone('en-GB', { javaScriptEnabled: false })
    await plain.goto(`${app.url}/events/${event.slug}/resend`)
    await ask(plain, 'known.en@postfach.example')
    expect(texts[0]).toBe(texts[1])
    await expect.poll(() => linkMails('known.en@postfach.example').length, { timeout: 15_000 }).toBe(1)
    expect(linkMails('known.en@postfach.example')[0]!.subject).toMatch(/^Your registration link:/)
    expect(mailsTo('nobody@postfach.example')).toHaveLength(0)
    expect(statuses.filter((s) => s >= 500)).toEqual([])
  })
})
