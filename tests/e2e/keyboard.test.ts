// Journeys with the keyboard alone (Tab, Shift+Tab, Enter, Space, typing; never a click): an
// attendee registers through a refused first attempt, and door staff sign in, find their event and
// admit people at the scanner by typed code and by name. On every page the first Tab reaches the
// skip link, every focused element shows where focus is, and errors are announced and linked.
import { describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import deAdmin from '~/locales/de/admin.json'
import deAuth from '~/locales/de/auth.json'
import deCheckin from '~/locales/de/checkin.json'
import deCommon from '~/locales/de/common.json'
import deEvents from '~/locales/de/events.json'
import deReg from '~/locales/de/registration.json'
import { register } from '~/domain/registration/register.server'
import { getTicketKeys, signTicket } from '~/domain/checkin/tickets.server'
import { type Db } from '~/lib/db.server'
import type { AppServer } from '../support/app-server'
import { useJourney } from '../support/journey'
import { axeViolations, gotoHydrated, hasChromium } from '../support/browser'
import { manageLinkFor, type SmtpSink } from '../support/smtp'

type Focused = {
  tag: string
  name: string | null
  id: string
  label: string
  href: string | null
  visibleFocus: boolean
  onScreen: boolean
  role: string | null
}

/** What has focus, and whether it shows it: an outline or a box-shadow ring (computed style). */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el || el === document.body) return null
    const style = getComputedStyle(el)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    const ring = style.boxShadow !== 'none' && style.boxShadow !== ''
    const box = el.getBoundingClientRect()
    return {
      tag: el.tagName.toLowerCase(),
      name: el.getAttribute('name'),
      id: el.id,
      label: (el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 100),
      href: el.getAttribute('href'),
      visibleFocus: outline || ring,
      onScreen: box.width > 1 && box.height > 1,
      role: el.getAttribute('role'),
    }
  })
}

const describeStop = (f: Focused | null) =>
  f ? `<${f.tag}${f.name ? ` name=${f.name}` : ''}${f.href ? ` href=${f.href}` : ''}> "${f.label}"` : '<body>'

/** Presses Tab (or Shift+Tab) until `wanted` has focus; every stop on the way must show its focus. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, { back = false, max = 80 } = {}): Promise<Focused> {
  const seen: string[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    const f = await focused(page)
    seen.push(describeStop(f))
    if (!f) continue
    expect(f.visibleFocus, `no visible focus on ${describeStop(f)}`).toBe(true)
    expect(f.onScreen, `focused but not on screen: ${describeStop(f)}`).toBe(true)
    if (wanted(f)) return f
  }
  throw new Error(`not reached with ${back ? 'Shift+Tab' : 'Tab'}; stops were:\n${seen.join('\n')}`)
}

const isSkipLink = (f: Focused) => f.tag === 'a' && f.href === '#main'

/** The next Tab from where the page put focus lands on the skip link, which moves focus into <main>. */
async function expectSkipLinkFirst(page: Page) {
  await page.keyboard.press('Tab')
  const first = await focused(page)
  expect(first && isSkipLink(first), `first tab stop is ${describeStop(first)}`).toBe(true)
  expect(first!.label).toBe(deCommon.nav.skipToContent)
  expect(first!.visibleFocus).toBe(true)
  await page.keyboard.press('Enter')
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main')
}

