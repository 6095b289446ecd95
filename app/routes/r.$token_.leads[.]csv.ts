// The exhibitor's own leads as CSV, through a staff pass's private link (/r/:token/leads.csv).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { leadsCsv, listLeads } from '~/domain/fair/leads.server'
import { getDb } from '~/lib/db.server'
import { i18next } from '~/lib/i18next.server'

const privateHeaders = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' }

export async function loader({ request, params }: LoaderFunctionArgs) {
  const list = await listLeads(await getDb(), params.token ?? '')
  if (!list) throw new Response(null, { status: 404, headers: privateHeaders })
  const t = await i18next.getFixedT(request, 'fair')
  const header = t('leads.csvHeader', { returnObjects: true }) as Parameters<typeof leadsCsv>[1]
  const name = `${list.desk.event.slug}-leads-${list.desk.exhibitor.company.name}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
  return new Response(leadsCsv(list.leads, header), {
    headers: { ...privateHeaders, 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"` },
  })
}
