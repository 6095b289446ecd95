// The counting rules of the annual report (docs/counting.md), in one place, so the live
// counts, the report, its exports and the tests all count the same way.
//
// - A participant of an event is a registration that is not cancelled, has the role ATTENDEE or
//   PRESS, and either has at least one check-in that was not undone (CheckIn.undoneAt null) or was
//   taken at the door (source WALK_IN; walk-ins are often entered afterwards from the paper list,
//   without a scan). Each registration counts once, however many days it was admitted on.
// - An event with a manual headcount counts that number instead (method 'headcount'); its
//   check-ins are still reported, but no no-show figure, because nobody scanned the tickets.
// - Speakers, exhibitors and staff are never participants; they are counted in their own columns
//   (byRole), present by the same rule (checked in or walk-in).
//
// Counting is done with a handful of grouped queries per call, never per registration, with
// Prisma features both SQLite and PostgreSQL support — and one portable SQL join for the distinct
// people and companies (countReach), which Prisma's relation filters make slow on big years.
import { TZDate } from '@date-fns/tz'
import { memberDuring, type MembershipPeriod } from '~/domain/companies/membership'
import { Prisma, type AttendeeRole, type EventKind } from '~/generated/prisma-sqlite/client'
import { eventDay } from '~/lib/datetime'
import type { DbOrTx } from '~/lib/db.server'

export const PARTICIPANT_ROLES: AttendeeRole[] = ['ATTENDEE', 'PRESS']
export const ROLES: AttendeeRole[] = ['ATTENDEE', 'PRESS', 'SPEAKER', 'EXHIBITOR', 'STAFF']
export const REPORT_TIME_ZONE = 'Europe/Berlin'

/** Registrations of a role: `registered` not cancelled, `present` of those checked in or walked in. */
export type RoleCount = { registered: number; present: number }

export type EventCount = {
  eventId: string
  /** Attendee and press registrations that are not cancelled (confirmed + waiting). */
  registrations: number
  confirmed: number
  waitlisted: number
  cancelled: number
  /** Not cancelled, with at least one check-in that was not undone. */
  checkedIn: number
  /** Not cancelled, taken at the door. */
  walkIns: number
  /** Confirmed beforehand (not at the door): the base of the no-show rate. */
  confirmedInAdvance: number
  /** Confirmed beforehand and never admitted; null for events counted by hand. */
  noShows: number | null
  /** What the check-ins say, even where a headcount overrides it. */
  participantsByCheckIns: number
  /** The number the report uses. */
  participants: number
  method: 'checkins' | 'headcount'
  headcountNote: string | null
  byRole: Record<AttendeeRole, RoleCount>
}

export type YearFilter = {
  kind?: EventKind
  seriesId?: string
  programmeId?: string
  /** Narrows the year to events starting at or after this instant (a date range inside the year). */
  startsFrom?: Date
  /** … and before this one. */
  startsBefore?: Date
}

export type YearCountOptions = YearFilter & {
  /** The zone in which "in that year" is decided (default Europe/Berlin). */
  timeZone?: string
  /** Events that have not started by then have not been held (default: now). */
  now?: Date
}

export type EventInYear = EventCount & {
  slug: string
  titleDe: string
  titleEn: string
  kind: EventKind
  startsAt: Date
  endsAt: Date
  timeZone: string
  seriesId: string | null
}

export type YearCount = {
  year: number
  timeZone: string
  eventsHeld: number
  /** Participations: the sum over the events held (one person at three events counts three times). */
  participants: number
  registrations: number
  checkedIn: number
  walkIns: number
  /** Over the events counted by check-ins only. */
  noShows: number
  /** noShows / confirmedInAdvance, over the events counted by check-ins; null when there are none. */
  noShowRate: number | null
  /** Distinct people who were participants at at least one event held. */
  uniquePersons: number
  /** Distinct companies of those people. */
  companiesReached: number
  /** Of those companies, the cluster members (member since before the year's end). */
  memberCompanies: number
  byRole: Record<AttendeeRole, RoleCount>
  perEvent: EventInYear[]
}

/** The rule for one registration, for lists that mark who counts (same rule as the queries below). */
export function isParticipant(registration: { status: string; role: string; source: string; activeCheckIns: number }): boolean {
  if (registration.status === 'CANCELLED') return false
  if (!PARTICIPANT_ROLES.includes(registration.role as AttendeeRole)) return false
  return registration.source === 'WALK_IN' || registration.activeCheckIns > 0
}

/** The participant rule as a query filter, for registrations of the events matching `event`. */
export function participantWhere(event: Prisma.EventWhereInput): Prisma.RegistrationWhereInput {
  return {
    event,
    status: { not: 'CANCELLED' },
    role: { in: PARTICIPANT_ROLES },
    OR: [{ source: 'WALK_IN' }, { checkIns: { some: { undoneAt: null } } }],
  }
}

