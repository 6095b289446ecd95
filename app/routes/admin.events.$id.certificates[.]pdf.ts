// /admin/events/:id/certificates.pdf — every certificate of attendance of an event, one page per person, each in their language.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { certificatesForEvent } from '~/domain/reports/participant-lists.server'
import { certificateTexts, renderCertificates } from '~/documents/certificate.server'
import { i18next } from '~/lib/i18next.server'
import { downloadHeaders } from '~/web/report-request.server'
import { readEventListRequest } from '~/web/event-list-request.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, event, t, locale, fileName } = await readEventListRequest(request, params, 'certificates')
  const found = await certificatesForEvent(db, event.id)
  if (!found) throw new Response('Not found', { status: 404 })
  const byLanguage = { de: await i18next.getFixedT('de', 'reports'), en: await i18next.getFixedT('en', 'reports') }
  const today = new Date()
  const pages = found.certificates.map((data) => ({
    data,
    texts: certificateTexts(data, (key, options) => String(byLanguage[data.locale](key, options as never)), today),
  }))
  const pdf = await renderCertificates(pages, { title: t('certificate.fileTitle', { count: pages.length }), lang: locale })
  return new Response(new Uint8Array(pdf), { headers: downloadHeaders('application/pdf', `${fileName(found.event)}.pdf`, 'inline') })
}
