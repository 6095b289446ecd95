// After "resend my ticket": one page whether or not the address is registered for the event. The
// link, if there is one, is on its way to the mailbox it belongs to.
import { type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { BackLink, Card } from '~/components/ui'
import { getPublicFormEvent } from '~/domain/registration/page.server'
import { formatEventRange } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { readSentNotice } from '~/lib/sent-notice.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.metaTitle ?? 'Fairdesk' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = await getDb()
  const event = await getPublicFormEvent(db, params.slug ?? '')
  if (!event) throw new Response(null, { status: 404 })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'registration')
  const title = localized(locale, event.titleDe, event.titleEn)
  return {
    metaTitle: t('resend.metaTitle', { title }),
    slug: event.slug,
    title,
    when: formatEventRange(event.startsAt, event.endsAt, { locale, timeZone: event.timeZone }, { withTimes: true }),
    place: [event.venueName, event.venueCity].filter(Boolean).join(', '),
    sentTo: await readSentNotice(db, request),
  }
}

export default function ResendSentPage() {
  const page = useLoaderData<typeof loader>()
  const { t } = useTranslation('registration')
  return (
    <div className="mx-auto max-w-2xl">
      <BackLink to={`/events/${page.slug}`}>{t('form.back')}</BackLink>
      <h1 className="mt-3 text-2xl font-bold tracking-tight sm:text-3xl">{t('resend.title')}</h1>
      <p className="mt-1 font-medium">{page.title}</p>
      <p className="text-slate-700 dark:text-slate-300">
        {page.when}
        {page.place ? ` · ${page.place}` : null}
      </p>
      <Card className="mt-6" role="status">
        <h2 className="text-xl font-semibold">{t('resend.sentTitle')}</h2>
        <p className="mt-2 break-words">{page.sentTo ? t('resend.sentTo', { address: page.sentTo }) : t('resend.sentToTyped')}</p>
        <p className="mt-2">{t('resend.sentText')}</p>
        <p className="mt-2">
          {t('resend.notRegistered')}{' '}
          <Link to={`/events/${page.slug}/register`} className="inline-flex min-h-11 items-center">
            {t('resend.register')}
          </Link>
        </p>
      </Card>
    </div>
  )
}
