// GET /admin/events/:id/badges.pdf — name badges with QR for every confirmed attendee (organisers).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { badgesPdf, pdfResponse } from '~/documents/badges.server'
import { getDb } from '~/lib/db.server'
import { toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = await getDb()
  await requirePermission(request, db, 'registrations:manage')
  const lang = toLocale(await i18next.getLocale(request))
  const result = await badgesPdf(db, params.id ?? '', {}, lang)
  if (!result) {
    const t = await i18next.getFixedT(lang, 'checkin')
    return new Response(t('badges.none'), {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
  return pdfResponse(result.pdf, `badges-${result.slug}.pdf`)
}
