// Who an event's mails and calendar invitations come from: the event's organiser and contact, else
// the installation's name (FAIRDESK_ORGANISER_NAME), else "Fairdesk".
import { isPlainAddress } from '~/lib/calendar.server'
import { getEnv } from '~/lib/env.server'

export type EventOrganiser = { organiserName: string | null; contactEmail: string | null }

/** The organiser's name and, when it is a plain address a mail client can reply to, its e-mail. */
export function organiserOf(event: EventOrganiser): { name: string; email: string | null } {
  return {
    name: event.organiserName ?? getEnv().FAIRDESK_ORGANISER_NAME ?? 'Fairdesk',
    email: event.contactEmail && isPlainAddress(event.contactEmail) ? event.contactEmail : null,
  }
}

/** Answers go to the organiser's contact when there is one (the mail's footer then invites them). */
export function replyToOf(organiser: { email: string | null }): { replyTo?: string } {
  return organiser.email ? { replyTo: organiser.email } : {}
}
