// Lighthouse's accessibility and best-practices audits on the two pages every attendee sees. The
// performance score is a speed figure and lives in `npm run bench`, not here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb } from '~/lib/db.server'
import { startAppServer, type AppServer } from '../support/app-server'
import { hasChromium } from '../support/browser'
import { lighthouseScores } from '../support/lighthouse'

describe.skipIf(!hasChromium)('Lighthouse: event page and registration form', () => {
  let app: AppServer
  let slug: string
  beforeAll(async () => {
    app = await startAppServer()
    const db = await createDb(app.databaseUrl)
    slug = (
      await db.event.findFirstOrThrow({
        where: { status: 'PUBLISHED', isPublic: true, startsAt: { gt: new Date() } },
        orderBy: { startsAt: 'asc' },
      })
    ).slug
    await db.$disconnect()
  })
  afterAll(() => app?.stop())

  for (const [name, path] of [
    ['event page', (s: string) => `/events/${s}`],
    ['registration form', (s: string) => `/events/${s}/register`],
  ] as const) {
    it(`scores at least 95 for accessibility and best practices on the ${name}`, async () => {
      const scores = await lighthouseScores(app.url + path(slug), ['accessibility', 'best-practices'])
      expect({
        accessibility: scores.accessibility,
        bestPractices: scores['best-practices'],
        failing: scores.accessibility < 95 || scores['best-practices'] < 95 ? scores.failing : [],
      }).toMatchObject({ failing: [] })
      expect(scores.accessibility).toBeGreaterThanOrEqual(95)
      expect(scores['best-practices']).toBeGreaterThanOrEqual(95)
    }, 120_000)
  }
})
