// The lists of an event with names in them (sign-in sheet, participant lists, certificates) are
// personal data: only for the roles that manage registrations, never for reporting staff.
import type { Params } from '@remix-run/react'
import type { Translate } from '~/domain/reports/export.server'
import { getDb, type Db } from '~/lib/db.server'
import { toLocale, type Locale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'

export async function readEventListRequest(request: Request, params: Params, kind: 'participants' | 'sign-in-sheet' | 'certificates') {
  const db: Db = await getDb()
  await requirePermission(request, db, 'registrations:manage')
  if (!params.id) throw new Response('Not found', { status: 404 })
  const locale: Locale = toLocale(await i18next.getLocale(request))
  const fixed = await i18next.getFixedT(locale, 'reports')
  const t: Translate = (key, options) => String(fixed(key, options as never))
  const fileName = (event: { slug: string }) => `${event.slug.replace(/[^A-Za-z0-9_-]/g, '')}-${t(`lists.fileNames.${kind}`)}`
  return { db, locale, t, fileName }
}