describe.skipIf(!hasChromium)('keyboard alone', () => {
  let app: AppServer
  let browser: Browser
  let db: Db
  const serverErrors: string[] = []
  let sink: SmtpSink
  useJourney({ smtp: true }, (j) => ({ app, browser, db, sink } = j))

  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ locale: 'de-DE', viewport })
    const page = await context.newPage()
    page.on('response', (r) => {
      if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.url()}`)
    })
    return page
  }

  it('shows the skip link and the focus ring readably in light and dark mode', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 360, height: 780 }, colorScheme })
      const page = await context.newPage()
      await gotoHydrated(page, `${app.url}/events`)
      await page.keyboard.press('Tab')
      expect(isSkipLink((await focused(page))!)).toBe(true)
      // axe checks the shown skip link's text contrast; the ring itself needs 3:1 against the page.
      expect(await axeViolations(page)).toEqual([])
      await tabTo(page, (f) => f.tag === 'a' && f.label === deCommon.nav.events)
      const ratio = await page.evaluate(() => {
        const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number)
        const luminance = (css: string) => {
          const [r, g, b] = rgb(css)
            .map((v) => v / 255)
            .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
        }
        const ring = luminance(getComputedStyle(document.activeElement!).outlineColor)
        const header = luminance(getComputedStyle(document.querySelector('header')!).backgroundColor)
        return (Math.max(ring, header) + 0.05) / (Math.min(ring, header) + 0.05)
      })
      expect(ratio, `focus ring contrast in ${colorScheme} mode`).toBeGreaterThanOrEqual(3)
      await context.close()
    }
  })

  it('registers for an event: the refused attempt focuses the error summary, the fixed one confirms', async () => {
    const event = await db.event.findFirstOrThrow({
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
    const page = await newPage({ width: 360, height: 780 })
    await gotoHydrated(page, `${app.url}/events/${event.slug}`)
    await expectSkipLinkFirst(page)
    await tabTo(page, (f) => f.tag === 'a' && f.label === deEvents.detail.registerNow)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/register$/)
    await page.getByRole('heading', { name: deReg.form.title }).waitFor()
    await expectSkipLinkFirst(page)
    expect(await axeViolations(page)).toEqual([])

    // Straight to the button and Enter, with nothing filled in.
    await tabTo(page, (f) => f.tag === 'button' && f.label === deReg.form.submit)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('registration-errors')
    const summary = await focused(page)
    expect(summary).toMatchObject({ role: 'alert', label: deReg.errors.summary, visibleFocus: true })
    expect(await page.locator('form[method="post"]').getAttribute('aria-describedby')).toBe('registration-errors')
    // Each refused field says why, and its message is tied to it.
    for (const name of ['firstName', 'lastName', 'email']) {
      const input = page.locator(`input[name="${name}"]`)
      expect(await input.getAttribute('aria-invalid')).toBe('true')
      const describedBy = (await input.getAttribute('aria-describedby'))!.split(' ')
      const messages = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()))
      expect(messages).toContain(deReg.errors.required)
    }
    expect(await axeViolations(page)).toEqual([])

    // From the summary, the next Tab is the first field to fix.
    const first = await tabTo(page, () => true, { max: 1 })
    expect(first.name).toBe('firstName')
    await page.keyboard.type('Karla')
    await tabTo(page, (f) => f.name === 'lastName')
    await page.keyboard.type('Tastatur')
    await tabTo(page, (f) => f.name === 'email')
    await page.keyboard.type('karla.tastatur@example.org')
    // The required custom questions: text is typed, a yes box or the first choice is ticked with Space.
    for (const q of event.questions.filter((q) => q.required)) {
      await tabTo(page, (f) => f.name === `q_${q.id}`)
      if (q.kind === 'TEXT') await page.keyboard.type('Keine')
      else await page.keyboard.press('Space')
    }
    await tabTo(page, (f) => f.tag === 'button' && f.label === deReg.form.submit)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/register\/sent$/)
    await page.getByRole('status').getByText(deReg.form.sentTo.replace('{{address}}', 'karla.tastatur@example.org')).waitFor()
    await expectSkipLinkFirst(page)
    // The link from the mail opens the registration, with the skip link first there too.
    await gotoHydrated(page, await manageLinkFor(sink, 'karla.tastatur@example.org', app.url))
    await page.getByRole('heading', { level: 1, name: deReg.manage.title }).waitFor()
    await expectSkipLinkFirst(page)
    const registration = await db.registration.findFirstOrThrow({
      where: { eventId: event.id, person: { email: 'karla.tastatur@example.org' } },
    })
    expect(registration.status).toBe('CONFIRMED')
    expect(serverErrors).toEqual([])
  })

  it('signs in, opens an event from the dashboard and admits people by typed code and by name search', async () => {
    const startsAt = new Date(Date.now() + 2 * 3_600_000)
    const event = await db.event.create({
      data: {
        slug: 'tastatur-tuer',
        kind: 'CONFERENCE',
        status: 'PUBLISHED',
        titleDe: 'Tastatur-Tür-Konferenz',
        titleEn: 'Keyboard door conference',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 6 * 3_600_000),
        capacity: 50,
      },
    })
    const keys = await getTicketKeys(db)
    const people: { name: string; code: string; id: string }[] = []
    for (const [firstName, lastName] of [
      ['Ada', 'Pfeiltaste'],
      ['Bert', 'Leertaste'],
    ] as const) {
      const r = await register(db, event.id, {
        firstName,
        lastName,
        email: `${firstName.toLowerCase()}@tasten.example`,
        company: 'Tasten GmbH',
      })
      if (r.kind !== 'confirmed') throw new Error(r.kind)
      people.push({ name: `${firstName} ${lastName}`, code: signTicket(keys, r.registration), id: r.registration.id })
    }

    const page = await newPage()
    await gotoHydrated(page, `${app.url}/login`)
    await expectSkipLinkFirst(page)
    // Enter on the empty form: a summary takes focus, and the next Tab is the first field to fill in.
    await tabTo(page, (f) => f.tag === 'button' && f.label === deAuth.login.submit)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('login-form-error')
    expect(await focused(page)).toMatchObject({ role: 'alert', label: deCommon.form.fixErrors, visibleFocus: true })
    const email = page.locator('input[name="email"]')
    expect(await email.getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator(`[id="${await email.getAttribute('aria-describedby')}"]`).textContent()).toBe(deAuth.errors.emailRequired)
    expect((await tabTo(page, () => true, { max: 1 })).name).toBe('email')
    await page.keyboard.type('admin@example.org')
    await page.keyboard.press('Tab')
    await page.keyboard.type('falsch')
    await page.keyboard.press('Enter')
    // A wrong password: the message takes focus and is announced (hashing the attempt takes its time on a busy machine).
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 15_000 }).toBe('login-form-error')
    expect(await focused(page)).toMatchObject({ role: 'alert', label: deAuth.errors.invalidCredentials, visibleFocus: true })
    await tabTo(page, (f) => f.name === 'password')
    await page.keyboard.type('fairdesk-demo')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/admin$/)
    await page.getByRole('heading', { level: 1, name: deAdmin.dashboard.title }).waitFor()
    await expectSkipLinkFirst(page)

    // Find the event with the dashboard's search, then open it.
    await tabTo(page, (f) => f.label === deAdmin.dashboard.search)
    await page.keyboard.type('Tastatur-Tür')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/admin\?.*q=/)
    await page.getByText('1 Veranstaltung', { exact: true }).waitFor()
    await tabTo(page, (f) => f.tag === 'a' && f.label === event.titleDe)
    await page.keyboard.press('Enter')
    await page.waitForURL(new RegExp(`/admin/events/${event.id}$`))
    await page.getByRole('heading', { level: 1, name: event.titleDe }).waitFor()
    await expectSkipLinkFirst(page)
    await tabTo(page, (f) => f.tag === 'a' && f.label === deCheckin.scanner.link)
    await page.keyboard.press('Enter')
    await page.waitForURL(new RegExp(`/admin/events/${event.id}/checkin$`))
    await page.getByText(/^Liste: \d+ Person/).waitFor()

    // The scanner puts focus in the code field (hand scanners type there); the skip link is still
    // the first stop of the page.
    await expect.poll(async () => (await focused(page))?.name).toBe('code')
    await tabTo(page, isSkipLink, { back: true })
    expect(
      await page.evaluate(() => {
        const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
          (el) => el.tabIndex >= 0 && !el.hidden,
        )
        return all[0]?.getAttribute('href')
      }),
    ).toBe('#main')

    // A typed code (as a hand scanner types it), then Enter.
    await tabTo(page, (f) => f.name === 'code')
    await page.keyboard.type(people[0]!.code)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#verdict-heading').textContent()).toBe(deCheckin.verdict.title.ok)
    expect(await page.locator('#verdict-heading').locator('xpath=..').locator('xpath=..').getAttribute('aria-live')).toBe('assertive')
    await page.getByTestId('verdict-name').filter({ hasText: people[0]!.name }).waitFor()
    // Focus stays in the code field for the next ticket.
    expect((await focused(page))?.name).toBe('code')

    // Someone without a ticket: open the search (Enter on its summary), type the name, admit.
    await tabTo(page, (f) => f.tag === 'summary' && f.label.startsWith(deCheckin.search.title))
    await page.keyboard.press('Enter')
    await tabTo(page, (f) => f.label === deCheckin.search.label)
    await page.keyboard.type('Leertaste')
    await tabTo(page, (f) => f.tag === 'button' && f.label === `${deCheckin.search.admit}: ${people[1]!.name}`)
    await page.keyboard.press('Space')
    await page.getByTestId('verdict-name').filter({ hasText: people[1]!.name }).waitFor()
    await expect.poll(() => page.locator('#verdict-heading').textContent()).toBe(deCheckin.verdict.title.ok)
    expect(await axeViolations(page)).toEqual([])

    // A walk-in: the refused empty form focuses its message, then name and Enter admit them.
    await tabTo(page, (f) => f.tag === 'summary' && f.label.startsWith(deCheckin.walkIn.title))
    await page.keyboard.press('Enter')
    await tabTo(page, (f) => f.tag === 'button' && f.label === deCheckin.walkIn.submit)
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await focused(page))?.role).toBe('alert')
    expect(await focused(page)).toMatchObject({ label: deCheckin.errors.summary, visibleFocus: true })
    expect((await tabTo(page, () => true, { max: 1 })).name).toBe('firstName')
    await page.keyboard.type('Carla')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Spontan')
    await page.keyboard.press('Enter')
    await page.getByText(deCheckin.verdict.walkIn).waitFor()

    const checkIns = await db.checkIn.findMany({
      where: { eventId: event.id, activeKey: { not: null } },
      include: { registration: { select: { source: true } } },
    })
    expect(
      checkIns
        .filter((c) => c.registration.source !== 'WALK_IN')
        .map((c) => c.registrationId)
        .sort(),
    ).toEqual(people.map((p) => p.id).sort())
    expect(checkIns.filter((c) => c.registration.source === 'WALK_IN')).toHaveLength(1)
    expect(serverErrors).toEqual([])
  })
})
