// /admin/events/:id/sign-in-sheet.pdf — everyone registered, by last name, with a column to sign.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { participantList } from '~/domain/reports/participant-lists.server'
import { downloadHeaders } from '~/web/report-request.server'
import { readEventListRequest } from '~/web/event-list-request.server'
import { renderSignInSheet } from '~/documents/sign-in-sheet.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, event, t, locale, fileName } = await readEventListRequest(request, params, 'sign-in-sheet')
  const list = await participantList(db, event.id)
  if (!list) throw new Response('Not found', { status: 404 })
  const pdf = await renderSignInSheet(
    list.event,
    list.rows,
    {
      heading: t('signIn.heading'),
      intro: t('signIn.intro'),
      number: t('signIn.number'),
      name: t('lists.columns.name'),
      company: t('lists.columns.company'),
      signature: t('signIn.signature'),
      erased: t('lists.erased'),
      page: (page, pages) => t('pdf.page', { page, pages }),
    },
    locale,
  )
  return new Response(new Uint8Array(pdf), { headers: downloadHeaders('application/pdf', `${fileName(list.event)}.pdf`, 'inline') })
}
