// Every journey page — public list, event, registration, self-service, login, dashboard, event
// editor, door scanner, annual report, exhibitor directory, agenda — in German and English, on a
// 360 px phone and a 1280 px desktop, in light and dark colour scheme: no axe violation, no sideways
// page scroll, and a full-page screenshot per visit for a person to look at.
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { register } from '~/domain/registration/register.server'
import deAdmin from '~/locales/de/admin.json'
import deCommon from '~/locales/de/common.json'
import deReports from '~/locales/de/reports.json'
import { createDb, type Db } from '~/lib/db.server'
import { startAppServer, type AppServer } from '../support/app-server'
import { axeViolations, gotoHydrated, hasChromium, launchBrowser } from '../support/browser'
import { MIN_TAP, smallTapTargets } from '../support/tap-targets'

const SCREENSHOTS = path.resolve('test-results/screenshots/journeys')
const LOCALES = [
  { lang: 'de', locale: 'de-DE' },
  { lang: 'en', locale: 'en-GB' },
] as const
const WIDTHS = [360, 1280] as const
const SCHEMES = ['light', 'dark'] as const

type JourneyPage = {
  name: string
  path: string
  staff?: boolean
  /** Something that only shows once the page has drawn what it loads on the client (charts, the door list). */
  ready?: (page: Page) => Promise<unknown>
}