/**
 * The events held in `year`, as a filter. An event is held in a year when
 * - its status is not CANCELLED, and it is PUBLISHED or internal (isPublic false: events kept only
 *   for the report need not be published; a public event still in DRAFT is only a plan), and
 * - it starts in that calendar year in `timeZone`: at or after 1 January 00:00 and before
 *   1 January 00:00 of the next year, local time (a New Year's party starting 00:30 on 1 January
 *   2016 in Berlin, 23:30 UTC on 31 December, belongs to 2016), and
 * - it has started by `now` (an event later this year has not been held yet).
 */
export function heldInYear(
  year: number,
  { timeZone = REPORT_TIME_ZONE, now = new Date(), kind, seriesId, programmeId, startsFrom, startsBefore }: YearCountOptions = {},
) {
  const from = new Date(TZDate.tz(timeZone, year, 0, 1).getTime())
  const to = new Date(TZDate.tz(timeZone, year + 1, 0, 1).getTime())
  const gte = startsFrom && startsFrom > from ? startsFrom : from
  const lt = startsBefore && startsBefore < to ? startsBefore : to
  const where: Prisma.EventWhereInput = {
    startsAt: { gte, lt, lte: now },
    status: { not: 'CANCELLED' },
    OR: [{ status: 'PUBLISHED' }, { isPublic: false }],
    ...(kind ? { kind } : {}),
    ...(seriesId ? { seriesId } : {}),
    ...(programmeId ? { programmes: { some: { id: programmeId } } } : {}),
  }
  return { from, to, where }
}

/** The counts of one event, or null when there is no such event. */
export async function countEvent(db: DbOrTx, eventId: string): Promise<EventCount | null> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true, headcount: true, headcountNote: true } })
  if (!event) return null
  const counts = await countEvents(db, { eventId }, [event])
  return counts[0]!
}

/** The counts of several events in the same few grouped queries (a page of the report's event list). */
export async function countEventList(db: DbOrTx, events: EventHeadcount[]): Promise<EventCount[]> {
  if (events.length === 0) return []
  return countEvents(db, { eventId: { in: events.map((e) => e.id) } }, events)
}

/** The report's figures for a year: events held, participants, unique persons, companies reached. */
export async function countYear(db: DbOrTx, year: number, options: YearCountOptions = {}): Promise<YearCount> {
  const timeZone = options.timeZone ?? REPORT_TIME_ZONE
  const { from, to, where } = heldInYear(year, { ...options, timeZone })
  const events = await db.event.findMany({
    where,
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    select: {
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
    },
  })
  const ids = events.map((e) => e.id)
  const { uniquePersons, companiesReached, memberCompanies } = await countReach(db, ids, from, to)
  const counts = await countEvents(db, { event: where }, events)
  const perEvent = events.map((event, i) => {
    const { headcount: _headcount, headcountNote: _note, id: _id, ...meta } = event
    return { ...meta, ...counts[i]! }
  })
  const sum = (pick: (c: EventCount) => number) => perEvent.reduce((total, c) => total + pick(c), 0)
  const byCheckIns = perEvent.filter((c) => c.method === 'checkins')
  const expected = byCheckIns.reduce((total, c) => total + c.confirmedInAdvance, 0)
  const noShows = byCheckIns.reduce((total, c) => total + (c.noShows ?? 0), 0)
  return {
    year,
    timeZone,
    eventsHeld: perEvent.length,
    participants: sum((c) => c.participants),
    registrations: sum((c) => c.registrations),
    checkedIn: sum((c) => c.checkedIn),
    walkIns: sum((c) => c.walkIns),
    noShows,
    noShowRate: expected > 0 ? noShows / expected : null,
    uniquePersons,
    companiesReached,
    memberCompanies,
    byRole: Object.fromEntries(
      ROLES.map((role) => [role, { registered: sum((c) => c.byRole[role].registered), present: sum((c) => c.byRole[role].present) }]),
    ) as Record<AttendeeRole, RoleCount>,
    perEvent,
  }
}

/** Participants (attendee, press) present on one day of an event. */
export type DayCount = { day: string; present: number }

/**
 * Daily attendance of the events matching `event`: per event and day, the participants admitted on
 * that day (a person at both days of a conference counts on each day, but once in `participants`).
 * A walk-in without any scan was entered from the paper list at the door: it counts on the
 * event's first day. Only active admissions count (activeKey is set while a check-in is neither
 * undone nor a flagged duplicate), so each registration counts at most once a day.
 */
