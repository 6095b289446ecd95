// The cooperation exchange (B2B matchmaking) of a fair: participants publish a short profile and
// ask exhibitors for a meeting; the exhibitor's stand staff accept or decline; an accepted meeting
// is placed at once into the grid of tables × slots (meeting-scheduler.ts), and both sides get a
// calendar invitation through the outbox (`meeting.scheduled`, meeting-mail.server.ts; the request
// itself reaches the exhibitor as `meeting.requested`). Organisers
// set the grid, place what is left, move meetings by hand (refused on a clash) and see who met.
//
// Everyone acts through their own private link: participants through their registration's
// /r/:token, stand staff through their staff pass's. Every write that places or moves a meeting
// first locks the event row (lockEvent, as the programme does), so two acceptances at the same
// moment cannot both take the last free table.
import { USER_TX, type Db, type DbOrTx, type Tx } from '~/lib/db.server'
import { isUniqueViolation } from '~/lib/db-errors.server'
import { staffPassQuota } from './rules'
import {
  bookingConflicts,
  buildSlots,
  checkMove,
  DEFAULT_GRID,
  meetingParties,
  scheduleMeetings,
  tableLabels,
  type Booking,
  type BookingConflict,
  type ExchangeGrid,
  type MoveRefusal,
} from './meeting-scheduler'
import { eventDays } from '~/domain/programme/conflicts'
import { lockEvent } from '~/domain/programme/programme.server'
import type { Answers } from '~/domain/registration/answers'
import { exchangeProfile } from './exchange-profile'

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/
const SCHEDULED = ['ACCEPTED', 'HELD'] as const

// ───────────────────────────── the grid ─────────────────────────────

const gridKey = (eventId: string) => `fair.exchangeGrid.${eventId}`

/** The exchange's tables and daily hours (kept per event in AppSetting), or the default grid. */
export async function getExchangeGrid(db: DbOrTx, eventId: string): Promise<ExchangeGrid> {
  const row = await db.appSetting.findUnique({ where: { key: gridKey(eventId) } })
  try {
    const g = row ? (JSON.parse(row.value) as Partial<ExchangeGrid>) : null
    if (g && Number.isInteger(g.tables) && Number.isInteger(g.slotMinutes) && typeof g.from === 'string' && typeof g.until === 'string')
      return g as ExchangeGrid
  } catch {
    // A damaged setting falls back to the default grid.
  }
  return DEFAULT_GRID
}

export async function saveExchangeGrid(db: Db, eventId: string, grid: ExchangeGrid): Promise<{ kind: 'saved' } | { kind: 'notFound' }> {
  if (!(await db.event.count({ where: { id: eventId, kind: 'FAIR' } }))) return { kind: 'notFound' }
  const value = JSON.stringify({ tables: grid.tables, slotMinutes: grid.slotMinutes, from: grid.from, until: grid.until })
  await db.appSetting.upsert({ where: { key: gridKey(eventId) }, create: { key: gridKey(eventId), value }, update: { value } })
  return { kind: 'saved' }
}

// ───────────────────────────── participants ─────────────────────────────

const participantInclude = { person: { include: { company: true } }, event: true } as const

/** The registration behind a private link, if it belongs to a fair and still counts. */
async function registrationByToken(db: DbOrTx, token: string) {
  if (!TOKEN.test(token)) return null
  const registration = await db.registration.findUnique({ where: { manageToken: token }, include: participantInclude })
  if (!registration || registration.event.kind !== 'FAIR' || registration.person.erasedAt) return null
  return registration
}

/** True while the fair takes meeting requests: published and not over. */
function exchangeOpen(event: { status: string; endsAt: Date }, now: Date): boolean {
  return event.status === 'PUBLISHED' && event.endsAt > now
}

