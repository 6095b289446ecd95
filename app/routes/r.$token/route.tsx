import type { MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Badge, Card } from '~/components/ui'
import { CancelRegistration } from './cancel-registration'
import { ChangeChoices } from './change-choices'
import { action, loader } from './manage.server'
import { OwnData } from './own-data'
import { OwnDetails } from './own-details'
import { RegistrationSummary } from './registration-summary'
import { TransferForm } from './transfer-form'

export { action, loader }
export type ManagePage = ReturnType<typeof useLoaderData<typeof loader>>
export type ManageResult = ReturnType<typeof useActionData<typeof action>>

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.metaTitle ?? 'Fairdesk' },
  { name: 'robots', content: 'noindex' },
]

export default function ManageRegistration() {
  const r = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const [params] = useSearchParams()
  const { t } = useTranslation('registration')
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('manage.title')}</h1>
      {params.get('changed') ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-green-300 bg-green-50 p-3 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {t('manage.changed')}
        </p>
      ) : null}
      {params.get('emailSent') ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-green-300 bg-green-50 p-3 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {t('manage.emailSent')}
        </p>
      ) : null}
      {params.get('emailChanged') ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-green-300 bg-green-50 p-3 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {t('manage.emailChanged')}
        </p>
      ) : null}
      {params.get('cancelled') ? (
        <p role="status" className="mt-4 rounded-md border border-slate-300 bg-slate-50 p-3 dark:border-slate-700 dark:bg-slate-900">
          {t('manage.cancelled')}
        </p>
      ) : null}
      <RegistrationSummary r={r} />

      {r.canChange ? <ChangeChoices r={r} result={result} /> : null}

      {r.group.length > 0 ? (
        <Card className="mt-6">
          <h2 className="text-lg font-semibold">{t('manage.groupTitle')}</h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {t('manage.groupIntro')} {t('manage.groupMissing')}
          </p>
          <ul className="mt-3 flex flex-col gap-2">
            {r.group.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className="font-medium">{m.name}</span>
                <span className="break-all text-sm text-slate-700 dark:text-slate-300">{m.email}</span>
                <Badge tone={m.status === 'CONFIRMED' ? 'success' : m.status === 'WAITLISTED' ? 'warning' : 'danger'}>
                  {t(`manage.statuses.${m.status}`)}
                </Badge>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {r.status !== 'CANCELLED' ? <OwnDetails r={r} result={result} /> : null}

      {r.status !== 'CANCELLED' ? <TransferForm result={result} /> : null}

      {r.status !== 'CANCELLED' ? <CancelRegistration /> : null}

      <OwnData token={r.token} />
    </div>
  )
}
