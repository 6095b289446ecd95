// Journey: an organiser creates a monthly working-group series of six dates in one go, sees them
// listed, puts a member on the roster; the member registers through the personal link, an
// outsider is refused.
import { describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import deAuth from '~/locales/de/auth.json'
import deReg from '~/locales/de/registration.json'
import deSeries from '~/locales/de/series.json'
import { type Db } from '~/lib/db.server'
import type { AppServer } from '../support/app-server'
import { useJourney } from '../support/journey'
import { axeViolations, hasChromium } from '../support/browser'

/** The first day of the month `n` months after this one, and the last day of the month after that span. */
function monthsAhead(n: number, span: number) {
  const now = new Date()
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + n, 1))
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + n + span, 0))
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) }
}

describe.skipIf(!hasChromium)('organiser: series and working group', () => {
  let app: AppServer
  let browser: Browser
  let db: Db
  const statuses: number[] = []
  useJourney({}, (j) => ({ app, browser, db } = j))

  it('creates six monthly dates, adds a roster member who registers through the personal link; an outsider is refused', async () => {
    const context = await browser.newContext({ locale: 'de-DE' })
    const page = await context.newPage()
    page.on('response', (r) => statuses.push(r.status()))
    await page.goto(`${app.url}/login?redirectTo=/admin`)
    await page.getByLabel(deAuth.login.email).fill('orga@example.org')
    await page.getByLabel(deAuth.login.password).fill('fairdesk-demo')
    await page.getByRole('button', { name: deAuth.login.submit }).click()
    await page.getByRole('link', { name: deSeries.nav }).click()
    await page.getByRole('heading', { level: 1, name: deSeries.list.title }).waitFor()
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('link', { name: deSeries.list.new }).click()
    await page.getByRole('heading', { level: 1, name: deSeries.new.title }).waitFor()
    // Nothing named yet and an impossible period: the form explains, nothing is created.
    await page.getByLabel(deSeries.new.to, { exact: true }).fill('2020-01-01')
    await page.getByRole('button', { name: deSeries.new.submit }).click()
    await page.getByText(deSeries.errors.required).first().waitFor()
    await page.getByText(deSeries.errors.toBeforeFrom).first().waitFor()
    expect(await axeViolations(page)).toEqual([])

    const { from, to } = monthsAhead(1, 6)
    await page.getByLabel(deSeries.new.nameDe).fill('AK Remanufacturing')
    await page.getByLabel(deSeries.new.kind).selectOption('MEETING')
    await page.getByLabel(deSeries.new.patterns.monthly).check()
    await page.getByLabel(deSeries.new.ordinal).selectOption('2')
    await page.getByLabel(deSeries.new.weekday, { exact: true }).selectOption('4')
    await page.getByLabel(deSeries.new.from, { exact: true }).fill(from)
    await page.getByLabel(deSeries.new.to, { exact: true }).fill(to)
    await page.getByLabel(deSeries.new.startTime).fill('16:00')
    await page.getByLabel(deSeries.new.endTime).fill('18:00')
    await page.getByLabel(deSeries.new.capacity).fill('25')
    await page.getByLabel(deSeries.new.inviteOnly).check()
    await page.getByLabel(deSeries.new.publish).check()
    // The live preview lists the six 2nd Thursdays.
    await page.getByText('6 Termine').waitFor()
    const preview = await page.getByRole('region', { name: deSeries.new.preview }).getByRole('listitem').allTextContents()
    expect(preview).toHaveLength(6)
    expect(preview.every((line) => line.startsWith('Do.') && line.includes('16:00–18:00'))).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: deSeries.new.submit }).click()
    await page.getByText('Die Serie ist mit 6 Terminen angelegt.').waitFor()
    expect(await page.getByRole('table', { name: deSeries.detail.datesCaption }).getByRole('row').count()).toBe(7)

    const series = await db.series.findFirstOrThrow({
      where: { nameDe: 'AK Remanufacturing' },
      include: { events: { orderBy: { startsAt: 'asc' } } },
    })
    expect(series.events).toHaveLength(6)
    expect(series.events.every((e) => e.inviteOnly && e.status === 'PUBLISHED' && e.kind === 'MEETING' && e.capacity === 25)).toBe(true)

    // On the list of series, with its six dates.
    await page.getByRole('link', { name: deSeries.detail.back }).click()
    const listed = page.getByRole('row').filter({ hasText: 'AK Remanufacturing' })
    expect((await listed.getByRole('cell').first().textContent())?.trim()).toBe('6')
    await listed.getByRole('link', { name: 'AK Remanufacturing' }).click()

    // A member on the roster, with a personal link.
    await page.getByRole('button', { name: deSeries.detail.add }).click()
    await page.getByText(deSeries.errors.summary).waitFor()
    await page.getByLabel(deSeries.detail.firstName).fill('Mia')
    await page.getByLabel(deSeries.detail.lastName).fill('Mitglied')
    await page.getByLabel(deSeries.detail.email).fill('mia@reman.example')
    await page.getByLabel(deSeries.detail.company).fill('Reman GmbH')
    await page.getByRole('button', { name: deSeries.detail.add }).click()
    await page.getByText(deSeries.detail.added).waitFor()
    expect(await axeViolations(page)).toEqual([])
    const link = await page.getByLabel('Persönlicher Anmeldelink von Mia Mitglied').inputValue()
    expect(link).toMatch(new RegExp(`^${app.url}/events/${series.events[0]!.slug}/register\\?invite=[A-Za-z0-9_-]{43}$`))

    // The member registers through the link.
    const member = await (await browser.newContext({ locale: 'de-DE', viewport: { width: 360, height: 780 } })).newPage()
    member.on('response', (r) => statuses.push(r.status()))
    await member.goto(link)
    await member.getByLabel(deReg.form.firstName).fill('Mia')
    await member.getByLabel(deReg.form.lastName).fill('Mitglied')
    await member.getByLabel(deReg.form.email).fill('mia@reman.example')
    expect(await member.getByRole('group', { name: deReg.group.title }).count()).toBe(0)
    expect(await axeViolations(member)).toEqual([])
    await member.getByRole('button', { name: deReg.form.submit }).click()
    await member.waitForURL(/\/register\/sent$/)
    // The personal invitation registers its member: the confirmation goes to the member's address.
    await member.getByRole('status').getByText(deReg.form.sentTo.replace('{{address}}', 'mia@reman.example')).waitFor()
    const registration = await db.registration.findFirstOrThrow({ where: { eventId: series.events[0]!.id }, include: { person: true } })
    expect([registration.person.email, registration.status]).toEqual(['mia@reman.example', 'CONFIRMED'])

    // An outsider: no form without a link, and a made-up link registers nobody.
    const outsider = await (await browser.newContext({ locale: 'de-DE' })).newPage()
    outsider.on('response', (r) => statuses.push(r.status()))
    await outsider.goto(`${app.url}/events/${series.events[0]!.slug}/register`)
    await outsider.getByText(deReg.closed.inviteOnly).waitFor()
    expect(await outsider.getByRole('button', { name: deReg.form.submit }).count()).toBe(0)
    await outsider.goto(`${app.url}/events/${series.events[0]!.slug}/register?invite=${'x'.repeat(43)}`)
    await outsider.getByLabel(deReg.form.firstName).fill('Otto')
    await outsider.getByLabel(deReg.form.lastName).fill('Außenstehend')
    await outsider.getByLabel(deReg.form.email).fill('otto@aussen.example')
    await outsider.getByRole('button', { name: deReg.form.submit }).click()
    await outsider.getByRole('alert').filter({ hasText: deReg.closed.inviteOnly }).waitFor()
    expect(await db.registration.count({ where: { eventId: series.events[0]!.id } })).toBe(1)
    expect(await db.person.count({ where: { email: 'otto@aussen.example' } })).toBe(0)
    expect(statuses.filter((s) => s >= 500)).toEqual([])
  })

  it('answers bad requests with 4xx, never a 500', async () => {
    const context = await browser.newContext()
    const login = await context.request.post(`${app.url}/login`, {
      form: { email: 'orga@example.org', password: 'fairdesk-demo' },
      headers: { origin: app.url },
      maxRedirects: 0,
    })
    expect(login.status()).toBeLessThan(400)
    const post = (path: string, form: Record<string, string>) =>
      context.request.post(`${app.url}${path}`, { form, headers: { origin: app.url }, maxRedirects: 0 })
    expect((await context.request.get(`${app.url}/admin/series/no-such-series`)).status()).toBe(404)
    expect((await post('/admin/series/no-such-series', { firstName: 'A', lastName: 'B', email: 'a@b.example' })).status()).toBe(404)
    const series = await db.series.findFirstOrThrow()
    expect((await post(`/admin/series/${series.id}`, { intent: 'remove', memberId: 'nobody' })).status()).toBe(404)
    expect((await post(`/admin/series/${series.id}`, { email: '\u0000' })).status()).toBe(400)
    const garbage = await post('/admin/series/new', {
      nameDe: 'x'.repeat(500),
      pattern: 'yearly',
      from: '2027-13-45',
      startTime: '25:00',
      capacity: '-1',
      status: 'PUBLISHED',
    })
    expect(garbage.status()).toBe(400)
    const many = await post('/admin/series/new', {
      nameDe: 'Zu viele',
      kind: 'DIALOGUE',
      pattern: 'weekly',
      weekday: '1',
      everyWeeks: '1',
      from: '2027-01-01',
      to: '2029-12-31',
      startTime: '18:00',
      endTime: '20:00',
    })
    expect(many.status()).toBe(400)
    expect(await db.series.count({ where: { nameDe: 'Zu viele' } })).toBe(0)
    // Staff without the capability are turned away.
    const door = await browser.newContext()
    await door.request.post(`${app.url}/login`, {
      form: { email: 'door@example.org', password: 'fairdesk-demo' },
      headers: { origin: app.url },
    })
    expect((await door.request.get(`${app.url}/admin/series`)).status()).toBe(403)
  })
})
