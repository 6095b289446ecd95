import type { LoaderFunctionArgs } from '@remix-run/node'
import { findByManageToken } from '~/domain/registration-self-service.server'
import { getTicketKeys, signTicket } from '~/domain/tickets.server'
import { getDb } from '~/lib/db.server'
import { qrSvg } from '~/lib/qr.server'

/** The ticket's QR code (the signed ticket code) for confirmed registrations. */
export async function loader({ params }: LoaderFunctionArgs) {
  const db = await getDb()
  const registration = await findByManageToken(db, params.token ?? '')
  if (!registration || registration.status !== 'CONFIRMED') throw new Response(null, { status: 404 })
  const svg = await qrSvg(signTicket(await getTicketKeys(db), registration))
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } })
}
