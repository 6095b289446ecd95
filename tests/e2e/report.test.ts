// Journey: the annual report. A reporter opens the demo's 2015 report, reads the headline figures,
// looks at a chart as a table, filters by kind, switches to English and downloads CSV and XLSX
// whose figures match the page. A reporter sees no names and no door; an organiser enters a
// manual headcount and watches the live counts refresh; an attendee downloads a certificate.
import fs from 'node:fs'
import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import type { Browser, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import deAdmin from '~/locales/de/admin.json'
import deAuth from '~/locales/de/auth.json'
import deReports from '~/locales/de/reports.json'
import enReports from '~/locales/en/reports.json'
import deRegistration from '~/locales/de/registration.json'
import { type Db } from '~/lib/db.server'
import type { AppServer } from '../support/app-server'
import { useJourney } from '../support/journey'
import { axeViolations, hasChromium } from '../support/browser'

describe.skipIf(!hasChromium)('annual report', () => {
  let app: AppServer
  let browser: Browser
  let db: Db
  useJourney({}, (j) => ({ app, browser, db } = j))

  async function login(email: string, redirectTo: string, locale = 'de-DE'): Promise<Page> {
    const context = await browser.newContext({ locale, acceptDownloads: true })
    const page = await context.newPage()
    await page.goto(`${app.url}/login?redirectTo=${encodeURIComponent(redirectTo)}`)
    await page.getByLabel(deAuth.login.email).fill(email)
    await page.getByLabel(deAuth.login.password).fill('fairdesk-demo')
    await page.getByRole('button', { name: deAuth.login.submit }).click()
    await page.waitForURL((url) => !url.pathname.startsWith('/login'))
    return page
  }

  /** The big number of a headline figure (the term's first definition). */
  const figure = (page: Page, label: string) =>
    page.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]')
  /** Waits until a figure shows `value` (live counts refresh on their own). */
  const waitForFigure = (page: Page, label: string, value: string, timeout = 15_000) =>
    page
      .locator('dt', { hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::dd[1]', { hasText: new RegExp(`^${value}$`) })
      .waitFor({ timeout })

  it('shows the 2015 report with charts and tables, filters by kind, and exports CSV and XLSX in English that match the page', async () => {
    const page = await login('report@example.org', '/admin')
    await page.getByRole('link', { name: deReports.nav }).click()
    await page.waitForURL(/\/admin\/reports\/\d{4}/)
    if (!page.url().includes('/2015')) await page.getByRole('link', { name: '2015', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Jahresbericht 2015' }).waitFor()
    await page.getByText('23 Veranstaltungen mit 1.307 Teilnehmenden').waitFor()
    expect(await figure(page, deReports.figures.events).textContent()).toBe('23')
    expect(await figure(page, deReports.figures.participants).textContent()).toBe('1.307')
    // The demo has no 2014: no "2014: 0 (+23)" comparison, but a plain statement.
    expect(await page.getByText(deReports.annual.noPrevious.replace('{{year}}', '2014')).count()).toBe(8)

    // The charts are drawn (SVG bars), described in words, and open as tables.
    const monthChart = page.getByRole('figure', { name: deReports.charts.perMonth })
    await monthChart.locator('svg .recharts-bar-rectangle').first().waitFor()
    const summary = await monthChart.getByRole('img', { name: /^Teilnehmende pro Monat:/ }).getAttribute('aria-label')
    expect(summary).toMatch(/^Teilnehmende pro Monat: Januar \d+, Februar \d+/)
    await monthChart.getByText(deReports.charts.showTable).click()
    const september = monthChart.getByRole('row', { name: /September/ })
    await september.waitFor()
    const septemberParticipants = await september.getByRole('cell').first().textContent()
    expect(summary).toContain(`September ${septemberParticipants}`)
    const kindChart = page.getByRole('figure', { name: deReports.charts.perKind })
    await kindChart.getByText(deReports.charts.showTable).click()
    const fairs = await kindChart.getByRole('row', { name: /Messe/ }).getByRole('cell').first().textContent()
    expect(await axeViolations(page)).toEqual([])

    // Filter by kind: only the trade fairs.
    await page.getByLabel(deReports.filter.kind, { exact: true }).selectOption('FAIR')
    await page.getByRole('button', { name: deReports.filter.apply }).click()
    await page.waitForURL(/kind=FAIR/)
    await page.getByText(`2 Veranstaltungen mit ${fairs} Teilnehmenden`).waitFor()
    await page.getByText(deReports.annual.filteredNote).waitFor()
    expect(
      await page
        .getByRole('region', { name: /2 Veranstaltungen/ })
        .getByRole('row')
        .count(),
    ).toBe(1 + 2 + 1)
    // Dates the wrong way round: explained at the field, not a server error.
    const bad = await page.request.get(`${app.url}/admin/reports/2015?from=2015-06-01&to=2015-05-01`)
    expect(bad.status()).toBe(400)
    expect(await bad.text()).toContain(deReports.errors.range)
    await page.getByRole('link', { name: deReports.filter.reset }).click()
    await page.getByText('23 Veranstaltungen mit 1.307 Teilnehmenden').waitFor()

    // English, then the downloads.
    await page.getByRole('link', { name: 'English' }).click()
    await page.getByRole('heading', { level: 1, name: 'Annual report 2015' }).waitFor()
    await page.getByText('23 events with 1,307 participants').waitFor()
    const noShowRate = (await figure(page, enReports.figures.noShowRate).textContent())!
    const uniquePersons = (await figure(page, enReports.figures.uniquePersons).textContent())!
    expect(await axeViolations(page)).toEqual([])

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: enReports.annual.exportCsv }).click(),
    ])
    expect(csvDownload.suggestedFilename()).toBe('annual-report-2015-en.csv')
    const csv = fs.readFileSync((await csvDownload.path())!, 'utf8')
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data
    const row = (label: string) => rows.find((r) => r[0] === label)!
    expect(rows[1]![0]).toBe('23 events with 1,307 participants')
    expect(row(enReports.figures.events)[1]).toBe('23')
    expect(row(enReports.figures.participants)[1]).toBe('1307')
    expect(row(enReports.figures.noShowRate)[1]).toBe(noShowRate)
    expect(row(enReports.figures.uniquePersons)[1]).toBe(uniquePersons.replace(/,/g, ''))
    const header = rows.findIndex((r) => r[0] === enReports.table.date)
    const events = rows.slice(header + 1).filter((r) => /^\d{4}-\d{2}-\d{2}$/.test(r[0] ?? ''))
    expect(events).toHaveLength(23)
    expect(events.reduce((n, r) => n + Number(r[6]), 0)).toBe(1307)
    expect(rows.find((r) => r[0] === enReports.table.total)![6]).toBe('1307')

    const [xlsxDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: enReports.annual.exportXlsx }).click(),
    ])
    expect(xlsxDownload.suggestedFilename()).toBe('annual-report-2015-en.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile((await xlsxDownload.path())!)
    const figures = new Map<string, ExcelJS.CellValue>()
    book.getWorksheet(enReports.export.sheets.report)!.eachRow((r) => figures.set(String(r.getCell(1).value), r.getCell(2).value))
    expect(figures.get(enReports.figures.events)).toBe(23)
    expect(figures.get(enReports.figures.participants)).toBe(1307)
    expect(
      new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(
        figures.get(enReports.figures.noShowRate) as number,
      ),
    ).toBe(noShowRate)
    const sheet = book.getWorksheet(enReports.export.sheets.events)!
    expect(sheet.rowCount).toBe(1 + 23 + 1)
    expect(sheet.getRow(sheet.rowCount).getCell(7).value).toBe(1307)
    const months = book.getWorksheet(enReports.export.sheets.months)!
    expect(String(months.getRow(10).getCell(4).value)).toBe(septemberParticipants!.replace('.', ''))

    // The printable report.
    const pdf = await page.request.get(`${app.url}/admin/reports/2015/export.pdf`)
    expect([pdf.status(), pdf.headers()['content-type']]).toEqual([200, 'application/pdf'])
  })

  it('keeps names, the door and event editing away from reporters', async () => {
    const page = await login('report@example.org', '/admin/reports/2015')
    const event = await db.event.findUniqueOrThrow({ where: { slug: 'energieforum-2015' } })
    for (const path of [
      `/admin/events/${event.id}`,
      `/admin/events/${event.id}/edit`,
      `/admin/events/new`,
      `/admin/events/${event.id}/participants.csv`,
      `/admin/events/${event.id}/sign-in-sheet.pdf`,
      `/admin/events/${event.id}/certificates.pdf`,
    ]) {
      expect([path, (await page.request.get(`${app.url}${path}`)).status()]).toEqual([path, 403])
    }
    // The check-in page is not for reporters, whether or not this build has it yet.
    expect([403, 404]).toContain((await page.request.get(`${app.url}/admin/events/${event.id}/checkin`)).status())
    expect(
      (
        await page.request.post(`${app.url}/admin/events/${event.id}/report`, { form: { headcount: '5' }, headers: { origin: app.url } })
      ).status(),
    ).toBe(403)

    // The event's counts are for reporters too, without the forms and the lists.
    await page.goto(`${app.url}/admin/events/${event.id}/report`)
    await page.getByRole('heading', { name: deReports.live.title }).waitFor()
    await waitForFigure(page, deReports.live.participants, '80', 5_000)
    expect(await page.getByLabel(deReports.headcount.count).count()).toBe(0)
    expect(await page.getByRole('link', { name: deReports.lists.signInSheet }).count()).toBe(0)
    expect(await axeViolations(page)).toEqual([])

    const door = await login('door@example.org', '/admin')
    expect((await door.request.get(`${app.url}/admin/reports/2015`)).status()).toBe(403)
    expect((await door.request.get(`${app.url}/admin/reports/2015/export.csv`)).status()).toBe(403)
  })

  it('lets an organiser enter and clear a headcount, and refreshes the counts while the door is busy', async () => {
    // An event that is running now, with two confirmed attendees.
    const now = Date.now()
    const event = await db.event.create({
      data: {
        slug: 'e2e-live',
        kind: 'WORKSHOP',
        status: 'PUBLISHED',
        titleDe: 'Live-Workshop',
        titleEn: 'Live workshop',
        startsAt: new Date(now - 3_600_000),
        endsAt: new Date(now + 3_600_000),
      },
    })
    const registrations = []
    for (const n of [1, 2]) {
      const person = await db.person.create({ data: { email: `live${n}@e2e.example`, firstName: 'Live', lastName: `Gast ${n}` } })
      registrations.push(
        await db.registration.create({
          data: {
            eventId: event.id,
            personId: person.id,
            status: 'CONFIRMED',
            ticketSecret: `live-ticket-${n}`,
            manageToken: `live-manage-token-${n}-abcdefghij`,
          },
        }),
      )
    }
    const page = await login('orga@example.org', `/admin/events/${event.id}`)
    await page.getByRole('heading', { name: deReports.live.title }).waitFor()
    await page.getByText(/wird laufend aktualisiert/).waitFor()
    await waitForFigure(page, deReports.live.checkedIn, '0')
    await page.getByRole('link', { name: deReports.event.link }).click()
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'Live-Workshop' }).waitFor()

    // Someone is admitted at the door: the open page shows it without a reload.
    const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin' }).format(new Date())
    await db.checkIn.create({
      data: { registrationId: registrations[0]!.id, eventId: event.id, day, activeKey: `${registrations[0]!.id}:${day}` },
    })
    await waitForFigure(page, deReports.live.checkedIn, '1')
    await waitForFigure(page, deReports.live.notArrived, '1')

    // A headcount: field errors first, then saved with who and when, then taken back.
    await page.getByLabel(deReports.headcount.count).fill('etwa 40')
    await page.getByRole('button', { name: deReports.headcount.save }).click()
    await page.getByText(deReports.errors.wholeNumber).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByLabel(deReports.headcount.count).fill('42')
    await page.getByLabel(deReports.headcount.noteLabel).fill('Zweiter Raum ohne Scanner, von Hand gezählt')
    await page.getByRole('button', { name: deReports.headcount.save }).click()
    await page.getByText(deReports.headcount.saved).waitFor()
    await page.getByText(/von Katrin Vogt \(Organisation\) am/).waitFor()
    await waitForFigure(page, deReports.live.participants, '42', 5_000)
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).headcount).toBe(42)
    await page.getByRole('button', { name: deReports.headcount.clear }).click()
    await page.getByText(deReports.headcount.cleared).waitFor()
    await waitForFigure(page, deReports.live.participants, '1', 5_000)
    expect(await axeViolations(page)).toEqual([])

    // The lists with names are here for organisers.
    const sheet = await page.request.get(`${app.url}/admin/events/${event.id}/sign-in-sheet.pdf`)
    expect([sheet.status(), sheet.headers()['content-type']]).toEqual([200, 'application/pdf'])
    const list = await page.request.get(`${app.url}/admin/events/${event.id}/participants.csv`)
    expect((await list.text()).split('\r\n').slice(1, 3)).toEqual(['Live Gast 1;;nein;ja', 'Live Gast 2;;nein;nein'])
  })

  it('shows one event with the same participant number on the dashboard, its overview and the annual report', async () => {
    // The demo's two-day fair: speakers and staff were scanned, eight walk-ins were entered from the paper list.
    const page = await login('orga@example.org', '/admin?q=Maschinenbau')
    const row = page.getByRole('row', { name: /Maschinenbau-Tage/ })
    const leading = async (text: Promise<string>) => (await text).trim().match(/^[\d.]+/)?.[0]
    // Cells: date, status, confirmed, waiting list, participants.
    const onDashboard = await leading(row.getByRole('cell').nth(4).innerText())
    const confirmed = row.getByRole('cell').nth(2)
    expect(await leading(confirmed.innerText())).toBe('343')
    await confirmed.getByText('343 von 400 Plätzen').waitFor()
    expect(await page.getByRole('columnheader', { name: deAdmin.dashboard.table.participants }).getAttribute('aria-describedby')).toBe(
      'explain-participants',
    )
    await page.getByText(deAdmin.dashboard.table.explain.participants).waitFor()
    expect(await axeViolations(page)).toEqual([])

    await row.getByRole('link', { name: /Maschinenbau-Tage/ }).click()
    await page.getByRole('heading', { name: deReports.live.title }).waitFor()
    const onOverview = await figure(page, deReports.live.participants).first().textContent()
    await page.getByText(deReports.live.explain.participants).waitFor()

    await page.goto(`${app.url}/admin/reports/2015`)
    const inReport = await leading(
      page
        .getByRole('row', { name: /Maschinenbau-Tage/ })
        .getByRole('cell')
        .nth(2)
        .innerText(),
    )
    expect({ onDashboard, onOverview, inReport }).toEqual({ onDashboard: '312', onOverview: '312', inReport: '312' })
  })

  it('offers an attendee who was there a certificate on the self-service page, and nobody else', async () => {
    const event = await db.event.findUniqueOrThrow({ where: { slug: 'energieforum-2015' } })
    const came = await db.registration.findFirstOrThrow({
      where: {
        eventId: event.id,
        status: 'CONFIRMED',
        role: 'ATTENDEE',
        source: 'ONLINE',
        checkIns: { some: { activeKey: { not: null } } },
      },
    })
    const absent = await db.registration.findFirstOrThrow({
      where: { eventId: event.id, status: 'CONFIRMED', role: 'ATTENDEE', source: 'ONLINE', checkIns: { none: {} } },
    })
    const page = await (await browser.newContext({ locale: 'de-DE' })).newPage()
    await page.goto(`${app.url}/r/${came.manageToken}`)
    await page.getByRole('heading', { level: 1, name: deRegistration.manage.title }).waitFor()
    const link = page.getByRole('link', { name: deReports.certificate.link })
    const pdf = await page.request.get(`${app.url}${await link.getAttribute('href')}`)
    expect([pdf.status(), pdf.headers()['content-type']]).toEqual([200, 'application/pdf'])
    expect(await axeViolations(page)).toEqual([])
    await page.goto(`${app.url}/r/${absent.manageToken}`)
    await page.getByRole('heading', { level: 1, name: deRegistration.manage.title }).waitFor()
    expect(await page.getByRole('link', { name: deReports.certificate.link }).count()).toBe(0)
    expect((await page.request.get(`${app.url}/r/${absent.manageToken}/certificate.pdf`)).status()).toBe(404)
  })
})
