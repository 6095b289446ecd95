// Journey: a member company applies for space on the joint stand of the upcoming Hannover Messe;
// the organiser creates stand A3 and assigns it 12 m², and the exhibitor confirmation arrives at
// the SMTP server; the directory lists the company in German and English; a visitor asks for a
// meeting, the exhibitor accepts on the stand desk, the scheduler places it and both sides get a
// calendar invitation. Every new page is checked with axe.
import ICAL from 'ical.js'
import type { ParsedMail } from 'mailparser'
import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import deAuth from '~/locales/de/auth.json'
import deFair from '~/locales/de/fair.json'
import enFair from '~/locales/en/fair.json'
import deMail from '~/locales/de/mail.json'
import { type Db } from '~/lib/db.server'
import type { AppServer } from '../support/app-server'
import { useJourney } from '../support/journey'
import { axeViolations, hasChromium } from '../support/browser'
import { manageLinkFor, type SmtpSink } from '../support/smtp'

describe.skipIf(!hasChromium)('fair journey: joint stand and cooperation exchange', () => {
  let app: AppServer
  let browser: Browser
  let db: Db
  let sink: SmtpSink
  const statuses: number[] = []
  useJourney({ smtp: true }, (j) => ({ app, browser, db, sink } = j))

  async function open(locale: string, phone = true): Promise<Page> {
    const context = await browser.newContext(
      phone
        ? { locale, viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true }
        : { locale, viewport: { width: 1280, height: 900 } },
    )
    const page = await context.newPage()
    page.on('response', (r) => statuses.push(r.status()))
    return page
  }
  const to = (email: string) => sink.messages.filter((m) => (m.to && 'value' in m.to ? m.to.value : []).some((a) => a.address === email))
  const mailTo = (email: string, subject: string) =>
    expect.poll(() => to(email).find((m) => m.subject?.startsWith(subject)), { timeout: 20_000 }).toBeTruthy()
  function invite(mail: ParsedMail) {
    const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))
    const ics =
      part?.content.toString() ?? (mail as unknown as { alternatives?: { content: Buffer }[] }).alternatives?.[0]?.content.toString()
    const calendar = new ICAL.Component(ICAL.parse(ics!))
    const vevent = calendar.getFirstSubcomponent('vevent')!
    return {
      method: calendar.getFirstPropertyValue('method'),
      uid: String(vevent.getFirstPropertyValue('uid')),
      start: (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime(),
      attendee: String(vevent.getFirstPropertyValue('attendee')).toLowerCase(),
    }
  }

  // The journey's steps share what the earlier ones created.
  type Fair = Awaited<ReturnType<typeof upcomingFair>>
  const upcomingFair = () =>
    db.event.findFirstOrThrow({
      where: { kind: 'FAIR', status: 'PUBLISHED', isPublic: true, startsAt: { gt: new Date() } },
      include: { questions: { orderBy: { position: 'asc' } } },
    })
  let fair: Fair
  let company: { id: string; name: string }
  let exhibitor: { id: string }
  let organiser: Page
  let deskToken: string
  let visitor: Page
  const contactEmail = 'messe.kontakt@bewerber.example'

  it('a member company applies for space on the joint stand, on a phone, with field errors first', async () => {
    fair = await upcomingFair()
    company = await db.company.findFirstOrThrow({
      where: { isMember: true, exhibitors: { none: { eventId: fair.id } } },
      orderBy: { name: 'asc' },
    })
    const applicant = await open('de-DE')
    await applicant.goto(`${app.url}/events/${fair.slug}`)
    await applicant.getByRole('link', { name: deFair.public.applyLink }).click()
    await applicant.getByRole('heading', { level: 1, name: deFair.apply.title }).waitFor()
    expect(await axeViolations(applicant)).toEqual([])
    await applicant.getByRole('button', { name: deFair.apply.submit }).click()
    await applicant.getByRole('alert').filter({ hasText: deFair.errors.summary }).waitFor()
    await expect.poll(() => applicant.getByLabel(deFair.apply.company).getAttribute('aria-invalid')).toBe('true')
    expect(await axeViolations(applicant)).toEqual([])
    await applicant.getByLabel(deFair.apply.company).fill(company.name)
    const contact = applicant.getByRole('group', { name: deFair.apply.contactLegend })
    await contact.getByLabel(deFair.apply.firstName).fill('Martina')
    await contact.getByLabel(deFair.apply.lastName).fill('Messemann')
    await contact.getByLabel(deFair.apply.email).fill(contactEmail)
    await applicant.getByLabel(deFair.apply.areaWanted).fill('12')
    await applicant.getByLabel(deFair.apply.topicsDe).fill('Prüfstände für Wärmeübertrager')
    await applicant.getByLabel(deFair.apply.topicsEn).fill('Test rigs for heat exchangers')
    const staff = applicant.getByRole('group', { name: deFair.apply.staffRow.replace('{{n}}', '1') })
    await staff.getByLabel(deFair.apply.firstName).fill('Stefan')
    await staff.getByLabel(deFair.apply.lastName).fill('Standdienst')
    await staff.getByLabel(deFair.apply.email).fill('nicht-gueltig')
    await applicant.getByRole('button', { name: deFair.apply.submit }).click()
    await staff.getByText(deFair.errors.emailInvalid).waitFor()
    await staff.getByLabel(deFair.apply.email).fill('stefan.standdienst@bewerber.example')
    await applicant.getByRole('button', { name: deFair.apply.submit }).click()
    await applicant.getByRole('heading', { name: deFair.apply.thanksTitle }).waitFor()
    expect(await axeViolations(applicant)).toEqual([])
    exhibitor = await db.exhibitor.findFirstOrThrow({ where: { eventId: fair.id, companyId: company.id } })
    expect(exhibitor).toMatchObject({ status: 'APPLIED', areaWantedSqm: 12, topicsEn: 'Test rigs for heat exchangers' })
  })

  it('the organiser creates stand A3, assigns it with 12 m², and the confirmation arrives at the SMTP server', async () => {
    organiser = await open('de-DE', false)
    await organiser.goto(`${app.url}/login?redirectTo=/admin/events/${fair.id}`)
    await organiser.getByLabel(deAuth.login.email).fill('orga@example.org')
    await organiser.getByLabel(deAuth.login.password).fill('fairdesk-demo')
    await organiser.getByRole('button', { name: deAuth.login.submit }).click()
    await organiser.getByRole('link', { name: deFair.nav.stands }).click()
    await organiser.getByRole('heading', { level: 2, name: deFair.admin.title }).waitFor()
    expect(await axeViolations(organiser)).toEqual([])
    const standForm = organiser.locator('#stand-form')
    await standForm.getByLabel(deFair.admin.fields.hall).fill('Halle 2')
    await standForm.getByLabel(deFair.admin.fields.number).fill('A3')
    await standForm.getByLabel(deFair.admin.fields.areaSqm).fill('12')
    await standForm.getByLabel(deFair.admin.fields.x).fill('2')
    await standForm.getByLabel(deFair.admin.fields.y).fill('2')
    await standForm.getByLabel(deFair.admin.fields.width).fill('4')
    await standForm.getByLabel(deFair.admin.fields.depth).fill('3')
    await standForm.getByRole('button', { name: deFair.admin.createStand }).click()
    await organiser.getByRole('status').filter({ hasText: deFair.notices.standSaved }).waitFor()
    const stand = await db.stand.findFirstOrThrow({ where: { eventId: fair.id, number: 'A3' } })
    const card = organiser.getByRole('region', { name: company.name })
    await card.getByLabel(deFair.admin.fields.stand, { exact: true }).selectOption(stand.id)
    await card.getByLabel(deFair.admin.fields.assignArea, { exact: true }).fill('12')
    await card.getByRole('button', { name: deFair.admin.acceptButton }).click()
    await organiser.getByRole('status').filter({ hasText: deFair.notices.accepted }).waitFor()
    // The plan shows the new stand with the company on it, in words as well.
    await organiser
      .getByRole('listitem')
      .filter({ hasText: `${deFair.plan.stand.replace('{{number}}', 'A3')}:` })
      .filter({ hasText: company.name })
      .waitFor()
    expect(await axeViolations(organiser)).toEqual([])
    expect(await db.exhibitor.findUniqueOrThrow({ where: { id: exhibitor.id } })).toMatchObject({
      status: 'ACCEPTED',
      standId: stand.id,
      areaSqm: 12,
    })

    // The exhibitor confirmation and the staff passes arrive at the SMTP server.
    const subject = deMail.exhibitor.confirmed.subject.replace('{{title}}', fair.titleDe)
    await mailTo(contactEmail, subject)
    expect(to(contactEmail).find((m) => m.subject === subject)!.text).toContain('A3')
    // The staff passes come as what they are, with the link to the stand desk.
    const passSubject = deMail.registration.staffPass.subject.replace('{{title}}', fair.titleDe)
    await mailTo(contactEmail, passSubject)
    await mailTo('stefan.standdienst@bewerber.example', passSubject)
    const passMail = to(contactEmail).find((m) => m.subject === passSubject)!
    expect(passMail.text).toContain(company.name)
    deskToken = /\/r\/([A-Za-z0-9_-]{43})\/stand/.exec(passMail.text ?? '')![1]!
  })

  it('the exhibitor directory lists the company in German and in English', async () => {
    const reader = await open('de-DE')
    await reader.goto(`${app.url}/events/${fair.slug}/exhibitors`)
    const entry = reader.getByRole('listitem').filter({ has: reader.getByRole('heading', { name: company.name }) })
    await entry.getByText('A3, Halle 2').waitFor()
    await entry.getByText('Prüfstände für Wärmeübertrager').waitFor()
    expect(await axeViolations(reader)).toEqual([])
    await reader.goto(`${app.url}/events/${fair.slug}/exhibitors?lng=en&q=${encodeURIComponent('heat exchangers')}`)
    await reader.getByRole('heading', { level: 1, name: enFair.directory.title }).waitFor()
    await reader
      .getByRole('listitem')
      .filter({ has: reader.getByRole('heading', { name: company.name }) })
      .getByText('Test rigs for heat exchangers')
      .waitFor()
    expect(await reader.getByRole('list', { name: enFair.directory.listLabel }).getByRole('listitem').count()).toBe(1)
    expect(await axeViolations(reader)).toEqual([])
  })

  it('a company new to the cluster applies with its city and website, and the directory shows both once it is accepted', async () => {
    const applicant = await open('de-DE')
    await applicant.goto(`${app.url}/events/${fair.slug}/exhibit`)
    await applicant.getByLabel(deFair.apply.company).fill('Neuling Sensorik GmbH')
    await applicant.getByLabel(deFair.apply.companyCity).fill('Wernigerode')
    await applicant.getByLabel(deFair.apply.companyWebsite).fill('neuling-sensorik.example')
    const contact = applicant.getByRole('group', { name: deFair.apply.contactLegend })
    await contact.getByLabel(deFair.apply.firstName).fill('Nina')
    await contact.getByLabel(deFair.apply.lastName).fill('Neuling')
    await contact.getByLabel(deFair.apply.email).fill('nina@neuling-sensorik.example')
    await applicant.getByLabel(deFair.apply.areaWanted).fill('6')
    await applicant.getByLabel(deFair.apply.topicsDe).fill('Drucksensoren')
    await applicant.getByRole('button', { name: deFair.apply.submit }).click()
    await applicant.getByRole('heading', { name: deFair.apply.thanksTitle }).waitFor()
    // The organiser's decision is the step before; here it is taken directly.
    const newcomer = await db.exhibitor.findFirstOrThrow({ where: { eventId: fair.id, company: { name: 'Neuling Sensorik GmbH' } } })
    const stand = await db.stand.create({ data: { eventId: fair.id, hall: 'Halle 2', number: 'B7', areaSqm: 6, kind: 'JOINT' } })
    await db.exhibitor.update({ where: { id: newcomer.id }, data: { status: 'ACCEPTED', standId: stand.id, areaSqm: 6 } })

    await applicant.goto(`${app.url}/events/${fair.slug}/exhibitors`)
    const entry = applicant.getByRole('listitem').filter({ has: applicant.getByRole('heading', { name: 'Neuling Sensorik GmbH' }) })
    await entry.getByText('Wernigerode').waitFor()
    expect(await entry.getByRole('link', { name: 'neuling-sensorik.example' }).getAttribute('href')).toBe(
      'https://neuling-sensorik.example',
    )
  })

  it('a visitor asks for a meeting, the exhibitor accepts, the scheduler places it and both get a calendar invitation', async () => {
    const body = new URLSearchParams({
      firstName: 'Petar',
      lastName: 'Ivanov',
      email: 'petar.ivanov@plovdiv-machines.example',
      company: 'Plovdiv Machines OOD',
      consentLeadScan: 'on',
    })
    for (const q of fair.questions.filter((q) => q.required))
      body.set(`q_${q.id}`, q.kind === 'TEXT' ? 'x' : (q.options as { value: string }[])[0]!.value)
    const registered = await fetch(`${app.url}/events/${fair.slug}/register?lng=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url },
      body,
      redirect: 'manual',
    })
    expect([registered.status, registered.headers.get('location')]).toEqual([303, `/events/${fair.slug}/register/sent`])
    const visitorLink = await manageLinkFor(sink, 'petar.ivanov@plovdiv-machines.example', app.url)
    expect((await db.person.findUniqueOrThrow({ where: { email: 'petar.ivanov@plovdiv-machines.example' } })).consentLeadScan).toBe(true)
    visitor = await open('en-GB')
    await visitor.goto(visitorLink)
    await visitor.getByRole('link', { name: enFair.exchange.link }).click()
    await visitor.getByRole('heading', { level: 1, name: enFair.exchange.title }).waitFor()
    expect(await axeViolations(visitor)).toEqual([])
    const form = visitor.getByRole('form', { name: enFair.exchange.requestWith.replace('{{company}}', company.name) })
    await visitor.screenshot({ path: 'test-results/screenshots/fair/exchange-en.png', fullPage: true })
    // One element per id: the profile card is the target of the page's #profile links, its form has its own id.
    const ids = await visitor.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id))
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([])
    await form.getByLabel(enFair.exchange.message).fill('Looking for test rigs for our heat exchangers.')
    await form.getByRole('button').click()
    await visitor.getByRole('status').filter({ hasText: enFair.exchange.notices.requested }).waitFor()
    expect(await axeViolations(visitor)).toEqual([])
    // The exhibitor's contact hears of the request by mail.
    await mailTo(contactEmail, 'Gesprächsanfrage: Petar Ivanov')

    // ── The exhibitor accepts on the stand desk; the scheduler places the meeting at once. ──
    const desk = await open('de-DE')
    await desk.goto(`${app.url}/r/${deskToken}`)
    await desk.getByRole('link', { name: deFair.exchange.standLink }).click()
    await desk.getByRole('heading', { level: 1, name: deFair.stand.title.replace('{{company}}', company.name) }).waitFor()
    expect(await axeViolations(desk)).toEqual([])
    await desk.screenshot({ path: 'test-results/screenshots/fair/stand-desk-de.png', fullPage: true })
    await desk.getByRole('button', { name: `${deFair.stand.accept}: Petar Ivanov` }).click()
    await desk.getByRole('status').filter({ hasText: 'Angenommen und eingeplant' }).waitFor()
    expect(await axeViolations(desk)).toEqual([])
    const meeting = await db.meeting.findFirstOrThrow({ where: { exhibitorId: exhibitor.id } })
    expect(meeting.status).toBe('ACCEPTED')
    expect(meeting.startsAt).not.toBeNull()
    expect(meeting.tableLabel).toMatch(/^Tisch \d$/)

    // Both sides get a calendar invitation for the placed meeting.
    await mailTo('petar.ivanov@plovdiv-machines.example', 'Your meeting:')
    await mailTo(contactEmail, 'Ihr Gesprächstermin:')
    const forVisitor = invite(to('petar.ivanov@plovdiv-machines.example').find((m) => m.subject?.startsWith('Your meeting:'))!)
    const forExhibitor = invite(to(contactEmail).find((m) => m.subject?.startsWith('Ihr Gesprächstermin:'))!)
    expect(forVisitor).toMatchObject({
      method: 'REQUEST',
      start: meeting.startsAt!.getTime(),
      attendee: 'mailto:petar.ivanov@plovdiv-machines.example',
    })
    expect(forExhibitor).toMatchObject({ method: 'REQUEST', start: meeting.startsAt!.getTime(), attendee: `mailto:${contactEmail}` })
    expect(forVisitor.uid).not.toBe(forExhibitor.uid)
  })

  it('the visitor sees the time, the organiser sees the meeting and prints the table schedules', async () => {
    const meeting = await db.meeting.findFirstOrThrow({ where: { exhibitorId: exhibitor.id } })
    await visitor.reload()
    await visitor.getByRole('region', { name: enFair.exchange.myMeetings }).getByText(meeting.tableLabel!).waitFor()
    await organiser.getByRole('navigation', { name: deFair.nav.label }).getByRole('link', { name: deFair.nav.meetings }).click()
    await organiser.getByRole('heading', { level: 2, name: deFair.meetings.title }).waitFor()
    await organiser.getByText(`Petar Ivanov, Plovdiv Machines OOD ↔ ${company.name}`).waitFor()
    expect(await axeViolations(organiser)).toEqual([])

    // A move off the grid is refused at the field, keeping what was typed; the meeting stays put.
    const move = organiser.getByRole('form', { name: `${deFair.meetings.moveLegend}: Petar Ivanov ↔ ${company.name}` })
    const table = move.getByLabel(deFair.meetings.table, { exact: true })
    const start = move.getByLabel(deFair.meetings.start, { exact: true })
    const lead = (message: string) => message.split('{{')[0]!
    await table.fill('Tisch 99')
    await move.getByRole('button', { name: deFair.meetings.move }).click()
    await move.getByText(lead(deFair.meetings.refused.unknownTable)).waitFor()
    expect(await table.inputValue()).toBe('Tisch 99')
    expect(await table.getAttribute('aria-invalid')).toBe('true')
    expect(await axeViolations(organiser)).toEqual([])
    await table.fill(meeting.tableLabel!)
    await start.fill('23:00')
    await move.getByRole('button', { name: deFair.meetings.move }).click()
    await move.getByText(lead(deFair.meetings.refused.outsideHours)).waitFor()
    expect(await start.inputValue()).toBe('23:00')
    expect(await organiser.getByText(deFair.meetings.notices.moved).count()).toBe(0)
    const unmoved = await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })
    expect([unmoved.startsAt, unmoved.tableLabel]).toEqual([meeting.startsAt, meeting.tableLabel])
    await organiser.getByRole('link', { name: deFair.meetings.printTables }).click()
    await organiser.getByRole('heading', { level: 2, name: meeting.tableLabel! }).waitFor()
    expect(await axeViolations(organiser)).toEqual([])

    expect(statuses.filter((s) => s >= 500)).toEqual([])
  })

  it('answers hostile posts to the public application with 4xx, never a 500', async () => {
    const fair = await db.event.findFirstOrThrow({
      where: { kind: 'FAIR', status: 'PUBLISHED', isPublic: true, startsAt: { gt: new Date() } },
    })
    const url = `${app.url}/events/${fair.slug}/exhibit`
    const post = (body: string, type = 'application/x-www-form-urlencoded') =>
      fetch(url, { method: 'POST', headers: { 'content-type': type, origin: app.url }, body, redirect: 'manual' })
    expect((await post('{"company":"x"}', 'application/json')).status).toBe(400)
    expect((await post(`company=${'x'.repeat(10_000)}&areaWantedSqm=NaN`)).status).toBe(400)
    expect((await post('company=%00&firstName=%0D%0A&email=%0A&staff%5B99%5D.email=x')).status).toBe(400)
    const bot = await post(
      'company=Spam+GmbH&firstName=A&lastName=B&email=bot%40spam.example&areaWantedSqm=9&topicsDe=x&website=http%3A%2F%2Fspam',
    )
    expect(bot.status).toBe(303)
    expect(await db.company.count({ where: { name: 'Spam GmbH' } })).toBe(0)
    expect((await fetch(`${app.url}/events/no-such-fair/exhibitors`)).status).toBe(404)
    expect((await fetch(`${app.url}/r/not-a-real-token-000000000000000000000000/stand`)).status).toBe(404)
    // The organisers' fair pages: anonymous visitors are sent to the login, door staff are refused.
    const anonymous = await fetch(`${app.url}/admin/events/${fair.id}/fair`, { redirect: 'manual' })
    expect(anonymous.status).toBe(302)
    expect(anonymous.headers.get('location')).toMatch(/^\/login\?redirectTo=/)
    const door = await open('de-DE', false)
    await door.goto(`${app.url}/login`)
    await door.getByLabel(deAuth.login.email).fill('door@example.org')
    await door.getByLabel(deAuth.login.password).fill('fairdesk-demo')
    await door.getByRole('button', { name: deAuth.login.submit }).click()
    await door.waitForURL(/\/admin/)
    for (const path of ['fair', 'fair/meetings'])
      expect((await door.goto(`${app.url}/admin/events/${fair.id}/${path}`))?.status()).toBe(403)
  })
})
