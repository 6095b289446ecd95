// The fair: stands on the hall plan, companies applying for space on the joint stand, the
// organisers' decision (stand and area), the exhibitors' staff passes, and the fair's figures.
//
// Space is never over-allocated: accepting (or resizing) writes inside a transaction that first
// locks the stand's event row (lockEvent, as the programme does), so two organisers accepting two
// companies onto the last free metres are serialised, and the second one sees the first's area.
//
// Staff passes are registrations with role EXHIBITOR linked to the exhibitor, created like any
// registration (tokens, ticket, `registration.confirmed` mail with QR and calendar invite). The
// quota per exhibitor is guarded the same way registration guards seats: a conditional write on
// the exhibitor row comes first in the transaction (row lock on PostgreSQL, the write lock on
// SQLite), then the count, then the insert — no two passes can both see the last free one.
import type { Registration, StandKind } from '~/generated/prisma-sqlite/client'
import { USER_TX, type Db, type DbOrTx, type Tx } from '~/lib/db.server'
import { isUniqueViolation } from '~/lib/db-errors.server'
import { enqueueCancellations } from './cooperation.server'
import { countEvent } from '~/domain/reports/counting.server'
import {
  canResize,
  fitsOnStand,
  freeArea,
  geometryProblem,
  isPlaced,
  normaliseLabel,
  overlappingStand,
  roundArea,
  staffPassQuota,
  type GeometryProblem,
} from './rules'
import { lockEvent } from '~/domain/programme/programme.server'
import { enqueue } from '~/domain/outbox/enqueue.server'
import { enqueueMail, findOrCreatePerson, newToken, normaliseEmail, repeatMailCutoff } from '~/domain/registration/register.server'
import { audit } from '~/domain/audit/audit.server'

export type PersonInput = { firstName: string; lastName: string; email: string }

// ───────────────────────────── stands ─────────────────────────────

export type StandInput = {
  hall: string
  number: string
  areaSqm: number
  kind: StandKind
  equipment?: string | null
  x?: number | null
  y?: number | null
  width?: number | null
  depth?: number | null
}

export type StandResult =
  | { kind: 'saved'; standId: string }
  | { kind: 'invalidGeometry'; problem: GeometryProblem }
  | { kind: 'duplicate' }
  | { kind: 'overlap'; other: { hall: string; number: string } }
  | { kind: 'belowAllocated'; allocated: number }
  | { kind: 'notFound' }

export type DeleteStandResult = { kind: 'deleted' } | { kind: 'inUse'; exhibitors: number } | { kind: 'notFound' }

/** Creates a stand (standId null) or changes one of the event's stands. */
export async function saveStand(
  db: Db,
  eventId: string,
  standId: string | null,
  input: StandInput,
  actorId: string | null = null,
): Promise<StandResult> {
  const geometry = { x: input.x ?? null, y: input.y ?? null, width: input.width ?? null, depth: input.depth ?? null }
  const problem = geometryProblem(geometry)
  if (problem) return { kind: 'invalidGeometry', problem }
  const data = {
    hall: input.hall.trim().replace(/\s+/g, ' '),
    number: input.number.trim().replace(/\s+/g, ' '),
    areaSqm: roundArea(input.areaSqm),
    kind: input.kind,
    equipment: input.equipment?.trim() || null,
    ...geometry,
  }
  try {
    return await db.$transaction(async (tx): Promise<StandResult> => {
      if (!(await lockEvent(tx, eventId))) return { kind: 'notFound' }
      const stands = await tx.stand.findMany({ where: { eventId } })
      if (standId && !stands.some((s) => s.id === standId)) return { kind: 'notFound' }
      // Hall and number are compared as people read them, so "A3" and "a3 " are one stand.
      const twin = stands.find(
        (s) =>
          s.id !== standId &&
          normaliseLabel(s.hall) === normaliseLabel(data.hall) &&
          normaliseLabel(s.number) === normaliseLabel(data.number),
      )
      if (twin) return { kind: 'duplicate' }
      if (isPlaced(data)) {
        const other = overlappingStand({ ...data, id: standId ?? undefined }, stands.filter(isPlaced))
        if (other) return { kind: 'overlap', other: { hall: other.hall, number: other.number } }
      }
      if (standId) {
        const allocated = await allocatedAreas(tx, standId)
        if (!canResize(data.areaSqm, allocated))
          return { kind: 'belowAllocated', allocated: roundArea(allocated.reduce((s, a) => s + a, 0)) }
        await tx.stand.update({ where: { id: standId }, data })
        await audit(tx, actorId, 'event.stand.updated', { type: 'Stand', id: standId, eventId }, { hall: data.hall, number: data.number })
        return { kind: 'saved', standId }
      }
      const created = await tx.stand.create({ data: { ...data, eventId } })
      await audit(tx, actorId, 'event.stand.created', { type: 'Stand', id: created.id, eventId }, { hall: data.hall, number: data.number })
      return { kind: 'saved', standId: created.id }
    }, USER_TX)
  } catch (error) {
    // The unique index (eventId, hall, number) caught a spelling the comparison above let through.
    if (isUniqueViolation(error)) return { kind: 'duplicate' }
    throw error
  }
}

