import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { FairLinks } from '~/components/fair/fair-links'
import { BackLink, Badge } from '~/components/ui'
import { loader } from './event.server'
import { Facts } from './facts'
import { Programme } from './programme'
import { Section } from './section'

export { loader }

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: 'Fairdesk' }]
  const { title, summary } = data.event
  return [{ title: `${title} – Fairdesk` }, ...(summary ? [{ name: 'description', content: summary }] : [])]
}

export default function EventPage() {
  const { event } = useLoaderData<typeof loader>()
  const { t } = useTranslation('events')
  const ended = event.registrationState === 'cancelled' || event.registrationState === 'past'

  return (
    <article aria-labelledby="event-title">
      <p className="mb-2">
        <BackLink to="/events">{t('detail.back')}</BackLink>
      </p>

      {event.registrationState === 'cancelled' ? (
        <Banner tone="danger" title={t('detail.cancelledBanner')}>
          {t('detail.cancelledText')}
        </Banner>
      ) : event.registrationState === 'past' ? (
        <Banner tone="neutral" title={t('detail.pastBanner')}>
          {t('detail.pastText')}
        </Banner>
      ) : null}

      <header className="mb-6">
        <div className="mb-2 flex flex-wrap items-center gap-2">
          <Badge tone="info">{t(`kind.${event.kind}`)}</Badge>
          {event.series ? (
            <span className="text-sm text-slate-700 dark:text-slate-300">{t('detail.series', { name: event.series })}</span>
          ) : null}
        </div>
        <h1 id="event-title" className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">
          {event.title}
        </h1>
        {event.summary ? <p className="mt-3 text-lg text-slate-700 dark:text-slate-300">{event.summary}</p> : null}
      </header>

      <div className="grid gap-8 lg:grid-cols-3">
        {/* First in reading order (the facts and the way to register), on wide screens at the side. */}
        <div className="lg:col-start-3 lg:row-start-1">
          <Facts event={event} ended={ended} />
        </div>

        <div className="flex flex-col gap-10 lg:col-span-2 lg:col-start-1 lg:row-start-1">
          {event.description.length > 0 ? (
            <Section id="about" title={t('detail.about')}>
              <div className="flex max-w-prose flex-col gap-4 text-slate-800 dark:text-slate-200">
                {event.description.map((paragraph, i) => (
                  <p key={i} className="whitespace-pre-line">
                    {paragraph}
                  </p>
                ))}
              </div>
            </Section>
          ) : null}

          {event.days.length > 0 ? <Programme event={event} /> : null}

          {event.kind === 'FAIR' ? (
            <FairLinks slug={event.slug} applicationsOpen={!ended && new Date(event.startsAt).getTime() > Date.now()} />
          ) : null}

          {event.partners.length > 0 ? (
            <Section id="partners" title={t('detail.partners')}>
              <ul className="grid gap-3 sm:grid-cols-2">
                {event.partners.map((partner) => (
                  <li key={`${partner.role}-${partner.name}`} className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
                    <p className="font-semibold">
                      {partner.url && /^https?:\/\//.test(partner.url) ? (
                        <a href={partner.url} rel="noopener noreferrer" className="inline-flex min-h-11 items-center">
                          {partner.name}
                        </a>
                      ) : (
                        partner.name
                      )}
                    </p>
                    <p className="text-sm text-slate-700 dark:text-slate-300">{t(`detail.partnerRole.${partner.role}`)}</p>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
        </div>
      </div>
    </article>
  )
}

function Banner({ tone, title, children }: { tone: 'danger' | 'neutral'; title: string; children: ReactNode }) {
  const tones = {
    danger: 'border-red-700 bg-red-50 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100',
    neutral: 'border-slate-500 bg-slate-100 text-slate-900 dark:border-slate-400 dark:bg-slate-800 dark:text-slate-100',
  }
  return (
    <div className={`mb-6 rounded-md border-l-4 p-4 ${tones[tone]}`}>
      <p className="font-bold">{title}</p>
      <p className="mt-1 text-sm">{children}</p>
    </div>
  )
}
