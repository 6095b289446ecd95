// Admission at the door. A check-in is one INSERT whose unique `activeKey` ("<registration>:<day>")
// admits a ticket at most once per event day, however many gates scan it at the same instant:
// the database decides, not a read-then-write in the app. Undo is recorded, never deleted.
import { sqliteDirect, USER_TX, type Db } from '~/lib/db.server'
import { isUniqueViolation } from '~/lib/db-errors.server'
import { eventDay } from '~/lib/datetime'
import { getEnv } from '~/lib/env.server'
import { checkInOnSqlite } from './store.sqlite.server'
import { enqueueMail, findOrCreatePerson, newToken, normaliseEmail } from '~/domain/registration/register.server'
import { activeKeyOf, admissionDay, admittedOf, statusRefusal, ticketRefusal, type Admitted, type DoorRow } from './rules'
import { getTicketKeys, verifyTicket } from './tickets.server'
import { audit } from '~/domain/audit/audit.server'
import type { YearClosed } from '~/domain/reports/closed-year'
import { closedYearOfEvent, guardClosedYear } from '~/domain/reports/closed-year.server'
import type { CheckIn, Registration, Role } from '~/generated/prisma-sqlite/client'

export type { Admitted } from './rules'

export type CheckInVerdict =
  | { result: 'ok'; checkInId: string; registrationId: string; day: string; at: Date; gate: string | null; attendee: Admitted }
  | { result: 'already_checked_in'; registrationId: string; day: string; at: Date; gate: string | null; attendee: Admitted }
  | { result: 'cancelled' | 'waitlisted'; registrationId: string; attendee: Admitted }
  // A ticket of this event scanned outside its days: nothing written, unless an organiser overrides.
  | { result: 'not_today'; registrationId: string; attendee: Admitted; eventStartsAt: Date }
  // No personal data in these: the code is foreign, forged or superseded.
  | { result: 'wrong_event' }
  | { result: 'invalid' }
  // The nonce already answered for another ticket: a scanner bug or a replay. Nobody is admitted and
  // nobody is named, neither the first ticket's holder nor this one's.
  | { result: 'nonce_reused' }
  // The event's report year is closed (docs/counting.md): nothing written, the figures stay as reported.
  | { result: 'year_closed'; year: number }

export type CheckInInput = {
  eventId: string
  code: string
  gate?: string | null
  deviceId?: string | null
  byUserId?: string | null
  /**
   * A retried request with the same nonce returns the first verdict and creates nothing. A nonce
   * belongs to one ticket: sent again with another, it is `nonce_reused`.
   */
  nonce?: string | null
  /**
   * Set only by offline scanners uploading their queue: when the ticket was scanned. Offline
   * admissions of the same ticket at two gates are reconciled — the earliest counts, the others are
   * kept as flagged conflicts. Online scans (no scannedAt) are simply first come, first served.
   */
  scannedAt?: Date
  /**
   * "Admit anyway" outside the event's days. The caller decides who may (organisers on the staff
   * scanner; never a device token): here it is simply obeyed, and the check-in is marked.
   */
  override?: boolean
  /** The clock of an online scan (tests); an offline upload's moment is `scannedAt`. */
  now?: Date
}

/** How long before an event's start its door opens, for this installation. */
export const doorsOpenMinutes = () => getEnv().FAIRDESK_DOORS_OPEN_MINUTES

const MAX_CODE_LENGTH = 512

export async function checkIn(db: Db, input: CheckInInput): Promise<CheckInVerdict> {
  const scannedAt = input.scannedAt ?? input.now ?? new Date()
  // On SQLite an online scan runs as one synchronous SQL transaction (see checkin-sqlite.server.ts).
  const direct = sqliteDirect(db)
  if (direct && !input.scannedAt) {
    const claims = input.code.length > MAX_CODE_LENGTH ? null : verifyTicket((await getTicketKeys(db)).publicKey, input.code)
    // A closed report year admits nobody (checkInWithPrisma asks the same on every other path); a
    // code that is no ticket of this event is answered as always, without the extra query.
    const closed = claims?.eventId === input.eventId ? await closedYearOfEvent(db, input.eventId) : null
    if (closed !== null) return { result: 'year_closed', year: closed }
    const verdict = await direct.transaction((conn) => checkInOnSqlite(conn, input, claims, scannedAt, doorsOpenMinutes()))
    if (verdict.result !== 'fallback') return verdict
  }
  return checkInWithPrisma(db, input)
}