/** Removes a stand that no accepted exhibitor stands on. */
export async function deleteStand(db: Db, eventId: string, standId: string, actorId: string | null = null): Promise<DeleteStandResult> {
  return db.$transaction(async (tx): Promise<DeleteStandResult> => {
    if (!(await lockEvent(tx, eventId))) return { kind: 'notFound' }
    const stand = await tx.stand.findFirst({ where: { id: standId, eventId } })
    if (!stand) return { kind: 'notFound' }
    const exhibitors = await tx.exhibitor.count({ where: { standId, status: 'ACCEPTED' } })
    if (exhibitors > 0) return { kind: 'inUse', exhibitors }
    await tx.stand.delete({ where: { id: standId } })
    await audit(tx, actorId, 'event.stand.deleted', { type: 'Stand', id: standId, eventId }, { hall: stand.hall, number: stand.number })
    return { kind: 'deleted' }
  }, USER_TX)
}

async function allocatedAreas(db: DbOrTx, standId: string, exceptExhibitorId?: string): Promise<number[]> {
  const rows = await db.exhibitor.findMany({
    where: { standId, status: 'ACCEPTED', ...(exceptExhibitorId ? { id: { not: exceptExhibitorId } } : {}) },
    select: { areaSqm: true },
  })
  return rows.map((r) => r.areaSqm ?? 0)
}

// ───────────────────────────── applications ─────────────────────────────

export type ApplicationInput = {
  company: string
  companyCity?: string | null
  companyWebsite?: string | null
  contact: PersonInput & { phone?: string | null }
  areaWantedSqm: number
  topicsDe: string
  topicsEn?: string | null
  products?: string | null
  staff: PersonInput[]
  locale: 'de' | 'en'
}

export type ApplicationClosedReason = 'notFound' | 'notFair' | 'cancelled' | 'started'
export type ApplyResult =
  | { kind: 'applied'; exhibitorId: string }
  | { kind: 'alreadyApplied'; status: 'APPLIED' | 'ACCEPTED' }
  | { kind: 'closed'; reason: ApplicationClosedReason }

type EventForApplication = { kind: string; status: string; isPublic: boolean; startsAt: Date }

/** Why a fair takes no applications now, or null when it does: published, public, not begun. */
export function applicationClosedReason(event: EventForApplication | null, now: Date): ApplicationClosedReason | null {
  if (!event || !event.isPublic || event.status === 'DRAFT') return 'notFound'
  if (event.kind !== 'FAIR') return 'notFair'
  if (event.status === 'CANCELLED') return 'cancelled'
  if (event.startsAt <= now) return 'started'
  return null
}

export type StaffRequest = PersonInput

/**
 * A company applies for space on the fair's (joint) stand. One application per company and fair:
 * a withdrawn or rejected one is opened again; an open or accepted one stands as it is, and its
 * contact person is told of the new attempt by mail (`alreadyApplied` is for the domain only: the
 * public form answers it as it answers a new application, so it reveals no company's application).
 */
