// `npm run worker`: the mail outbox worker on its own (e.g. when the web processes run with
// FAIRDESK_WORKER=off). Needs SMTP_URL.
import { getDb } from '~/lib/db.server'
import { getEnv } from '~/lib/env.server'
import { startOutboxWorker } from '~/lib/outbox-worker.server'

if (!getEnv().SMTP_URL) {
  console.error('[fairdesk] SMTP_URL is not set: nothing to deliver to.')
  process.exit(1)
}
startOutboxWorker(await getDb())
console.log(`[fairdesk] outbox worker delivering to ${new URL(getEnv().SMTP_URL!).host}`)
// Keep the process alive (the worker's timer is unref'd so servers can exit cleanly).
setInterval(() => {}, 60_000)
