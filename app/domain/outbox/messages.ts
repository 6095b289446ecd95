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

/**
 * The calendar item a mail to a previous holder cancels: theirs, not the one the registration has
 * now. Pinned when the seat is handed on, because the mail is rendered later from the data as it
 * is then.
 */
export type PreviousHolderCalendar = { transferCount: number; calendarSequence: number }

/** A mail about one registration: rendered when sent, from the registration as it is then. */
export function registrationMessage(
  registration: Pick<Registration, 'id' | 'locale'>,
  toEmail: string,
  template: string,
  calendar?: PreviousHolderCalendar,
): OutboxMessageData {
  return {
    template,
    toEmail,
    locale: registration.locale,
    registrationId: registration.id,
    payload: calendar ? { registrationId: registration.id, calendar } : { registrationId: registration.id },
  }
}