export async function applyAsExhibitor(db: Db, eventId: string, input: ApplicationInput, now = new Date()): Promise<ApplyResult> {
  const event = await db.event.findUnique({ where: { id: eventId } })
  const reason = applicationClosedReason(event, now)
  if (reason) return { kind: 'closed', reason }
  // The company first: a new contact person would otherwise create it by name alone, and the
  // city and website of the application would find it already there and be dropped.
  const company = await findOrCreateCompany(db, input.company.trim(), {
    city: input.companyCity?.trim() || null,
    website: input.companyWebsite?.trim() || null,
  })
  const contact = await findOrCreatePerson(db, normaliseEmail(input.contact.email), {
    ...input.contact,
    company: input.company,
    locale: input.locale,
  })
  if (!contact.companyId || (input.contact.phone && !contact.phone)) {
    await db.person.update({
      where: { id: contact.id },
      data: { companyId: contact.companyId ?? company.id, phone: contact.phone ?? input.contact.phone?.trim() ?? null },
    })
  }
  const staff = dedupeStaff(input.staff, contact.email)
  const data = {
    status: 'APPLIED' as const,
    standId: null,
    areaSqm: null,
    areaWantedSqm: roundArea(input.areaWantedSqm),
    topicsDe: input.topicsDe.trim(),
    topicsEn: input.topicsEn?.trim() || null,
    products: input.products?.trim() || null,
    contactPersonId: contact.id,
    staffRequested: staff,
  }
  const existing = await db.exhibitor.findUnique({ where: { eventId_companyId: { eventId, companyId: company.id } } })
  if (existing && (existing.status === 'APPLIED' || existing.status === 'ACCEPTED')) {
    await tellContactOfReapplication(db, existing, now)
    return { kind: 'alreadyApplied', status: existing.status }
  }
  if (existing) {
    // Guarded: of two re-applications (or a re-application and a decision) only one wins.
    return db.$transaction(async (tx): Promise<ApplyResult> => {
      const { count } = await tx.exhibitor.updateMany({ where: { id: existing.id, status: existing.status }, data })
      if (count !== 1) return { kind: 'alreadyApplied', status: 'APPLIED' }
      await enqueueApplicationMails(tx, existing.id, { email: contact.email, locale: input.locale }, event!)
      return { kind: 'applied', exhibitorId: existing.id }
    }, USER_TX)
  }
  try {
    return await db.$transaction(async (tx): Promise<ApplyResult> => {
      const created = await tx.exhibitor.create({ data: { ...data, eventId, companyId: company.id } })
      await enqueueApplicationMails(tx, created.id, { email: contact.email, locale: input.locale }, event!)
      return { kind: 'applied', exhibitorId: created.id }
    }, USER_TX)
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
    return { kind: 'alreadyApplied', status: 'APPLIED' }
  }
}

/**
 * A new application: the applicant hears it has arrived and what comes next, the organisers'
 * contact (if the event has one) that there is one to review. Only ever for an application that
 * is new, so the public form's neutral answer tells nobody more than before.
 */
async function enqueueApplicationMails(
  tx: Tx,
  exhibitorId: string,
  contact: { email: string; locale: string },
  event: { contactEmail: string | null },
) {
  const payload = { exhibitorId }
  await enqueue(tx, { template: 'exhibitor.applied', toEmail: contact.email, locale: contact.locale, registrationId: null, payload })
  const organisers = event.contactEmail?.trim()
  if (organisers)
    await enqueue(tx, { template: 'exhibitor.newApplication', toEmail: organisers, locale: 'de', registrationId: null, payload })
}

/** The contact of a standing application hears of a new one, at most every REPEAT_MAIL_INTERVAL_MS (a guarded stamp, then the outbox row). */
async function tellContactOfReapplication(db: Db, exhibitor: { id: string; contactPersonId: string | null }, now: Date): Promise<void> {
  const contactId = exhibitor.contactPersonId
  if (!contactId) return
  await db.$transaction(async (tx) => {
    const { count } = await tx.exhibitor.updateMany({
      where: {
        id: exhibitor.id,
        status: { in: ['APPLIED', 'ACCEPTED'] },
        OR: [{ reapplicationMailedAt: null }, { reapplicationMailedAt: { lte: repeatMailCutoff(now) } }],
      },
      data: { reapplicationMailedAt: now },
    })
    const contact = count === 1 ? await tx.person.findUnique({ where: { id: contactId } }) : null
    if (!contact || contact.erasedAt) return
    await tx.outboxMessage.create({
      data: {
        template: 'exhibitor.reapplied',
        toEmail: contact.email,
        toName: `${contact.firstName} ${contact.lastName}`,
        locale: contact.locale,
        payload: { exhibitorId: exhibitor.id },
      },
    })
  }, USER_TX)
}

