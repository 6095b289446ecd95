// The public side of events: the list at /events and the page at /events/:slug.
//
// Public means isPublic and PUBLISHED or CANCELLED: a cancelled event stays visible (with a banner)
// so people who planned to come learn about it; drafts and internal events never leave the staff area.
// Only fields meant for the public are selected, so a loader cannot hand out more by accident
// (no head counts, no e-mail addresses of speakers).
import type { EventKind, Prisma } from '~/generated/prisma-sqlite/client'
import type { Db } from '~/lib/db.server'
import { registrationState, seatsLeft, type RegistrationState } from '~/domain/registration/state'
import { ANNOUNCED_SPEAKER } from '~/domain/programme/announced'

export const PUBLIC_STATUSES = ['PUBLISHED', 'CANCELLED'] as const

export type PublicEventsQuery = {
  /** upcoming: not yet ended (a running fair is still upcoming); past: ended. */
  when: 'upcoming' | 'past'
  q?: string | null
  kind?: EventKind | null
  page: number
  perPage: number
  now: Date
}

const summarySelect = {
  id: true,
  slug: true,
  kind: true,
  status: true,
  titleDe: true,
  titleEn: true,
  summaryDe: true,
  summaryEn: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venueName: true,
  venueCity: true,
  capacity: true,
  confirmedCount: true,
  waitlistEnabled: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
} satisfies Prisma.EventSelect

type WithState<T> = T & { seatsLeft: number | null; registrationState: RegistrationState }

function withState<T extends Prisma.EventGetPayload<{ select: typeof summarySelect }>>(event: T, now: Date): WithState<T> {
  return { ...event, seatsLeft: seatsLeft(event), registrationState: registrationState(event, now) }
}

export type PublicEventSummary = WithState<Prisma.EventGetPayload<{ select: typeof summarySelect }>>

export type PublicEventList = { events: PublicEventSummary[]; total: number; page: number; pages: number }

/**
 * One page of public events. Upcoming events come soonest first, past ones latest first.
 * `page` is clamped to the pages that exist, so a stale link to page 9 shows the last page.
 */
export async function listPublicEvents(db: Db, query: PublicEventsQuery): Promise<PublicEventList> {
  const perPage = Math.min(100, Math.max(1, Math.floor(query.perPage)))
  const upcoming = query.when === 'upcoming'
  const where: Prisma.EventWhereInput = {
    isPublic: true,
    status: { in: [...PUBLIC_STATUSES] },
    endsAt: upcoming ? { gt: query.now } : { lte: query.now },
    ...(query.kind ? { kind: query.kind } : {}),
  }
  // The id breaks ties between events starting at the same minute, so pages never overlap.
  const dir = upcoming ? 'asc' : 'desc'
  const orderBy: Prisma.EventOrderByWithRelationInput[] = [{ startsAt: dir }, { id: dir }]
  const terms = searchTerms(query.q)

  if (terms.length === 0) {
    const total = await db.event.count({ where })
    const { page, pages, skip } = paginate(total, query.page, perPage)
    const rows = await db.event.findMany({ where, orderBy, select: summarySelect, skip, take: perPage })
    return { events: rows.map((e) => withState(e, query.now)), total, page, pages }
  }

  // Search runs in JavaScript over the few searchable fields of the matching events: SQLite's LIKE
  // folds only ASCII letters and PostgreSQL's LIKE folds nothing (Prisma's `mode: 'insensitive'`
  // exists only there), while a cluster's public events number in the hundreds, not millions.
  // This way "über", "ÜBER" and "uber" find the same events on both databases.
  const candidates = await db.event.findMany({ where, orderBy, select: { id: true, titleDe: true, titleEn: true, venueCity: true } })
  const matching = candidates.filter((c) => matchesSearch([c.titleDe, c.titleEn, c.venueCity], terms)).map((c) => c.id)
  const total = matching.length
  const { page, pages, skip } = paginate(total, query.page, perPage)
  const ids = matching.slice(skip, skip + perPage)
  const rows = await db.event.findMany({ where: { id: { in: ids } }, select: summarySelect })
  const byId = new Map(rows.map((r) => [r.id, r]))
  const events = ids.flatMap((id) => {
    const row = byId.get(id)
    return row ? [withState(row, query.now)] : []
  })
  return { events, total, page, pages }
}

