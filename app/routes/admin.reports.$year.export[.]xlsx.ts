// /admin/reports/:year/export.xlsx — the annual report as an Excel workbook.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { yearWorkbook } from '~/domain/reports/export.server'
import { downloadHeaders, readReportRequest } from '~/web/report-request.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const r = await readReportRequest(request, params)
  const workbook = await yearWorkbook(r.db, r.year, r.query.filter, r, { snapshot: r.snapshot })
  return new Response(new Uint8Array(workbook), {
    headers: downloadHeaders(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      `${r.t('export.fileName')}-${r.year}-${r.locale}.xlsx`,
    ),
  })
}