/** checkIn() through Prisma: on PostgreSQL, offline uploads and retried nonces. */
export async function checkInWithPrisma(db: Db, input: CheckInInput): Promise<CheckInVerdict> {
  const scannedAt = input.scannedAt ?? input.now ?? new Date()
  const claims = input.code.length > MAX_CODE_LENGTH ? null : verifyTicket((await getTicketKeys(db)).publicKey, input.code)
  // A retry of a ticket re-issued since is still the same ticket: the signature names the
  // registration, the version does not matter here.
  const repeated = await verdictOfNonce(db, input, claims?.registrationId ?? null)
  if (repeated) return repeated
  const registration = claims && claims.eventId === input.eventId ? await findForDoor(db, claims.registrationId) : null
  const refused = ticketRefusal(claims, input.eventId, registration)
  if (refused || !registration) return refused ?? { result: 'invalid' }
  const closed = await closedYearOfEvent(db, input.eventId)
  if (closed !== null) return { result: 'year_closed', year: closed }
  return admitRegistration(db, registration, input, scannedAt)
}

/**
 * The registration behind a ticket, with what the verdict shows, in one statement: the hot path
 * of the door. (Prisma loads each relation with its own query; four round trips where one does,
 * measurably slower at 8:45 — see the bench's door scenario.) Plain SQL both databases accept.
 */
async function findForDoor(db: Db, registrationId: string): Promise<DoorRow | null> {
  const rows = await db.$queryRaw<
    DoorRow[]
  >`SELECT r."id", r."eventId", r."ticketSecret", r."status", r."role", r."companyName", p."firstName", p."lastName", c."name" AS "personCompany", e."timeZone", e."startsAt", e."endsAt"
    FROM "Registration" r
    JOIN "Person" p ON p."id" = r."personId"
    JOIN "Event" e ON e."id" = r."eventId"
    LEFT JOIN "Company" c ON c."id" = p."companyId"
    WHERE r."id" = ${registrationId}`
  return rows[0] ?? null
}

/**
 * Admits a registration found by name at the door (the person forgot their ticket): the same
 * rules and verdicts as a scanned ticket. A registration of another event is `wrong_event`.
 */
export async function checkInRegistration(db: Db, input: Omit<CheckInInput, 'code'> & { registrationId: string }): Promise<CheckInVerdict> {
  const closed = await closedYearOfEvent(db, input.eventId)
  if (closed !== null) return { result: 'year_closed', year: closed }
  const repeated = await verdictOfNonce(db, input, input.registrationId)
  if (repeated) return repeated
  const registration = await findForDoor(db, input.registrationId)
  if (!registration) return { result: 'invalid' }
  if (registration.eventId !== input.eventId) return { result: 'wrong_event' }
  return admitRegistration(db, registration, input, input.scannedAt ?? input.now ?? new Date())
}

/**
 * The first verdict again when a request with this nonce was already answered for this
 * registration (null: not a ticket), `nonce_reused` when it was answered for another, else null.
 */
async function verdictOfNonce(
  db: Db,
  input: { eventId: string; nonce?: string | null },
  registrationId: string | null,
): Promise<CheckInVerdict | null> {
  if (!input.nonce) return null
  const earlier = await db.checkIn.findUnique({
    where: { nonce: input.nonce },
    include: { registration: { include: { person: { include: { company: true } } } } },
  })
  if (!earlier) return null
  if (earlier.eventId !== input.eventId || earlier.registrationId !== registrationId) return { result: 'nonce_reused' }
  const attendee = attendeeOf(earlier.registration)
  if (earlier.conflict)
    return {
      result: 'already_checked_in',
      registrationId: earlier.registrationId,
      day: earlier.day,
      at: earlier.checkedInAt,
      gate: earlier.gate,
      attendee,
    }
  return {
    result: 'ok',
    checkInId: earlier.id,
    registrationId: earlier.registrationId,
    day: earlier.day,
    at: earlier.checkedInAt,
    gate: earlier.gate,
    attendee,
  }
}

