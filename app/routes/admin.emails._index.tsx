// /admin/emails — every mail template, each previewable with demo data in German and English.
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PREVIEW_TEMPLATES } from '../../emails/catalog.server'
import { PageHeader } from '~/components/ui'
import { getDb } from '~/lib/db.server'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? 'E-mail templates'} – Fairdesk` }]

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, await getDb(), 'outbox:view')
  const t = await i18next.getFixedT(request, 'mail')
  return data({ title: t('preview.title'), templates: [...PREVIEW_TEMPLATES] })
}

export default function EmailTemplates() {
  const { templates } = useLoaderData<typeof loader>()
  const { t } = useTranslation('mail')
  return (
    <>
      <PageHeader title={t('preview.title')}>{t('preview.intro')}</PageHeader>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white dark:divide-slate-700 dark:border-slate-700 dark:bg-slate-900">
        {templates.map((template) => (
          <li key={template} className="flex flex-wrap items-center justify-between gap-3 px-4 py-3">
            <span>
              <span className="font-semibold">{t(`templates.${template}`)}</span>{' '}
              <code className="text-xs text-slate-600 dark:text-slate-400">{template}</code>
            </span>
            <span className="flex gap-3 text-sm">
              <Link to={`/admin/emails/preview/${template}?lang=de`} aria-label={`${t(`templates.${template}`)} – Deutsch`}>
                Deutsch
              </Link>
              <Link to={`/admin/emails/preview/${template}?lang=en`} aria-label={`${t(`templates.${template}`)} – English`}>
                English
              </Link>
            </span>
          </li>
        ))}
      </ul>
    </>
  )
}
