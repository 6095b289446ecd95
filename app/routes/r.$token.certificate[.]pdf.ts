// /r/:token/certificate.pdf — the attendee's own certificate of attendance, in their language;
// only once they were there (checked in or taken at the door).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { certificateForToken } from '~/domain/reports/participant-lists.server'
import { certificateTexts, renderCertificates } from '~/documents/certificate.server'
import { getDb } from '~/lib/db.server'
import { i18next } from '~/lib/i18next.server'
import { privateHeaders } from '~/documents/ticket.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lookup = await certificateForToken(await getDb(), params.token ?? '')
  if (lookup.kind !== 'certificate') {
    const t = await i18next.getFixedT(request, 'reports')
    return new Response(t(`certificate.${lookup.kind}`), {
      status: 404,
      headers: { ...privateHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const data = lookup.certificate
  const t = await i18next.getFixedT(data.locale, 'reports')
  const texts = certificateTexts(data, (key, options) => String(t(key, options as never)), new Date())
  const pdf = await renderCertificates([{ data, texts }], { title: t('certificate.heading'), lang: data.locale })
  const slug = data.event.slug.replace(/[^A-Za-z0-9_-]/g, '')
  return new Response(new Uint8Array(pdf), {
    headers: {
      ...privateHeaders,
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${t('lists.fileNames.certificate')}-${slug}.pdf"`,
    },
  })
}