export async function countDays(
  db: DbOrTx,
  event: Prisma.EventWhereInput,
  events: Array<{ id: string; startsAt: Date; timeZone: string }>,
): Promise<Map<string, DayCount[]>> {
  const present = { status: { not: 'CANCELLED' as const }, role: { in: PARTICIPANT_ROLES } }
  const [scanned, unscannedWalkIns] = await Promise.all([
    db.checkIn.groupBy({
      by: ['eventId', 'day'],
      where: { event, activeKey: { not: null }, registration: present },
      _count: { _all: true },
    }),
    db.registration.groupBy({
      by: ['eventId'],
      where: { event, ...present, source: 'WALK_IN', checkIns: { none: { activeKey: { not: null } } } },
      _count: { _all: true },
    }),
  ])
  const byEvent = new Map<string, Map<string, number>>()
  const add = (eventId: string, day: string, n: number) => {
    let days = byEvent.get(eventId)
    if (!days) byEvent.set(eventId, (days = new Map()))
    days.set(day, (days.get(day) ?? 0) + n)
  }
  for (const g of scanned) add(g.eventId, g.day, g._count._all)
  const firstDay = new Map(events.map((e) => [e.id, eventDay(e.startsAt, e.timeZone)]))
  for (const g of unscannedWalkIns) {
    const day = firstDay.get(g.eventId)
    if (day) add(g.eventId, day, g._count._all)
  }
  return new Map(
    [...byEvent].map(([eventId, days]) => [
      eventId,
      [...days].sort(([a], [b]) => a.localeCompare(b)).map(([day, n]) => ({ day, present: n })),
    ]),
  )
}

/**
 * Unique persons, companies reached and member companies among the participants of the events.
 * The participant rule again, as SQL: counting distinct people through Prisma's relation filters
 * means a correlated subquery per person in the database (half a second for a year of 100,000
 * registrations); one join over the year's registrations takes milliseconds. The integration
 * tests check both forms of the rule against the same fixtures. Companies are the person's
 * company record (Registration.companyName is free text as typed); a company counts as a member
 * when one of its membership periods overlaps the year [`yearStart`, `yearEnd`) (companies/membership.ts).
 */
async function countReach(db: DbOrTx, eventIds: string[], yearStart: Date, yearEnd: Date) {
  if (eventIds.length === 0) return { uniquePersons: 0, companiesReached: 0, memberCompanies: 0 }
  const participating = (ids: string[]) => Prisma.sql`
    FROM "Registration" r JOIN "Person" p ON p."id" = r."personId"
    WHERE r."eventId" IN (${Prisma.join(ids)})
      AND r."status" <> 'CANCELLED'
      AND r."role" IN (${Prisma.join(PARTICIPANT_ROLES)})
      AND (r."source" = 'WALK_IN' OR EXISTS (SELECT 1 FROM "CheckIn" c WHERE c."registrationId" = r."id" AND c."undoneAt" IS NULL))`
  // SQLite takes at most 999 parameters per statement. Up to IN_SLICE events (any year of a
  // cluster) the database counts the people; beyond, each slice lists them and they are merged here.
  const slices: string[][] = []
  for (let i = 0; i < eventIds.length; i += IN_SLICE) slices.push(eventIds.slice(i, i + IN_SLICE))
  let uniquePersons: number
  if (slices.length === 1) {
    const [row] = await db.$queryRaw<Array<{ n: number | bigint }>>`SELECT COUNT(DISTINCT r."personId") AS n ${participating(eventIds)}`
    uniquePersons = Number(row?.n ?? 0)
  } else {
    const persons = new Set<string>()
    for (const ids of slices) {
      for (const row of await db.$queryRaw<Array<{ personId: string }>>`SELECT DISTINCT r."personId" AS "personId" ${participating(ids)}`)
        persons.add(row.personId)
    }
    uniquePersons = persons.size
  }
  const companies = new Set<string>()
  for (const ids of slices) {
    const rows = await db.$queryRaw<
      Array<{ companyId: string }>
    >`SELECT DISTINCT p."companyId" AS "companyId" ${participating(ids)} AND p."companyId" IS NOT NULL`
    for (const row of rows) companies.add(row.companyId)
  }
  // Membership dates are compared by Prisma, not in SQL: SQLite keeps dates as text. Members are
  // few (a cluster's member list), so they are read and matched here.
  const periods = await db.companyMembership.findMany({
    where: { AND: [{ OR: [{ from: null }, { from: { lt: yearEnd } }] }, { OR: [{ to: null }, { to: { gt: yearStart } }] }] },
    select: { companyId: true, from: true, to: true },
  })
  const byCompany = new Map<string, MembershipPeriod[]>()
  for (const p of periods) byCompany.set(p.companyId, [...(byCompany.get(p.companyId) ?? []), p])
  const memberCompanies = [...byCompany].filter(([id, ps]) => companies.has(id) && memberDuring(ps, yearStart, yearEnd)).length
  return { uniquePersons, companiesReached: companies.size, memberCompanies }
}

