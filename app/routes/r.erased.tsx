import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { useTranslation } from 'react-i18next'
import { i18next } from '~/lib/i18next.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await i18next.getFixedT(request, 'privacy')
  return { title: `${t('self.erasedTitle')} – Fairdesk` }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title ?? 'Fairdesk' },
  { name: 'robots', content: 'noindex' },
]

/** Where the self-service page sends someone who has just had their data erased. */
export default function Erased() {
  const { t } = useTranslation('privacy')
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('self.erasedTitle')}</h1>
      <p role="status" className="mt-4">
        {t('self.erased')}
      </p>
    </div>
  )
}