async function admitRegistration(
  db: Db,
  registration: DoorRow,
  input: Omit<CheckInInput, 'code'>,
  scannedAt: Date,
): Promise<CheckInVerdict> {
  const attendee = admittedOf(registration)
  const notAdmitted = statusRefusal(registration, attendee)
  if (notAdmitted) return notAdmitted
  const when = admissionDay({ ...registration, doorsOpenMinutes: doorsOpenMinutes() }, scannedAt, input.override === true)
  if (when.kind === 'not_today')
    return { result: 'not_today', registrationId: registration.id, attendee, eventStartsAt: when.eventStartsAt }
  return admit(
    db,
    registration.id,
    input.eventId,
    when.day,
    attendee,
    { ...input, scannedAt, override: when.override },
    input.scannedAt !== undefined,
  )
}

async function admit(
  db: Db,
  registrationId: string,
  eventId: string,
  day: string,
  attendee: Admitted,
  input: Omit<CheckInInput, 'code'> & { scannedAt: Date },
  offline: boolean,
): Promise<CheckInVerdict> {
  const activeKey = activeKeyOf(registrationId, day)
  const row = {
    registrationId,
    eventId,
    day,
    checkedInAt: input.scannedAt,
    gate: input.gate ?? null,
    deviceId: input.deviceId ?? null,
    byUserId: input.byUserId ?? null,
    nonce: input.nonce ?? null,
    override: input.override === true,
  }
  // The same nonce arrived twice at the same moment: a retry is answered as the first request was,
  // another ticket under that nonce is refused.
  const twinOfNonce = async (): Promise<CheckInVerdict | null> => {
    const twin = input.nonce ? await db.checkIn.findUnique({ where: { nonce: input.nonce } }) : null
    if (!twin) return null
    if (twin.registrationId !== registrationId) return { result: 'nonce_reused' }
    return twin.conflict ? null : { result: 'ok', checkInId: twin.id, registrationId, day, at: twin.checkedInAt, gate: twin.gate, attendee }
  }
  try {
    const created = await db.checkIn.create({ data: { ...row, activeKey } })
    return { result: 'ok', checkInId: created.id, registrationId, day, at: created.checkedInAt, gate: created.gate, attendee }
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
  }
  const twin = await twinOfNonce()
  if (twin) return twin
  const active = await db.checkIn.findUnique({ where: { activeKey } })
  if (!offline || !active) {
    return {
      result: 'already_checked_in',
      registrationId,
      day,
      at: active?.checkedInAt ?? input.scannedAt,
      gate: active?.gate ?? null,
      attendee,
    }
  }
  // An offline scanner uploads an admission of a ticket that is already admitted. If this scan
  // happened first, it becomes the counted one and the other is flagged; otherwise this one is.
  // A unique violation below is another request that got there meanwhile: perhaps one under the same nonce.
  let raced = false
  const nonceRaced = (e: unknown) => {
    if (!isUniqueViolation(e)) throw e
    raced = true
    return null
  }
  if (input.scannedAt < active.checkedInAt) {
    const swapped = await db
      .$transaction(async (tx) => {
        const { count } = await tx.checkIn.updateMany({ where: { id: active.id, activeKey }, data: { activeKey: null, conflict: true } })
        if (count === 0) return null
        return tx.checkIn.create({ data: { ...row, activeKey } })
      }, USER_TX)
      .catch(nonceRaced)
    if (swapped) return { result: 'ok', checkInId: swapped.id, registrationId, day, at: swapped.checkedInAt, gate: swapped.gate, attendee }
  } else {
    // An offline admission of a ticket already admitted elsewhere: recorded for staff, not counted.
    await db.checkIn.create({ data: { ...row, conflict: true } }).catch(nonceRaced)
  }
  const reused = raced ? await twinOfNonce() : null
  if (reused?.result === 'nonce_reused') return reused
  return { result: 'already_checked_in', registrationId, day, at: active.checkedInAt, gate: active.gate, attendee }
}

export type UndoResult = { kind: 'undone' } | { kind: 'notFound' | 'alreadyUndone' | 'notYours' } | YearClosed

/**
 * Takes back an admission (a mis-scan). Door staff may undo only their own scans of the last
 * 15 minutes; organisers any (`anyScan`).
 */