const IN_SLICE = 500

export type EventHeadcount = { id: string; headcount: number | null; headcountNote: string | null }

/** Counts the registrations matching `scope`, grouped per event, in two queries. */
async function countEvents(db: DbOrTx, scope: Prisma.RegistrationWhereInput, events: EventHeadcount[]): Promise<EventCount[]> {
  const by: Prisma.RegistrationScalarFieldEnum[] = ['eventId', 'role', 'status', 'source']
  const [all, admitted] = await Promise.all([
    db.registration.groupBy({ by, where: scope, _count: { _all: true } }),
    db.registration.groupBy({
      by,
      where: { AND: [scope, { status: { not: 'CANCELLED' }, checkIns: { some: { undoneAt: null } } }] },
      _count: { _all: true },
    }),
  ])
  const tally = new Map<string, Tally>()
  const tallyOf = (eventId: string) => {
    let t = tally.get(eventId)
    if (!t) tally.set(eventId, (t = emptyTally()))
    return t
  }
  for (const g of all) {
    const role = tallyOf(g.eventId).roles[g.role]
    const n = g._count._all
    if (g.status === 'CANCELLED') role.cancelled += n
    else {
      if (g.status === 'CONFIRMED') role.confirmed += n
      else role.waitlisted += n
      if (g.source === 'WALK_IN') role.walkIns += n
      else if (g.status === 'CONFIRMED') role.confirmedAhead += n
    }
  }
  for (const g of admitted) {
    const role = tallyOf(g.eventId).roles[g.role]
    const n = g._count._all
    role.checkedIn += n
    if (g.source === 'WALK_IN') role.walkInsCheckedIn += n
    else if (g.status === 'CONFIRMED') role.confirmedAheadCheckedIn += n
  }
  return events.map((event) => toEventCount(event, tally.get(event.id) ?? emptyTally()))
}

type RoleTally = {
  confirmed: number
  waitlisted: number
  cancelled: number
  walkIns: number
  checkedIn: number
  walkInsCheckedIn: number
  /** Confirmed, not at the door: the ones who can be no-shows. */
  confirmedAhead: number
  confirmedAheadCheckedIn: number
}
type Tally = { roles: Record<AttendeeRole, RoleTally> }

function emptyTally(): Tally {
  const zero = (): RoleTally => ({
    confirmed: 0,
    waitlisted: 0,
    cancelled: 0,
    walkIns: 0,
    checkedIn: 0,
    walkInsCheckedIn: 0,
    confirmedAhead: 0,
    confirmedAheadCheckedIn: 0,
  })
  return { roles: { ATTENDEE: zero(), PRESS: zero(), SPEAKER: zero(), EXHIBITOR: zero(), STAFF: zero() } }
}

function toEventCount(event: EventHeadcount, tally: Tally): EventCount {
  // Present: admitted at least once, or taken at the door — a walk-in who was also scanned counts once.
  const present = (r: RoleTally) => r.checkedIn + r.walkIns - r.walkInsCheckedIn
  const participating = PARTICIPANT_ROLES.map((role) => tally.roles[role])
  const sum = (pick: (r: RoleTally) => number) => participating.reduce((total, r) => total + pick(r), 0)
  const participantsByCheckIns = sum(present)
  const byHand = event.headcount !== null
  return {
    eventId: event.id,
    registrations: sum((r) => r.confirmed + r.waitlisted),
    confirmed: sum((r) => r.confirmed),
    waitlisted: sum((r) => r.waitlisted),
    cancelled: sum((r) => r.cancelled),
    checkedIn: sum((r) => r.checkedIn),
    walkIns: sum((r) => r.walkIns),
    confirmedInAdvance: sum((r) => r.confirmedAhead),
    noShows: byHand ? null : sum((r) => r.confirmedAhead - r.confirmedAheadCheckedIn),
    participantsByCheckIns,
    participants: byHand ? event.headcount! : participantsByCheckIns,
    method: byHand ? 'headcount' : 'checkins',
    headcountNote: byHand ? event.headcountNote : null,
    byRole: Object.fromEntries(
      ROLES.map((role) => [
        role,
        { registered: tally.roles[role].confirmed + tally.roles[role].waitlisted, present: present(tally.roles[role]) },
      ]),
    ) as Record<AttendeeRole, RoleCount>,
  }
}
