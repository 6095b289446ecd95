// `npm run worker`: the mail outbox worker as its own process (e.g. when the web processes run
// with FAIRDESK_WORKER=off). Needs SMTP_URL; stops cleanly on SIGINT/SIGTERM, finishing the
// message it is sending.
import { getDb } from '~/lib/db.server'
import { getEnv } from '~/lib/env.server'
import { startOutboxWorker } from '~/mail/worker.server'

const env = getEnv()
if (!env.SMTP_URL) {
  console.error('[fairdesk] SMTP_URL is not set: nothing to deliver to. Example: SMTP_URL=smtps://user:pass@mail.example.org:465')
  process.exit(1)
}
// This process is the worker whatever the web processes were told.
delete process.env.FAIRDESK_WORKER
const worker = startOutboxWorker(await getDb(), {
  onReport: (r) =>
    console.log(
      `[fairdesk] outbox: ${r.sent} sent, ${r.retried} to retry, ${r.failed} failed, ${r.skipped} skipped${r.reminders ? `, ${r.reminders} reminders queued` : ''}`,
    ),
})
console.log(`[fairdesk] outbox worker delivering to ${new URL(env.SMTP_URL).host} as ${env.MAIL_FROM}; links point to ${env.APP_URL}`)
// The worker's timer does not hold the process open (servers must be able to exit); this does.
const keepAlive = setInterval(() => {}, 60_000)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    clearInterval(keepAlive)
    void worker?.stop().then(() => process.exit(0))
  })
}
