import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { BackLink, Badge, buttonClass } from '~/components/ui'
import { RegistrationBadge } from '~/components/ui/registration-badge'
import { getPublicEvent, type PublicEvent } from '~/domain/events/events.server'
import { eventDay, formatDate, formatDateTime, formatEventRange, formatTimeRange, formatTimeZoneName } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale, type Locale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { FairLinks } from '~/components/fair/fair-links'

// Everything shown is shaped here, on the server: bilingual fields picked for the visitor's
// language, dates formatted in the event's time zone (the browser's Intl data may abbreviate
// differently, and the page must hydrate to exactly what the server rendered).
function toView(event: PublicEvent, locale: Locale) {
  const zone = { locale, timeZone: event.timeZone }
  const pick = (de: string | null, en: string | null) => localized(locale, de, en)
  const street = event.venueStreet
  const cityLine = [event.venuePostcode, event.venueCity].filter(Boolean).join(' ')
  const country = event.venueCountry && event.venueCountry !== 'DE' ? regionName(event.venueCountry, locale) : null
  const addressLines = [event.venueName, street, cityLine, country].filter((l): l is string => Boolean(l))
  const mapQuery = [event.venueName, street, cityLine, country ?? regionName(event.venueCountry, 'en')].filter(Boolean).join(', ')

  // The language most items are held in; only the exceptions are marked.
  const programmeLanguage = mainLanguage(event.sessions)
  const sessions = event.sessions.map((s) => ({
    id: s.id,
    kind: s.kind,
    title: localized(locale, s.titleDe, s.titleEn),
    abstract: pick(s.abstractDe, s.abstractEn),
    language: s.kind !== 'BREAK' && s.language !== programmeLanguage && isLocale(s.language) ? s.language : null,
    day: eventDay(s.startsAt, event.timeZone),
    time: formatTimeRange(s.startsAt, s.endsAt, zone, { unit: false }),
    startsAt: s.startsAt.toISOString(),
    room: s.room,
    speakers: s.speakers,
  }))
  const days = new Map<string, typeof sessions>()
  for (const s of sessions) days.set(s.day, [...(days.get(s.day) ?? []), s])

  return {
    slug: event.slug,
    kind: event.kind,
    title: localized(locale, event.titleDe, event.titleEn),
    summary: pick(event.summaryDe, event.summaryEn),
    // Plain text with blank lines between paragraphs (not HTML: nothing from the database is rendered as markup).
    description: (pick(event.descriptionDe, event.descriptionEn) ?? '')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
    when: formatEventRange(event.startsAt, event.endsAt, zone, { withTimes: true }),
    startsAt: event.startsAt.toISOString(),
    timeZone: event.timeZone,
    timeZoneName: formatTimeZoneName(event.startsAt, zone, 'long'),
    timeZoneShort: formatTimeZoneName(event.startsAt, zone, 'short'),
    address: addressLines,
    mapUrl: addressLines.length > 0 ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(mapQuery)}` : null,
    organiser: event.organiserName,
    contactEmail: event.contactEmail,
    series: event.series ? localized(locale, event.series.nameDe, event.series.nameEn) : null,
    topics: event.programmes.map((p) => localized(locale, p.nameDe, p.nameEn)),
    registrationState: event.registrationState,
    seatsLeft: event.seatsLeft,
    opensAt: event.registrationOpensAt ? formatDateTime(event.registrationOpensAt, zone) : null,
    closesAt: event.registrationClosesAt ? formatDateTime(event.registrationClosesAt, zone) : null,
    // Said when it is news to the reader: the programme is not in the page's language, or some items differ.
    programmeLanguage: programmeLanguage !== locale || sessions.some((s) => s.language) ? programmeLanguage : null,
    days: [...days.entries()].map(([day, items]) => ({
      day,
      heading: formatDate(new Date(items[0]!.startsAt), zone, 'long'),
      sessions: items,
    })),
    partners: event.partners,
  }
}

const isLocale = (value: string): value is Locale => value === 'de' || value === 'en'

function mainLanguage(sessions: PublicEvent['sessions']): Locale {
  const talks = sessions.filter((s) => s.kind !== 'BREAK')
  const english = talks.filter((s) => s.language === 'en').length
  return english > talks.length - english ? 'en' : 'de'
}

function regionName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = toLocale(await i18next.getLocale(request))
  const event = await getPublicEvent(await getDb(), params.slug ?? '', new Date())
  if (!event) throw new Response(null, { status: 404 })
  return { event: toView(event, locale) }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => {
  if (!data) return [{ title: 'Fairdesk' }]
  const { title, summary } = data.event
  return [{ title: `${title} – Fairdesk` }, ...(summary ? [{ name: 'description', content: summary }] : [])]
}

type View = ReturnType<typeof toView>

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

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="mb-4 text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
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

function Facts({ event, ended }: { event: View; ended: boolean }) {
  const { t } = useTranslation('events')
  const term = 'text-sm font-semibold text-slate-600 dark:text-slate-400'
  const detail = 'mt-0.5 text-slate-900 dark:text-slate-100'
  return (
    <section
      aria-labelledby="facts-heading"
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id="facts-heading" className="sr-only">
        {t('detail.facts')}
      </h2>
      <dl className="flex flex-col gap-4">
        <div>
          <dt className={term}>{t('detail.when')}</dt>
          <dd className={detail}>
            <time dateTime={event.startsAt}>{event.when}</time>
            <span className="mt-0.5 block text-sm text-slate-700 dark:text-slate-300">
              {t('detail.timeZone', { name: event.timeZoneName, id: event.timeZone })}
            </span>
          </dd>
        </div>
        {event.address.length > 0 ? (
          <div>
            <dt className={term}>{t('detail.where')}</dt>
            <dd className={detail}>
              <address className="not-italic">
                {event.address.map((line, i) => (
                  <span key={i} className="block">
                    {line}
                  </span>
                ))}
              </address>
              {event.mapUrl ? (
                <a href={event.mapUrl} rel="noopener noreferrer" className="mt-1 inline-flex min-h-11 items-center text-sm">
                  {t('detail.map')}
                  <span className="sr-only"> {t('detail.externalLink')}</span>
                </a>
              ) : null}
            </dd>
          </div>
        ) : null}
        {event.registrationState === 'open' || event.registrationState === 'waitlist' || event.registrationState === 'full' ? (
          <div>
            <dt className={term}>{t('detail.seats')}</dt>
            <dd className={detail}>
              {event.seatsLeft === null && event.registrationState === 'open' ? (
                t('detail.unlimited')
              ) : (
                <RegistrationBadge state={event.registrationState} seatsLeft={event.seatsLeft} opensAt={event.opensAt} />
              )}
            </dd>
          </div>
        ) : null}
        {event.organiser ? (
          <div>
            <dt className={term}>{t('detail.organiser')}</dt>
            <dd className={detail}>{event.organiser}</dd>
          </div>
        ) : null}
        {event.contactEmail ? (
          <div>
            <dt className={term}>{t('detail.contact')}</dt>
            <dd className={`${detail} break-words`}>
              {/* A long address may wrap after the @ rather than in the middle of a word. */}
              <a href={`mailto:${event.contactEmail}`} className="inline-block min-h-11 py-3">
                {event.contactEmail.split('@')[0]}
                <wbr />@{event.contactEmail.split('@').slice(1).join('@')}
              </a>
            </dd>
          </div>
        ) : null}
        {event.topics.length > 0 ? (
          <div>
            <dt className={term}>{t('detail.topics')}</dt>
            <dd className={detail}>{event.topics.join(' · ')}</dd>
          </div>
        ) : null}
      </dl>
      {!ended ? <RegistrationCall event={event} /> : null}
    </section>
  )
}

function RegistrationCall({ event }: { event: View }) {
  const { t } = useTranslation('events')
  const registerHref = `/events/${event.slug}/register`
  const note = 'mt-2 text-sm text-slate-700 dark:text-slate-300'
  return (
    <div className="mt-5 border-t border-slate-200 pt-4 dark:border-slate-700">
      {event.registrationState === 'open' ? (
        <>
          <Link to={registerHref} className={buttonClass('primary', 'w-full text-base')}>
            {t('detail.registerNow')}
          </Link>
          {event.closesAt ? <p className={note}>{t('detail.closesAt', { date: event.closesAt })}</p> : null}
        </>
      ) : event.registrationState === 'waitlist' ? (
        <>
          <p className="mb-3 text-sm text-slate-800 dark:text-slate-200">{t('detail.waitlistText')}</p>
          <Link to={registerHref} className={buttonClass('primary', 'w-full text-base')}>
            {t('detail.joinWaitlist')}
          </Link>
          {event.closesAt ? <p className={note}>{t('detail.closesAt', { date: event.closesAt })}</p> : null}
        </>
      ) : event.registrationState === 'full' ? (
        <p className="text-sm font-medium">{t('detail.fullText')}</p>
      ) : event.registrationState === 'notYetOpen' ? (
        <p className="text-sm font-medium">
          {event.opensAt ? t('detail.notYetOpenText', { date: event.opensAt }) : t('detail.closedText')}
        </p>
      ) : (
        <p className="text-sm font-medium">{t('detail.closedText')}</p>
      )}
      {event.registrationState !== 'notYetOpen' ? (
        <p className={note}>
          {t('registration:form.resendPrompt')}{' '}
          <Link to={`/events/${event.slug}/resend`} className="inline-flex min-h-11 items-center">
            {t('registration:form.resendLink')}
          </Link>
        </p>
      ) : null}
    </div>
  )
}

function Programme({ event }: { event: View }) {
  const { t } = useTranslation('events')
  return (
    <Section id="programme" title={t('detail.programme')}>
      <p className="-mt-2 mb-4 text-sm text-slate-700 dark:text-slate-300">
        {t('detail.programmeTimes', { zone: event.timeZoneShort })}
        {event.programmeLanguage ? ` ${t(`detail.programmeLanguage.${event.programmeLanguage}`)}` : null}
      </p>
      <p className="-mt-2 mb-4 text-sm">
        <Link to={`/events/${event.slug}/agenda`} className="inline-flex min-h-11 items-center">
          {t('programme:agenda.fullProgramme')}
        </Link>
      </p>
      <div className="flex flex-col gap-8">
        {event.days.map((day) => (
          <section key={day.day} aria-labelledby={`day-${day.day}`}>
            <h3 id={`day-${day.day}`} className="mb-3 text-lg font-semibold">
              {day.heading}
            </h3>
            <ol className="flex flex-col divide-y divide-slate-200 border-y border-slate-200 dark:divide-slate-700 dark:border-slate-700">
              {day.sessions.map((session) => (
                <li key={session.id} className="grid gap-1 py-3 sm:grid-cols-[11rem_1fr] sm:gap-4">
                  <p className="text-sm font-semibold text-slate-800 tabular-nums dark:text-slate-200">
                    <time dateTime={session.startsAt}>{session.time}</time>
                  </p>
                  <div className={session.kind === 'BREAK' ? 'text-slate-700 dark:text-slate-300' : ''}>
                    <h4 className="font-semibold">{session.title}</h4>
                    <p className="mt-0.5 flex flex-wrap gap-x-3 gap-y-0.5 text-sm text-slate-700 dark:text-slate-300">
                      {session.kind !== 'TALK' ? <span>{t(`sessionKind.${session.kind}`)}</span> : null}
                      {session.room ? <span>{t('detail.room', { name: session.room })}</span> : null}
                      {session.language ? <span>{t(`detail.inLanguage.${session.language}`)}</span> : null}
                    </p>
                    {session.speakers.length > 0 ? (
                      <div className="mt-1 text-sm">
                        <span className="sr-only">{t('detail.speakers')}: </span>
                        <ul className="flex flex-col">
                          {session.speakers.map((speaker) => (
                            <li key={speaker.id}>
                              <span className="font-medium">{speaker.name}</span>
                              {speaker.company ? <span className="text-slate-700 dark:text-slate-300">, {speaker.company}</span> : null}
                            </li>
                          ))}
                        </ul>
                      </div>
                    ) : null}
                    {session.abstract ? (
                      <details className="mt-1 text-sm">
                        <summary className="cursor-pointer py-2.5 font-medium text-brand-700 dark:text-brand-100">
                          {t('detail.abstract')}
                        </summary>
                        <p className="mt-1 whitespace-pre-line text-slate-800 dark:text-slate-200">{session.abstract}</p>
                      </details>
                    ) : null}
                  </div>
                </li>
              ))}
            </ol>
          </section>
        ))}
      </div>
    </Section>
  )
}
