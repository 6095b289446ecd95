// The outbox worker: delivers due messages every two seconds (and at once when kicked), and writes
// reminders before events. One per process — the server entry and scripts/serve.ts may both ask
// for it, so the running worker lives on globalThis (the Remix build and the serve script each
// carry their own copy of this module). Several processes may each run one: messages are claimed
// in the database, so none is sent twice.
//
// Off when SMTP_URL is unset (development: messages stay in the outbox, readable at /admin/outbox)
// or FAIRDESK_WORKER=off (web processes, when `npm run worker` delivers instead).
// FAIRDESK_REMINDER_HOURS: how long before an event the reminder goes out (default 48; 0 = none).
import nodemailer from 'nodemailer'
import { deliverDue, enqueueReminders, LEASE_MS, type DeliveryReport, type OutboxMail } from './outbox.server'
import { getDb, type Db } from '~/lib/db.server'
import { getEnv } from '~/lib/env.server'

export type OutboxWorker = { kick(): void; stop(): Promise<void> }

const KEY = Symbol.for('fairdesk.outboxWorker')
type Holder = { [KEY]?: OutboxWorker | null }
const holder = globalThis as Holder

const REMINDER_CHECK_MS = 5 * 60_000

export function reminderLeadMs(value = process.env.FAIRDESK_REMINDER_HOURS): number {
  if (value === undefined || value.trim() === '') return 48 * 3_600_000
  const hours = Number(value)
  return Number.isFinite(hours) && hours > 0 ? hours * 3_600_000 : 0
}

type WorkerOptions = {
  /** Defaults from the environment (SMTP_URL, MAIL_FROM, APP_URL). */
  smtpUrl?: string
  from?: string
  appUrl?: string
  intervalMs?: number
  /** Sees every round that did something (the CLI logs it). */
  onReport?: (report: DeliveryReport & { reminders: number }) => void
}

/** Starts this process's worker unless it runs already or is switched off; returns it (or null). */
export function startOutboxWorker(db: Db, options: WorkerOptions = {}): OutboxWorker | null {
  if (holder[KEY]) return holder[KEY]
  const env = getEnv()
  const smtpUrl = options.smtpUrl ?? env.SMTP_URL
  if (!smtpUrl || process.env.FAIRDESK_WORKER === 'off') return null
  const from = options.from ?? env.MAIL_FROM
  const appUrl = options.appUrl ?? env.APP_URL
  // Our own pooled transport rather than mailer.server's: bounded timeouts keep every send well
  // inside the claim's lease (nodemailer's socket timeout defaults to many minutes).
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: 3,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: Math.min(120_000, LEASE_MS / 2),
  })
  const send = (mail: OutboxMail) => transport.sendMail({ from, ...mail })
  const leadMs = reminderLeadMs()
  let running: Promise<void> | null = null
  let again = false
  let lastReminderCheck = 0
  let stopped = false

  const round = async () => {
    let reminders = 0
    const now = Date.now()
    if (leadMs > 0 && now - lastReminderCheck >= REMINDER_CHECK_MS) {
      lastReminderCheck = now
      reminders = await enqueueReminders(db, { leadMs })
    }
    const report = await deliverDue(db, { send, appUrl, concurrency: 3, limit: 100 })
    if (reminders || report.sent || report.skipped || report.retried || report.failed) options.onReport?.({ ...report, reminders })
  }
  const tick = () => {
    if (stopped) return
    if (running) {
      again = true
      return
    }
    running = round()
      .catch((error) => console.error('[fairdesk] outbox worker:', error))
      .finally(() => {
        running = null
        if (again && !stopped) {
          again = false
          tick()
        }
      })
  }
  const timer = setInterval(tick, options.intervalMs ?? 2_000)
  // Servers and tests must be able to exit while the worker waits.
  timer.unref()
  const worker: OutboxWorker = {
    kick: tick,
    async stop() {
      stopped = true
      clearInterval(timer)
      await running
      transport.close()
      if (holder[KEY] === worker) delete holder[KEY]
    },
  }
  holder[KEY] = worker
  tick()
  return worker
}

/** For the server entry: start lazily, never twice, never crash the request path over it. */
export function ensureOutboxWorker(): void {
  if (holder[KEY]) return
  try {
    if (!getEnv().SMTP_URL || process.env.FAIRDESK_WORKER === 'off') return
  } catch (error) {
    console.error('[fairdesk] outbox worker not started:', error)
    return
  }
  getDb()
    .then((db) => startOutboxWorker(db))
    .catch((error) => console.error('[fairdesk] outbox worker not started:', error))
}

/** Deliver now rather than at the next round (e.g. right after staff retry a message). */
export function kickOutboxWorker(): void {
  holder[KEY]?.kick()
}
