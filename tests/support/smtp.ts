// A real SMTP server on 127.0.0.1 that keeps every message it receives, parsed, for mail tests.
import { simpleParser, type ParsedMail } from 'mailparser'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export type SmtpSink = {
  url: string
  port: number
  messages: ParsedMail[]
  /** Resolves once `count` messages have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>
  close(): Promise<void>
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ParsedMail[] = []
  const waiters = new Set<() => void>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail)
          for (const w of waiters) w()
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server as unknown as { server: { address(): AddressInfo } }).server.address().port
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    messages,
    waitFor(count, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (messages.length >= count) {
            waiters.delete(check)
            clearTimeout(timer)
            resolve(messages)
          }
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`expected ${count} messages, got ${messages.length}`))
        }, timeoutMs)
        waiters.add(check)
        check()
      })
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** Whether `address` is among a message's recipients. */
export function isTo(mail: ParsedMail, address: string): boolean {
  return (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).some((to) => to.value.some((v) => v.address === address))
}

/**
 * The personal link (`<appUrl>/r/<token>`) that arrived in `address`'s mailbox — the only way an
 * attendee gets it — waiting for the mail to be delivered. The newest mail that carries one counts.
 */
export async function manageLinkFor(sink: SmtpSink, address: string, appUrl: string, timeoutMs = 20_000): Promise<string> {
  const link = new RegExp(`${appUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/r/[A-Za-z0-9_-]{43}(?![\\w/-])`)
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = sink.messages
      .filter((m) => isTo(m, address))
      .map((m) => link.exec(m.text ?? '')?.[0])
      .filter(Boolean)
      .at(-1)
    if (found) return found
    if (Date.now() > deadline) throw new Error(`no mail with a personal link to ${address} (of ${sink.messages.length} messages)`)
    await new Promise((r) => setTimeout(r, 100))
  }
}
