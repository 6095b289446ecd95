// Journey: lead scanning at the stand with the phone's camera, as at the door. A member of the
// stand staff opens the stand desk from their pass link, starts the camera, holds it to a visitor's
// badge, and the contact is kept — nothing typed or pasted. Without JavaScript there is no camera
// button, and the code can still be typed or pasted.
import { describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import deCheckin from '~/locales/de/checkin.json'
import deFair from '~/locales/de/fair.json'
import { acceptExhibitor, applyAsExhibitor, recordLeadConsent, saveStand } from '~/domain/fair/fair.server'
import { register } from '~/domain/registration/register.server'
import { getTicketKeys, signTicket } from '~/domain/checkin/tickets.server'
import { type Db } from '~/lib/db.server'
import type { AppServer } from '../support/app-server'
import { useJourney } from '../support/journey'
import { axeViolations, gotoHydrated, hasChromium } from '../support/browser'
import { launchCameraBrowser } from '../support/fake-camera'

const DAY = 86_400_000

describe.skipIf(!hasChromium)('the stand desk scans badges with the camera', () => {
  let app: AppServer
  let browser: Browser
  let db: Db
  useJourney({}, (j) => ({ app, browser, db } = j))

  let n = 0
  async function standWithVisitor(visitorName: string) {
    n += 1
    const startsAt = new Date(Date.now() + 30 * DAY)
    const event = await db.event.create({
      data: {
        slug: `messe-kamera-${n}`,
        kind: 'FAIR',
        status: 'PUBLISHED',
        titleDe: `Zuliefermesse ${n}`,
        titleEn: `Supplier fair ${n}`,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 2 * DAY),
        capacity: 500,
      },
    })
    const stand = await saveStand(db, event.id, null, { hall: 'Halle 4', number: 'C2', areaSqm: 24, kind: 'JOINT' })
    if (stand.kind !== 'saved') throw new Error(stand.kind)
    const applied = await applyAsExhibitor(db, event.id, {
      company: `Kamera Sensorik ${n} GmbH`,
      contact: { firstName: 'Sabine', lastName: 'Standdienst', email: `sabine.standdienst.${n}@kamera.example` },
      areaWantedSqm: 12,
      topicsDe: 'Sensorik',
      staff: [],
      locale: 'de',
    })
    if (applied.kind !== 'applied') throw new Error(applied.kind)
    await acceptExhibitor(db, event.id, applied.exhibitorId, { standId: stand.standId, areaSqm: 12 })
    const pass = await db.registration.findFirstOrThrow({ where: { exhibitorId: applied.exhibitorId } })
    const r = await register(db, event.id, {
      firstName: visitorName,
      lastName: 'Besucherin',
      email: `${visitorName.toLowerCase()}.${n}@zulieferer.example`,
      company: 'Zulieferer AG',
    })
    if (r.kind !== 'confirmed') throw new Error(r.kind)
    await recordLeadConsent(db, r.registration.personId, true)
    return {
      event,
      exhibitorId: applied.exhibitorId,
      deskUrl: `${app.url}/r/${pass.manageToken}/stand`,
      code: signTicket(await getTicketKeys(db), r.registration),
    }
  }

  it('keeps the contact of the badge held to the camera, once, without typing', async () => {
    const { exhibitorId, deskUrl, code } = await standWithVisitor('Vera')
    const camera = await launchCameraBrowser(code)
    try {
      const context = await camera.newContext({ locale: 'de-DE', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })
      await context.grantPermissions(['camera'], { origin: app.url })
      const page = await context.newPage()
      const serverErrors: string[] = []
      page.on('response', (r) => {
        if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.url()}`)
      })
      await gotoHydrated(page, deskUrl)
      const leads = page.locator('#leads')
      await leads.getByRole('button', { name: deCheckin.camera.start }).click()
      const saved = deFair.leads.results.saved.replace('{{name}}', 'Vera Besucherin, Zulieferer AG')
      await expect.poll(() => leads.getByRole('status').first().textContent(), { timeout: 20_000 }).toBe(saved)
      await leads.getByRole('list', { name: deFair.leads.caption }).getByText('Vera Besucherin').waitFor()
      expect(await db.lead.count({ where: { exhibitorId } })).toBe(1)
      // Held in front of the lens, the badge stays one scan: no flip to "already collected".
      await page.waitForTimeout(3_500)
      expect(await leads.getByRole('status').first().textContent()).toBe(saved)
      // The camera keeps running for the next visitor, and the code field was never touched.
      await leads.getByRole('button', { name: deCheckin.camera.stop }).waitFor()
      expect(await leads.getByLabel(deFair.leads.code).inputValue()).toBe('')
      expect(await axeViolations(page)).toEqual([])
      expect(serverErrors).toEqual([])
    } finally {
      await camera.close()
    }
  })

  it('without JavaScript offers no camera, and a pasted code is still kept', async () => {
    const { exhibitorId, deskUrl, code } = await standWithVisitor('Wiebke')
    const context = await browser.newContext({ locale: 'de-DE', javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(deskUrl)
    const leads = page.locator('#leads')
    await leads.getByLabel(deFair.leads.code).waitFor()
    expect(await leads.getByRole('button', { name: deCheckin.camera.start }).count()).toBe(0)
    await leads.getByLabel(deFair.leads.code).fill(code)
    await leads.getByRole('button', { name: deFair.leads.save }).click()
    await leads.getByText(deFair.leads.results.saved.replace('{{name}}', 'Wiebke Besucherin, Zulieferer AG')).waitFor()
    expect(await db.lead.count({ where: { exhibitorId } })).toBe(1)
    await context.close()
  })
})
