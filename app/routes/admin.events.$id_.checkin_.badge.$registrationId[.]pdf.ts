// GET /admin/events/:id/checkin/badge/:registrationId.pdf — one badge at the door. Door staff may
// print walk-ins' badges (people they just registered); organisers anyone's.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { badgesPdf, pdfResponse } from '~/documents/badges.server'
import { getDb } from '~/lib/db.server'
import { toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { can, requirePermission } from '~/lib/permissions.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = await getDb()
  const user = await requirePermission(request, db, 'checkin:scan')
  const lang = toLocale(await i18next.getLocale(request))
  const selection = {
    registrationId: params.registrationId ?? '',
    ...(can(user.role, 'registrations:manage') ? {} : { source: 'WALK_IN' as const }),
  }
  const result = await badgesPdf(db, params.id ?? '', selection, lang)
  if (!result) {
    const t = await i18next.getFixedT(lang, 'checkin')
    return new Response(t('badges.notFound'), {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    })
  }
  return pdfResponse(result.pdf, `badge-${result.slug}.pdf`)
}