/** The staff list as stored: addresses normalised, each person once, the contact (who gets a pass anyway) left out. */
function dedupeStaff(staff: PersonInput[], contactEmail: string): StaffRequest[] {
  const seen = new Set([contactEmail])
  const out: StaffRequest[] = []
  for (const s of staff) {
    const email = normaliseEmail(s.email)
    if (seen.has(email)) continue
    seen.add(email)
    out.push({ firstName: s.firstName.trim(), lastName: s.lastName.trim(), email })
  }
  return out
}

export function staffRequestedOf(value: unknown): StaffRequest[] {
  if (!Array.isArray(value)) return []
  return value.filter(
    (s): s is StaffRequest =>
      !!s && typeof s === 'object' && typeof s.firstName === 'string' && typeof s.lastName === 'string' && typeof s.email === 'string',
  )
}

/**
 * The company by its name. A known one gets the city and website of the application where it has
 * none yet — never in place of one it has: the form is public, and anyone may type any company's
 * name into it.
 */
async function findOrCreateCompany(db: Db, name: string, extra: { city: string | null; website: string | null }) {
  const known = await db.company.findUnique({ where: { name } })
  if (known) {
    for (const field of ['city', 'website'] as const) {
      if (extra[field] && !known[field])
        await db.company.updateMany({ where: { id: known.id, [field]: null }, data: { [field]: extra[field] } })
    }
    return extra.city || extra.website ? db.company.findUniqueOrThrow({ where: { id: known.id } }) : known
  }
  try {
    return await db.company.create({ data: { name, ...extra } })
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
    return db.company.findUniqueOrThrow({ where: { name } })
  }
}

// ───────────────────────────── decisions ─────────────────────────────

export type AcceptResult =
  | { kind: 'accepted'; passesIssued: number; passesSkipped: number }
  | { kind: 'overAllocated'; free: number }
  | { kind: 'unknownStand' }
  | { kind: 'notAcceptable'; status: string }
  | { kind: 'notFound' }

/**
 * Accepts an application (or moves an accepted exhibitor): stand and area, refused when the stand
 * has not that much room left. The contact person gets the exhibitor confirmation; the contact and
 * the staff named in the application get their passes, as far as the quota allows.
 */