function paginate(total: number, requested: number, perPage: number) {
  const pages = Math.max(1, Math.ceil(total / perPage))
  const page = Math.min(pages, Math.max(1, Number.isFinite(requested) ? Math.floor(requested) : 1))
  return { page, pages, skip: (page - 1) * perPage }
}

/** Lower case, without accents, ß as ss: "Düsseldorf", "DUSSELDORF" and "dusseldorf" compare equal. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss')
}

/** The words of a query, folded; an event matches when every word occurs in one of its fields. */
export function searchTerms(q: string | null | undefined): string[] {
  if (!q) return []
  return foldForSearch(q).split(/\s+/).filter(Boolean).slice(0, 10)
}

export function matchesSearch(fields: (string | null)[], terms: string[]): boolean {
  const haystack = fields.filter(Boolean).map((f) => foldForSearch(f!))
  return terms.every((term) => haystack.some((field) => field.includes(term)))
}

const detailSelect = {
  ...summarySelect,
  descriptionDe: true,
  descriptionEn: true,
  venueStreet: true,
  venuePostcode: true,
  venueCountry: true,
  organiserName: true,
  contactEmail: true,
  series: { select: { slug: true, nameDe: true, nameEn: true } },
  programmes: { select: { slug: true, nameDe: true, nameEn: true }, orderBy: { nameDe: 'asc' } },
  partners: {
    select: { name: true, role: true, url: true, company: { select: { website: true } } },
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
  },
  sessions: {
    orderBy: [{ startsAt: 'asc' }, { room: { position: 'asc' } }, { titleDe: 'asc' }],
    select: {
      id: true,
      kind: true,
      titleDe: true,
      titleEn: true,
      abstractDe: true,
      abstractEn: true,
      language: true,
      startsAt: true,
      endsAt: true,
      room: { select: { name: true } },
      speakers: {
        where: { speaker: ANNOUNCED_SPEAKER },
        orderBy: { position: 'asc' },
        select: {
          speaker: {
            select: { id: true, person: { select: { title: true, firstName: true, lastName: true, company: { select: { name: true } } } } },
          },
        },
      },
    },
  },
} satisfies Prisma.EventSelect

type DetailRow = Prisma.EventGetPayload<{ select: typeof detailSelect }>

export type PublicSpeaker = { id: string; name: string; company: string | null }
export type PublicSession = Omit<DetailRow['sessions'][number], 'speakers' | 'room'> & { room: string | null; speakers: PublicSpeaker[] }
export type PublicPartner = { name: string; role: DetailRow['partners'][number]['role']; url: string | null }
export type PublicEvent = WithState<Omit<DetailRow, 'sessions' | 'partners'>> & { sessions: PublicSession[]; partners: PublicPartner[] }

/** The public event behind a slug, with its programme and partners; null for unknown, draft or internal events. */
export async function getPublicEvent(db: Db, slug: string, now: Date): Promise<PublicEvent | null> {
  const row = await db.event.findFirst({
    where: { slug, isPublic: true, status: { in: [...PUBLIC_STATUSES] } },
    select: detailSelect,
  })
  if (!row) return null
  const { sessions, partners, ...event } = row
  return {
    ...withState(event, now),
    partners: partners.map((p) => ({ name: p.name, role: p.role, url: p.url ?? p.company?.website ?? null })),
    sessions: sessions.map(({ speakers, room, ...session }) => ({
      ...session,
      room: room?.name ?? null,
      speakers: speakers.map(({ speaker: { id, person } }) => ({
        id,
        name: [person.title, person.firstName, person.lastName].filter(Boolean).join(' '),
        company: person.company?.name ?? null,
      })),
    })),
  }
}
