// /admin/emails/preview/:template?lang=de|en — one template rendered with demo data, the HTML in a
// sandboxed frame and the plain-text part beneath, exactly as the outbox would send them.
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { isPreviewTemplate, renderPreview } from '../../emails/catalog.server'
import { buttonClass, Card, PageHeader } from '~/components/ui'
import { getDb } from '~/lib/db.server'
import { toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'
import { qrDataUrl } from '~/lib/qr.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.name ?? 'Preview'} – Fairdesk` }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requirePermission(request, await getDb(), 'outbox:view')
  const template = params.template ?? ''
  if (!isPreviewTemplate(template)) throw new Response('Unknown template', { status: 404 })
  const lang = toLocale(new URL(request.url).searchParams.get('lang'))
  const t = await i18next.getFixedT(request, 'mail')
  // A demo code, not a signed ticket: previews must never produce a code the door would admit.
  const mail = await renderPreview(template, lang, await qrDataUrl('FD1.DEMO.preview-only'))
  return data({ template, lang, name: t(`templates.${template}`), ...mail })
}

export default function EmailPreview() {
  const d = useLoaderData<typeof loader>()
  const { t } = useTranslation('mail')
  const other = d.lang === 'de' ? 'en' : 'de'
  return (
    <>
      <PageHeader
        title={d.name}
        actions={
          <>
            <Link to={`/admin/emails/preview/${d.template}?lang=${other}`} className={buttonClass('secondary')} hrefLang={other}>
              {other === 'en' ? 'English' : 'Deutsch'}
            </Link>
            <Link to="/admin/emails" className={buttonClass('ghost')}>
              {t('preview.back')}
            </Link>
          </>
        }
      >
        <code className="text-sm">{d.template}</code> · {t('preview.language')}: {d.lang === 'de' ? 'Deutsch' : 'English'}
      </PageHeader>
      <Card>
        <p className="mb-3 text-sm">
          <strong>{t('preview.subject')}:</strong> {d.subject}
        </p>
        {/* sandbox without permissions: the rendered mail can run nothing and reach nothing of this page. */}
        <iframe
          title={t('preview.frame', { name: d.name })}
          srcDoc={d.html}
          sandbox=""
          className="h-[48rem] w-full rounded-md border border-slate-200 bg-white dark:border-slate-700"
        />
        <h2 className="mb-2 mt-6 text-lg font-semibold">{t('preview.plainText')}</h2>
        <pre className="max-h-[32rem] overflow-auto whitespace-pre-wrap break-words rounded-md bg-slate-50 p-3 text-xs dark:bg-slate-950">
          {d.text}
        </pre>
      </Card>
    </>
  )
}
