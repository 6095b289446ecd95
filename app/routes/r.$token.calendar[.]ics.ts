// /r/:token/calendar.ics — "add to calendar": the attendee's event with the same UID and SEQUENCE
// as the mailed invitation, so importing both never gives two entries.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { venueLine } from '../../emails/catalog.server'
import { buildInvite, inviteSequence, isPlainAddress, registrationUid } from '~/lib/calendar.server'
import { getDb } from '~/lib/db.server'
import { getEnv } from '~/lib/env.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { loadTicket, noTicketResponse, privateHeaders } from '~/documents/ticket.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lookup = await loadTicket(await getDb(), params.token ?? '')
  if (lookup.kind !== 'ticket') {
    return noTicketResponse(
      lookup,
      await i18next.getFixedT(lookup.kind === 'notFound' ? await i18next.getLocale(request) : toLocale(lookup.locale), 'mail'),
    )
  }
  const { registration } = lookup
  const { event } = registration
  const appUrl = getEnv().APP_URL.replace(/\/$/, '')
  const lang = toLocale(registration.locale)
  const ics = buildInvite({
    uid: registrationUid(registration.id, appUrl, registration.transferCount),
    sequence: inviteSequence(registration, event),
    method: 'PUBLISH',
    title: localized(lang, event.titleDe, event.titleEn),
    description: localized(lang, event.summaryDe, event.summaryEn),
    location: venueLine(event),
    url: `${appUrl}/r/${registration.manageToken}`,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    organizer: {
      name: event.organiserName ?? 'Fairdesk',
      email: event.contactEmail && isPlainAddress(event.contactEmail) ? event.contactEmail : `noreply@${new URL(appUrl).hostname}`,
    },
  })
  return new Response(ics, {
    headers: {
      ...privateHeaders,
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="${event.slug.replace(/[^A-Za-z0-9_-]/g, '')}.ics"`,
    },
  })
}
