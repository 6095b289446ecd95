// After any registration — new, on the waiting list, or for an address that was registered already
// (then its link is mailed again): one page for all, so it carries nothing that differs between
// them (no seat counts either). What happened is told by mail, to the address it belongs to.
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
    metaTitle: t('form.metaTitle', { title }),
    slug: event.slug,
    title,
    when: formatEventRange(event.startsAt, event.endsAt, { locale, timeZone: event.timeZone }, { withTimes: true }),
    place: [event.venueName, event.venueCity].filter(Boolean).join(', '),
    sentTo: await readSentNotice(db, request),
  }
}

export default function RegistrationSentPage() {
  const page = useLoaderData<typeof loader>()
  const { t } = useTranslation('registration')
  return (
    <div className="mx-auto max-w-2xl">
      <BackLink to={`/events/${page.slug}`}>{t('form.back')}</BackLink>
      <h1 className="mt-3 text-2xl font-bold tracking-tight sm:text-3xl">{page.title}</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        {page.when}
        {page.place ? ` · ${page.place}` : null}
      </p>
      <Card className="mt-6" role="status">
        <h2 className="text-xl font-semibold">{t('form.thanksTitle')}</h2>
        <p className="mt-2 break-words">{page.sentTo ? t('form.sentTo', { address: page.sentTo }) : t('form.sentToTyped')}</p>
        <p className="mt-2">{t('form.sentText')}</p>
        <p className="mt-2">
          {t('form.sentMissing')}{' '}
          <Link to={`/events/${page.slug}/resend`} className="inline-flex min-h-11 items-center">
            {t('form.sentResend')}
          </Link>
        </p>
      </Card>
    </div>
  )
}
