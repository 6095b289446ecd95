// What goes into the outbox, as data: the row a mail is queued as (app/mail/ delivers and renders
// it later). The Prisma stores write it with enqueueMail(); the SQL fast paths with
// enqueueOnSqlite() — one shape of row for both.
import type { Registration } from '~/generated/prisma-sqlite/client'

export type OutboxMessageData = {
  template: string
  toEmail: string
  /** The recipient's name when the registration no longer says it (the address it left). */
  toName?: string | null
  locale: string
  registrationId: string | null
  payload: Record<string, unknown>
}

/** A mail about one registration: rendered when sent, from the registration as it is then. */
export function registrationMessage(
  registration: Pick<Registration, 'id' | 'locale'>,
  toEmail: string,
  template: string,
): OutboxMessageData {
  return { template, toEmail, locale: registration.locale, registrationId: registration.id, payload: { registrationId: registration.id } }
}
