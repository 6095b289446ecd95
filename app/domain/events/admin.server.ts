// Organisers' work on events: create, publish, add custom questions, and read the registrations
// with their answers (list and CSV). Seats are never touched here: that is registration.server.ts.
import { USER_TX, type Db } from '~/lib/db.server'
import { isUniqueViolation } from '~/lib/db-errors.server'
import { utcToWallTime } from '~/lib/datetime'
import type { EventKind, QuestionKind } from '~/generated/prisma-sqlite/client'
import { formatAnswer, type Answers } from '~/domain/registration/answers'
import { promoteFromWaitlist } from '~/domain/registration/register.server'
import { audit } from '~/domain/audit/audit.server'

export type NewEvent = {
  kind: EventKind
  titleDe: string
  titleEn?: string | null
  summaryDe?: string | null
  summaryEn?: string | null
  descriptionDe?: string | null
  descriptionEn?: string | null
  startsAt: Date
  endsAt: Date
  venueName?: string | null
  venueStreet?: string | null
  venuePostcode?: string | null
  venueCity?: string | null
  contactEmail?: string | null
  organiserName?: string | null
  registrationOpensAt?: Date | null
  registrationClosesAt?: Date | null
  capacity?: number | null
  waitlistEnabled: boolean
  proposalsOpen?: boolean
  publish: boolean
}

/** The optional fields as stored: left out means empty. */
function optionalFields(input: Omit<NewEvent, 'publish' | 'kind' | 'titleDe' | 'startsAt' | 'endsAt' | 'waitlistEnabled'>) {
  return {
    summaryDe: input.summaryDe || null,
    summaryEn: input.summaryEn || null,
    descriptionDe: input.descriptionDe || null,
    descriptionEn: input.descriptionEn || null,
    venueName: input.venueName || null,
    venueStreet: input.venueStreet || null,
    venuePostcode: input.venuePostcode || null,
    venueCity: input.venueCity || null,
    contactEmail: input.contactEmail || null,
    organiserName: input.organiserName || null,
    registrationOpensAt: input.registrationOpensAt ?? null,
    registrationClosesAt: input.registrationClosesAt ?? null,
    capacity: input.capacity ?? null,
    proposalsOpen: input.proposalsOpen ?? false,
  }
}

export function slugify(text: string): string {
  const map: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' }
  return (
    text
      .replace(/[äöüßÄÖÜ]/g, (c) => map[c]!)
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'veranstaltung'
  )
}

export type CreateEventResult = { kind: 'created'; id: string; slug: string } | { kind: 'endsBeforeStart' }