export async function acceptExhibitor(
  db: Db,
  eventId: string,
  exhibitorId: string,
  placement: { standId: string; areaSqm: number },
  now = new Date(),
  actorId: string | null = null,
): Promise<AcceptResult> {
  const exhibitor = await db.exhibitor.findFirst({ where: { id: exhibitorId, eventId }, include: { contactPerson: true, company: true } })
  if (!exhibitor) return { kind: 'notFound' }
  if (exhibitor.status === 'WITHDRAWN') return { kind: 'notAcceptable', status: exhibitor.status }
  const area = roundArea(placement.areaSqm)
  // People first (outside the transaction, as register() does): a pass needs a Person row.
  const staff = staffRequestedOf(exhibitor.staffRequested)
  const people: { id: string; email: string; locale: string }[] = []
  if (exhibitor.contactPerson && !exhibitor.contactPerson.erasedAt) people.push(exhibitor.contactPerson)
  for (const s of staff)
    people.push(
      await findOrCreatePerson(db, s.email, {
        ...s,
        company: exhibitor.company.name,
        locale: exhibitor.contactPerson?.locale === 'en' ? 'en' : 'de',
      }),
    )

  return db.$transaction(async (tx): Promise<AcceptResult> => {
    if (!(await lockEvent(tx, eventId))) return { kind: 'notFound' }
    const stand = await tx.stand.findFirst({ where: { id: placement.standId, eventId } })
    if (!stand) return { kind: 'unknownStand' }
    const allocated = await allocatedAreas(tx, stand.id, exhibitorId)
    if (!fitsOnStand(stand.areaSqm, allocated, area)) return { kind: 'overAllocated', free: freeArea(stand.areaSqm, allocated) }
    const { count } = await tx.exhibitor.updateMany({
      where: { id: exhibitorId, status: { in: ['APPLIED', 'ACCEPTED', 'REJECTED'] } },
      data: { status: 'ACCEPTED', standId: stand.id, areaSqm: area },
    })
    if (count === 0) return { kind: 'notAcceptable', status: 'WITHDRAWN' }
    const contact = exhibitor.contactPerson
    if (contact && !contact.erasedAt) {
      await tx.outboxMessage.create({
        data: {
          template: 'exhibitor.confirmed',
          toEmail: contact.email,
          toName: `${contact.firstName} ${contact.lastName}`,
          locale: contact.locale,
          payload: { exhibitorId },
        },
      })
    }
    let passesIssued = 0
    let passesSkipped = 0
    for (const person of people) {
      const result = await issuePassInTx(
        tx,
        { id: exhibitorId, eventId, areaSqm: area, companyName: exhibitor.company.name },
        person,
        person.locale === 'en' ? 'en' : 'de',
        now,
      )
      if (result.kind === 'issued') passesIssued++
      else if (result.kind !== 'existing') passesSkipped++
    }
    await audit(
      tx,
      actorId,
      'event.exhibitor.accepted',
      { type: 'Exhibitor', id: exhibitorId, eventId },
      { company: exhibitor.company.name, stand: `${stand.hall} ${stand.number}`, areaSqm: area, passesIssued },
    )
    return { kind: 'accepted', passesIssued, passesSkipped }
  }, USER_TX)
}

export type DecisionResult = { kind: 'done' } | { kind: 'notFound' } | { kind: 'notAllowed'; status: string }

/** Refuses an open application. */
export async function rejectExhibitor(
  db: Db,
  eventId: string,
  exhibitorId: string,
  actorId: string | null = null,
): Promise<DecisionResult> {
  const rejected = await db.$transaction(async (tx) => {
    const { count } = await tx.exhibitor.updateMany({
      where: { id: exhibitorId, eventId, status: 'APPLIED' },
      data: { status: 'REJECTED' },
    })
    if (count === 1) await audit(tx, actorId, 'event.exhibitor.rejected', { type: 'Exhibitor', id: exhibitorId, eventId })
    return count === 1
  })
  if (rejected) return { kind: 'done' }
  const exhibitor = await db.exhibitor.findFirst({ where: { id: exhibitorId, eventId } })
  return exhibitor ? { kind: 'notAllowed', status: exhibitor.status } : { kind: 'notFound' }
}

/**
 * The company withdraws (or the organiser withdraws it): its space is free again, its staff
 * passes are cancelled (with the usual cancellation mail) and its open meetings called off.
 */
export async function withdrawExhibitor(db: Db, exhibitorId: string, now = new Date()): Promise<DecisionResult> {
  return db.$transaction(async (tx): Promise<DecisionResult> => {
    const { count } = await tx.exhibitor.updateMany({
      where: { id: exhibitorId, status: { in: ['APPLIED', 'ACCEPTED'] } },
      data: { status: 'WITHDRAWN' },
    })
    const exhibitor = await tx.exhibitor.findUnique({ where: { id: exhibitorId } })
    if (!exhibitor) return { kind: 'notFound' }
    if (count === 0) return { kind: 'notAllowed', status: exhibitor.status }
    const passes = await tx.registration.findMany({
      where: { exhibitorId, role: 'EXHIBITOR', status: { not: 'CANCELLED' } },
      include: { person: true },
    })
    for (const pass of passes) await cancelPassInTx(tx, pass, now, 'exhibitor withdrawn')
    const scheduled = await tx.meeting.findMany({ where: { exhibitorId, status: 'ACCEPTED', startsAt: { not: null } } })
    await tx.meeting.updateMany({ where: { exhibitorId, status: { in: ['REQUESTED', 'ACCEPTED'] } }, data: { status: 'CANCELLED' } })
    for (const meeting of scheduled) await enqueueCancellations(tx, meeting, now)
    return { kind: 'done' }
  }, USER_TX)
}

