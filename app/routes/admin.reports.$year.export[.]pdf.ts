// /admin/reports/:year/export.pdf — the annual report to print or send, with its charts.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { annualReport } from '~/domain/reports/reports.server'
import { renderReportPdf } from '~/documents/report.server'
import { downloadHeaders, readReportRequest } from '~/web/report-request.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const r = await readReportRequest(request, params)
  const report = r.snapshot ?? (await annualReport(r.db, r.year, r.query.filter))
  const pdf = await renderReportPdf(report, r)
  return new Response(new Uint8Array(pdf), {
    headers: downloadHeaders('application/pdf', `${r.t('export.fileName')}-${r.year}-${r.locale}.pdf`, 'inline'),
  })
}