/** Creates an event with a unique slug from its German title and start date. */
export async function createEvent(db: Db, input: NewEvent, actorId: string | null = null): Promise<CreateEventResult> {
  if (input.endsAt <= input.startsAt) return { kind: 'endsBeforeStart' }
  const base = `${slugify(input.titleDe)}-${input.startsAt.toISOString().slice(0, 10)}`
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`
    try {
      const event = await db.$transaction(async (tx) => {
        const created = await tx.event.create({
          data: {
            slug,
            kind: input.kind,
            status: input.publish ? 'PUBLISHED' : 'DRAFT',
            publishedAt: input.publish ? new Date() : null,
            titleDe: input.titleDe,
            titleEn: input.titleEn || input.titleDe,
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            ...optionalFields(input),
            waitlistEnabled: input.waitlistEnabled,
          },
        })
        await audit(tx, actorId, 'event.created', { type: 'Event', id: created.id, eventId: created.id }, { slug, publish: input.publish })
        return created
      })
      return { kind: 'created', id: event.id, slug }
    } catch (error) {
      if (!isUniqueViolation(error) || n > 50) throw error
    }
  }
}

export type NewQuestion = { kind: QuestionKind; labelDe: string; labelEn?: string | null; required: boolean; options: string[] }

/** Adds a custom question at the end; choice options get stable values from their labels. */
export async function addQuestion(db: Db, eventId: string, q: NewQuestion, actorId: string | null = null) {
  const position = await db.eventQuestion.count({ where: { eventId } })
  const options =
    q.kind === 'CHOICE' || q.kind === 'MULTI'
      ? q.options.map((label, i) => ({ value: `${i + 1}-${slugify(label).slice(0, 20)}`, de: label, en: label }))
      : undefined
  return db.$transaction(async (tx) => {
    const question = await tx.eventQuestion.create({
      data: { eventId, position, kind: q.kind, labelDe: q.labelDe, labelEn: q.labelEn || q.labelDe, required: q.required, options },
    })
    await audit(tx, actorId, 'event.question.added', { type: 'EventQuestion', id: question.id, eventId }, { label: q.labelDe })
    return question
  })
}

export type RegistrationFilter = {
  q?: string
  status?: 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED'
  /** Part of the company name, matched like q. */
  company?: string
  checkedIn?: boolean
  page: number
  perPage?: number
}

/** One page of an event's registrations with person, company, answers and whether they came. */
export async function listRegistrations(db: Db, eventId: string, filter: RegistrationFilter) {
  const perPage = filter.perPage ?? 50
  // Search words are matched in JavaScript, case- and accent-insensitively on both databases;
  // an event has at most a few thousand registrations.
  const all = await db.registration.findMany({
    where: { eventId, ...(filter.status ? { status: filter.status } : {}) },
    include: { person: { include: { company: true } }, checkIns: { where: { activeKey: { not: null } }, select: { day: true } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  })
  const fold = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
  const terms = fold(filter.q ?? '')
    .split(/\s+/)
    .filter(Boolean)
  const company = fold(filter.company ?? '').trim()
  const matching = all.filter((r) => {
    const companyName = fold(r.companyName ?? r.person.company?.name ?? '')
    if (company && !companyName.includes(company)) return false
    if (filter.checkedIn !== undefined && r.checkIns.length > 0 !== filter.checkedIn) return false
    const hay = fold([r.person.firstName, r.person.lastName, r.person.email].join(' ')) + ' ' + companyName
    return terms.every((t) => hay.includes(t))
  })
  const pages = Math.max(1, Math.ceil(matching.length / perPage))
  const page = Math.min(Math.max(1, filter.page), pages)
  return { total: matching.length, page, pages, registrations: matching.slice((page - 1) * perPage, page * perPage) }
}

/**
 * The registrations as spreadsheet rows, one column per custom question, in the reader's language.
 * The registration time is the wall time of the event's zone, as the pages show it, and its
 * column header names the zone (`labels.header` is positional: the seventh is "registered at").
 */
export async function registrationRows(
  db: Db,
  eventId: string,
  locale: 'de' | 'en',
  labels: { header: string[]; yes: string; no: string },
) {
  const [event, questions, { registrations }] = await Promise.all([
    db.event.findUniqueOrThrow({ where: { id: eventId }, select: { timeZone: true } }),
    db.eventQuestion.findMany({ where: { eventId }, orderBy: { position: 'asc' } }),
    listRegistrations(db, eventId, { page: 1, perPage: 1_000_000 }),
  ])
  const header = [
    ...labels.header.map((h, i) => (i === REGISTERED_AT ? `${h} (${event.timeZone})` : h)),
    ...questions.map((q) => (locale === 'en' ? q.labelEn : q.labelDe)),
  ]
  const rows = registrations.map((r) => {
    const answers = (r.answers ?? {}) as Answers
    return [
      r.person.firstName,
      r.person.lastName,
      r.person.email,
      r.companyName ?? r.person.company?.name ?? '',
      r.status,
      r.source,
      utcToWallTime(r.createdAt, event.timeZone).replace('T', ' '),
      r.checkIns.length > 0 ? labels.yes : labels.no,
      ...questions.map((q) => formatAnswer(q, answers[q.id], locale, labels)),
    ]
  })
  return [header, ...rows]
}

const REGISTERED_AT = 6

export type StatusChange = { kind: 'changed'; notified: number } | { kind: 'notFound' | 'unchanged' | 'cancelledIsFinal' }

/**
 * Publishes, withdraws to draft, or cancels an event. Cancelling tells every live registration
 * (confirmed or waiting) by mail, written to the outbox in the same transaction; it is final.
 */
export async function setEventStatus(
  db: Db,
  eventId: string,
  status: 'PUBLISHED' | 'DRAFT' | 'CANCELLED',
  actorId: string | null = null,
  now = new Date(),
): Promise<StatusChange> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.event.updateMany({
      where: { id: eventId, status: { notIn: ['CANCELLED', status] } },
      data: {
        status,
        ...(status === 'PUBLISHED' ? { publishedAt: now } : {}),
        ...(status === 'CANCELLED' ? { cancelledAt: now, calendarSequence: { increment: 1 } } : {}),
      },
    })
    if (count === 0) {
      const event = await tx.event.findUnique({ where: { id: eventId } })
      if (!event) return { kind: 'notFound' as const }
      return { kind: event.status === 'CANCELLED' ? ('cancelledIsFinal' as const) : ('unchanged' as const) }
    }
    await audit(tx, actorId, `event.status.${status.toLowerCase()}`, { type: 'Event', id: eventId, eventId })
    if (status !== 'CANCELLED') return { kind: 'changed' as const, notified: 0 }
    const live = await tx.registration.findMany({ where: { eventId, status: { not: 'CANCELLED' } }, include: { person: true } })
    if (live.length) {
      await tx.outboxMessage.createMany({
        data: live.map((r) => ({
          template: 'event.cancelled',
          toEmail: r.person.email,
          locale: r.locale,
          registrationId: r.id,
          payload: { registrationId: r.id },
        })),
      })
    }
    return { kind: 'changed' as const, notified: live.length }
  }, USER_TX)
}

export type EventChanges = Omit<NewEvent, 'publish'>
export type UpdateEventResult =
  { kind: 'updated'; notified: number; promoted: number } | { kind: 'notFound' | 'endsBeforeStart' | 'cancelled' }

/**
 * Changes an event's details. A new time or place raises the calendar SEQUENCE and mails every
 * confirmed attendee an updated invitation (outbox, same transaction); more seats move people up
 * from the waiting list at once. Fewer seats than taken bumps nobody: it only stops new seats.
 */
export async function updateEvent(
  db: Db,
  eventId: string,
  changes: EventChanges,
  actorId: string | null = null,
  now = new Date(),
): Promise<UpdateEventResult> {
  if (changes.endsAt <= changes.startsAt) return { kind: 'endsBeforeStart' }
  return db.$transaction(async (tx) => {
    const before = await tx.event.findUnique({ where: { id: eventId } })
    if (!before) return { kind: 'notFound' as const }
    if (before.status === 'CANCELLED') return { kind: 'cancelled' as const }
    const moved =
      before.startsAt.getTime() !== changes.startsAt.getTime() ||
      before.endsAt.getTime() !== changes.endsAt.getTime() ||
      (before.venueName ?? '') !== (changes.venueName ?? '') ||
      (before.venueStreet ?? '') !== (changes.venueStreet ?? '') ||
      (before.venuePostcode ?? '') !== (changes.venuePostcode ?? '') ||
      (before.venueCity ?? '') !== (changes.venueCity ?? '')
    await tx.event.update({
      where: { id: eventId },
      data: {
        kind: changes.kind,
        titleDe: changes.titleDe,
        titleEn: changes.titleEn || changes.titleDe,
        startsAt: changes.startsAt,
        endsAt: changes.endsAt,
        ...optionalFields(changes),
        waitlistEnabled: changes.waitlistEnabled,
        ...(moved ? { calendarSequence: { increment: 1 } } : {}),
      },
    })
    let notified = 0
    if (moved && before.status === 'PUBLISHED') {
      const confirmed = await tx.registration.findMany({ where: { eventId, status: 'CONFIRMED' }, include: { person: true } })
      if (confirmed.length) {
        await tx.outboxMessage.createMany({
          data: confirmed.map((r) => ({
            template: 'event.changed',
            toEmail: r.person.email,
            locale: r.locale,
            registrationId: r.id,
            payload: { registrationId: r.id },
          })),
        })
      }
      notified = confirmed.length
    }
    let promoted = 0
    const capacityGrew =
      changes.capacity === null || changes.capacity === undefined || (before.capacity !== null && changes.capacity > before.capacity)
    if (capacityGrew) {
      const waiting = await tx.registration.count({ where: { eventId, status: 'WAITLISTED' } })
      if (waiting) {
        await promoteFromWaitlist(tx, eventId, now)
        promoted = waiting - (await tx.registration.count({ where: { eventId, status: 'WAITLISTED' } }))
      }
    }
    await audit(
      tx,
      actorId,
      'event.updated',
      { type: 'Event', id: eventId, eventId },
      { changed: changedFields(before, changes), notified, promoted },
    )
    return { kind: 'updated' as const, notified, promoted }
  }, USER_TX)
}

/** What every staff page of one event shows at its top, or null for an unknown id. */
export async function findEventHeader(db: Db, eventId: string) {
  return db.event.findUnique({
    where: { id: eventId },
    select: {
      id: true,
      slug: true,
      status: true,
      kind: true,
      titleDe: true,
      titleEn: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      capacity: true,
      confirmedCount: true,
    },
  })
}

/** Names of the fields an edit changed (for the audit trail: which, not the values). */
function changedFields(before: Record<string, unknown>, changes: Record<string, unknown>): string[] {
  const same = (a: unknown, b: unknown) =>
    a instanceof Date || b instanceof Date ? new Date(a as Date).getTime() === new Date(b as Date).getTime() : (a ?? null) === (b ?? null)
  return Object.keys(changes).filter((k) => k in before && !same(before[k], changes[k]))
}
