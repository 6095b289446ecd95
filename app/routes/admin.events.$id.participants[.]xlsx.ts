// /admin/events/:id/participants.xlsx — the participant list for the funders as a workbook.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { participantList } from '~/domain/reports/participant-lists.server'
import { participantTable, tableWorkbook } from '~/domain/reports/export.server'
import { downloadHeaders } from '~/web/report-request.server'
import { readEventListRequest } from '~/web/event-list-request.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, event, t, fileName } = await readEventListRequest(request, params, 'participants')
  const list = await participantList(db, event.id)
  if (!list) throw new Response('Not found', { status: 404 })
  const table = participantTable(list.rows, t)
  const book = await tableWorkbook(t('lists.sheet'), table.header, table.rows, [36, 44, 12, 16])
  return new Response(new Uint8Array(book), {
    headers: downloadHeaders('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `${fileName(list.event)}.xlsx`),
  })
}