// ───────────────────────────── staff passes ─────────────────────────────

export type StaffPassResult =
  | { kind: 'issued'; registrationId: string; manageToken: string }
  | { kind: 'existing'; registrationId: string; manageToken: string }
  | { kind: 'quotaReached'; quota: number }
  | { kind: 'alreadyRegistered' }
  | { kind: 'notAccepted' }
  | { kind: 'notFound' }

/** A pass for one more person working the stand (organiser, or the exhibitor's own staff). */
export async function issueStaffPass(
  db: Db,
  exhibitorId: string,
  input: PersonInput & { locale?: 'de' | 'en' },
  now = new Date(),
): Promise<StaffPassResult> {
  const exhibitor = await db.exhibitor.findUnique({ where: { id: exhibitorId }, include: { company: true } })
  if (!exhibitor) return { kind: 'notFound' }
  if (exhibitor.status !== 'ACCEPTED') return { kind: 'notAccepted' }
  const person = await findOrCreatePerson(db, normaliseEmail(input.email), {
    ...input,
    company: exhibitor.company.name,
    locale: input.locale,
  })
  try {
    return await db.$transaction(
      (tx) =>
        issuePassInTx(
          tx,
          { id: exhibitor.id, eventId: exhibitor.eventId, areaSqm: null, companyName: exhibitor.company.name },
          person,
          input.locale ?? 'de',
          now,
        ),
      USER_TX,
    )
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
    // The same person was given a pass by a concurrent request, which committed first.
    const winner = await db.registration.findFirst({ where: { eventId: exhibitor.eventId, personId: person.id } })
    if (winner && winner.exhibitorId === exhibitorId && winner.status !== 'CANCELLED')
      return { kind: 'existing', registrationId: winner.id, manageToken: winner.manageToken }
    return { kind: 'alreadyRegistered' }
  }
}

type ExhibitorForPass = { id: string; eventId: string; areaSqm: number | null; companyName: string }

async function issuePassInTx(
  tx: Tx,
  exhibitor: ExhibitorForPass,
  person: { id: string; email: string },
  locale: 'de' | 'en',
  now: Date,
): Promise<StaffPassResult> {
  // The guard first: locks this exhibitor's row until commit, so passes are counted one at a time.
  const locked = await tx.$executeRaw`UPDATE "Exhibitor" SET "status" = "status" WHERE "id" = ${exhibitor.id} AND "status" = 'ACCEPTED'`
  if (locked !== 1) return { kind: 'notAccepted' }
  const current = await tx.exhibitor.findUniqueOrThrow({ where: { id: exhibitor.id }, select: { areaSqm: true } })
  const existing = await tx.registration.findFirst({ where: { eventId: exhibitor.eventId, personId: person.id } })
  if (existing && existing.status !== 'CANCELLED') {
    if (existing.role === 'EXHIBITOR' && existing.exhibitorId === exhibitor.id)
      return { kind: 'existing', registrationId: existing.id, manageToken: existing.manageToken }
    return { kind: 'alreadyRegistered' }
  }
  const quota = staffPassQuota(current.areaSqm ?? exhibitor.areaSqm)
  const passes = await tx.registration.count({ where: { exhibitorId: exhibitor.id, role: 'EXHIBITOR', status: { not: 'CANCELLED' } } })
  if (passes >= quota) return { kind: 'quotaReached', quota }
  const data = {
    status: 'CONFIRMED' as const,
    role: 'EXHIBITOR' as const,
    source: 'STAFF' as const,
    exhibitorId: exhibitor.id,
    companyName: exhibitor.companyName,
    locale,
    confirmedAt: now,
    waitlistedAt: null,
    cancelledAt: null,
    cancelReason: null,
    ticketSecret: newToken(),
    manageToken: newToken(),
  }
  const registration = existing
    ? await tx.registration.update({ where: { id: existing.id }, data: { ...data, calendarSequence: { increment: 1 } } })
    : await tx.registration.create({ data: { ...data, eventId: exhibitor.eventId, personId: person.id } })
  // Its own mail: what the pass is, the ticket and invitation, and the link to the stand desk.
  await enqueueMail(tx, registration, person.email, 'registration.staffPass')
  return { kind: 'issued', registrationId: registration.id, manageToken: registration.manageToken }
}

