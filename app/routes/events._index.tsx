import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Badge, Button, EmptyState, Field, PageHeader, Pagination } from '~/components/ui'
import { RegistrationBadge } from '~/components/ui/registration-badge'
import { SelectField } from '~/components/ui/select'
import { listPublicEvents, type PublicEventSummary } from '~/domain/events/events.server'
import { EventKind } from '~/generated/prisma-sqlite/enums'
import { formatDate, formatEventRange, formatTimeZoneName, DEFAULT_TIME_ZONE } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale, type Locale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'

const PER_PAGE = 12
const KINDS = Object.values(EventKind)

function parseQuery(params: URLSearchParams) {
  const kind = params.get('kind')
  return {
    when: params.get('when') === 'past' ? ('past' as const) : ('upcoming' as const),
    q: (params.get('q') ?? '').trim().slice(0, 100),
    kind: KINDS.find((k) => k === kind) ?? null,
    page: Number.parseInt(params.get('page') ?? '1', 10) || 1,
  }
}

// Dates are formatted here, on the server, in each event's zone: the browser's Intl data may
// abbreviate differently, and the page must hydrate to exactly what the server rendered.
function toCard(event: PublicEventSummary, locale: Locale) {
  const zone = { locale, timeZone: event.timeZone }
  const when = formatEventRange(event.startsAt, event.endsAt, zone)
  return {
    slug: event.slug,
    kind: event.kind,
    title: localized(locale, event.titleDe, event.titleEn),
    summary: localized(locale, event.summaryDe, event.summaryEn),
    // Events elsewhere name their zone; Berlin, the usual case, goes without.
    when: event.timeZone === DEFAULT_TIME_ZONE ? when : `${when} (${formatTimeZoneName(event.startsAt, zone)})`,
    startsAt: event.startsAt.toISOString(),
    place: [event.venueName, event.venueCity].filter(Boolean).join(', '),
    registrationState: event.registrationState,
    seatsLeft: event.seatsLeft,
    opensAt: event.registrationOpensAt ? formatDate(event.registrationOpensAt, zone) : null,
  }
}

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = toLocale(await i18next.getLocale(request))
  const query = parseQuery(new URL(request.url).searchParams)
  const result = await listPublicEvents(await getDb(), { ...query, perPage: PER_PAGE, now: new Date() })
  const t = await i18next.getFixedT(locale, 'events')
  return {
    metaTitle: t('list.metaTitle'),
    query: { when: query.when, q: query.q, kind: query.kind },
    total: result.total,
    page: result.page,
    pages: result.pages,
    events: result.events.map((e) => toCard(e, locale)),
  }
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.metaTitle} – Fairdesk` : 'Fairdesk' }]

export default function EventsIndex() {
  const { query, total, page, pages, events } = useLoaderData<typeof loader>()
  const { t } = useTranslation('events')
  const location = useLocation()
  const filtered = Boolean(query.q || query.kind)

  // Switching between upcoming and past keeps the search and the kind, and starts at page 1.
  const tabHref = (when: 'upcoming' | 'past') => {
    const params = new URLSearchParams()
    if (when === 'past') params.set('when', 'past')
    if (query.q) params.set('q', query.q)
    if (query.kind) params.set('kind', query.kind)
    const search = params.toString()
    return search ? `/events?${search}` : '/events'
  }
  const resetHref = query.when === 'past' ? '/events?when=past' : '/events'

  return (
    <>
      <PageHeader title={t('list.title')}>{t('list.intro')}</PageHeader>

      <nav aria-label={t('list.tabs.label')} className="mb-4 border-b border-slate-200 dark:border-slate-700">
        <ul className="-mb-px flex gap-1">
          {(['upcoming', 'past'] as const).map((when) => {
            const current = query.when === when
            return (
              <li key={when}>
                <Link
                  to={tabHref(when)}
                  aria-current={current ? 'page' : undefined}
                  className={`inline-flex min-h-11 items-center border-b-2 px-4 text-sm font-semibold no-underline hover:no-underline ${
                    current
                      ? 'border-brand-700 text-brand-800 dark:border-brand-100 dark:text-white'
                      : 'border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white'
                  }`}
                >
                  {t(`list.tabs.${when}`)}
                </Link>
              </li>
            )
          })}
        </ul>
      </nav>

      {/* A plain GET form: searching works without JavaScript, and every result page has its own URL. */}
      <Form
        key={location.search}
        method="get"
        action="/events"
        role="search"
        aria-label={t('list.search.landmark')}
        className="mb-6 grid gap-3 sm:grid-cols-[1fr_14rem_auto] sm:items-start"
      >
        {query.when === 'past' ? <input type="hidden" name="when" value="past" /> : null}
        <Field label={t('list.search.label')} hint={t('list.search.hint')} type="search" name="q" defaultValue={query.q} maxLength={100} />
        <SelectField label={t('list.search.kind')} name="kind" defaultValue={query.kind ?? ''}>
          <option value="">{t('list.search.allKinds')}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind.${kind}`)}
            </option>
          ))}
        </SelectField>
        <Button type="submit" className="sm:mt-6">
          {t('list.search.submit')}
        </Button>
      </Form>

      {events.length === 0 ? (
        filtered ? (
          <EmptyState
            title={t('list.empty.search')}
            action={
              <Link to={resetHref} className="font-semibold">
                {t('list.search.reset')}
              </Link>
            }
          >
            {t('list.empty.searchText')}
          </EmptyState>
        ) : query.when === 'upcoming' ? (
          <EmptyState
            title={t('list.empty.upcoming')}
            action={
              <Link to="/events?when=past" className="font-semibold">
                {t('list.empty.showPast')}
              </Link>
            }
          >
            {t('list.empty.upcomingText')}
          </EmptyState>
        ) : (
          <EmptyState title={t('list.empty.past')} />
        )
      ) : (
        <>
          <p className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
            <span>{query.q ? t('list.resultsFor', { count: total, q: query.q }) : t('list.results', { count: total })}</span>
            {filtered ? <Link to={resetHref}>{t('list.search.reset')}</Link> : null}
          </p>
          <ul className="grid gap-4 sm:grid-cols-2">
            {events.map((event) => (
              <li key={event.slug}>
                <EventCard event={event} />
              </li>
            ))}
          </ul>
          <Pagination page={page} pages={pages} />
        </>
      )}
    </>
  )
}

