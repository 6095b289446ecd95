import type { MetaFunction } from '@remix-run/node'
import { useTranslation } from 'react-i18next'

export const meta: MetaFunction = () => [{ name: 'robots', content: 'noindex' }]

/** Where the self-service page sends someone who has just handed their seat to a colleague. */
export default function Transferred() {
  const { t } = useTranslation('registration')
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('manage.transferDoneTitle')}</h1>
      <p role="status" className="mt-4">
        {t('manage.transferDone')}
      </p>
    </div>
  )
}