export type RevokeResult = { kind: 'revoked' } | { kind: 'notFound' }

/** Takes a staff pass back (the person no longer comes): cancelled, with the cancellation mail. */
export async function revokeStaffPass(db: Db, exhibitorId: string, registrationId: string, now = new Date()): Promise<RevokeResult> {
  return db.$transaction(async (tx): Promise<RevokeResult> => {
    const pass = await tx.registration.findFirst({
      where: { id: registrationId, exhibitorId, role: 'EXHIBITOR', status: { not: 'CANCELLED' } },
      include: { person: true },
    })
    if (!pass) return { kind: 'notFound' }
    return (await cancelPassInTx(tx, pass, now, 'staff pass revoked')) ? { kind: 'revoked' } : { kind: 'notFound' }
  }, USER_TX)
}

async function cancelPassInTx(tx: Tx, pass: Registration & { person: { email: string } }, now: Date, reason: string): Promise<boolean> {
  const { count } = await tx.registration.updateMany({
    where: { id: pass.id, status: { not: 'CANCELLED' } },
    data: { status: 'CANCELLED', cancelledAt: now, cancelReason: reason, calendarSequence: { increment: 1 } },
  })
  if (count === 1) await enqueueMail(tx, pass, pass.person.email, 'registration.cancelled')
  return count === 1
}

// ───────────────────────────── reading ─────────────────────────────

