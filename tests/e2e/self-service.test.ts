// Journeys: an attendee chooses a workshop while registering on a phone and later changes answer
// and workshop on the self-service page; a registrant brings two colleagues, who each get their own
// mail with their own ticket link (real SMTP server).
import { describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import deReg from '~/locales/de/registration.json'
import enReg from '~/locales/en/registration.json'
import { type Db } from '~/lib/db.server'
import type { AppServer } from '../support/app-server'
import { useJourney } from '../support/journey'
import { axeViolations, hasChromium } from '../support/browser'
import { manageLinkFor, type SmtpSink } from '../support/smtp'

describe.skipIf(!hasChromium)('attendee self-service', () => {
  let app: AppServer
  let browser: Browser
  let db: Db
  let sink: SmtpSink
  const statuses: { url: string; status: number }[] = []
  useJourney({ smtp: true }, (j) => ({ app, browser, db, sink } = j))

  async function phone(locale: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true, ...options })
    const page = await context.newPage()
    page.on('response', (r) => statuses.push({ url: r.url(), status: r.status() }))
    return page
  }
  // The demo's upcoming conference with a workshop that has its own seats.
  const conference = () =>
    db.event.findFirstOrThrow({
      where: { status: 'PUBLISHED', startsAt: { gt: new Date() }, sessions: { some: { capacity: { not: null } } } },
      include: { questions: { orderBy: { position: 'asc' } }, sessions: { where: { capacity: { not: null } } } },
    })
  const mailsTo = (email: string) =>
    sink.messages.filter((m) => (m.to && 'value' in m.to ? m.to.value : []).some((a) => a.address === email))

  it('chooses a workshop while registering on a phone, then changes answer and workshop on the self-service page', async () => {
    const event = await conference()
    const maturity = event.sessions[0]!
    // A second workshop later that day, and a third at the same time as the first.
    const later = await db.session.create({
      data: {
        eventId: event.id,
        kind: 'WORKSHOP',
        titleDe: 'Workshop: Digitaler Zwilling',
        titleEn: 'Workshop: digital twin',
        capacity: 12,
        startsAt: maturity.endsAt,
        endsAt: new Date(maturity.endsAt.getTime() + 3_600_000),
      },
    })
    const clash = await db.session.create({
      data: {
        eventId: event.id,
        kind: 'WORKSHOP',
        titleDe: 'Workshop: Predictive Maintenance',
        titleEn: 'Workshop: predictive maintenance',
        capacity: 8,
        startsAt: maturity.startsAt,
        endsAt: maturity.endsAt,
      },
    })
    const diet = event.questions.find((q) => q.kind === 'CHOICE')!

    const page = await phone('de-DE')
    await page.goto(`${app.url}/events/${event.slug}/register`)
    await page.getByRole('group', { name: deReg.sessions.title }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByLabel(deReg.form.firstName).fill('Wiebke')
    await page.getByLabel(deReg.form.lastName).fill('Werkstatt')
    await page.getByLabel(deReg.form.email).fill('wiebke@werkstatt.example')
    await page.getByLabel('Keine Einschränkung').check()
    await page.getByLabel(maturity.titleDe).check()
    await page.getByLabel(clash.titleDe).check()
    await page.getByRole('button', { name: deReg.form.submit }).click()
    // Two workshops at the same time: refused, with both named, and what was typed is still there.
    const overlap = page.getByText(/finden zur selben Zeit statt/)
    await overlap.waitFor()
    expect(await overlap.textContent()).toContain(`„${maturity.titleDe}“`)
    expect(await overlap.textContent()).toContain(`„${clash.titleDe}“`)
    expect(await page.getByLabel(deReg.form.firstName).inputValue()).toBe('Wiebke')
    expect(await page.getByLabel('Keine Einschränkung').isChecked()).toBe(true)
    expect(await page.getByLabel(clash.titleDe).getAttribute('aria-invalid')).toBe('true')
    expect(await axeViolations(page)).toEqual([])
    await page.getByLabel(clash.titleDe).uncheck()
    await page.getByRole('button', { name: deReg.form.submit }).click()
    await page.waitForURL(/\/register\/sent$/)
    await page.getByRole('status').getByText(deReg.form.sentTo.replace('{{address}}', 'wiebke@werkstatt.example')).waitFor()
    await page.goto(await manageLinkFor(sink, 'wiebke@werkstatt.example', app.url))
    await page.getByRole('heading', { name: deReg.manage.sessions }).waitFor()
    expect(await axeViolations(page)).toEqual([])

    const registration = await db.registration.findFirstOrThrow({
      where: { eventId: event.id, person: { email: 'wiebke@werkstatt.example' } },
      include: { sessions: true },
    })
    expect(registration.sessions.map((s) => [s.sessionId, s.status])).toEqual([[maturity.id, 'CONFIRMED']])
    const seatsBefore = (await db.session.findUniqueOrThrow({ where: { id: maturity.id } })).confirmedCount

    // Change the answer and swap the workshop.
    const change = page.locator('form').filter({ has: page.getByRole('button', { name: deReg.manage.changeSubmit }) })
    await change.getByLabel('Vegetarisch').check()
    await change.getByLabel(maturity.titleDe).uncheck()
    await change.getByLabel(later.titleDe).check()
    await change.getByRole('button', { name: deReg.manage.changeSubmit }).click()
    await page.getByText(deReg.manage.changed).waitFor()
    expect(await axeViolations(page)).toEqual([])
    const yours = page.locator('li').filter({ hasText: later.titleDe }).filter({ hasText: deReg.sessions.yours.CONFIRMED })
    expect(await yours.count()).toBeGreaterThan(0)

    const changed = await db.registration.findUniqueOrThrow({
      where: { id: registration.id },
      include: { sessions: { orderBy: { sessionId: 'asc' } } },
    })
    expect((changed.answers as Record<string, unknown>)[diet.id]).toBe('vegetarian')
    expect(Object.fromEntries(changed.sessions.map((s) => [s.sessionId, s.status]))).toEqual({
      [maturity.id]: 'CANCELLED',
      [later.id]: 'CONFIRMED',
    })
    expect((await db.session.findUniqueOrThrow({ where: { id: maturity.id } })).confirmedCount).toBe(seatsBefore - 1)
    expect(statuses.filter((s) => s.status >= 500)).toEqual([])
  })

  it('registers two colleagues in one go; each gets their own mail with their own ticket link', async () => {
    const event = await conference()
    const page = await phone('en-GB')
    await page.goto(`${app.url}/events/${event.slug}/register`)
    await page.getByLabel(enReg.form.firstName).fill('Lena')
    await page.getByLabel(enReg.form.lastName).fill('Leitner')
    await page.getByLabel(enReg.form.email).fill('lena@anlagenbau-nord.example')
    await page.getByLabel('No restrictions').check()
    await page.getByRole('button', { name: enReg.group.add }).click()
    await page.getByRole('button', { name: enReg.group.add }).click()
    const row = (n: number) => page.getByRole('group', { name: `Person ${n}` })
    await row(1).getByLabel(enReg.form.firstName).fill('Karl')
    await row(1).getByLabel(enReg.form.lastName).fill('Kollege')
    await row(1).getByLabel(enReg.form.email).fill('karl@anlagenbau-nord.example')
    await row(1).getByLabel('No restrictions').check()
    await row(2).getByLabel(enReg.form.firstName).fill('Kira')
    await row(2).getByLabel(enReg.form.email).fill('LENA@anlagenbau-nord.example')
    await row(2).getByLabel('No restrictions').check()
    await page.getByRole('button', { name: enReg.form.submit }).click()
    // Field messages per row, and the company the colleagues are registered for.
    await row(2).getByText(enReg.errors.required).waitFor()
    await row(2).getByText(enReg.errors.duplicateEmail).waitFor()
    await page.getByText(enReg.errors.companyForGroup).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByLabel(enReg.form.company, { exact: false }).fill('Anlagenbau Nord GmbH')
    await row(2).getByLabel(enReg.form.lastName).fill('Kollegin')
    await row(2).getByLabel(enReg.form.email).fill('kira@anlagenbau-nord.example')
    await page.getByRole('button', { name: enReg.form.submit }).click()
    await page.waitForURL(/\/register\/sent$/)
    await page.getByRole('status').getByText(enReg.form.sentTo.replace('{{address}}', 'lena@anlagenbau-nord.example')).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.goto(await manageLinkFor(sink, 'lena@anlagenbau-nord.example', app.url))
    const group = page.locator('li').filter({ hasText: 'kira@anlagenbau-nord.example' })
    await group.getByText(enReg.manage.statuses.CONFIRMED).waitFor()
    await page.locator('li').filter({ hasText: 'karl@anlagenbau-nord.example' }).getByText(enReg.manage.statuses.CONFIRMED).waitFor()
    expect(await axeViolations(page)).toEqual([])

    const leader = await db.registration.findFirstOrThrow({
      where: { eventId: event.id, person: { email: 'lena@anlagenbau-nord.example' } },
    })
    const colleagues = await db.registration.findMany({
      where: { registeredById: leader.id },
      include: { person: { include: { company: true } } },
    })
    expect(colleagues.map((c) => c.person.email).sort()).toEqual(['karl@anlagenbau-nord.example', 'kira@anlagenbau-nord.example'])
    expect(new Set(colleagues.map((c) => c.companyName))).toEqual(new Set(['Anlagenbau Nord GmbH']))
    // Each colleague's own confirmation, at the real SMTP server, with their own link and ticket.
    for (const colleague of colleagues) {
      await expect.poll(() => mailsTo(colleague.person.email).length, { timeout: 15_000 }).toBeGreaterThan(0)
      const mail = mailsTo(colleague.person.email)[0]!
      expect(mail.text).toContain(`/r/${colleague.manageToken}`)
      expect(mail.text).not.toContain(leader.manageToken)
      expect(mail.attachments.some((a) => a.contentType === 'image/png' || a.contentType === 'text/calendar')).toBe(true)
    }
    expect(new Set(colleagues.map((c) => c.ticketSecret)).size).toBe(2)
    expect(statuses.filter((s) => s.status >= 500)).toEqual([])
  })

  it('adds a colleague row and registers the group without JavaScript', async () => {
    const event = await conference()
    const page = await phone('de-DE', { javaScriptEnabled: false })
    await page.goto(`${app.url}/events/${event.slug}/register`)
    await page.getByLabel(deReg.form.firstName).fill('Nora')
    await page.getByLabel(deReg.form.lastName).fill('Ohnejs')
    await page.getByLabel(deReg.form.email).fill('nora@ohnejs.example')
    await page.getByLabel(deReg.form.company, { exact: false }).fill('Ohne JS AG')
    await page.getByLabel('Keine Einschränkung').check()
    await page.getByRole('button', { name: deReg.group.add }).click()
    // The server shows the form again with a row more and everything typed so far.
    await page.getByRole('group', { name: 'Person 1' }).waitFor()
    expect(await page.getByLabel(deReg.form.firstName).first().inputValue()).toBe('Nora')
    await page.getByRole('group', { name: 'Person 1' }).getByLabel(deReg.form.firstName).fill('Olaf')
    await page.getByRole('group', { name: 'Person 1' }).getByLabel(deReg.form.lastName).fill('Ohnejs')
    await page.getByRole('group', { name: 'Person 1' }).getByLabel(deReg.form.email).fill('olaf@ohnejs.example')
    await page.getByRole('group', { name: 'Person 1' }).getByLabel('Keine Einschränkung').check()
    await page.getByRole('button', { name: deReg.form.submit }).click()
    await page.waitForURL(/\/register\/sent$/)
    await page.getByRole('status').getByText(deReg.form.sentTo.replace('{{address}}', 'nora@ohnejs.example')).waitFor()
    await page.goto(await manageLinkFor(sink, 'nora@ohnejs.example', app.url))
    await page.getByText('olaf@ohnejs.example').waitFor()
    const olaf = await db.registration.findFirstOrThrow({
      where: { eventId: event.id, person: { email: 'olaf@ohnejs.example' } },
      include: { registeredBy: { include: { person: true } } },
    })
    expect(olaf.registeredBy?.person.email).toBe('nora@ohnejs.example')
  })

  it('a group with a required question: the colleague’s answer is required, kept per row, and stored', async () => {
    const event = await conference()
    const diet = event.questions.find((q) => q.kind === 'CHOICE' && q.required)!
    const page = await phone('de-DE')
    await page.goto(`${app.url}/events/${event.slug}/register`)
    await page.getByLabel(deReg.form.firstName).fill('Maria')
    await page.getByLabel(deReg.form.lastName).fill('Muster')
    await page.getByLabel(deReg.form.email).fill('maria@muster-gruppe.example')
    await page.getByLabel(deReg.form.company, { exact: false }).fill('Muster Gruppe AG')
    await page.getByLabel('Keine Einschränkung').first().check()
    await page.getByRole('button', { name: deReg.group.add }).click()
    const row = page.getByRole('group', { name: 'Person 1' })
    await row.getByLabel(deReg.form.firstName).fill('Paul')
    await row.getByLabel(deReg.form.lastName).fill('Partner')
    await row.getByLabel(deReg.form.email).fill('paul@muster-gruppe.example')
    await page.getByRole('button', { name: deReg.form.submit }).click()
    // The colleague's own diet question is required: a message in that row, everything typed kept.
    await row.getByText(deReg.errors.required).waitFor()
    expect(await row.getByLabel(deReg.form.email).inputValue()).toBe('paul@muster-gruppe.example')
    expect(await axeViolations(page)).toEqual([])
    expect(await db.registration.count({ where: { eventId: event.id, person: { email: 'paul@muster-gruppe.example' } } })).toBe(0)
    await row.getByLabel('Vegetarisch').check()
    await page.getByRole('button', { name: deReg.form.submit }).click()
    await page.waitForURL(/\/register\/sent$/)
    const paul = await db.registration.findFirstOrThrow({ where: { eventId: event.id, person: { email: 'paul@muster-gruppe.example' } } })
    expect((paul.answers as Record<string, unknown>)[diet.id]).toBe('vegetarian')
    const maria = await db.registration.findFirstOrThrow({ where: { eventId: event.id, person: { email: 'maria@muster-gruppe.example' } } })
    expect((maria.answers as Record<string, unknown>)[diet.id]).toBe('standard')
    await expect.poll(() => mailsTo('paul@muster-gruppe.example').length, { timeout: 15_000 }).toBeGreaterThan(0)
    const mail = mailsTo('paul@muster-gruppe.example')[0]!
    expect(mail.text).toContain('Maria Muster hat Sie für diese Veranstaltung angemeldet.')
    expect(mail.text).toContain(`/r/${paul.manageToken}`)
    expect(statuses.filter((s) => s.status >= 500)).toEqual([])
  })

  it('a self-service change with its mail: workshop, name and a new address confirmed through its mailbox', async () => {
    const event = await conference()
    const [first] = event.sessions
    const other = await db.session.create({
      data: {
        eventId: event.id,
        kind: 'WORKSHOP',
        titleDe: 'Workshop: Robotik am Band',
        titleEn: 'Workshop: robotics on the line',
        capacity: 10,
        startsAt: first!.endsAt,
        endsAt: new Date(first!.endsAt.getTime() + 3_600_000),
      },
    })
    const page = await phone('de-DE')
    await page.goto(`${app.url}/events/${event.slug}/register`)
    await page.getByLabel(deReg.form.firstName).fill('Sefa')
    await page.getByLabel(deReg.form.lastName).fill('Selbst')
    await page.getByLabel(deReg.form.email).fill('sefa@selbst.example')
    await page.getByLabel('Keine Einschränkung').check()
    await page.getByRole('button', { name: deReg.form.submit }).click()
    await page.waitForURL(/\/register\/sent$/)
    const manage = await manageLinkFor(sink, 'sefa@selbst.example', app.url)
    await page.goto(manage)

    const change = page.locator('form').filter({ has: page.getByRole('button', { name: deReg.manage.changeSubmit }) })
    await change.getByLabel(other.titleDe).check()
    await change.getByRole('button', { name: deReg.manage.changeSubmit }).click()
    await page.getByText(deReg.manage.changed).waitFor()
    const changedMail = async () => mailsTo('sefa@selbst.example').find((m) => m.subject?.startsWith('Anmeldung geändert'))
    await expect.poll(changedMail, { timeout: 15_000 }).toBeTruthy()
    const mail = (await changedMail())!
    expect(mail.text).toContain(other.titleDe)
    const invite = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))!
    expect(invite.content.toString()).toMatch(/SEQUENCE:[1-9]/)

    // A wrong name is corrected on the page.
    const details = page.locator('form').filter({ has: page.getByRole('button', { name: deReg.manage.detailsSubmit }) })
    await details.getByLabel(deReg.form.firstName).fill('')
    await details.getByRole('button', { name: deReg.manage.detailsSubmit }).click()
    await details.getByText(deReg.errors.required).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await details.getByLabel(deReg.form.firstName).fill('Sefanie')
    await details.getByRole('button', { name: deReg.manage.detailsSubmit }).click()
    await page.getByText(deReg.manage.changed).waitFor()
    // The notice of the earlier change may still be on the page: wait for the save itself.
    await expect
      .poll(async () => (await db.person.findUniqueOrThrow({ where: { email: 'sefa@selbst.example' } })).firstName)
      .toBe('Sefanie')
    const person = await db.person.findUniqueOrThrow({ where: { email: 'sefa@selbst.example' } })

    // A new address applies only once its mailbox confirms it.
    const emailForm = page.locator('form').filter({ has: page.getByRole('button', { name: deReg.manage.emailSubmit }) })
    await emailForm.getByLabel(deReg.manage.emailNew).fill('sefanie@neu.example')
    await emailForm.getByRole('button', { name: deReg.manage.emailSubmit }).click()
    await page.getByText(deReg.manage.emailSent).waitFor()
    expect((await db.person.findUniqueOrThrow({ where: { id: person.id } })).email).toBe('sefa@selbst.example')
    await expect.poll(() => mailsTo('sefanie@neu.example').length, { timeout: 15_000 }).toBeGreaterThan(0)
    const confirm = /https?:\/\/[^\s]+\/r\/confirm-email\/[A-Za-z0-9_-]+/.exec(mailsTo('sefanie@neu.example')[0]!.text ?? '')![0]
    await page.goto(confirm.replace(/^https?:\/\/[^/]+/, app.url))
    expect(await axeViolations(page)).toEqual([])
    await page.screenshot({ path: 'test-results/screenshots/self-service/confirm-email.png', fullPage: true })
    await page.getByRole('button', { name: deReg.confirmEmail.submit }).click()
    await page.getByText(deReg.manage.emailChanged).waitFor()
    await page.screenshot({ path: 'test-results/screenshots/self-service/email-changed.png', fullPage: true })
    expect((await db.person.findUniqueOrThrow({ where: { id: person.id } })).email).toBe('sefanie@neu.example')
    await expect
      .poll(() => mailsTo('sefa@selbst.example').some((m) => m.subject?.startsWith('E-Mail-Adresse Ihrer Anmeldung geändert')), {
        timeout: 15_000,
      })
      .toBe(true)
    // Used once, the link works no more.
    await page.goto(confirm.replace(/^https?:\/\/[^/]+/, app.url))
    await page.getByText(deReg.confirmEmail.invalid).waitFor()
    expect(statuses.filter((s) => s.status >= 500)).toEqual([])
  })
})
