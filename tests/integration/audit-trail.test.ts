// The audit trail: every staff change writes its entry inside the change's own transaction, filed
// under its event, so a change that fails leaves no entry and an entry that cannot be written
// undoes the change. Failed sign-ins are recorded too. Real databases (SQLite, PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { authenticate } from '~/domain/accounts/auth.server'
import { listAuditEntries } from '~/domain/audit/trail.server'
import { checkIn, undoCheckIn } from '~/domain/checkin/checkin.server'
import { createDevice, revokeDevice } from '~/domain/checkin/devices.server'
import { getTicketKeys, signTicket } from '~/domain/checkin/tickets.server'
import { addQuestion, createEvent, setEventStatus, updateEvent } from '~/domain/events/admin.server'
import { acceptExhibitor, applyAsExhibitor, deleteStand, rejectExhibitor, saveStand } from '~/domain/fair/fair.server'
import { createRoom, createSession, deleteRoom, deleteSession, moveSession, updateSession } from '~/domain/programme/programme.server'
import { register } from '~/domain/registration/register.server'
import { hashPassword } from '~/lib/password.server'
import { createTestDatabase, type TestDatabase } from '../support/db'

let t: TestDatabase
let staff: { id: string }
beforeAll(async () => {
  t = await createTestDatabase()
  staff = await t.db.user.create({
    data: { email: 'orga.audit@example.org', name: 'Olga Orga', role: 'ORGANIZER', passwordHash: await hashPassword('richtig-und-lang') },
  })
})
afterAll(() => t?.close())

const HOUR = 3_600_000
const entries = (where: Record<string, unknown>) => t.db.auditEntry.findMany({ where, orderBy: { at: 'asc' } })

let n = 0
async function newEvent(startsAt = new Date(Date.now() + 30 * 24 * HOUR)) {
  n += 1
  const created = await createEvent(
    t.db,
    {
      kind: 'WORKSHOP',
      titleDe: `Protokoll ${n}`,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * HOUR),
      waitlistEnabled: true,
      publish: false,
    },
    staff.id,
  )
  if (created.kind !== 'created') throw new Error(created.kind)
  return created
}

describe('every staff change writes its entry, filed under its event', () => {
  it('creating, changing, publishing and cancelling an event, and adding a question', async () => {
    const event = await newEvent()
    const startsAt = new Date(Date.now() + 31 * 24 * HOUR)
    const changes = {
      kind: 'WORKSHOP' as const,
      titleDe: 'Protokoll neu',
      startsAt,
      endsAt: new Date(startsAt.getTime() + HOUR),
      waitlistEnabled: true,
    }
    expect((await updateEvent(t.db, event.id, changes, staff.id)).kind).toBe('updated')
    await addQuestion(t.db, event.id, { kind: 'TEXT', labelDe: 'Allergien', required: false, options: [] }, staff.id)
    expect((await setEventStatus(t.db, event.id, 'PUBLISHED', staff.id)).kind).toBe('changed')
    expect((await setEventStatus(t.db, event.id, 'CANCELLED', staff.id)).kind).toBe('changed')
    const trail = await entries({ eventId: event.id })
    expect(trail.map((e) => [e.action, e.actorId])).toEqual([
      ['event.created', staff.id],
      ['event.updated', staff.id],
      ['event.question.added', staff.id],
      ['event.status.published', staff.id],
      ['event.status.cancelled', staff.id],
    ])
    expect(trail[1]!.details).toMatchObject({ changed: expect.arrayContaining(['titleDe', 'startsAt', 'endsAt']) })
  })

  it('a refused change leaves no entry', async () => {
    const event = await newEvent()
    const before = await t.db.auditEntry.count({ where: { eventId: event.id } })
    const startsAt = new Date(Date.now() + 31 * 24 * HOUR)
    const backwards = { kind: 'WORKSHOP' as const, titleDe: 'x', startsAt, endsAt: startsAt, waitlistEnabled: true }
    expect((await updateEvent(t.db, event.id, backwards, staff.id)).kind).toBe('endsBeforeStart')
    expect((await setEventStatus(t.db, event.id, 'DRAFT', staff.id)).kind).toBe('unchanged')
    await setEventStatus(t.db, event.id, 'CANCELLED', staff.id)
    expect((await setEventStatus(t.db, event.id, 'PUBLISHED', staff.id)).kind).toBe('cancelledIsFinal')
    expect((await updateEvent(t.db, event.id, { ...backwards, endsAt: new Date(startsAt.getTime() + HOUR) }, staff.id)).kind).toBe(
      'cancelled',
    )
    expect(await t.db.auditEntry.count({ where: { eventId: event.id } })).toBe(before + 1)
  })

  it('an entry that cannot be written undoes its change: both are one transaction', async () => {
    const events = await t.db.event.count()
    // An actor that does not exist breaks the entry's foreign key, after the event row was written.
    const startsAt = new Date(Date.now() + 40 * 24 * HOUR)
    await expect(
      createEvent(
        t.db,
        {
          kind: 'MEETING',
          titleDe: 'Nie da',
          startsAt,
          endsAt: new Date(startsAt.getTime() + HOUR),
          waitlistEnabled: false,
          publish: true,
        },
        'no-such-user',
      ),
    ).rejects.toThrow()
    expect(await t.db.event.count()).toBe(events)
    const event = await newEvent()
    await expect(setEventStatus(t.db, event.id, 'PUBLISHED', 'no-such-user')).rejects.toThrow()
    expect((await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).status).toBe('DRAFT')
  })

  it('scanner devices created and revoked, and an undone admission', async () => {
    const event = await newEvent(new Date(Date.now() - HOUR))
    const { device } = await createDevice(t.db, event.id, 'Eingang Nord', staff.id)
    expect(await revokeDevice(t.db, event.id, device.id, staff.id)).toEqual({ kind: 'revoked' })
    expect(await revokeDevice(t.db, event.id, device.id, staff.id)).toEqual({ kind: 'alreadyRevoked' })
    await setEventStatus(t.db, event.id, 'PUBLISHED', staff.id)
    const r = await register(t.db, event.id, { firstName: 'Tina', lastName: 'Tür', email: `tina${n}@example.org` })
    if (r.kind !== 'confirmed') throw new Error(r.kind)
    const verdict = await checkIn(t.db, {
      eventId: event.id,
      code: signTicket(await getTicketKeys(t.db), r.registration),
      byUserId: staff.id,
    })
    if (verdict.result !== 'ok') throw new Error(verdict.result)
    expect(await undoCheckIn(t.db, verdict.checkInId, { userId: staff.id, anyScan: true })).toEqual({ kind: 'undone' })
    expect(await undoCheckIn(t.db, verdict.checkInId, { userId: staff.id, anyScan: true })).toEqual({ kind: 'alreadyUndone' })
    const trail = await entries({ eventId: event.id, action: { not: { startsWith: 'event.' } } })
    expect(trail.map((e) => [e.action, e.entityId])).toEqual([
      ['device.created', device.id],
      ['device.revoked', device.id],
      ['checkin.undone', verdict.checkInId],
    ])
    expect(trail[2]!.details).toMatchObject({ registrationId: r.registration.id, byOther: false })
  })
})