/** What a participant sees of the exchange: their profile, the exhibitors, their meetings. Null for an unknown link. */
export async function getParticipantExchange(db: Db, token: string, now = new Date()) {
  const registration = await registrationByToken(db, token)
  if (!registration) return null
  const { event, person } = registration
  const [saved, marked, exhibitors, meetings] = await Promise.all([
    db.cooperationProfile.findUnique({ where: { eventId_personId: { eventId: event.id, personId: person.id } } }),
    markedQuestions(db, event.id),
    db.exhibitor.findMany({
      where: { eventId: event.id, status: 'ACCEPTED' },
      include: { company: true, stand: true, contactPerson: { select: { profiles: { where: { eventId: event.id } } } } },
    }),
    db.meeting.findMany({
      where: { eventId: event.id, requesterId: person.id },
      orderBy: [{ startsAt: 'asc' }, { createdAt: 'asc' }],
      include: { exhibitor: { include: { company: true, stand: true } } },
    }),
  ])
  const open = meetings.filter((m) => m.status !== 'CANCELLED' && m.status !== 'DECLINED')
  return {
    registration,
    event,
    person,
    profile: exchangeProfile(saved, marked, registration.answers as Answers | null),
    canRequest: registration.status === 'CONFIRMED' && exchangeOpen(event, now),
    exhibitors: exhibitors
      .filter((e) => e.id !== registration.exhibitorId)
      .sort((a, b) => a.company.name.localeCompare(b.company.name, 'de'))
      .map((e) => ({
        id: e.id,
        company: e.company.name,
        city: e.company.city,
        stand: e.stand ? { hall: e.stand.hall, number: e.stand.number } : null,
        topicsDe: e.topicsDe,
        topicsEn: e.topicsEn,
        products: e.products,
        profile: e.contactPerson?.profiles[0] ?? null,
        request: open.find((m) => m.exhibitorId === e.id) ?? null,
      })),
    meetings,
  }
}

/** The event's questions marked as the exchange's offer or seek. */
function markedQuestions(db: DbOrTx, eventId: string) {
  return db.eventQuestion.findMany({
    where: { eventId, exchangeField: { not: null } },
    select: { id: true, kind: true, exchangeField: true },
  })
}

export type ProfileInput = { offer?: string | null; seek?: string | null; topics?: string | null; consentLeadScan?: boolean }

/** Saves the participant's offer/seek profile, and their answer to exhibitors scanning their badge. */
export async function saveProfile(db: Db, token: string, input: ProfileInput): Promise<{ kind: 'saved' } | { kind: 'notFound' }> {
  const registration = await registrationByToken(db, token)
  if (!registration) return { kind: 'notFound' }
  const data = { offer: input.offer?.trim() || null, seek: input.seek?.trim() || null, topics: input.topics?.trim() || null }
  const where = { eventId_personId: { eventId: registration.eventId, personId: registration.personId } }
  try {
    await db.cooperationProfile.upsert({
      where,
      create: { ...data, eventId: registration.eventId, personId: registration.personId },
      update: data,
    })
  } catch (error) {
    // Two saves at once both tried to create it: the second one updates.
    if (!isUniqueViolation(error)) throw error
    await db.cooperationProfile.update({ where, data })
  }
  if (input.consentLeadScan !== undefined)
    await db.person.update({ where: { id: registration.personId }, data: { consentLeadScan: input.consentLeadScan } })
  return { kind: 'saved' }
}

export type RequestResult =
  | { kind: 'requested'; meetingId: string }
  | { kind: 'alreadyRequested'; meetingId: string }
  | { kind: 'closed' }
  | { kind: 'ownStand' }
  | { kind: 'unknownExhibitor' }
  | { kind: 'notFound' }

