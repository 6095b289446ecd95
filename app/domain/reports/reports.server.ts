// The annual report for the funders: events held, registrations, participants, no-show rate,
// unique persons, companies reached and member share, fair figures, per month and per kind, by
// series and programme, compared with the year before — and for every figure how it was counted.
//
// All counting goes through counting.server.ts (docs/counting.md); this module only adds
// what the report needs around it (names, months, fair figures) with grouped queries, so the time
// it takes grows with the number of events in the year, not with the number of registrations.
import type { AttendeeRole, EventKind, Prisma } from '~/generated/prisma-sqlite/client'
import type { DbOrTx } from '~/lib/db.server'
import { utcToWallTime, wallTimeToUtc } from '~/lib/datetime'
import {
  countDays,
  countEventList,
  countYear,
  heldInYear,
  REPORT_TIME_ZONE,
  ROLES,
  type DayCount,
  type EventInYear,
  type RoleCount,
  type YearCountOptions,
} from './counting.server'
import { EVENT_KINDS } from './dashboard.server'

export { EVENT_KINDS }

/** The filter of the report page and its exports (all optional). `from`/`to` are days (YYYY-MM-DD) in Berlin, inclusive. */
export type ReportFilter = {
  kind?: EventKind
  seriesId?: string
  programmeId?: string
  from?: string
  to?: string
}

/** How a number of participants came about: scanned tickets, walk-ins entered at the door, manual headcounts. */
export type CountedBy = { checkIns: number; walkIns: number; headcount: number }

export type FairFigures = {
  /** Accepted exhibitors. */
  exhibitors: number
  /** Distinct companies among them. */
  exhibitingCompanies: number
  /** Area of the stands that have an accepted exhibitor (a joint stand counts once). */
  standAreaSqm: number
  /** Cooperation meetings that took place (status HELD). */
  meetings: number
}

export type ReportTotals = {
  eventsHeld: number
  eventsByCheckIns: number
  eventsByHeadcount: number
  /** Attendee and press registrations that were not cancelled. */
  registrations: number
  participants: number
  participantsCountedBy: CountedBy
  /** Participants summed per day (a person at both days of a conference counts twice); headcounts once. */
  participantDays: number
  checkedIn: number
  walkIns: number
  noShows: number
  /** Confirmed in advance at the events counted by check-ins: the base of the no-show rate. */
  confirmedInAdvance: number
  noShowRate: number | null
  uniquePersons: number
  companiesReached: number
  memberCompanies: number
  /** memberCompanies / companiesReached; null when no company was reached. */
  memberShare: number | null
  byRole: Record<AttendeeRole, RoleCount>
  fair: FairFigures & { fairs: number }
}

export type NamedRef = { id: string; nameDe: string; nameEn: string }

export type ReportEvent = {
  id: string
  slug: string
  titleDe: string
  titleEn: string
  kind: EventKind
  startsAt: Date
  endsAt: Date
  timeZone: string
  /** 1–12, the month the event starts in, in the report's time zone. */
  month: number
  series: NamedRef | null
  programmes: NamedRef[]
  registrations: number
  participants: number
  checkedIn: number
  walkIns: number
  noShows: number | null
  method: 'checkins' | 'headcount'
  countedBy: CountedBy
  headcount: { count: number; note: string | null; at: Date | null; by: string | null } | null
  days: DayCount[]
  byRole: Record<AttendeeRole, RoleCount>
  fair: FairFigures
}

export type Bucket = { events: number; registrations: number; participants: number }

export type AnnualReport = {
  year: number
  timeZone: string
  filter: ReportFilter
  totals: ReportTotals
  events: ReportEvent[]
  byMonth: Array<Bucket & { month: number }>
  byKind: Array<Bucket & { kind: EventKind }>
  bySeries: Array<Bucket & { series: NamedRef | null }>
  /** An event may belong to several programmes: these rows can add up to more than the total. */
  byProgramme: Array<Bucket & { programme: NamedRef }>
  previous: { year: number; totals: ReportTotals }
}

export type ReportOptions = { now?: Date; timeZone?: string }

