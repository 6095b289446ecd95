// GET /admin/events/:id/badges.pdf — name badges with QR for every confirmed attendee (organisers).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { badgesPdf, pdfResponse } from '~/documents/badges.server'
import { toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { requireStaffEvent } from '~/web/staff-event.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const t = await i18next.getFixedT(toLocale(await i18next.getLocale(request)), 'checkin')
  const none = () =>
    new Response(t('badges.none'), { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
  const { db, event, locale } = await requireStaffEvent(request, params.id, 'registrations:manage', { notFound: none })
  const result = await badgesPdf(db, event.id, {}, locale)
  if (!result) return none()
  return pdfResponse(result.pdf, `badges-${result.slug}.pdf`)
}