/** A participant asks an exhibitor for a meeting; one open request per exhibitor. */
export async function requestMeeting(
  db: Db,
  token: string,
  input: { exhibitorId: string; message?: string | null },
  now = new Date(),
): Promise<RequestResult> {
  const registration = await registrationByToken(db, token)
  if (!registration) return { kind: 'notFound' }
  if (registration.status !== 'CONFIRMED' || !exchangeOpen(registration.event, now)) return { kind: 'closed' }
  if (registration.exhibitorId === input.exhibitorId) return { kind: 'ownStand' }
  return db.$transaction(async (tx): Promise<RequestResult> => {
    // The guard: one request at a time per participant, so a double click makes one meeting.
    await tx.$executeRaw`UPDATE "Registration" SET "status" = "status" WHERE "id" = ${registration.id}`
    const exhibitor = await tx.exhibitor.findFirst({ where: { id: input.exhibitorId, eventId: registration.eventId, status: 'ACCEPTED' } })
    if (!exhibitor) return { kind: 'unknownExhibitor' }
    const open = await tx.meeting.findFirst({
      where: {
        eventId: registration.eventId,
        exhibitorId: exhibitor.id,
        requesterId: registration.personId,
        status: { in: ['REQUESTED', 'ACCEPTED', 'HELD'] },
      },
    })
    if (open) return { kind: 'alreadyRequested', meetingId: open.id }
    const meeting = await tx.meeting.create({
      data: {
        eventId: registration.eventId,
        exhibitorId: exhibitor.id,
        requesterId: registration.personId,
        message: input.message?.trim() || null,
      },
    })
    // The exhibitor hears of it by mail, with the link to answer on the stand desk.
    const contact = exhibitor.contactPersonId ? await tx.person.findUnique({ where: { id: exhibitor.contactPersonId } }) : null
    if (contact && !contact.erasedAt) {
      await tx.outboxMessage.create({
        data: {
          template: 'meeting.requested',
          toEmail: contact.email,
          toName: `${contact.firstName} ${contact.lastName}`,
          locale: contact.locale,
          payload: { meetingId: meeting.id },
        },
      })
    }
    return { kind: 'requested', meetingId: meeting.id }
  }, USER_TX)
}

/** The participant calls off their own request or meeting; a meeting with a time is cancelled in both calendars. */
export async function cancelOwnMeeting(
  db: Db,
  token: string,
  meetingId: string,
  now = new Date(),
): Promise<{ kind: 'cancelled' } | { kind: 'notFound' }> {
  const registration = await registrationByToken(db, token)
  if (!registration) return { kind: 'notFound' }
  return db.$transaction(async (tx) => {
    const meeting = await tx.meeting.findFirst({
      where: { id: meetingId, requesterId: registration.personId, eventId: registration.eventId },
    })
    if (!meeting) return { kind: 'notFound' as const }
    const { count } = await tx.meeting.updateMany({
      where: { id: meetingId, status: { in: ['REQUESTED', 'ACCEPTED'] } },
      data: { status: 'CANCELLED' },
    })
    if (count === 0) return { kind: 'notFound' as const }
    if (meeting.status === 'ACCEPTED' && meeting.startsAt) await enqueueCancellations(tx, meeting, now)
    return { kind: 'cancelled' as const }
  }, USER_TX)
}

// ───────────────────────────── the stand's desk ─────────────────────────────

/** The staff pass behind a private link, if it is a live pass of an accepted exhibitor. */
export async function staffPassByToken(db: DbOrTx, token: string) {
  const registration = await registrationByToken(db, token)
  if (!registration || registration.role !== 'EXHIBITOR' || registration.status === 'CANCELLED' || !registration.exhibitorId) return null
  const exhibitor = await db.exhibitor.findUnique({ where: { id: registration.exhibitorId }, include: { company: true, stand: true } })
  if (!exhibitor || exhibitor.status !== 'ACCEPTED') return null
  return { pass: registration, exhibitor, event: registration.event }
}

/** What the stand staff see: the meeting requests and schedule of their exhibitor. */
export async function getStandDesk(db: Db, token: string) {
  const desk = await staffPassByToken(db, token)
  if (!desk) return null
  const meetings = await db.meeting.findMany({
    where: { exhibitorId: desk.exhibitor.id },
    orderBy: [{ startsAt: 'asc' }, { createdAt: 'asc' }],
    include: { requester: { include: { company: true, profiles: { where: { eventId: desk.event.id } } } } },
  })
  const [profile, passes, marked, answered] = await Promise.all([
    db.cooperationProfile.findUnique({ where: { eventId_personId: { eventId: desk.event.id, personId: desk.pass.personId } } }),
    db.registration.findMany({
      where: { exhibitorId: desk.exhibitor.id, role: 'EXHIBITOR', status: { not: 'CANCELLED' } },
      orderBy: { createdAt: 'asc' },
      include: { person: true },
    }),
    markedQuestions(db, desk.event.id),
    db.registration.findMany({
      where: { eventId: desk.event.id, personId: { in: [...new Set(meetings.map((m) => m.requesterId))] } },
      select: { personId: true, answers: true },
    }),
  ])
  const answersOf = new Map(answered.map((r) => [r.personId, r.answers as Answers | null]))
  return {
    ...desk,
    // Each requester's profile as they show it: saved, or else their registration's answers.
    meetings: meetings.map((m) => ({
      ...m,
      requesterProfile: exchangeProfile(m.requester.profiles[0], marked, answersOf.get(m.requesterId)),
    })),
    profile,
    passes,
    passQuota: staffPassQuota(desk.exhibitor.areaSqm),
  }
}