export async function undoCheckIn(
  db: Db,
  checkInId: string,
  /** role and reason: for an event of a closed report year, only an administrator with a reason may undo. */
  by: { userId: string; anyScan: boolean; eventId?: string; role?: Role; reason?: string | null },
  now = new Date(),
): Promise<UndoResult> {
  const found = await db.checkIn.findUnique({ where: { id: checkInId } })
  if (!found || (by.eventId !== undefined && found.eventId !== by.eventId)) return { kind: 'notFound' }
  if (!by.anyScan && (found.byUserId !== by.userId || now.getTime() - found.checkedInAt.getTime() > 15 * 60_000))
    return { kind: 'notYours' }
  return db.$transaction(async (tx) => {
    if (found.activeKey !== null) {
      const closed = await guardClosedYear(tx, found.eventId, 'checkin.undo', by, { checkInId, registrationId: found.registrationId })
      if (closed) return closed
    }
    const { count } = await tx.checkIn.updateMany({
      where: { id: checkInId, activeKey: { not: null } },
      data: { activeKey: null, undoneAt: now, undoneById: by.userId },
    })
    if (count !== 1) return { kind: 'alreadyUndone' as const }
    await audit(
      tx,
      by.userId,
      'checkin.undone',
      { type: 'CheckIn', id: checkInId, eventId: found.eventId },
      { registrationId: found.registrationId, day: found.day, byOther: found.byUserId !== by.userId },
    )
    return { kind: 'undone' as const }
  }, USER_TX)
}

export type WalkInInput = { firstName: string; lastName: string; email?: string | null; company?: string | null; locale?: 'de' | 'en' }

export type WalkInResult =
  | { kind: 'admitted'; registration: Registration; checkIn: CheckIn; alreadyAdmitted: boolean }
  // Outside the event's days (as for a ticket): nobody registered, nothing counted, no mail.
  | { kind: 'not_today'; eventStartsAt: Date }

/**
 * Registers someone who turns up at the door and admits them at once (source WALK_IN). The door
 * decides: no registration window, and a full room is the door's call, so the seat counter may
 * exceed the capacity here (the public pages then show no seats left). The event's days decide as
 * for a ticket (`admissionDay`): outside them it is `not_today` unless an organiser overrides, and
 * the admission counts on the day the rule names, marked when overridden.
 */
export async function admitWalkIn(
  db: Db,
  eventId: string,
  input: WalkInInput & { gate?: string | null; byUserId?: string | null; override?: boolean },
  now = new Date(),
): Promise<WalkInResult | YearClosed> {
  // Nobody turns up at an event of a closed year; an entry from the paper list afterwards would change its figures.
  const closed = await closedYearOfEvent(db, eventId)
  if (closed !== null) return { kind: 'year_closed', year: closed }
  const event = await db.event.findUniqueOrThrow({ where: { id: eventId } })
  const when = admissionDay({ ...event, doorsOpenMinutes: doorsOpenMinutes() }, now, input.override === true)
  if (when.kind === 'not_today') return { kind: 'not_today', eventStartsAt: when.eventStartsAt }
  // Without an e-mail the person still needs a unique key; a walk-in placeholder address is never mailed.
  const mailed = Boolean(input.email?.trim())
  const email = mailed ? normaliseEmail(input.email!) : `walk-in-${newToken().slice(0, 16).toLowerCase()}@walk-in.invalid`
  const person = await findOrCreatePerson(db, email, input)
  let registration = await db.registration.findFirst({ where: { eventId, personId: person.id } })
  if (!registration) {
    try {
      registration = await db.$transaction(async (tx) => {
        await tx.event.update({ where: { id: eventId }, data: { confirmedCount: { increment: 1 } } })
        const created = await tx.registration.create({
          data: {
            eventId,
            personId: person.id,
            status: 'CONFIRMED',
            source: 'WALK_IN',
            companyName: input.company?.trim() || null,
            locale: input.locale ?? 'de',
            confirmedAt: now,
            ticketSecret: newToken(),
            manageToken: newToken(),
          },
        })
        // The form promises a confirmation: ticket, calendar invite and the self-service link.
        if (mailed) await enqueueMail(tx, created, email, 'registration.confirmed')
        return created
      }, USER_TX)
    } catch (error) {
      // Entered at two gates at once: the other gate's registration stands.
      if (!isUniqueViolation(error)) throw error
      registration = await db.registration.findFirstOrThrow({ where: { eventId, personId: person.id } })
    }
  } else if (registration.status !== 'CONFIRMED') {
    // Registered but cancelled or waiting, and here now: the door lets them in on a seat.
    const previous = registration.status
    registration = await db.$transaction(async (tx) => {
      const { count } = await tx.registration.updateMany({
        where: { id: registration!.id, status: previous },
        data: { status: 'CONFIRMED', confirmedAt: now, cancelledAt: null },
      })
      if (count === 1) await tx.event.update({ where: { id: eventId }, data: { confirmedCount: { increment: 1 } } })
      if (count === 1 && mailed) await enqueueMail(tx, registration!, email, 'registration.confirmed')
      return tx.registration.findUniqueOrThrow({ where: { id: registration!.id } })
    }, USER_TX)
  }
  const day = when.day
  const activeKey = activeKeyOf(registration.id, day)
  try {
    const checkIn = await db.checkIn.create({
      data: {
        registrationId: registration.id,
        eventId,
        day,
        checkedInAt: now,
        gate: input.gate ?? null,
        byUserId: input.byUserId ?? null,
        activeKey,
        override: when.override,
      },
    })
    return { kind: 'admitted', registration, checkIn, alreadyAdmitted: false }
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
    return { kind: 'admitted', registration, checkIn: await db.checkIn.findUniqueOrThrow({ where: { activeKey } }), alreadyAdmitted: true }
  }
}

