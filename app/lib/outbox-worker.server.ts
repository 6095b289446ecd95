// Runs the outbox delivery every few seconds in the server process (every process of a cluster
// may run one: messages are claimed, so none is sent twice). Without SMTP_URL nothing is sent and
// the messages stay in the outbox.
import { deliverDue } from '~/domain/outbox.server'
import type { Db } from './db.server'
import { getEnv } from './env.server'
import { createTransport, type OutgoingMail } from './mailer.server'

export function startOutboxWorker(db: Db, { intervalMs = 2_000 } = {}): (() => void) | null {
  const env = getEnv()
  if (!env.SMTP_URL || process.env.FAIRDESK_WORKER === 'off') return null
  const transport = createTransport(env.SMTP_URL)
  const send = (mail: OutgoingMail) => transport.sendMail({ from: env.MAIL_FROM, ...mail })
  let running = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      await deliverDue(db, { send, appUrl: env.APP_URL })
    } catch (error) {
      console.error('[fairdesk] outbox worker:', error)
    } finally {
      running = false
    }
  }
  const timer = setInterval(tick, intervalMs)
  timer.unref()
  void tick()
  return () => clearInterval(timer)
}