export type DecisionResult =
  | { kind: 'accepted'; scheduled: { start: Date; end: Date; table: string } | null }
  | { kind: 'declined' }
  | { kind: 'alreadyDecided'; status: string }
  | { kind: 'notFound' }

/** The exhibitor's answer to a request; an accepted meeting is placed and both sides invited in the same transaction. */
export async function decideMeeting(
  db: Db,
  token: string,
  meetingId: string,
  decision: 'accept' | 'decline',
  now = new Date(),
): Promise<DecisionResult> {
  const desk = await staffPassByToken(db, token)
  if (!desk) return { kind: 'notFound' }
  return db.$transaction(async (tx): Promise<DecisionResult> => {
    if (!(await lockEvent(tx, desk.event.id))) return { kind: 'notFound' }
    const { count } = await tx.meeting.updateMany({
      where: { id: meetingId, exhibitorId: desk.exhibitor.id, status: 'REQUESTED' },
      data: { status: decision === 'accept' ? 'ACCEPTED' : 'DECLINED' },
    })
    if (count === 0) {
      const meeting = await tx.meeting.findFirst({ where: { id: meetingId, exhibitorId: desk.exhibitor.id } })
      return meeting ? { kind: 'alreadyDecided', status: meeting.status } : { kind: 'notFound' }
    }
    if (decision === 'decline') return { kind: 'declined' }
    const { placed } = await placeOpenMeetings(tx, desk.event, now, [meetingId])
    const mine = placed.find((p) => p.meetingId === meetingId)
    return { kind: 'accepted', scheduled: mine ? { start: mine.start, end: mine.end, table: mine.table } : null }
  }, USER_TX)
}

export type HeldResult = { kind: 'held' } | { kind: 'notYet' } | { kind: 'notFound' }

/** A meeting that took place is counted as held (by the stand staff, or the organisers). */
export async function markMeetingHeld(
  db: Db,
  where: { meetingId: string; eventId?: string; exhibitorId?: string },
  now = new Date(),
): Promise<HeldResult> {
  const scope = {
    id: where.meetingId,
    ...(where.eventId ? { eventId: where.eventId } : {}),
    ...(where.exhibitorId ? { exhibitorId: where.exhibitorId } : {}),
  }
  const { count } = await db.meeting.updateMany({
    where: { ...scope, status: 'ACCEPTED', startsAt: { lte: now } },
    data: { status: 'HELD' },
  })
  if (count === 1) return { kind: 'held' }
  const meeting = await db.meeting.findFirst({ where: scope })
  return meeting?.status === 'ACCEPTED' ? { kind: 'notYet' } : { kind: 'notFound' }
}

// ───────────────────────────── placing meetings ─────────────────────────────

type EventForGrid = { id: string; startsAt: Date; endsAt: Date; timeZone: string }

const bookingOf = (m: {
  id: string
  startsAt: Date | null
  endsAt: Date | null
  tableLabel: string | null
  requesterId: string
  exhibitorId: string
  exhibitor: { contactPersonId: string | null }
}): Booking => ({
  id: m.id,
  start: m.startsAt!,
  end: m.endsAt!,
  table: m.tableLabel!,
  parties: meetingParties({ requesterId: m.requesterId, exhibitorId: m.exhibitorId, contactPersonId: m.exhibitor.contactPersonId }),
})

async function bookings(tx: DbOrTx, eventId: string): Promise<Booking[]> {
  const scheduled = await tx.meeting.findMany({
    where: { eventId, status: { in: [...SCHEDULED] }, startsAt: { not: null }, endsAt: { not: null }, tableLabel: { not: null } },
    include: { exhibitor: { select: { contactPersonId: true } } },
  })
  return scheduled.map(bookingOf)
}

/**
 * Places accepted meetings that have no slot yet (all of them, or those named), earliest request
 * first, and invites both sides. Call inside a transaction that has locked the event.
 */
