// Journey: an attendee registers on a phone (German and English), sees field errors, gets the
// self-service link by mail (never in the answer to the form), and cancels through it; the freed
// seat goes to the waiting list.
import { describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import ICAL from 'ical.js'
import type { ParsedMail } from 'mailparser'
import deReg from '~/locales/de/registration.json'
import enReg from '~/locales/en/registration.json'
import { type Db } from '~/lib/db.server'
import type { AppServer } from '../support/app-server'
import { useJourney } from '../support/journey'
import { axeViolations, gotoHydrated, hasChromium } from '../support/browser'
import { isTo, manageLinkFor, type SmtpSink } from '../support/smtp'

/** The text of a mail's calendar part (text/calendar), if it has one. */
const calendarPart = (m: ParsedMail) => m.attachments.find((a) => a.contentType.startsWith('text/calendar'))?.content.toString()

describe.skipIf(!hasChromium)('registration journey', () => {
  let app: AppServer
  let browser: Browser
  let db: Db
  let sink: SmtpSink
  const statuses: number[] = []
  useJourney({ smtp: true }, (j) => ({ app, browser, db, sink } = j))

  async function phone(locale: string, viewport = { width: 360, height: 780 }): Promise<Page> {
    const context = await browser.newContext({ locale, viewport, hasTouch: true, isMobile: true })
    const page = await context.newPage()
    page.on('response', (r) => statuses.push(r.status()))
    return page
  }
  // The demo's upcoming event with custom questions and free seats.
  const openEvent = () =>
    db.event.findFirstOrThrow({
      where: {
        status: 'PUBLISHED',
        isPublic: true,
        inviteOnly: false,
        startsAt: { gt: new Date() },
        questions: { some: {} },
        capacity: { gt: 30 },
      },
      include: { questions: { orderBy: { position: 'asc' } } },
      orderBy: { startsAt: 'asc' },
    })

  it('shows field errors in German, then registers, and the mailed link opens the self-service page', async () => {
    const event = await openEvent()
    const page = await phone('de-DE')
    await page.goto(`${app.url}/events/${event.slug}/register`)
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: deReg.form.submit }).click()
    await page.getByRole('alert').filter({ hasText: deReg.errors.summary }).waitFor()
    await expect.poll(() => page.getByLabel(deReg.form.firstName).getAttribute('aria-invalid')).toBe('true')
    await page.getByLabel(deReg.form.email).fill('nicht-gueltig@')
    await page.getByLabel(deReg.form.firstName).fill('Jana')
    await page.getByLabel(deReg.form.lastName).fill('Schröder <script>alert(1)</script>')
    await page.getByRole('button', { name: deReg.form.submit }).click()
    await page.getByText(deReg.errors.emailInvalid).waitFor()
    expect(await axeViolations(page)).toEqual([])

    await page.getByLabel(deReg.form.email).fill('jana.schroeder@novo-tech.example')
    // Answer every required question with its first option (or yes).
    for (const q of event.questions.filter((q) => q.required)) {
      const options = (q.options as { value: string }[] | null) ?? []
      if (q.kind === 'TEXT') await page.getByLabel(q.labelDe).fill('Keine')
      else if (q.kind === 'BOOLEAN') await page.getByLabel(q.labelDe).check()
      else await page.locator(`input[name="q_${q.id}"][value="${options[0]!.value}"]`).check()
    }
    await page.getByRole('button', { name: deReg.form.submit }).click()
    await page.waitForURL(/\/register\/sent$/)
    await page.getByRole('status').getByText(deReg.form.sentTo.replace('{{address}}', 'jana.schroeder@novo-tech.example')).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.goto(await manageLinkFor(sink, 'jana.schroeder@novo-tech.example', app.url))
    await page.getByRole('heading', { level: 1, name: deReg.manage.title }).waitFor()
    // The name is shown as text, not run as markup.
    await page.getByText('Schröder <script>alert(1)</script>', { exact: false }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    const registration = await db.registration.findFirstOrThrow({
      where: { eventId: event.id, person: { email: 'jana.schroeder@novo-tech.example' } },
    })
    expect(registration.status).toBe('CONFIRMED')
    expect(registration.locale).toBe('de')
    // The ticket QR and "add to calendar" on the self-service page.
    await page.getByRole('img', { name: deReg.manage.ticketAlt }).waitFor()
    const svg = await (await fetch(`${app.url}/r/${registration.manageToken}/qr.svg`)).text()
    expect(svg).toContain('<svg')
    const ics = await (await fetch(`${app.url}/r/${registration.manageToken}/calendar.ics`)).text()
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!
    expect((vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime()).toBe(event.startsAt.getTime())
    // Beside it, the printable ticket: a link that answers with a PDF.
    const pdfLink = page.getByRole('link', { name: deReg.manage.ticketPdf })
    expect(await pdfLink.getAttribute('href')).toBe(`/r/${registration.manageToken}/ticket.pdf`)
    const pdf = await fetch(new URL((await pdfLink.getAttribute('href'))!, app.url))
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    // The server's outbox worker mails the confirmation, in German, with the self-service link.
    await expect
      .poll(
        () => sink.messages.find((m) => m.subject?.startsWith('Anmeldebestätigung:') && m.text?.includes(`/r/${registration.manageToken}`)),
        { timeout: 15_000 },
      )
      .toBeTruthy()
  })

  it('registers in English and cancels through the self-service link after confirming, the confirm step in view on a phone', async () => {
    const event = await openEvent()
    const page = await phone('en-GB', { width: 390, height: 844 })
    await page.goto(`${app.url}/events/${event.slug}/register`)
    await page.getByLabel(enReg.form.firstName).fill('Tom')
    await page.getByLabel(enReg.form.lastName).fill('Baker')
    await page.getByLabel(enReg.form.email).fill('tom.baker@laserscanning.example')
    for (const q of event.questions.filter((q) => q.required)) {
      const options = (q.options as { value: string }[] | null) ?? []
      if (q.kind === 'TEXT') await page.getByLabel(q.labelEn).fill('None')
      else if (q.kind === 'BOOLEAN') await page.getByLabel(q.labelEn).check()
      else await page.locator(`input[name="q_${q.id}"][value="${options[0]!.value}"]`).check()
    }
    await page.getByRole('button', { name: enReg.form.submit }).click()
    await page.waitForURL(/\/register\/sent$/)
    await page.getByRole('status').getByText(enReg.form.sentTo.replace('{{address}}', 'tom.baker@laserscanning.example')).waitFor()
    await gotoHydrated(page, await manageLinkFor(sink, 'tom.baker@laserscanning.example', app.url))
    const seatsBefore = (await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount
    // The printable ticket is linked in English too.
    await page.getByRole('link', { name: enReg.manage.ticketPdf }).waitFor()

    await page.getByRole('link', { name: enReg.manage.cancelStart }).click()
    await page.getByText(enReg.manage.cancelConfirm).waitFor()
    // The confirm step opens where the reader is, not three screens below the top of a reloaded page.
    const inView = () =>
      page.getByRole('button', { name: enReg.manage.cancelYes }).evaluate((el) => {
        const box = el.getBoundingClientRect()
        return box.top >= 0 && box.bottom <= window.innerHeight
      })
    await expect.poll(inView, { timeout: 5_000 }).toBe(true)
    await page.getByRole('button', { name: enReg.manage.cancelYes }).click()
    await page.getByText(enReg.manage.cancelled).waitFor()
    const registration = await db.registration.findFirstOrThrow({
      where: { eventId: event.id, person: { email: 'tom.baker@laserscanning.example' } },
    })
    expect(registration.status).toBe('CANCELLED')
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(seatsBefore - 1)
    expect(statuses.filter((s) => s >= 500)).toEqual([])
  })

  it('hands the seat to a colleague from the self-service page; the old link stops working', async () => {
    const event = await openEvent()
    const required = event.questions.filter((q) => q.required)
    const body = new URLSearchParams({ firstName: 'Uwe', lastName: 'Abgeber', email: 'uwe@anlagen.example' })
    for (const q of required)
      body.set(`q_${q.id}`, q.kind === 'BOOLEAN' ? 'on' : q.kind === 'TEXT' ? 'x' : (q.options as { value: string }[])[0]!.value)
    const res = await fetch(`${app.url}/events/${event.slug}/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url },
      body,
      redirect: 'manual',
    })
    expect([res.status, res.headers.get('location')]).toEqual([303, `/events/${event.slug}/register/sent`])
    const link = await manageLinkFor(sink, 'uwe@anlagen.example', app.url)
    const page = await phone('de-DE')
    await gotoHydrated(page, link)
    await page.getByRole('button', { name: deReg.manage.transferSubmit }).click()
    await page.getByText(deReg.errors.summary).waitFor()
    // The page has a form for the attendee's own name too: the colleague's fields are the transfer form's.
    const transfer = page.locator('form').filter({ has: page.getByRole('button', { name: deReg.manage.transferSubmit }) })
    await transfer.getByLabel(deReg.form.firstName).fill('Vera')
    await transfer.getByLabel(deReg.form.lastName).fill('Nachfolger')
    await transfer.getByLabel(deReg.form.email).fill('vera@anlagen.example')
    await page.getByRole('button', { name: deReg.manage.transferSubmit }).click()
    await page.waitForURL(/\/r\/transferred$/)
    await page.getByRole('heading', { name: deReg.manage.transferDoneTitle }).waitFor()
    expect((await fetch(link)).status).toBe(404)
    const moved = await db.registration.findFirstOrThrow({ where: { eventId: event.id, person: { email: 'vera@anlagen.example' } } })
    expect(moved.status).toBe('CONFIRMED')

    // The two calendar messages the transfer sent, as a calendar reads them: the previous holder's
    // item cancelled (the one they were invited to), the colleague's a different item.
    const calendarTo = async (address: string, method: 'REQUEST' | 'CANCEL') => {
      let ics: string | undefined
      const find = () =>
        (ics = sink.messages
          .filter((m) => isTo(m, address))
          .map(calendarPart)
          .filter((c) => c?.includes(`METHOD:${method}`))
          .at(-1))
      await expect.poll(find, { timeout: 15_000 }).toBeTruthy()
      return new ICAL.Component(ICAL.parse(ics!)).getFirstSubcomponent('vevent')!
    }
    const invited = await calendarTo('uwe@anlagen.example', 'REQUEST')
    const cancelled = await calendarTo('uwe@anlagen.example', 'CANCEL')
    const colleague = await calendarTo('vera@anlagen.example', 'REQUEST')
    expect(cancelled.getFirstPropertyValue('uid')).toBe(invited.getFirstPropertyValue('uid'))
    expect(Number(cancelled.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(invited.getFirstPropertyValue('sequence')))
    expect(colleague.getFirstPropertyValue('uid')).not.toBe(cancelled.getFirstPropertyValue('uid'))
    expect(String(colleague.getFirstPropertyValue('attendee')).toLowerCase()).toBe('mailto:vera@anlagen.example')
  })

  it('answers hostile posts with 4xx, never a 500, and ignores extra fields', async () => {
    const event = await openEvent()
    const url = `${app.url}/events/${event.slug}/register`
    const post = (body: string, type = 'application/x-www-form-urlencoded') =>
      fetch(url, { method: 'POST', headers: { 'content-type': type, origin: app.url }, body, redirect: 'manual' })
    expect((await post('{"firstName":"x"}', 'application/json')).status).toBe(400)
    expect((await post(`firstName=${'x'.repeat(10_000)}&lastName=y&email=a%40b.de`)).status).toBe(400)
    expect((await post('firstName=%00&lastName=%0D%0A&email=%0A')).status).toBe(400)
    // A filled honeypot gets the answer a person gets, and nothing is stored.
    const unknown = await post('firstName=A&lastName=B&email=bot%40spam.example&website=http%3A%2F%2Fspam')
    expect([unknown.status, unknown.headers.get('location')]).toEqual([303, `/events/${event.slug}/register/sent`])
    expect(await db.person.count({ where: { email: 'bot@spam.example' } })).toBe(0)
    expect((await fetch(`${app.url}/r/not-a-real-token-000000000000000000000000`)).status).toBe(404)
  })
})
