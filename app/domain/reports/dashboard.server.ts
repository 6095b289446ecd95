// The staff dashboard: every event, current and upcoming ones first (soonest first), then past ones
// (most recent first), with live counts — searchable by title, filterable by kind and status, paged.
//
// Counts come from two groupBy queries over the page's events, whatever the page size.
//
// Case-insensitive search on both databases without `mode: 'insensitive'` (which SQLite's Prisma
// client refuses): Prisma's `contains` is LIKE, case-insensitive on SQLite for ASCII only, and
// case-sensitive on PostgreSQL. So each search word is tried as typed, in lower case, in upper case
// and capitalised, against the German and English titles and the (lower-case) slug. That finds
// "messe" in "Fachmesse" and "Messe Leipzig", "über" in "Über uns", on both databases; what it
// cannot find is a mixed-case word typed in another mixed case ("e-business" for "E-Business" in
// a title — though the slug usually catches that one).
//
// Prisma passes `%` and `_` in a `contains` value through to LIKE as wildcards and offers no way
// to escape them (Prisma issue #19506 on GitHub; SQLite's LIKE has no default escape character at all), so
// they are treated as separators between words: "100%" searches for "100", and a search of only
// "%" is no search.
import type { Db } from '~/lib/db.server'
import type { EventKind, EventStatus, Prisma } from '~/generated/prisma-sqlite/client'

export const EVENT_KINDS = ['CONFERENCE', 'WORKSHOP', 'MEETING', 'DIALOGUE', 'FAIR'] as const satisfies readonly EventKind[]
export const EVENT_STATUSES = ['DRAFT', 'PUBLISHED', 'CANCELLED'] as const satisfies readonly EventStatus[]
export const DASHBOARD_PAGE_SIZE = 20
export const MAX_SEARCH_LENGTH = 100
const MAX_SEARCH_WORDS = 5

export type DashboardFilter = {
  query?: string | null
  kind?: EventKind | null
  status?: EventStatus | null
  page?: number
  pageSize?: number
}

export type DashboardEvent = {
  id: string
  slug: string
  kind: EventKind
  status: EventStatus
  titleDe: string
  titleEn: string
  startsAt: Date
  endsAt: Date
  timeZone: string
  capacity: number | null
  /** Seats taken (attendees and press; speakers, exhibitors and staff take no seat). */
  confirmedCount: number
  /** A manual headcount, when the event was counted by hand. */
  headcount: number | null
  /** Ended before `now`. */
  isPast: boolean
  counts: {
    confirmed: number
    waitlisted: number
    cancelled: number
    /** Non-cancelled registrations with at least one check-in that was not undone. */
    checkedIn: number
  }
}

export type DashboardPage = {
  events: DashboardEvent[]
  /** Events matching the filter, upcoming and past. */
  total: number
  upcomingTotal: number
  /** The page shown, clamped to the pages that exist. */
  page: number
  pages: number
  pageSize: number
}

function spellings(word: string): string[] {
  const lower = word.toLocaleLowerCase('de')
  const upper = word.toLocaleUpperCase('de')
  const capitalised = lower.charAt(0).toLocaleUpperCase('de') + lower.slice(1)
  return [...new Set([word, lower, upper, capitalised])]
}

/** Words of the search, each of which must appear (in some spelling) in a title or the slug. */
export function searchWhere(query: string | null | undefined): Prisma.EventWhereInput[] {
  const words = (query ?? '')
    .slice(0, MAX_SEARCH_LENGTH)
    .split(/[\s%_]+/)
    .filter(Boolean)
    .slice(0, MAX_SEARCH_WORDS)
  return words.map((word) => ({
    OR: spellings(word).flatMap((s) => [{ titleDe: { contains: s } }, { titleEn: { contains: s } }, { slug: { contains: s } }]),
  }))
}

export async function listDashboardEvents(db: Db, filter: DashboardFilter = {}, now = new Date()): Promise<DashboardPage> {
  const pageSize = Math.min(Math.max(Math.trunc(filter.pageSize ?? DASHBOARD_PAGE_SIZE), 1), 100)
  const base: Prisma.EventWhereInput = {
    AND: [
      ...searchWhere(filter.query),
      ...(filter.kind ? [{ kind: filter.kind }] : []),
      ...(filter.status ? [{ status: filter.status }] : []),
    ],
  }
  const upcomingWhere: Prisma.EventWhereInput = { AND: [base, { endsAt: { gte: now } }] }
  const pastWhere: Prisma.EventWhereInput = { AND: [base, { endsAt: { lt: now } }] }

  const [upcomingTotal, pastTotal] = await Promise.all([db.event.count({ where: upcomingWhere }), db.event.count({ where: pastWhere })])
  const total = upcomingTotal + pastTotal
  const pages = Math.max(1, Math.ceil(total / pageSize))
  const page = Math.min(Math.max(Math.trunc(filter.page ?? 1) || 1, 1), pages)
  const offset = (page - 1) * pageSize

  const select = {
    id: true,
    slug: true,
    kind: true,
    status: true,
    titleDe: true,
    titleEn: true,
    startsAt: true,
    endsAt: true,
    timeZone: true,
    capacity: true,
    confirmedCount: true,
    headcount: true,
  } as const
  // The page may straddle the two groups: the end of the upcoming list, then the start of the past.
  const upcoming =
    offset < upcomingTotal
      ? await db.event.findMany({
          where: upcomingWhere,
          select,
          orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
          skip: offset,
          take: pageSize,
        })
      : []
  const pastSkip = Math.max(0, offset - upcomingTotal)
  const pastTake = pageSize - upcoming.length
  const past =
    pastTake > 0 && pastSkip < pastTotal
      ? await db.event.findMany({
          where: pastWhere,
          select,
          orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
          skip: pastSkip,
          take: pastTake,
        })
      : []

  const rows = [...upcoming, ...past]
  const counts = await countsFor(
    db,
    rows.map((e) => e.id),
  )
  const events = rows.map((e) => ({
    ...e,
    isPast: e.endsAt.getTime() < now.getTime(),
    counts: counts.get(e.id) ?? { confirmed: 0, waitlisted: 0, cancelled: 0, checkedIn: 0 },
  }))
  return { events, total, upcomingTotal, page, pages, pageSize }
}

/** Registration and check-in counts per event, in two grouped queries. */
export async function countsFor(db: Db, eventIds: string[]): Promise<Map<string, DashboardEvent['counts']>> {
  const result = new Map<string, DashboardEvent['counts']>()
  if (eventIds.length === 0) return result
  for (const id of eventIds) result.set(id, { confirmed: 0, waitlisted: 0, cancelled: 0, checkedIn: 0 })
  const [byStatus, checkedIn] = await Promise.all([
    db.registration.groupBy({ by: ['eventId', 'status'], where: { eventId: { in: eventIds } }, _count: { _all: true } }),
    // Grouping registrations (not check-ins) counts a person once, however many days they came.
    db.registration.groupBy({
      by: ['eventId'],
      where: { eventId: { in: eventIds }, status: { not: 'CANCELLED' }, checkIns: { some: { undoneAt: null } } },
      _count: { _all: true },
    }),
  ])
  for (const row of byStatus) {
    const c = result.get(row.eventId)!
    if (row.status === 'CONFIRMED') c.confirmed = row._count._all
    else if (row.status === 'WAITLISTED') c.waitlisted = row._count._all
    else c.cancelled = row._count._all
  }
  for (const row of checkedIn) result.get(row.eventId)!.checkedIn = row._count._all
  return result
}