async function placeOpenMeetings(tx: Tx, event: EventForGrid, now: Date, onlyIds?: string[]) {
  const grid = await getExchangeGrid(tx, event.id)
  const slots = buildSlots(grid, eventDays(event), event.timeZone, now)
  const open = await tx.meeting.findMany({
    where: { eventId: event.id, status: 'ACCEPTED', startsAt: null, ...(onlyIds ? { id: { in: onlyIds } } : {}) },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    include: { exhibitor: { select: { contactPersonId: true } } },
  })
  const result = scheduleMeetings({
    slots,
    tables: tableLabels(grid),
    booked: await bookings(tx, event.id),
    meetings: open.map((m) => ({
      id: m.id,
      parties: meetingParties({ requesterId: m.requesterId, exhibitorId: m.exhibitorId, contactPersonId: m.exhibitor.contactPersonId }),
    })),
  })
  for (const p of result.placed) {
    const { count } = await tx.meeting.updateMany({
      where: { id: p.meetingId, status: 'ACCEPTED', startsAt: null },
      data: { startsAt: p.start, endsAt: p.end, tableLabel: p.table },
    })
    if (count === 1) await enqueueInvites(tx, p.meetingId, now)
  }
  return result
}

export type ScheduleResult = { kind: 'scheduled'; placed: number; unplaced: number } | { kind: 'notFound' }

/** The organisers place every accepted meeting that still has no slot (e.g. after widening the grid). */
export async function scheduleOpenMeetings(db: Db, eventId: string, now = new Date()): Promise<ScheduleResult> {
  return db.$transaction(async (tx): Promise<ScheduleResult> => {
    if (!(await lockEvent(tx, eventId))) return { kind: 'notFound' }
    const event = await tx.event.findUniqueOrThrow({ where: { id: eventId } })
    const { placed, unplaced } = await placeOpenMeetings(tx, event, now)
    return { kind: 'scheduled', placed: placed.length, unplaced: unplaced.length }
  }, USER_TX)
}

export type AdjustResult =
  | { kind: 'moved' }
  | ({ kind: 'refused' } & MoveRefusal)
  | { kind: 'conflict'; conflicts: (BookingConflict & { with?: string })[] }
  | { kind: 'notAccepted' }
  | { kind: 'notFound' }

/**
 * The organisers move a meeting to another time or table; refused when it would leave the grid
 * (a table it lacks, between slots, outside the daily hours or the fair's days), or when a table
 * or a person would be double-booked.
 */
export async function adjustMeeting(
  db: Db,
  eventId: string,
  meetingId: string,
  to: { startsAt: Date; endsAt: Date; table: string },
  now = new Date(),
): Promise<AdjustResult> {
  return db.$transaction(async (tx): Promise<AdjustResult> => {
    if (!(await lockEvent(tx, eventId))) return { kind: 'notFound' }
    const meeting = await tx.meeting.findFirst({
      where: { id: meetingId, eventId },
      include: { exhibitor: { select: { contactPersonId: true } } },
    })
    if (!meeting) return { kind: 'notFound' }
    if (meeting.status !== 'ACCEPTED') return { kind: 'notAccepted' }
    const candidate = bookingOf({ ...meeting, startsAt: to.startsAt, endsAt: to.endsAt, tableLabel: to.table.trim() })
    const event = await tx.event.findUniqueOrThrow({ where: { id: eventId } })
    const refusal = checkMove(await getExchangeGrid(tx, eventId), eventDays(event), event.timeZone, candidate)
    if (refusal) return { kind: 'refused', ...refusal }
    const booked = await bookings(tx, eventId)
    const conflicts = bookingConflicts(candidate, booked)
    if (conflicts.length > 0) {
      const names = await describeMeetings(
        tx,
        conflicts.flatMap((c) => (c.kind === 'invalidTimes' ? [] : [c.other])),
      )
      return { kind: 'conflict', conflicts: conflicts.map((c) => (c.kind === 'invalidTimes' ? c : { ...c, with: names.get(c.other) })) }
    }
    await tx.meeting.update({
      where: { id: meetingId },
      data: { startsAt: candidate.start, endsAt: candidate.end, tableLabel: candidate.table },
    })
    await enqueueInvites(tx, meetingId, now)
    return { kind: 'moved' }
  }, USER_TX)
}

