// The staff dashboard: every event, current and upcoming ones first (soonest first), then past ones
// (most recent first), with live counts — searchable by title, filterable by kind and status, paged.
//
// Counts come from the report's own counting (counting.server.ts) over the page's events, in a
// few grouped queries whatever the page size: a word on the dashboard means what it means in the
// report (docs/counting.md).
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
import { countEventList, PARTICIPANT_ROLES, ROLES, type EventCount, type EventHeadcount } from './counting.server'

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
  counts: DashboardCounts
}

/** An event's figures in the list, each as the report counts it (attendees and press unless said otherwise). */
export type DashboardCounts = Pick<
  EventCount,
  'confirmed' | 'waitlisted' | 'cancelled' | 'checkedIn' | 'walkIns' | 'participants' | 'method'
> & {
  /** Speakers, exhibitors and staff present (checked in or walk-in): counted beside the participants. */
  othersPresent: number
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
    headcountNote: true,
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
  const counts = await countsFor(db, rows)
  const events = rows.map(({ headcountNote: _note, ...e }, i) => ({
    ...e,
    isPast: e.endsAt.getTime() < now.getTime(),
    counts: counts[i]!,
  }))
  return { events, total, upcomingTotal, page, pages, pageSize }
}

/** The list's figures per event, by the report's counting rules (in the order of `events`). */
export async function countsFor(db: Db, events: EventHeadcount[]): Promise<DashboardCounts[]> {
  const counted = await countEventList(db, events)
  return counted.map((c) => ({
    confirmed: c.confirmed,
    waitlisted: c.waitlisted,
    cancelled: c.cancelled,
    checkedIn: c.checkedIn,
    walkIns: c.walkIns,
    participants: c.participants,
    method: c.method,
    othersPresent: ROLES.filter((role) => !PARTICIPANT_ROLES.includes(role)).reduce((n, role) => n + c.byRole[role].present, 0),
  }))
}
