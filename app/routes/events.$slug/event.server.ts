import type { LoaderFunctionArgs } from '@remix-run/node'
import { getPublicEvent, type PublicEvent } from '~/domain/events/events.server'
import { eventDay, formatDate, formatDateTime, formatEventRange, formatTimeRange, formatTimeZoneName } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale, type Locale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = toLocale(await i18next.getLocale(request))
  const event = await getPublicEvent(await getDb(), params.slug ?? '', new Date())
  if (!event) throw new Response(null, { status: 404 })
  return { event: toView(event, locale) }
}

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

export type EventView = ReturnType<typeof toView>
