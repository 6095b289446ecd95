// The staff pages of one event share its header and sub-navigation (the event layout route): over
// real HTTP, each child page shows the event's title as the page's only h1 and the links its role
// may open.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '~/lib/db.server'
import de from '~/locales/de/organiser.json'
import deCheckin from '~/locales/de/checkin.json'
import deCommon from '~/locales/de/common.json'
import deReports from '~/locales/de/reports.json'
import { startAppServer, type AppServer } from '../support/app-server'

describe('event layout', () => {
  let app: AppServer
  let event: { id: string; titleDe: string }
  beforeAll(async () => {
    app = await startAppServer()
    const db = await createDb(app.databaseUrl)
    try {
      event = await db.event.findFirstOrThrow({ where: { status: 'PUBLISHED', kind: { not: 'FAIR' } }, orderBy: { startsAt: 'desc' } })
    } finally {
      await db.$disconnect()
    }
  })
  afterAll(() => app?.stop())

  async function page(email: string, path: string) {
    const login = await fetch(`${app.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url, 'accept-language': 'de' },
      body: new URLSearchParams({ email, password: 'fairdesk-demo', redirectTo: '/admin' }).toString(),
      redirect: 'manual',
    })
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
    const res = await fetch(`${app.url}${path}`, { headers: { cookie, 'accept-language': 'de' }, redirect: 'manual' })
    const html = await res.text()
    const nav = new RegExp(`<nav aria-label="${de.event.pagesNav}"[^>]*>(.*?)</nav>`, 's').exec(html)?.[1] ?? ''
    return {
      status: res.status,
      h1: [...html.matchAll(/<h1\b[^>]*>(.*?)<\/h1>/gs)].map((m) => m[1]),
      title: /<title>(.*?)<\/title>/s.exec(html)?.[1] ?? null,
      links: [...nav.matchAll(/<a\b[^>]*>(.*?)<\/a>/gs)].map((m) => m[1]),
    }
  }

  it('shows the event header and the sub-navigation on a child page', async () => {
    for (const child of ['speakers', 'proposals', 'edit', 'report', 'devices', 'import', 'registrations/new']) {
      const { status, h1, links } = await page('orga@example.org', `/admin/events/${event.id}/${child}`)
      expect([child, status]).toEqual([child, 200])
      expect([child, h1]).toEqual([child, [event.titleDe]])
      expect([child, links]).toEqual([
        child,
        [
          de.event.publicPage,
          de.event.overview,
          de.edit.link,
          de.event.programmeLink,
          de.event.speakersLink,
          de.event.proposalsLink,
          deCheckin.scanner.link,
          deCheckin.devices.link,
          deReports.event.link,
        ],
      ])
    }
  })

  it('links only the pages the role may open', async () => {
    const { status, h1, links } = await page('report@example.org', `/admin/events/${event.id}/report`)
    expect(status).toBe(200)
    expect(h1).toEqual([event.titleDe])
    expect(links).toEqual([de.event.publicPage, deReports.event.link])
  })

  it('refuses a page the role may not open with a titled 403 page, without the event header', async () => {
    const refused = await page('report@example.org', `/admin/events/${event.id}/speakers`)
    expect(refused.status).toBe(403)
    expect(refused.h1).toEqual([deCommon.errors.forbidden.title])
    expect(refused.title).toBe(`${deCommon.errors.forbidden.title} – Fairdesk`)
    expect(refused.links).toEqual([])
  })
})