/** The report for `year` with the filter, and the previous year's totals under the same filter. */
export async function annualReport(
  db: DbOrTx,
  year: number,
  filter: ReportFilter = {},
  options: ReportOptions = {},
): Promise<AnnualReport> {
  const current = await yearFigures(db, year, filter, options)
  const previous = await yearFigures(db, year - 1, shiftFilter(filter, -1), options)
  const events = current.events
  const bucket = (list: ReportEvent[]): Bucket => ({
    events: list.length,
    registrations: list.reduce((n, e) => n + e.registrations, 0),
    participants: list.reduce((n, e) => n + e.participants, 0),
  })
  const seriesSeen = new Map<string, NamedRef | null>()
  for (const e of events) seriesSeen.set(e.series?.id ?? '', e.series)
  const programmesSeen = new Map<string, NamedRef>()
  for (const e of events) for (const p of e.programmes) programmesSeen.set(p.id, p)
  return {
    year,
    timeZone: current.timeZone,
    filter,
    totals: current.totals,
    events,
    byMonth: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, ...bucket(events.filter((e) => e.month === i + 1)) })),
    byKind: EVENT_KINDS.map((kind) => ({ kind, ...bucket(events.filter((e) => e.kind === kind)) })),
    bySeries: [...seriesSeen]
      .map(([id, series]) => ({ series, ...bucket(events.filter((e) => (e.series?.id ?? '') === id)) }))
      .sort((a, b) => b.participants - a.participants || (a.series?.nameDe ?? '\uffff').localeCompare(b.series?.nameDe ?? '\uffff')),
    byProgramme: [...programmesSeen.values()]
      .map((programme) => ({ programme, ...bucket(events.filter((e) => e.programmes.some((p) => p.id === programme.id))) }))
      .sort((a, b) => b.participants - a.participants || a.programme.nameDe.localeCompare(b.programme.nameDe)),
    previous: { year: year - 1, totals: previous.totals },
  }
}