type Card = ReturnType<typeof toCard>

function EventCard({ event }: { event: Card }) {
  const { t } = useTranslation('events')
  return (
    // The title link stretches over the whole card (::after), so the card is one large tap target
    // while screen readers still hear a single link with the event's title.
    <article className="relative flex h-full flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-brand-600 hover:border-brand-600 dark:border-slate-700 dark:bg-slate-900 dark:hover:border-brand-100">
      <div className="flex flex-wrap gap-2">
        <Badge tone="info">{t(`kind.${event.kind}`)}</Badge>
        <RegistrationBadge state={event.registrationState} seatsLeft={event.seatsLeft} opensAt={event.opensAt} />
      </div>
      <h2 className="text-lg leading-snug font-semibold">
        <Link
          to={`/events/${event.slug}`}
          className="text-slate-900 no-underline after:absolute after:inset-0 after:content-[''] hover:underline focus-visible:outline-none dark:text-white"
        >
          {event.title}
        </Link>
      </h2>
      <p className="text-sm font-medium text-slate-800 dark:text-slate-200">
        <time dateTime={event.startsAt}>{event.when}</time>
      </p>
      {event.place ? <p className="text-sm text-slate-700 dark:text-slate-300">{event.place}</p> : null}
      {event.summary ? <p className="line-clamp-3 text-sm text-slate-700 dark:text-slate-300">{event.summary}</p> : null}
    </article>
  )
}
