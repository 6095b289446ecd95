// /admin/reports/:year/export.csv — the annual report as CSV for Excel, streamed.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { yearCsvStream } from '~/domain/reports/export.server'
import { downloadHeaders, readReportRequest } from '~/web/report-request.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const r = await readReportRequest(request, params)
  const body = yearCsvStream(r.db, r.year, r.query.filter, r, { snapshot: r.snapshot })
  return new Response(body, { headers: downloadHeaders('text/csv; charset=utf-8', `${r.t('export.fileName')}-${r.year}-${r.locale}.csv`) })
}
