// /admin/reports — opens the current year's report, or the last year that held an event.
import { redirect, type LoaderFunctionArgs } from '@remix-run/node'
import { defaultReportYear } from '~/domain/reports/reports.server'
import { getDb } from '~/lib/db.server'
import { requirePermission } from '~/lib/permissions.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const db = await getDb()
  await requirePermission(request, db, 'reports:view')
  return redirect(`/admin/reports/${await defaultReportYear(db)}`, { headers: { 'Cache-Control': 'no-store' } })
}