export type DoorCounts = { expected: number; checkedIn: number; walkIns: number; byGate: { gate: string; count: number }[] }

/** Live figures for the scanner: admitted today against confirmed registrations, in total and per gate. */
export async function doorCounts(db: Db, eventId: string, day: string): Promise<DoorCounts> {
  const [expected, byGate, walkIns] = await Promise.all([
    db.registration.count({ where: { eventId, status: 'CONFIRMED' } }),
    db.checkIn.groupBy({ by: ['gate'], where: { eventId, day, activeKey: { not: null } }, _count: { _all: true } }),
    db.registration.count({ where: { eventId, source: 'WALK_IN', status: { not: 'CANCELLED' } } }),
  ])
  return {
    expected,
    checkedIn: byGate.reduce((sum, g) => sum + g._count._all, 0),
    walkIns,
    byGate: byGate.map((g) => ({ gate: g.gate ?? '', count: g._count._all })).sort((a, b) => a.gate.localeCompare(b.gate)),
  }
}

function attendeeOf(registration: {
  role: string
  companyName: string | null
  person: { firstName: string; lastName: string; company: { name: string } | null }
}): Admitted {
  const { firstName, lastName, company } = registration.person
  return admittedOf({
    firstName,
    lastName,
    personCompany: company?.name ?? null,
    companyName: registration.companyName,
    role: registration.role,
  })
}

/** Today's door figures in the event's own time zone (the scanner's live counter). */
export async function doorCountsToday(db: Db, eventId: string, now = new Date()): Promise<(DoorCounts & { day: string }) | null> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { timeZone: true } })
  if (!event) return null
  const day = eventDay(now, event.timeZone)
  return { day, ...(await doorCounts(db, eventId, day)) }
}

export type DoorConflict = {
  registrationId: string
  name: string
  company: string | null
  flaggedAt: Date
  flaggedGate: string | null
  counted: { at: Date; gate: string | null } | null
}

/**
 * Offline admissions of a ticket that was already admitted elsewhere on that day: not counted,
 * kept for staff to look at (a shared ticket, or two gates that both let the person in).
 */
export async function doorConflicts(db: Db, eventId: string, day: string, limit = 50): Promise<DoorConflict[]> {
  const rows = await db.checkIn.findMany({
    where: { eventId, day, conflict: true },
    include: {
      registration: {
        include: { person: { include: { company: true } }, checkIns: { where: { day, activeKey: { not: null } }, take: 1 } },
      },
    },
    orderBy: { checkedInAt: 'desc' },
    take: limit,
  })
  return rows.map((r) => {
    const counted = r.registration.checkIns[0]
    const a = attendeeOf(r.registration)
    return {
      registrationId: r.registrationId,
      name: a.name,
      company: a.company,
      flaggedAt: r.checkedInAt,
      flaggedGate: r.gate,
      counted: counted ? { at: counted.checkedInAt, gate: counted.gate } : null,
    }
  })
}
