// The lists of an event with names in them (sign-in sheet, participant lists, certificates) are
// personal data: only for the roles that manage registrations, never for reporting staff.
import type { Params } from '@remix-run/react'
import type { Translate } from '~/domain/reports/export.server'
import { i18next } from '~/lib/i18next.server'
import { requireStaffEvent } from '~/web/staff-event.server'

const notFound = () => new Response('Not found', { status: 404 })

export async function readEventListRequest(request: Request, params: Params, kind: 'participants' | 'sign-in-sheet' | 'certificates') {
  const { db, event, locale } = await requireStaffEvent(request, params.id, 'registrations:manage', { notFound })
  const fixed = await i18next.getFixedT(locale, 'reports')
  const t: Translate = (key, options) => String(fixed(key, options as never))
  const fileName = (event: { slug: string }) => `${event.slug.replace(/[^A-Za-z0-9_-]/g, '')}-${t(`lists.fileNames.${kind}`)}`
  return { db, event, locale, t, fileName }
}