async function describeMeetings(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  const rows = await tx.meeting.findMany({
    where: { id: { in: ids } },
    include: { requester: true, exhibitor: { include: { company: true } } },
  })
  return new Map(rows.map((m) => [m.id, `${m.requester.firstName} ${m.requester.lastName} – ${m.exhibitor.company.name}`]))
}

// Calendars apply an update only with a higher SEQUENCE than the invitation before it. Meetings
// keep no counter, so the sequence is the time of the change in seconds since 2026: it grows
// with every change and fits the 32-bit integers calendars expect until 2094.
const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1)
export const meetingSequence = (now: Date) => Math.max(0, Math.floor((now.getTime() - SEQUENCE_EPOCH) / 1000))

/** Both sides of a placed meeting get the invitation: the visitor, and the exhibitor's contact. */
async function enqueueInvites(tx: Tx, meetingId: string, now: Date) {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: { requester: true, exhibitor: { include: { contactPerson: true } } },
  })
  const sequence = meetingSequence(now)
  const requesterRegistration = await tx.registration.findFirst({
    where: { eventId: meeting.eventId, personId: meeting.requesterId },
    select: { locale: true },
  })
  const recipients = [
    { side: 'requester', person: meeting.requester, locale: requesterRegistration?.locale ?? meeting.requester.locale },
    ...(meeting.exhibitor.contactPerson
      ? [{ side: 'exhibitor', person: meeting.exhibitor.contactPerson, locale: meeting.exhibitor.contactPerson.locale }]
      : []),
  ]
  for (const r of recipients) {
    if (r.person.erasedAt) continue
    await tx.outboxMessage.create({
      data: {
        template: 'meeting.scheduled',
        toEmail: r.person.email,
        toName: `${r.person.firstName} ${r.person.lastName}`,
        locale: r.locale,
        payload: { meetingId, side: r.side, sequence },
      },
    })
  }
}

/**
 * Both sides of a meeting that had a time get the calendar cancellation. The payload keeps the
 * time and table as they were: the meeting row may change or go before the mail is sent.
 */
export async function enqueueCancellations(
  tx: Tx,
  meeting: { id: string; startsAt: Date | null; endsAt: Date | null; tableLabel: string | null },
  now: Date,
) {
  if (!meeting.startsAt || !meeting.endsAt) return
  const full = await tx.meeting.findUniqueOrThrow({
    where: { id: meeting.id },
    include: { requester: true, exhibitor: { include: { contactPerson: true } } },
  })
  const requesterRegistration = await tx.registration.findFirst({
    where: { eventId: full.eventId, personId: full.requesterId },
    select: { locale: true },
  })
  const slot = { startsAt: meeting.startsAt.toISOString(), endsAt: meeting.endsAt.toISOString(), table: meeting.tableLabel }
  const recipients = [
    { side: 'requester', person: full.requester, locale: requesterRegistration?.locale ?? full.requester.locale },
    ...(full.exhibitor.contactPerson
      ? [{ side: 'exhibitor', person: full.exhibitor.contactPerson, locale: full.exhibitor.contactPerson.locale }]
      : []),
  ]
  for (const r of recipients) {
    if (r.person.erasedAt) continue
    await tx.outboxMessage.create({
      data: {
        template: 'meeting.cancelled',
        toEmail: r.person.email,
        toName: `${r.person.firstName} ${r.person.lastName}`,
        locale: r.locale,
        payload: { meetingId: meeting.id, side: r.side, sequence: meetingSequence(now), slot },
      },
    })
  }
}

// ───────────────────────────── the organisers' view ─────────────────────────────

/** Everything the organisers' exchange page shows; null for an unknown event. */
export async function getExchangeOverview(db: Db, eventId: string) {
  const event = await db.event.findUnique({ where: { id: eventId } })
  if (!event) return null
  const [grid, meetings] = await Promise.all([
    getExchangeGrid(db, eventId),
    db.meeting.findMany({
      where: { eventId },
      orderBy: [{ startsAt: 'asc' }, { tableLabel: 'asc' }, { createdAt: 'asc' }],
      include: { requester: { include: { company: true } }, exhibitor: { include: { company: true, stand: true, contactPerson: true } } },
    }),
  ])
  return { event, grid, tables: tableLabels(grid), days: eventDays(event), meetings }
}