/** The same days one year earlier or later (29 February becomes 28 February). */
function shiftFilter(filter: ReportFilter, years: number): ReportFilter {
  const shift = (day: string | undefined) => {
    if (!day) return undefined
    const [y, m, d] = day.split('-').map(Number) as [number, number, number]
    const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate()
    return `${y + years}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
  }
  return { ...filter, from: shift(filter.from), to: shift(filter.to) }
}

/** The counting options for a year and filter: the date range as instants in the report's zone. */
export function countingOptions(
  filter: ReportFilter,
  { now = new Date(), timeZone = REPORT_TIME_ZONE }: ReportOptions = {},
): YearCountOptions {
  const nextDay = (day: string) => {
    const d = new Date(`${day}T00:00:00Z`)
    d.setUTCDate(d.getUTCDate() + 1)
    return d.toISOString().slice(0, 10)
  }
  return {
    now,
    timeZone,
    kind: filter.kind,
    seriesId: filter.seriesId,
    programmeId: filter.programmeId,
    startsFrom: filter.from ? wallTimeToUtc(filter.from, timeZone) : undefined,
    startsBefore: filter.to ? wallTimeToUtc(nextDay(filter.to), timeZone) : undefined,
  }
}

/** Totals and per-event rows of one year: countYear plus names, days and fair figures, in grouped queries. */
async function yearFigures(db: DbOrTx, year: number, filter: ReportFilter, options: ReportOptions) {
  const counting = countingOptions(filter, options)
  const timeZone = counting.timeZone!
  const { where } = heldInYear(year, counting)
  const count = await countYear(db, year, counting)
  const events = await describeEvents(db, where, count.perEvent, timeZone)
  // Distinct exhibiting companies across events: only worth a query when there were exhibitors.
  const exhibitingCompanies = events.some((e) => e.fair.exhibitors > 0)
    ? (await db.exhibitor.groupBy({ by: ['companyId'], where: { event: where, status: 'ACCEPTED' } })).length
    : 0
  const sum = (pick: (e: ReportEvent) => number) => events.reduce((n, e) => n + pick(e), 0)
  const byCheckIns = events.filter((e) => e.method === 'checkins')
  const confirmedInAdvance = count.perEvent.filter((c) => c.method === 'checkins').reduce((n, c) => n + c.confirmedInAdvance, 0)
  const totals: ReportTotals = {
    eventsHeld: count.eventsHeld,
    eventsByCheckIns: byCheckIns.length,
    eventsByHeadcount: events.length - byCheckIns.length,
    registrations: count.registrations,
    participants: count.participants,
    participantsCountedBy: {
      checkIns: sum((e) => e.countedBy.checkIns),
      walkIns: sum((e) => e.countedBy.walkIns),
      headcount: sum((e) => e.countedBy.headcount),
    },
    participantDays: sum((e) => (e.method === 'headcount' ? e.participants : e.days.reduce((n, d) => n + d.present, 0))),
    checkedIn: count.checkedIn,
    walkIns: count.walkIns,
    noShows: count.noShows,
    confirmedInAdvance,
    noShowRate: count.noShowRate,
    uniquePersons: count.uniquePersons,
    companiesReached: count.companiesReached,
    memberCompanies: count.memberCompanies,
    memberShare: count.companiesReached > 0 ? count.memberCompanies / count.companiesReached : null,
    byRole: count.byRole,
    fair: {
      fairs: events.filter((e) => e.kind === 'FAIR').length,
      exhibitors: sum((e) => e.fair.exhibitors),
      exhibitingCompanies,
      standAreaSqm: sum((e) => e.fair.standAreaSqm),
      meetings: sum((e) => e.fair.meetings),
    },
  }
  return { timeZone, totals, events }
}

/** The report's rows for counted events: names, series, programmes, headcount details, days and fair figures. */
async function describeEvents(db: DbOrTx, where: Prisma.EventWhereInput, counted: EventInYear[], timeZone: string): Promise<ReportEvent[]> {
  if (counted.length === 0) return []
  const [meta, days, fair] = await Promise.all([
    db.event.findMany({
      where,
      select: {
        id: true,
        headcountAt: true,
        headcountBy: { select: { name: true } },
        series: { select: { id: true, nameDe: true, nameEn: true } },
        programmes: { select: { id: true, nameDe: true, nameEn: true }, orderBy: { nameDe: 'asc' } },
      },
    }),
    countDays(
      db,
      where,
      counted.map((e) => ({ id: e.eventId, startsAt: e.startsAt, timeZone: e.timeZone })),
    ),
    fairFigures(db, where),
  ])
  const metaById = new Map(meta.map((m) => [m.id, m]))
  return counted.map((c) => {
    const m = metaById.get(c.eventId)
    const byHand = c.method === 'headcount'
    return {
      id: c.eventId,
      slug: c.slug,
      titleDe: c.titleDe,
      titleEn: c.titleEn,
      kind: c.kind,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      timeZone: c.timeZone,
      month: Number(utcToWallTime(c.startsAt, timeZone).slice(5, 7)),
      series: m?.series ?? null,
      programmes: m?.programmes ?? [],
      registrations: c.registrations,
      participants: c.participants,
      checkedIn: c.checkedIn,
      walkIns: c.walkIns,
      noShows: c.noShows,
      method: c.method,
      // Walk-ins who were also scanned are walk-ins here, so the three parts add up to the participants.
      countedBy: byHand
        ? { checkIns: 0, walkIns: 0, headcount: c.participants }
        : { checkIns: c.participants - c.walkIns, walkIns: c.walkIns, headcount: 0 },
      headcount: byHand
        ? { count: c.participants, note: c.headcountNote, at: m?.headcountAt ?? null, by: m?.headcountBy?.name ?? null }
        : null,
      days: days.get(c.eventId) ?? [],
      byRole: c.byRole,
      fair: fair.get(c.eventId) ?? { exhibitors: 0, exhibitingCompanies: 0, standAreaSqm: 0, meetings: 0 },
    }
  })
}

/** The year totals alone (for exports that write the events page by page). */
export async function reportTotals(db: DbOrTx, year: number, filter: ReportFilter = {}, options: ReportOptions = {}) {
  const [current, previous] = [
    await yearFigures(db, year, filter, options),
    await yearFigures(db, year - 1, shiftFilter(filter, -1), options),
  ]
  return { year, timeZone: current.timeZone, totals: current.totals, previous: { year: year - 1, totals: previous.totals } }
}

/**
 * The events of the report, `pageSize` at a time, in date order: each page is counted on its own
 * (a few grouped queries per page), so an export holds one page in memory however long the list.
 */
export async function* reportEventPages(
  db: DbOrTx,
  year: number,
  filter: ReportFilter = {},
  options: ReportOptions = {},
  pageSize = 100,
): AsyncGenerator<ReportEvent[]> {
  const counting = countingOptions(filter, options)
  const { where } = heldInYear(year, counting)
  const select = {
    id: true,
    slug: true,
    titleDe: true,
    titleEn: true,
    kind: true,
    startsAt: true,
    endsAt: true,
    timeZone: true,
    seriesId: true,
    headcount: true,
    headcountNote: true,
  } as const
  type Row = Prisma.EventGetPayload<{ select: typeof select }>
  let after: { startsAt: Date; id: string } | null = null
  for (;;) {
    const page: Row[] = await db.event.findMany({
      where: after
        ? { AND: [where, { OR: [{ startsAt: { gt: after.startsAt } }, { startsAt: after.startsAt, id: { gt: after.id } }] }] }
        : where,
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      take: pageSize,
      select,
    })
    if (page.length === 0) return
    const counts = await countEventList(db, page)
    const counted: EventInYear[] = page.map((e, i) => {
      const { headcount: _h, headcountNote: _n, id: _id, ...meta } = e
      return { ...meta, ...counts[i]! }
    })
    yield await describeEvents(db, { id: { in: page.map((e) => e.id) } }, counted, counting.timeZone!)
    if (page.length < pageSize) return
    after = page.at(-1)!
  }
}

async function fairFigures(db: DbOrTx, event: Prisma.EventWhereInput): Promise<Map<string, FairFigures>> {
  // Occupied stands are matched here rather than with a relation filter: Exhibitor has no index
  // on standId, so "stands with some exhibitor" would scan all exhibitors once per stand.
  const [exhibitors, occupied, stands, meetings] = await Promise.all([
    db.exhibitor.groupBy({ by: ['eventId'], where: { event, status: 'ACCEPTED' }, _count: { _all: true } }),
    db.exhibitor.groupBy({ by: ['standId'], where: { event, status: 'ACCEPTED', standId: { not: null } } }),
    db.stand.findMany({ where: { event }, select: { id: true, eventId: true, areaSqm: true } }),
    db.meeting.groupBy({ by: ['eventId'], where: { event, status: 'HELD' }, _count: { _all: true } }),
  ])
  const result = new Map<string, FairFigures>()
  const of = (eventId: string) => {
    let f = result.get(eventId)
    if (!f) result.set(eventId, (f = { exhibitors: 0, exhibitingCompanies: 0, standAreaSqm: 0, meetings: 0 }))
    return f
  }
  // One exhibitor per company and event (unique index), so per event exhibitors = companies.
  for (const g of exhibitors) Object.assign(of(g.eventId), { exhibitors: g._count._all, exhibitingCompanies: g._count._all })
  const withExhibitor = new Set(occupied.map((g) => g.standId))
  for (const stand of stands) if (withExhibitor.has(stand.id)) of(stand.eventId).standAreaSqm += stand.areaSqm
  for (const g of meetings) of(g.eventId).meetings = g._count._all
  return result
}

/** What the filter form offers: kinds, series, programmes, and the years that have events. */
export async function reportChoices(db: DbOrTx) {
  const [series, programmes, first, last] = await Promise.all([
    db.series.findMany({ select: { id: true, nameDe: true, nameEn: true }, orderBy: { nameDe: 'asc' } }),
    db.programme.findMany({ select: { id: true, nameDe: true, nameEn: true }, orderBy: { nameDe: 'asc' } }),
    db.event.findFirst({ orderBy: { startsAt: 'asc' }, select: { startsAt: true } }),
    db.event.findFirst({ orderBy: { startsAt: 'desc' }, select: { startsAt: true } }),
  ])
  const yearOf = (d: Date) => Number(utcToWallTime(d, REPORT_TIME_ZONE).slice(0, 4))
  return {
    kinds: EVENT_KINDS,
    series,
    programmes,
    firstYear: first ? yearOf(first.startsAt) : null,
    lastYear: last ? yearOf(last.startsAt) : null,
  }
}

/**
 * The year /admin/reports opens: the current year once an event has been held in it, else the
 * year of the last event held, else the current year (an empty report says so).
 */
export async function defaultReportYear(db: DbOrTx, now = new Date()): Promise<number> {
  const thisYear = Number(utcToWallTime(now, REPORT_TIME_ZONE).slice(0, 4))
  const { where } = heldInYear(thisYear, { now })
  if (await db.event.count({ where })) return thisYear
  const lastHeld = await db.event.findFirst({
    where: { startsAt: { lte: now }, status: { not: 'CANCELLED' }, OR: [{ status: 'PUBLISHED' }, { isPublic: false }] },
    orderBy: { startsAt: 'desc' },
    select: { startsAt: true },
  })
  return lastHeld ? Number(utcToWallTime(lastHeld.startsAt, REPORT_TIME_ZONE).slice(0, 4)) : thisYear
}

export { ROLES }
