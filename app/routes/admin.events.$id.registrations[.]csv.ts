import type { LoaderFunctionArgs } from '@remix-run/node'
import { registrationRows } from '~/domain/events/admin.server'
import { toCsv } from '~/lib/csv'
import { i18next } from '~/lib/i18next.server'
import { requireStaffEvent } from '~/web/staff-event.server'

/** The registration list with every custom question's answers, for Excel. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, event, locale } = await requireStaffEvent(request, params.id, 'registrations:manage')
  const t = await i18next.getFixedT(request, 'organiser')
  const header = t('event.csvHeader', { returnObjects: true }) as string[]
  const rows = await registrationRows(db, event.id, locale, { header, yes: t('event.yes'), no: t('event.no') })
  return new Response(toCsv(rows), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${event.slug}-registrations.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}