/** Everything the organisers' fair page shows; null for an unknown event. */
export async function getFairOverview(db: Db, eventId: string) {
  const event = await db.event.findUnique({
    where: { id: eventId },
    select: { id: true, slug: true, kind: true, status: true, titleDe: true, titleEn: true, startsAt: true, endsAt: true, timeZone: true },
  })
  if (!event) return null
  const [stands, exhibitors, counts] = await Promise.all([
    db.stand.findMany({ where: { eventId }, orderBy: [{ hall: 'asc' }, { number: 'asc' }] }),
    db.exhibitor.findMany({
      where: { eventId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      include: {
        company: { select: { name: true, city: true, isMember: true, website: true } },
        stand: { select: { id: true, hall: true, number: true } },
        contactPerson: { select: { firstName: true, lastName: true, email: true, phone: true } },
        staffPasses: {
          where: { role: 'EXHIBITOR' },
          orderBy: { createdAt: 'asc' },
          select: { id: true, status: true, person: { select: { firstName: true, lastName: true, email: true } } },
        },
      },
    }),
    fairCounts(db, eventId),
  ])
  const accepted = exhibitors.filter((e) => e.status === 'ACCEPTED')
  return {
    event,
    stands: stands.map((s) => {
      const on = accepted.filter((e) => e.standId === s.id).sort(byCompany)
      return {
        ...s,
        free: freeArea(
          s.areaSqm,
          on.map((e) => e.areaSqm ?? 0),
        ),
        exhibitors: on.map((e) => ({ id: e.id, company: e.company.name, areaSqm: e.areaSqm ?? 0 })),
      }
    }),
    exhibitors: exhibitors.map((e) => ({
      ...e,
      staffRequested: staffRequestedOf(e.staffRequested),
      passQuota: staffPassQuota(e.areaSqm),
      passes: e.staffPasses.filter((p) => p.status !== 'CANCELLED'),
    })),
    counts,
  }
}

export type FairCounts = {
  exhibitors: number
  applications: number
  standAreaSqm: number
  allocatedAreaSqm: number
  staffPasses: number
  staffPresent: number
  visitorsCheckedIn: number
  meetingsRequested: number
  meetingsAccepted: number
  meetingsHeld: number
}

/**
 * The fair's figures for the report. Visitors checked in follow the counting rules of
 * counting.server.ts (attendees and press admitted or entered at the stand); staff passes are
 * counted apart, as the report counts exhibitors apart. Every meeting ever asked for counts as
 * requested, whatever became of it.
 */
export async function fairCounts(db: DbOrTx, eventId: string): Promise<FairCounts> {
  const [stands, exhibitors, meetings, count] = await Promise.all([
    db.stand.aggregate({ where: { eventId }, _sum: { areaSqm: true } }),
    db.exhibitor.groupBy({ by: ['status'], where: { eventId }, _count: true, _sum: { areaSqm: true } }),
    db.meeting.groupBy({ by: ['status'], where: { eventId }, _count: true }),
    countEvent(db, eventId),
  ])
  const ofStatus = (s: string) => exhibitors.find((e) => e.status === s)
  const meetingsOf = (s: string) => meetings.find((m) => m.status === s)?._count ?? 0
  return {
    exhibitors: ofStatus('ACCEPTED')?._count ?? 0,
    applications: ofStatus('APPLIED')?._count ?? 0,
    standAreaSqm: roundArea(stands._sum.areaSqm ?? 0),
    allocatedAreaSqm: roundArea(ofStatus('ACCEPTED')?._sum.areaSqm ?? 0),
    staffPasses: count?.byRole.EXHIBITOR.registered ?? 0,
    staffPresent: count?.byRole.EXHIBITOR.present ?? 0,
    visitorsCheckedIn: count?.participantsByCheckIns ?? 0,
    meetingsRequested: meetings.reduce((sum, m) => sum + m._count, 0),
    meetingsAccepted: meetingsOf('ACCEPTED') + meetingsOf('HELD'),
    meetingsHeld: meetingsOf('HELD'),
  }
}

/** Exhibitors on a stand in a stable order, so the plan draws them alike on every page. */
const byCompany = (a: { company: { name: string } }, b: { company: { name: string } }) => a.company.name.localeCompare(b.company.name, 'de')

/** The public directory: accepted exhibitors with their stand, optionally searched. */
export async function listExhibitorDirectory(db: Db, slug: string, q = '') {
  const event = await db.event.findUnique({ where: { slug } })
  if (!event || !event.isPublic || event.status === 'DRAFT' || event.kind !== 'FAIR') return null
  const exhibitors = await db.exhibitor.findMany({
    where: { eventId: event.id, status: 'ACCEPTED' },
    include: {
      company: { select: { name: true, city: true, country: true, website: true } },
      stand: { select: { hall: true, number: true } },
    },
  })
  const needle = q.trim().toLowerCase()
  const found = exhibitors
    .filter(
      (e) =>
        !needle ||
        [e.company.name, e.company.city, e.topicsDe, e.topicsEn, e.products, e.stand?.number, e.stand?.hall].some((v) =>
          v?.toLowerCase().includes(needle),
        ),
    )
    .sort((a, b) => a.company.name.localeCompare(b.company.name, 'de'))
  const stands = await db.stand.findMany({ where: { eventId: event.id }, orderBy: [{ hall: 'asc' }, { number: 'asc' }] })
  return {
    event,
    total: exhibitors.length,
    exhibitors: found.map((e) => ({
      id: e.id,
      company: e.company.name,
      city: e.company.city,
      website: e.company.website,
      stand: e.stand,
      topicsDe: e.topicsDe,
      topicsEn: e.topicsEn,
      products: e.products,
    })),
    stands: stands.map((s) => {
      const on = exhibitors.filter((e) => e.standId === s.id).sort(byCompany)
      return {
        ...s,
        free: freeArea(
          s.areaSqm,
          on.map((e) => e.areaSqm ?? 0),
        ),
        exhibitors: on.map((e) => ({ id: e.id, company: e.company.name, areaSqm: e.areaSqm ?? 0 })),
      }
    }),
  }
}

/** What the public application form needs to know about a fair; null when there is no such public fair. */
export async function getApplicationPage(db: Db, slug: string, now = new Date()) {
  const event = await db.event.findUnique({ where: { slug } })
  if (!event || !event.isPublic || event.status === 'DRAFT' || event.kind !== 'FAIR') return null
  return { event, closedReason: applicationClosedReason(event, now) }
}

/** The visitor's answer to "may exhibitors scan my badge?", asked when registering for a fair. */
export async function recordLeadConsent(db: Db, personId: string, consent: boolean): Promise<void> {
  await db.person.updateMany({ where: { id: personId, erasedAt: null }, data: { consentLeadScan: consent } })
}
