// /admin/events/:id/participants.csv — the participant list for the funders: name, company, member, checked in.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { participantList } from '~/domain/reports/participant-lists.server'
import { participantTable } from '~/domain/reports/export.server'
import { toCsv } from '~/lib/csv'
import { downloadHeaders } from '~/web/report-request.server'
import { readEventListRequest } from '~/web/event-list-request.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, event, t, fileName } = await readEventListRequest(request, params, 'participants')
  const list = await participantList(db, event.id)
  if (!list) throw new Response('Not found', { status: 404 })
  const table = participantTable(list.rows, t)
  return new Response(toCsv([table.header, ...table.rows]), {
    headers: downloadHeaders('text/csv; charset=utf-8', `${fileName(list.event)}.csv`),
  })
}