describe('the programme and the fair', () => {
  it('rooms and sessions: each saved change has its entry, a refused one none', async () => {
    const startsAt = new Date(Date.now() + 60 * 24 * HOUR)
    const event = await newEvent(startsAt)
    const room = await createRoom(t.db, event.id, { name: 'Saal 1', capacity: 40 }, staff.id)
    if (room.kind !== 'saved') throw new Error(room.kind)
    expect((await createRoom(t.db, event.id, { name: 'Saal 1', capacity: 10 }, staff.id)).kind).toBe('duplicateName')
    const talk = {
      kind: 'TALK' as const,
      titleDe: 'Vortrag',
      titleEn: 'Talk',
      language: 'de' as const,
      roomId: room.roomId,
      capacity: null,
      speakerIds: [],
    }
    const session = await createSession(t.db, event.id, { ...talk, startsAt, endsAt: new Date(startsAt.getTime() + HOUR) }, staff.id)
    if (session.kind !== 'saved') throw new Error(session.kind)
    // The same room at the same time: a conflict, refused.
    const clash = await createSession(
      t.db,
      event.id,
      { ...talk, titleDe: 'Zweiter', startsAt, endsAt: new Date(startsAt.getTime() + HOUR) },
      staff.id,
    )
    expect(clash.kind).toBe('conflict')
    await updateSession(
      t.db,
      event.id,
      session.sessionId,
      { ...talk, titleDe: 'Vortrag neu', startsAt, endsAt: new Date(startsAt.getTime() + HOUR) },
      staff.id,
    )
    await moveSession(t.db, event.id, session.sessionId, { roomId: room.roomId, startsAt: new Date(startsAt.getTime() + HOUR) }, staff.id)
    expect((await deleteRoom(t.db, event.id, room.roomId, staff.id)).kind).toBe('inUse')
    await deleteSession(t.db, event.id, session.sessionId, staff.id)
    expect((await deleteRoom(t.db, event.id, room.roomId, staff.id)).kind).toBe('deleted')
    const trail = await entries({ eventId: event.id, action: { not: 'event.created' } })
    expect(trail.map((e) => e.action)).toEqual([
      'event.room.created',
      'event.session.created',
      'event.session.updated',
      'event.session.moved',
      'event.session.deleted',
      'event.room.deleted',
    ])
    expect(trail.every((e) => e.actorId === staff.id)).toBe(true)
  })

  it('stands and exhibitors: created, accepted, rejected and removed, each with its entry', async () => {
    n += 1
    const fair = await t.db.event.create({
      data: {
        slug: `protokoll-messe-${n}`,
        kind: 'FAIR',
        status: 'PUBLISHED',
        titleDe: 'Messe',
        titleEn: 'Fair',
        startsAt: new Date(Date.now() + 90 * 24 * HOUR),
        endsAt: new Date(Date.now() + 92 * 24 * HOUR),
      },
    })
    const stand = await saveStand(t.db, fair.id, null, { hall: 'Halle 2', number: 'A3', areaSqm: 24, kind: 'JOINT' }, staff.id)
    if (stand.kind !== 'saved') throw new Error(stand.kind)
    expect((await saveStand(t.db, fair.id, null, { hall: 'halle 2', number: 'a3', areaSqm: 10, kind: 'JOINT' }, staff.id)).kind).toBe(
      'duplicate',
    )
    const apply = (company: string) =>
      applyAsExhibitor(t.db, fair.id, {
        company,
        contact: { firstName: 'Kim', lastName: company, email: `kim@${company.toLowerCase()}.example` },
        areaWantedSqm: 12,
        topicsDe: 'Sondermaschinen',
        staff: [],
        locale: 'de',
      })
    const a = await apply('Alpha')
    const b = await apply('Beta')
    if (a.kind !== 'applied' || b.kind !== 'applied') throw new Error('apply')
    expect((await acceptExhibitor(t.db, fair.id, a.exhibitorId, { standId: stand.standId, areaSqm: 12 }, undefined, staff.id)).kind).toBe(
      'accepted',
    )
    expect((await rejectExhibitor(t.db, fair.id, b.exhibitorId, staff.id)).kind).toBe('done')
    expect((await rejectExhibitor(t.db, fair.id, b.exhibitorId, staff.id)).kind).toBe('notAllowed')
    expect((await deleteStand(t.db, fair.id, stand.standId, staff.id)).kind).toBe('inUse')
    const trail = await entries({ eventId: fair.id })
    expect(trail.map((e) => [e.action, e.actorId])).toEqual([
      ['event.stand.created', staff.id],
      ['event.exhibitor.accepted', staff.id],
      ['event.exhibitor.rejected', staff.id],
    ])
  })
})