describe.skipIf(!hasChromium)('every journey page, in both languages, both widths and both colour schemes', () => {
  let app: AppServer
  let browser: Browser
  let db: Db
  let pages: JourneyPage[]
  beforeAll(async () => {
    ;[app, browser] = await Promise.all([startAppServer(), launchBrowser()])
    db = await createDb(app.databaseUrl)
    const upcoming = { status: 'PUBLISHED', isPublic: true, startsAt: { gt: new Date() } } as const
    const conference = await db.event.findFirstOrThrow({
      where: { ...upcoming, kind: 'CONFERENCE', sessions: { some: {} } },
      orderBy: { startsAt: 'asc' },
    })
    const fair = await db.event.findFirstOrThrow({
      where: { ...upcoming, kind: 'FAIR', exhibitors: { some: {} } },
      orderBy: { startsAt: 'asc' },
    })
    // A real registration with a long name and company, as the self-service page shows them.
    const registered = await register(db, conference.id, {
      firstName: 'Maximiliane',
      lastName: 'Schwarzenberg-Überlinger',
      email: 'maximiliane.schwarzenberg@sondermaschinenbau-mitteldeutschland.example',
      company: 'Sondermaschinenbau Mitteldeutschland GmbH & Co. KG',
    })
    if (registered.kind !== 'confirmed') throw new Error(registered.kind)
    pages = [
      { name: 'events', path: '/events' },
      { name: 'event', path: `/events/${conference.slug}` },
      { name: 'register', path: `/events/${conference.slug}/register` },
      { name: 'self-service', path: `/r/${registered.registration.manageToken}` },
      { name: 'exhibitors', path: `/events/${fair.slug}/exhibitors` },
      { name: 'agenda', path: `/events/${conference.slug}/agenda` },
      { name: 'login', path: '/login' },
      { name: 'dashboard', path: '/admin', staff: true },
      { name: 'event-editor', path: `/admin/events/${conference.id}/edit`, staff: true },
      {
        name: 'scanner',
        path: `/admin/events/${conference.id}/checkin`,
        staff: true,
        ready: (page) =>
          page
            .getByTestId('count-checked-in')
            .filter({ hasText: /\d+ \/ \d+/ })
            .waitFor(),
      },
      {
        name: 'report',
        path: '/admin/reports/2015',
        staff: true,
        ready: (page) => page.locator('svg .recharts-bar-rectangle').first().waitFor(),
      },
    ]
    fs.mkdirSync(SCREENSHOTS, { recursive: true })
    console.log(`[fairdesk] journey screenshots: ${SCREENSHOTS}`)
  })
  afterAll(async () => {
    await db?.$disconnect()
    await browser?.close()
    await app?.stop()
  })

  async function signIn(page: Page) {
    await page.locator('input[name="email"]').fill('admin@example.org')
    await page.locator('input[name="password"]').fill('fairdesk-demo')
    await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/login')), page.locator('form button[type="submit"]').click()])
  }

  /** How bright the body's text or background colour is, 0 (black) to 255 (white). */
  function bodyBrightness(page: Page, property: 'color' | 'backgroundColor') {
    return page.evaluate((property) => {
      // Tailwind 4 colours are oklch(); a canvas turns any CSS colour into RGB.
      const context = document.createElement('canvas').getContext('2d')!
      context.fillStyle = getComputedStyle(document.body)[property]
      context.fillRect(0, 0, 1, 1)
      const [r, g, b] = context.getImageData(0, 0, 1, 1).data
      return (r! + g! + b!) / 3
    }, property)
  }

  /** What is wrong with the page as it is shown now: axe violations and a page wider than the screen. */
  async function problemsOn(page: Page, label: string, width: number): Promise<string[]> {
    const problems = (await axeViolations(page)).map((v) => `${label}: ${v}`)
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    if (scrollWidth > width)
      problems.push(
        `${label}: page scrolls sideways (${scrollWidth} px on a ${width} px screen; ${(await reachingPast(page, width)).join(', ')})`,
      )
    return problems
  }

  /** The deepest visible elements reaching past the right edge `width`: they name the cause. */
  function reachingPast(page: Page, width: number) {
    return page.evaluate((w) => {
      const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > w + 1 && el.checkVisibility())
      return wide
        .filter((el) => !wide.some((other) => other !== el && el.contains(other)))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].slice(0, 4).join('.')}`)
    }, width)
  }

  it('prints the annual report on A4: no navigation, filters or buttons; figures, charts and tables fit the page', async () => {
    // A4 is 210 mm wide; less the 12 mm margins of app.css that leaves 186 mm, about 703 CSS pixels.
    const printable = Math.floor((186 / 25.4) * 96)
    const context = await browser.newContext({ locale: 'de-DE', colorScheme: 'dark', viewport: { width: printable, height: 1000 } })
    try {
      const page = await context.newPage()
      await gotoHydrated(page, `${app.url}/login?redirectTo=/admin/reports/2015`)
      await signIn(page)
      await page.locator('svg .recharts-bar-rectangle').first().waitFor()
      await page.emulateMedia({ media: 'print' })
      for (const hidden of [
        page.getByRole('navigation', { name: deCommon.nav.main }),
        page.getByRole('navigation', { name: deAdmin.nav.label }),
        page.getByRole('navigation', { name: deReports.annual.years }),
        page.getByRole('form', { name: deReports.filter.label }),
        page.getByRole('link', { name: deReports.annual.exportCsv }),
        page.getByRole('button', { name: deAdmin.nav.logout }),
      ]) {
        expect(await hidden.isVisible()).toBe(false)
      }
      expect(await page.getByRole('heading', { level: 1, name: 'Jahresbericht 2015' }).isVisible()).toBe(true)
      expect(await page.locator('[data-figure="participants"]').isVisible()).toBe(true)
      expect(await page.getByRole('figure', { name: deReports.charts.perMonth }).locator('svg.recharts-surface').isVisible()).toBe(true)
      const events = page.getByRole('region', { name: /23 Veranstaltungen/ }).getByRole('table')
      expect(await events.isVisible()).toBe(true)
      expect(await events.getByRole('columnheader', { name: deReports.table.how }).isVisible()).toBe(true)
      // Nothing wider than the paper, and dark text on white even from a browser in dark mode.
      expect(await reachingPast(page, printable)).toEqual([])
      expect(await bodyBrightness(page, 'color')).toBeLessThan(80)
      await page.screenshot({ path: path.join(SCREENSHOTS, 'report-de-print.png'), fullPage: true })
      await page.pdf({
        path: path.join(SCREENSHOTS, 'report-de-print.pdf'),
        format: 'A4',
        margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' },
      })
    } finally {
      await context.close()
    }
  })

  for (const { lang, locale } of LOCALES) {
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        it(
          `${lang}, ${width} px, ${colorScheme}: no axe violation, no sideways scroll, a screenshot of each page`,
          { timeout: 300_000 },
          async () => {
            const phone = width < 640
            const context: BrowserContext = await browser.newContext({
              locale,
              colorScheme,
              viewport: { width, height: phone ? 780 : 900 },
              ...(phone ? { hasTouch: true, isMobile: true } : {}),
            })
            try {
              const page = await context.newPage()
              const serverErrors: string[] = []
              page.on('response', (r) => {
                if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.url()}`)
              })
              const problems: string[] = []
              for (const journey of pages) {
                const label = `${journey.name}-${lang}-${width}-${colorScheme}`
                if (journey.staff && new URL(page.url() || 'about:blank', app.url).pathname.startsWith('/login')) await signIn(page)
                const response = await gotoHydrated(page, `${app.url}${journey.path}`)
                expect([label, response?.status()]).toEqual([label, 200])
                expect(await page.getAttribute('html', 'lang')).toBe(lang)
                await page.getByRole('heading', { level: 1 }).first().waitFor()
                await journey.ready?.(page)
                // Dark mode must really be on: the page background follows the scheme.
                const luminance = await bodyBrightness(page, 'backgroundColor')
                expect([label, colorScheme === 'dark' ? luminance < 80 : luminance > 200]).toEqual([label, true])
                problems.push(...(await problemsOn(page, label, width)))
                // The attendee's journey on a phone: every control a thumb can hit (the scanner has its own test).
                if (width === 360 && !journey.staff)
                  problems.push(...(await smallTapTargets(page)).map((t) => `${label}: tap target under ${MIN_TAP} px: ${t}`))
                await page.screenshot({ path: path.join(SCREENSHOTS, `${label}.png`), fullPage: true })
              }
              expect(serverErrors).toEqual([])
              expect(problems).toEqual([])
            } catch (error) {
              console.log(`[fairdesk] app server log (last lines):\n${app.logs().slice(-4000)}`)
              throw error
            } finally {
              await context.close()
            }
          },
        )
      }
    }
  }
})
