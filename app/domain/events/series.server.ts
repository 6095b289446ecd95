// Series (a recurring format such as the monthly chamber dialogue) and working groups: creating a
// series with all its dates in one go, and the roster of members who may register for its
// invite-only meetings through their personal link.
import { USER_TX, type Db } from '~/lib/db.server'
import { isUniqueViolation } from '~/lib/db-errors.server'
import type { EventKind } from '~/generated/prisma-sqlite/client'
import { slugify } from './admin.server'
import { findOrCreatePerson, newToken, normaliseEmail, type RegisterInput } from '~/domain/registration/register.server'
import { MAX_SERIES_DATES, type SeriesOccurrence } from './series-dates'

export type NewSeries = {
  nameDe: string
  nameEn?: string | null
  kind: EventKind
  occurrences: SeriesOccurrence[]
  timeZone: string
  venueName?: string | null
  venueCity?: string | null
  capacity: number | null
  waitlistEnabled: boolean
  /** A working group: only roster members may register, through their personal link. */
  inviteOnly: boolean
  publish: boolean
}

export type CreateSeriesResult =
  { kind: 'created'; id: string; eventIds: string[] } | { kind: 'noDates' | 'tooManyDates' | 'endsBeforeStart' }

/** Creates the series and one event per date (drafts, or published), all or nothing. */
export async function createSeries(db: Db, input: NewSeries, now = new Date()): Promise<CreateSeriesResult> {
  if (input.occurrences.length === 0) return { kind: 'noDates' }
  if (input.occurrences.length > MAX_SERIES_DATES) return { kind: 'tooManyDates' }
  if (input.occurrences.some((o) => o.endsAt <= o.startsAt)) return { kind: 'endsBeforeStart' }
  const name = slugify(input.nameDe)
  // Slugs are chosen before the transaction (its first statement must be a write, see
  // registration.server.ts); a concurrent organiser taking one meanwhile makes us choose again.
  for (let attempt = 1; ; attempt++) {
    const seriesSlug = await freeSlugs(db, 'series', [name]).then((s) => s[0]!)
    const eventSlugs = await freeSlugs(
      db,
      'event',
      input.occurrences.map((o) => `${name}-${o.day}`),
    )
    try {
      return await db.$transaction(async (tx) => {
        const series = await tx.series.create({ data: { slug: seriesSlug, nameDe: input.nameDe, nameEn: input.nameEn || input.nameDe } })
        const eventIds: string[] = []
        for (const [i, o] of input.occurrences.entries()) {
          const event = await tx.event.create({
            data: {
              slug: eventSlugs[i]!,
              kind: input.kind,
              status: input.publish ? 'PUBLISHED' : 'DRAFT',
              publishedAt: input.publish ? now : null,
              titleDe: input.nameDe,
              titleEn: input.nameEn || input.nameDe,
              startsAt: o.startsAt,
              endsAt: o.endsAt,
              timeZone: input.timeZone,
              venueName: input.venueName || null,
              venueCity: input.venueCity || null,
              capacity: input.capacity,
              waitlistEnabled: input.waitlistEnabled,
              inviteOnly: input.inviteOnly,
              seriesId: series.id,
            },
          })
          eventIds.push(event.id)
        }
        return { kind: 'created' as const, id: series.id, eventIds }
      }, USER_TX)
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error
    }
  }
}

/** For each wanted slug the slug itself, or with -2, -3 … when taken (also by an earlier one of the list). */
async function freeSlugs(db: Db, table: 'series' | 'event', wanted: string[]): Promise<string[]> {
  const where = { OR: wanted.map((w) => ({ slug: { startsWith: w } })) }
  const rows =
    table === 'series'
      ? await db.series.findMany({ where, select: { slug: true } })
      : await db.event.findMany({ where, select: { slug: true } })
  const taken = new Set(rows.map((r) => r.slug))
  return wanted.map((w) => {
    let slug = w
    for (let n = 2; taken.has(slug); n++) slug = `${w}-${n}`
    taken.add(slug)
    return slug
  })
}

/** All series with the number of dates and members, and the next date. */
export async function listSeries(db: Db, now = new Date()) {
  const series = await db.series.findMany({
    orderBy: { nameDe: 'asc' },
    include: {
      _count: { select: { events: true, roster: true } },
      events: { where: { startsAt: { gt: now }, status: { not: 'CANCELLED' } }, orderBy: { startsAt: 'asc' }, take: 1 },
    },
  })
  return series.map((s) => ({
    id: s.id,
    nameDe: s.nameDe,
    nameEn: s.nameEn,
    dates: s._count.events,
    members: s._count.roster,
    next: s.events[0] ? { startsAt: s.events[0].startsAt, timeZone: s.events[0].timeZone } : null,
  }))
}

/**
 * A series for the organiser: its dates, its roster, and the date the members' personal links
 * lead to (the next invite-only date that takes registrations), if any.
 */
export async function getSeriesAdmin(db: Db, seriesId: string, now = new Date()) {
  const series = await db.series.findUnique({
    where: { id: seriesId },
    include: {
      events: { orderBy: { startsAt: 'asc' } },
      roster: { include: { person: { include: { company: true } } }, orderBy: { createdAt: 'asc' } },
    },
  })
  if (!series) return null
  const inviteEvent = series.events.find((e) => e.inviteOnly && e.status === 'PUBLISHED' && e.endsAt > now) ?? null
  return { ...series, inviteEvent }
}

/** The path of a roster member's personal registration link for an event of their series. */
export const invitePath = (eventSlug: string, token: string) => `/events/${eventSlug}/register?invite=${encodeURIComponent(token)}`

export type RosterMemberInput = Pick<RegisterInput, 'firstName' | 'lastName' | 'email' | 'company'>
export type AddMemberResult = { kind: 'added'; memberId: string } | { kind: 'alreadyMember' | 'notFound' }

/** Puts a person (found by e-mail, or created) on the series' roster with a personal token. */
export async function addRosterMember(db: Db, seriesId: string, input: RosterMemberInput): Promise<AddMemberResult> {
  if (!(await db.series.findUnique({ where: { id: seriesId } }))) return { kind: 'notFound' }
  const person = await findOrCreatePerson(db, normaliseEmail(input.email), input)
  try {
    const member = await db.rosterMember.create({ data: { seriesId, personId: person.id, token: newToken() } })
    return { kind: 'added', memberId: member.id }
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'alreadyMember' }
    throw error
  }
}

/** Takes a member off the roster: their personal link stops working; registrations made stay. */
export async function removeRosterMember(db: Db, seriesId: string, memberId: string): Promise<{ kind: 'removed' | 'notFound' }> {
  const { count } = await db.rosterMember.deleteMany({ where: { id: memberId, seriesId } })
  return { kind: count ? 'removed' : 'notFound' }
}