describe('sign-ins', () => {
  it('records a failed sign-in with an account and without one, and a successful one', async () => {
    const now = new Date()
    expect((await authenticate(t.db, 'orga.audit@example.org', 'falsch-falsch', now)).kind).toBe('invalid')
    expect((await authenticate(t.db, 'niemand.audit@example.org', 'falsch-falsch', now)).kind).toBe('invalid')
    expect((await authenticate(t.db, 'orga.audit@example.org', 'richtig-und-lang', now)).kind).toBe('ok')
    const failed = await entries({ action: 'auth.login_failed' })
    expect(failed.map((e) => [e.actorId, e.entityId])).toEqual([
      [staff.id, staff.id],
      [null, null],
    ])
    expect(failed[1]!.details).toMatchObject({ email: 'niemand.audit@example.org' })
    expect(failed[0]!.details).not.toHaveProperty('email')
    expect(await t.db.auditEntry.count({ where: { action: 'auth.login', actorId: staff.id } })).toBe(1)
  })
})

describe('reading the trail', () => {
  it('filters by person, event, kind and day, newest first, a page at a time', async () => {
    const event = await newEvent()
    await updateEvent(
      t.db,
      event.id,
      {
        kind: 'WORKSHOP',
        titleDe: 'Gefiltert',
        startsAt: new Date(Date.now() + 50 * 24 * HOUR),
        endsAt: new Date(Date.now() + 51 * 24 * HOUR),
        waitlistEnabled: true,
      },
      staff.id,
    )
    const byEvent = await listAuditEntries(t.db, { eventId: event.id })
    expect(byEvent.entries.map((e) => e.action)).toEqual(['event.updated', 'event.created'])
    expect(byEvent.entries[0]!.event).toMatchObject({ id: event.id, titleDe: 'Gefiltert' })
    expect(byEvent.entries[0]!.actor).toMatchObject({ name: 'Olga Orga' })
    expect((await listAuditEntries(t.db, { eventId: event.id, kind: 'auth' })).total).toBe(0)
    const signIns = await listAuditEntries(t.db, { kind: 'auth', actorId: staff.id })
    expect(signIns.entries.every((e) => e.action.startsWith('auth.') && e.actorId === staff.id)).toBe(true)
    const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`)
    expect((await listAuditEntries(t.db, { eventId: event.id, from: today, to: today })).total).toBe(2)
    expect((await listAuditEntries(t.db, { eventId: event.id, to: new Date(today.getTime() - 86_400_000) })).total).toBe(0)
    const all = await listAuditEntries(t.db, { perPage: 3 })
    const second = await listAuditEntries(t.db, { perPage: 3, page: 2 })
    expect(all.pages).toBe(Math.ceil(all.total / 3))
    expect(second.entries.map((e) => e.id)).not.toContain(all.entries[0]!.id)
    expect(all.entries[0]!.at.getTime()).toBeGreaterThanOrEqual(second.entries[0]!.at.getTime())
  })
})
