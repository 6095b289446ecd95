// The setting of a browser journey: the production app on a fresh database with the demo,
// Chromium, a database client to check what the journey wrote, and optionally an SMTP sink the
// app mails to. Registers the beforeAll/afterAll hooks of the calling describe block.
import { afterAll, beforeAll } from 'vitest'
import type { Browser } from 'playwright-core'
import { createDb, type Db } from '~/lib/db.server'
import { startAppServer, type AppServer } from './app-server'
import { launchBrowser } from './browser'
import { startSmtpSink, type SmtpSink } from './smtp'

export type Journey = { app: AppServer; browser: Browser; db: Db; sink: SmtpSink }

/**
 * `ready` receives everything once it runs, e.g. `useJourney({ smtp: true }, (j) => ({ app, browser, db, sink } = j))`.
 * Without `smtp`, `sink` is not started (undefined).
 */
export function useJourney(options: { smtp?: boolean }, ready: (journey: Journey) => void) {
  let journey: Partial<Journey> = {}
  beforeAll(async () => {
    const sink = options.smtp ? await startSmtpSink() : undefined
    const [app, browser] = await Promise.all([startAppServer(sink ? { env: { SMTP_URL: sink.url } } : {}), launchBrowser()])
    journey = { app, browser, sink, db: await createDb(app.databaseUrl) }
    ready(journey as Journey)
  })
  afterAll(async () => {
    await journey.db?.$disconnect()
    await journey.browser?.close()
    await journey.app?.stop()
    await journey.sink?.close()
  })
}
