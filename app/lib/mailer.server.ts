// Delivery through nodemailer to the SMTP server named by SMTP_URL. Without SMTP_URL (development)
// nothing is sent: messages stay in the outbox, where staff can read them.
import nodemailer, { type Transporter } from 'nodemailer'
import { getEnv } from './env.server'

export type OutgoingMail = {
  to: string
  /** Where answers go: the event's contact, so "reply" reaches a person. */
  replyTo?: string
  subject: string
  text: string
  html?: string
  /** A calendar invitation (text/calendar part with METHOD). */
  icalEvent?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; content: string; filename?: string }
  attachments?: { filename: string; content: Buffer | string; contentType?: string; cid?: string }[]
  headers?: Record<string, string>
}

export function createTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport(smtpUrl)
}

let transport: Transporter | undefined

/** Sends one mail; returns false when no SMTP server is configured. Throws on delivery failure. */
export async function sendMail(mail: OutgoingMail, smtpUrl = getEnv().SMTP_URL): Promise<boolean> {
  if (!smtpUrl) return false
  transport ??= createTransport(smtpUrl)
  await transport.sendMail({ from: getEnv().MAIL_FROM, ...mail })
  return true
}
