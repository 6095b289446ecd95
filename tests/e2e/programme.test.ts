// Journey: an organiser builds the second day of the demo's upcoming cluster conference with the
// timetable editor's forms — two rooms, a speaker invited by mail — gets the conflict message when
// the speaker would be in two places at once, fixes it, moves a session; the speaker's invitation
// arrives at the SMTP sink with a valid calendar invite and the move sends an update with a higher
// SEQUENCE. The public agenda shows the programme in German and English.
import ICAL from 'ical.js'
import type { ParsedMail } from 'mailparser'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nextDay } from '~/domain/programme/conflicts'
import { eventDay, wallTimeToUtc } from '~/lib/datetime'
import { createDb, type Db } from '~/lib/db.server'
import deAuth from '~/locales/de/auth.json'
import de from '~/locales/de/programme.json'
import en from '~/locales/en/programme.json'
import { startAppServer, type AppServer } from '../support/app-server'
import { axeViolations, hasChromium, launchBrowser } from '../support/browser'
import { startSmtpSink, type SmtpSink } from '../support/smtp'

const DORA = 'dora.beispiel@beispiel.example'

describe.skipIf(!hasChromium)('programme journey', () => {
  let app: AppServer
  let browser: Browser
  let db: Db
  let sink: SmtpSink
  let page: Page
  let event: { id: string; slug: string }
  let day2: string

  beforeAll(async () => {
    sink = await startSmtpSink()
    ;[app, browser] = await Promise.all([startAppServer({ env: { SMTP_URL: sink.url } }), launchBrowser()])
    db = await createDb(app.databaseUrl)
    // The demo's cluster conference has one day; the journey gives it a second one to fill.
    const conference = await db.event.findFirstOrThrow({ where: { slug: { startsWith: 'clustertagung-' }, startsAt: { gt: new Date() } } })
    day2 = nextDay(eventDay(conference.startsAt, conference.timeZone))
    await db.event.update({ where: { id: conference.id }, data: { endsAt: wallTimeToUtc(`${day2}T16:30`, conference.timeZone) } })
    event = conference
    const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1280, height: 900 } })
    page = await context.newPage()
  })
  afterAll(async () => {
    await db?.$disconnect()
    await browser?.close()
    await app?.stop()
    await sink?.close()
  })

  const mailsTo = (email: string) =>
    sink.messages.filter((m) => (m.to && 'value' in m.to ? m.to.value : []).some((a) => a.address === email))
  async function mailTo(email: string, subject: string): Promise<ParsedMail> {
    await expect.poll(() => mailsTo(email).some((m) => m.subject === subject), { timeout: 20_000 }).toBe(true)
    return mailsTo(email)
      .filter((m) => m.subject === subject)
      .at(-1)!
  }
  function calendarOf(mail: ParsedMail) {
    const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))!.content.toString()
    const calendar = new ICAL.Component(ICAL.parse(ics))
    const vevent = calendar.getFirstSubcomponent('vevent')!
    return {
      method: calendar.getFirstPropertyValue('method'),
      uid: String(vevent.getFirstPropertyValue('uid')),
      sequence: vevent.getFirstPropertyValue('sequence'),
      start: (vevent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
    }
  }
  const newSessionForm = () => page.locator('form').filter({ has: page.getByRole('button', { name: de.editor.create }) })

  async function fillSession(
    form: ReturnType<typeof newSessionForm>,
    s: { title: string; kind: string; room: string; start: string; end: string },
  ) {
    await form.getByLabel(de.fields.titleDe).fill(s.title)
    await form.getByLabel(de.fields.kind).selectOption(s.kind)
    await form.getByLabel(de.fields.room, { exact: true }).selectOption({ label: s.room })
    await form.getByLabel(de.fields.day, { exact: true }).selectOption(day2)
    await form.getByLabel(de.fields.start, { exact: true }).fill(s.start)
    await form.getByLabel(de.fields.end, { exact: true }).fill(s.end)
  }

  it('lets the organiser invite a speaker and build the second day in both rooms, refusing a double-booked speaker', async () => {
    await page.goto(`${app.url}/login`)
    await page.getByLabel(deAuth.login.email).fill('orga@example.org')
    await page.getByLabel(deAuth.login.password).fill('fairdesk-demo')
    await page.getByRole('button', { name: deAuth.login.submit }).click()
    await page.waitForURL(/\/admin/)

    await page.goto(`${app.url}/admin/events/${event.id}/speakers`)
    await page.getByLabel(de.fields.firstName).fill('Dora')
    await page.getByLabel(de.fields.lastName).fill('Beispiel')
    await page.getByLabel(de.fields.email).fill(DORA)
    await page.getByLabel(de.fields.company).fill('Beispiel Maschinenbau GmbH')
    await page.getByRole('button', { name: de.speakers.inviteButton }).click()
    await page.getByRole('status').filter({ hasText: de.speakers.notices.invited }).waitFor()
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('navigation', { name: de.nav.label }).getByRole('link', { name: de.nav.timetable }).click()
    await page.getByRole('heading', { level: 2, name: de.editor.title }).waitFor()
    expect(await axeViolations(page)).toEqual([])

    await fillSession(newSessionForm(), {
      title: 'Keynote Tag 2',
      kind: 'KEYNOTE',
      room: 'Konferenzsaal (150 Plätze)',
      start: '09:00',
      end: '10:00',
    })
    await newSessionForm()
      .getByRole('checkbox', { name: /Dora Beispiel/ })
      .check()
    await newSessionForm().getByRole('button', { name: de.editor.create }).click()
    await page.getByRole('status').filter({ hasText: de.notices.created }).waitFor()
    expect(new URL(page.url()).searchParams.get('day')).toBe(day2)

    // The same speaker in the other room, overlapping by half an hour: refused with a clear message.
    await fillSession(newSessionForm(), {
      title: 'Workshop Tag 2',
      kind: 'WORKSHOP',
      room: 'Seminarraum (30 Plätze)',
      start: '09:30',
      end: '10:30',
    })
    await newSessionForm()
      .getByRole('checkbox', { name: /Dora Beispiel/ })
      .check()
    await newSessionForm().getByRole('button', { name: de.editor.create }).click()
    const alert = page.getByRole('alert').filter({ hasText: de.conflicts.heading })
    await alert.waitFor()
    expect(await alert.innerText()).toMatch(/Dora Beispiel spricht zur selben Zeit in „Keynote Tag 2“ \(Konferenzsaal, .*09:00–10:00/)
    expect(await axeViolations(page)).toEqual([])

    // Fixed: the workshop starts when the keynote ends (the form kept what was typed).
    await expect.poll(() => newSessionForm().getByLabel(de.fields.titleDe).inputValue()).toBe('Workshop Tag 2')
    await newSessionForm().getByLabel(de.fields.start, { exact: true }).fill('10:00')
    await newSessionForm().getByLabel(de.fields.end, { exact: true }).fill('11:00')
    await newSessionForm().getByRole('button', { name: de.editor.create }).click()
    await page.getByRole('status').filter({ hasText: de.notices.created }).waitFor()

    const table = page.getByRole('table', { name: new RegExp(de.editor.tableCaption.replace('{{day}}', '.*')) })
    await table.getByRole('row', { name: /Keynote Tag 2/ }).waitFor()
    await table.getByRole('row', { name: /Workshop Tag 2/ }).waitFor()
    expect(await table.getByRole('row', { name: /Workshop Tag 2/ }).innerText()).toContain('Seminarraum')
  })

  it('mails the speaker the slot as a calendar invite, and an update with a higher SEQUENCE when it moves', async () => {
    const invitation = await mailTo(
      DORA,
      `Einladung zur Mitwirkung: ${(await db.event.findUniqueOrThrow({ where: { id: event.id } })).titleDe}`,
    )
    await expect
      .poll(() => mailsTo(DORA).filter((m) => m.attachments.some((a) => a.contentType.startsWith('text/calendar'))).length, {
        timeout: 20_000,
      })
      .toBe(2)
    const keynote = await db.session.findFirstOrThrow({ where: { eventId: event.id, titleDe: 'Keynote Tag 2' } })
    const invites = mailsTo(DORA)
      .filter((m) => m.attachments.some((a) => a.contentType.startsWith('text/calendar')))
      .map(calendarOf)
    const first = invites.find((i) => i.uid.includes(keynote.id))!
    expect(first).toMatchObject({ method: 'REQUEST', sequence: 0, start: keynote.startsAt.toISOString() })
    expect(invitation.text).toContain('/s/')

    await page.getByRole('link', { name: /Bearbeiten.*Keynote Tag 2/ }).click()
    await page.getByRole('heading', { name: de.editor.moveSession }).waitFor()
    const move = page.locator('form').filter({ has: page.getByRole('button', { name: de.editor.move, exact: true }) })
    await move.getByLabel(de.editor.newStart).fill('11:00')
    await move.getByRole('button', { name: de.editor.move, exact: true }).click()
    await page.getByRole('status').filter({ hasText: de.notices.moved }).waitFor()

    const title = (await db.event.findUniqueOrThrow({ where: { id: event.id } })).titleDe
    const update = calendarOf(await mailTo(DORA, `Ihr Termin hat sich geändert: ${title}`))
    const moved = await db.session.findUniqueOrThrow({ where: { id: keynote.id } })
    expect(update).toEqual({ method: 'REQUEST', uid: first.uid, sequence: 1, start: moved.startsAt.toISOString() })
    expect(moved.startsAt.getTime() - keynote.startsAt.getTime()).toBe(2 * 3_600_000)
  })

  it('shows the two-day programme on the public agenda in German and English', async () => {
    await page.goto(`${app.url}/events/${event.slug}/agenda`)
    await page.getByRole('heading', { level: 1, name: /Programm: Clustertagung/ }).waitFor()
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toHaveLength(2)
    await page.getByRole('heading', { level: 3, name: 'Keynote Tag 2' }).waitFor()
    // Dora has not accepted yet: her workshop is on the programme, her name is not.
    const workshop = page.locator(`#session-${(await db.session.findFirstOrThrow({ where: { titleDe: 'Workshop Tag 2' } })).id}`)
    expect(await workshop.innerText()).toContain('Workshop Tag 2')
    expect(await workshop.innerText()).not.toContain('Dora Beispiel')
    expect(await axeViolations(page)).toEqual([])

    await page.goto(`${app.url}/events/${event.slug}/agenda?lng=en`)
    await page.getByRole('heading', { level: 1, name: /Programme: Cluster conference/ }).waitFor()
    const text = await page.locator('main').innerText()
    expect(text).toContain(en.agenda.times.replace('{{zone}}', 'CEST'))
    expect(text).toMatch(/Room: Seminarraum/)
    expect(await axeViolations(page)).toEqual([])

    const feed = await fetch(`${app.url}/events/${event.slug}/agenda.ics`)
    expect(feed.headers.get('content-type')).toContain('text/calendar')
    const vevents = new ICAL.Component(ICAL.parse(await feed.text())).getAllSubcomponents('vevent')
    const nonBreaks = await db.session.count({ where: { eventId: event.id, kind: { not: 'BREAK' } } })
    expect(vevents).toHaveLength(nonBreaks)
    expect(vevents.map((v) => String(v.getFirstPropertyValue('description') ?? '')).join('\n')).not.toContain('Dora Beispiel')
  })

  it('lets the speaker confirm on their own page', async () => {
    const speaker = await db.speaker.findFirstOrThrow({ where: { eventId: event.id, person: { email: DORA } } })
    // Back to German: the English agenda above set the language cookie.
    await page.goto(`${app.url}/s/${speaker.token}?lng=de`)
    await page.getByRole('heading', { name: de.speakerPage.slots }).waitFor()
    expect(await page.locator('main').innerText()).toContain('Keynote Tag 2')
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: de.speakerPage.confirm }).click()
    await page.getByRole('status').filter({ hasText: de.speakerPage.notices.confirmed }).waitFor()
    expect((await db.speaker.findUniqueOrThrow({ where: { id: speaker.id } })).status).toBe('CONFIRMED')
    // Now she is announced, on the agenda and in its calendar feed.
    await page.goto(`${app.url}/events/${event.slug}/agenda`)
    const workshop = await db.session.findFirstOrThrow({ where: { titleDe: 'Workshop Tag 2' } })
    expect(await page.locator(`#session-${workshop.id}`).innerText()).toContain('Dora Beispiel')
    expect(await (await fetch(`${app.url}/events/${event.slug}/agenda.ics`)).text()).toContain('Dora Beispiel')
  })

  it('takes a proposal through the public form and places it into a generated slot', async () => {
    await db.event.update({ where: { id: event.id }, data: { proposalsOpen: true } })
    await page.goto(`${app.url}/events/${event.slug}/propose?lng=de`)
    await page.getByRole('heading', { level: 1, name: de.propose.title }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: de.propose.submit }).click()
    await page
      .getByRole('alert')
      .filter({ hasText: de.errors.summary_other.replace('{{count}}', '5') })
      .waitFor()
    await expect.poll(() => page.getByLabel(de.fields.firstName).getAttribute('aria-invalid')).toBe('true')
    expect(await axeViolations(page)).toEqual([])
    await page.getByLabel(de.fields.firstName).fill('Erik')
    await page.getByLabel(de.fields.lastName).fill('Vorschlag')
    await page.getByLabel(de.fields.email).fill('erik@vorschlag.example')
    await page.getByLabel(de.propose.talkTitle).fill('Retrofit alter Anlagen mit Sensorik')
    await page
      .getByLabel(de.propose.abstract)
      .fill('Wie wir 30 Jahre alte Pressen mit wenig Aufwand vernetzt haben – Erfahrungen, Kosten und Stolpersteine.')
    await page.getByRole('button', { name: de.propose.submit }).click()
    await page.getByRole('status').filter({ hasText: de.propose.thanks }).waitFor()

    await page.goto(`${app.url}/admin/events/${event.id}/programme?day=${day2}`)
    const template = page.locator('form').filter({ has: page.getByRole('button', { name: de.template.generate }) })
    await template.getByLabel(de.editor.day, { exact: true }).selectOption(day2)
    await template.getByLabel(de.template.from).fill('13:00')
    await template.getByLabel(de.template.until).fill('14:00')
    await template.getByLabel(de.template.breaks).fill('')
    await template.getByRole('button', { name: de.template.generate }).click()
    await page
      .getByRole('status')
      .filter({ hasText: de.notices.generated.replace('{{created}}', '2').replace('{{skipped}}', '0') })
      .waitFor()

    await page.getByRole('navigation', { name: de.nav.label }).getByRole('link', { name: de.nav.proposals }).click()
    const card = page.getByRole('article', { name: 'Retrofit alter Anlagen mit Sensorik' })
    await card.waitFor()
    expect(await axeViolations(page)).toEqual([])
    const placement = card.getByLabel(de.proposals.acceptInto)
    const slotOption = (await placement.locator('option').allInnerTexts()).find((o) => o.includes('13:00–13:30'))!
    await placement.selectOption({ label: slotOption })
    await card.getByRole('button', { name: new RegExp(`^${de.proposals.accept}`) }).click()
    await page.getByRole('status').filter({ hasText: de.proposals.notices.placed }).waitFor()

    await page.goto(`${app.url}/events/${event.slug}/agenda?lng=de`)
    await page.getByRole('heading', { level: 3, name: 'Retrofit alter Anlagen mit Sensorik' }).waitFor()
    // The other generated slot is still open, and open slots are not programme.
    expect(await page.getByText('Offener Slot').count()).toBe(0)
  })

  it('lets a registrant build a personal agenda and subscribe to it', async () => {
    const registration = await db.registration.findFirstOrThrow({ where: { eventId: event.id, status: 'CONFIRMED', role: 'ATTENDEE' } })
    await page.goto(`${app.url}/r/${registration.manageToken}/agenda?lng=de`)
    await page.getByRole('heading', { level: 1, name: de.personal.title }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: new RegExp(`${de.personal.mark}.*Keynote Tag 2`) }).click()
    await page.getByRole('status').filter({ hasText: de.personal.notices.marked }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    const feed = await fetch(`${app.url}/r/${registration.manageToken}/agenda.ics`)
    expect(feed.headers.get('cache-control')).toBe('no-store')
    const summaries = new ICAL.Component(ICAL.parse(await feed.text()))
      .getAllSubcomponents('vevent')
      .map((v) => v.getFirstPropertyValue('summary'))
    expect(summaries).toContain('Keynote Tag 2')
  })
})
