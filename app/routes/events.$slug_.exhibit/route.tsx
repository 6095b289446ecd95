// The public application for space on a fair's joint stand: a plain HTML form (works without
// JavaScript) with field-level messages.
import type { MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { BackLink, Card } from '~/components/ui'
import { ApplicationFormCard } from './application-form'
import { action, loader } from './exhibit.server'

export { action, loader }
export type ApplicationReply = ReturnType<typeof useActionData<typeof action>>

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.metaTitle ?? 'Fairdesk' }]

export default function ExhibitPage() {
  const page = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  const { t } = useTranslation('fair')

  return (
    <div className="mx-auto max-w-2xl">
      <BackLink to={`/events/${page.slug}`}>{t('public.back')}</BackLink>
      <h1 className="mt-3 text-2xl font-bold tracking-tight sm:text-3xl">{t('apply.title')}</h1>
      <p className="mt-1 font-medium">{page.title}</p>
      <p className="text-slate-700 dark:text-slate-300">
        {page.when}
        {page.place ? ` · ${page.place}` : null}
      </p>

      {page.sent ? (
        <Card className="mt-6" role="status">
          <h2 className="text-xl font-semibold">{t('apply.thanksTitle')}</h2>
          <p className="mt-2">{t('apply.thanksText')}</p>
        </Card>
      ) : page.closedReason ? (
        <Card className="mt-6" role="status">
          <h2 className="text-xl font-semibold">{t('apply.closedTitle')}</h2>
          <p className="mt-2">{t(`apply.closed.${page.closedReason}`)}</p>
        </Card>
      ) : (
        <ApplicationFormCard reply={reply} />
      )}
    </div>
  )
}
