// /r/:token/qr.svg — the ticket's QR code (the signed ticket code, as the door scans it).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { getDb } from '~/lib/db.server'
import { toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { qrSvg } from '~/lib/qr.server'
import { loadTicket, noTicketResponse, privateHeaders } from '~/documents/ticket.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lookup = await loadTicket(await getDb(), params.token ?? '')
  if (lookup.kind !== 'ticket') {
    return noTicketResponse(
      lookup,
      await i18next.getFixedT(lookup.kind === 'notFound' ? await i18next.getLocale(request) : toLocale(lookup.locale), 'mail'),
    )
  }
  return new Response(await qrSvg(lookup.code), { headers: { ...privateHeaders, 'Content-Type': 'image/svg+xml' } })
}
