// The public agenda of an event: by day, time and room, in the event's time zone, each session with
// its speakers, and for sessions with their own capacity the seats left. Everything is formatted on
// the server (see events.$slug.tsx on why).
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { BackLink, Badge } from '~/components/ui'
import { AgendaDay } from '~/components/programme/agenda-day'
import { toAgendaDays } from '~/components/programme/agenda-view'
import { getPublicAgenda, type PublicAgenda } from '~/domain/programme/agenda.server'
import { formatEventRange, formatTimeZoneName } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale, type Locale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = toLocale(await i18next.getLocale(request))
  const agenda = await getPublicAgenda(await getDb(), params.slug ?? '')
  if (!agenda) throw new Response(null, { status: 404 })
  const room = new URL(request.url).searchParams.get('room')
  return toView(agenda, locale, agenda.event.rooms.some((r) => r.id === room) ? room : null)
}

function toView(agenda: PublicAgenda, locale: Locale, roomFilter: string | null) {
  const { event } = agenda
  const zone = { locale, timeZone: event.timeZone }
  const sessions = roomFilter ? agenda.sessions.filter((s) => s.room?.id === roomFilter || s.room === null) : agenda.sessions
  return {
    event: {
      slug: event.slug,
      title: localized(locale, event.titleDe, event.titleEn),
      when: formatEventRange(event.startsAt, event.endsAt, zone),
      cancelled: event.status === 'CANCELLED',
      zoneName: formatTimeZoneName(event.startsAt, zone, 'short'),
      venue: [event.venueName, event.venueCity].filter(Boolean).join(', '),
    },
    rooms: event.rooms.map((r) => ({ id: r.id, name: r.name })),
    roomFilter,
    hasSessions: agenda.sessions.length > 0,
    days: toAgendaDays(sessions, locale, event.timeZone),
  }
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return [{ title: 'Fairdesk' }]
  const locale = (matches.find((m) => m.id === 'root')?.data as { locale?: string } | undefined)?.locale
  return [{ title: `${locale === 'en' ? 'Programme' : 'Programm'}: ${data.event.title} – Fairdesk` }]
}

export default function AgendaPage() {
  const view = useLoaderData<typeof loader>()
  const { t } = useTranslation('programme')
  const { event } = view
  const filterLink = 'inline-flex min-h-11 items-center rounded-md border px-3 text-sm font-medium no-underline'
  return (
    <article aria-labelledby="agenda-title">
      <p className="mb-2">
        <BackLink to={`/events/${event.slug}`}>{t('agenda.back')}</BackLink>
      </p>
      <header className="mb-6">
        <h1 id="agenda-title" className="text-2xl font-bold tracking-tight text-balance sm:text-3xl">
          {t('agenda.title', { title: event.title })}
        </h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          {event.when}
          {event.venue ? ` · ${event.venue}` : ''}
        </p>
        {event.cancelled ? (
          <p className="mt-3">
            <Badge tone="danger">{t('agenda.cancelled')}</Badge>
          </p>
        ) : null}
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t('agenda.times', { zone: event.zoneName })}</p>
        <div className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
          <a href={`/events/${event.slug}/agenda.ics`} className="inline-flex min-h-11 items-center" download>
            {t('agenda.subscribe')}
          </a>
          <p className="flex min-h-11 items-center text-slate-700 dark:text-slate-300">{t('agenda.personalHint')}</p>
        </div>
      </header>

      {view.rooms.length > 1 ? (
        <nav aria-label={t('agenda.rooms')} className="mb-6 flex flex-wrap gap-2">
          <Link
            to="."
            aria-current={view.roomFilter === null ? 'page' : undefined}
            className={`${filterLink} ${view.roomFilter === null ? 'border-brand-700 bg-brand-700 text-white dark:text-white' : 'border-slate-300 bg-white text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100'}`}
          >
            {t('agenda.allRooms')}
          </Link>
          {view.rooms.map((r) => (
            <Link
              key={r.id}
              to={`?room=${r.id}`}
              aria-current={view.roomFilter === r.id ? 'page' : undefined}
              className={`${filterLink} ${view.roomFilter === r.id ? 'border-brand-700 bg-brand-700 text-white dark:text-white' : 'border-slate-300 bg-white text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100'}`}
            >
              {r.name}
            </Link>
          ))}
        </nav>
      ) : null}

      {!view.hasSessions ? (
        <p className="text-slate-700 dark:text-slate-300">{t('agenda.empty')}</p>
      ) : (
        <div className="flex flex-col gap-10">
          {view.days.map((day) => (
            <AgendaDay key={day.day} day={day} />
          ))}
        </div>
      )}
    </article>
  )
}
