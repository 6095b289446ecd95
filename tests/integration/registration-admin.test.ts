// Staff handling registrations: add by hand, correct, move, import — on a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEvent, listRegistrations } from '~/domain/events/admin.server'
import { parseParticipantList } from '~/domain/registration/import'
import { importParticipants, summarise } from '~/domain/registration/import.server'
import {
  addRegistrationByStaff,
  cancelRegistrationByStaff,
  moveRegistration,
  moveTargets,
  resendRegistrationMail,
  updateRegistrationDetails,
} from '~/domain/registration/admin.server'
import { cancelRegistration, register } from '~/domain/registration/register.server'
import { createTestDatabase, type TestDatabase } from '../support/db'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(() => t?.close())

const DAY = 86_400_000
async function newEvent(titleDe: string, options: { capacity?: number; inDays?: number; closesInDays?: number; waitlist?: boolean } = {}) {
  const start = new Date(Date.now() + (options.inDays ?? 20) * DAY)
  const created = await createEvent(t.db, {
    kind: 'WORKSHOP',
    titleDe,
    startsAt: start,
    endsAt: new Date(start.getTime() + 3_600_000),
    capacity: options.capacity ?? 20,
    waitlistEnabled: options.waitlist ?? true,
    publish: true,
  })
  if (created.kind !== 'created') throw new Error('not created')
  if (options.closesInDays !== undefined)
    await t.db.event.update({
      where: { id: created.id },
      data: { registrationClosesAt: new Date(Date.now() + options.closesInDays * DAY) },
    })
  return created.id
}
const person = (n: string) => ({
  firstName: 'P',
  lastName: n,
  email: `${n.toLowerCase()}@admin.example`,
  role: 'ATTENDEE' as const,
  locale: 'de' as const,
  notify: true,
})

describe('adding by hand', () => {
  it('takes a seat like online registration, also after the registration window closed, without mail when asked', async () => {
    const eventId = await newEvent('Nachmeldung', { capacity: 1, closesInDays: -1 })
    expect((await register(t.db, eventId, { firstName: 'A', lastName: 'Online', email: 'online@admin.example' })).kind).toBe('closed')
    const first = await addRegistrationByStaff(t.db, eventId, { ...person('Erste'), notify: false })
    const second = await addRegistrationByStaff(t.db, eventId, person('Zweite'))
    expect([first.kind, second.kind]).toEqual(['confirmed', 'waitlisted'])
    if (first.kind !== 'confirmed') throw new Error('unreachable')
    expect(first.registration.source).toBe('STAFF')
    expect(await t.db.outboxMessage.count({ where: { registration: { eventId } } })).toBe(1)
    expect((await t.db.event.findUniqueOrThrow({ where: { id: eventId } })).confirmedCount).toBe(1)
  })

  it('refuses a cancelled event', async () => {
    const eventId = await newEvent('Abgesagt')
    await t.db.event.update({ where: { id: eventId }, data: { status: 'CANCELLED' } })
    expect(await addRegistrationByStaff(t.db, eventId, person('Niemand'))).toEqual({ kind: 'closed', reason: 'cancelled' })
  })
})

describe('correcting a registration', () => {
  it('changes name, company and role, but no role change that would need or free a seat', async () => {
    const eventId = await newEvent('Korrektur')
    const r = await addRegistrationByStaff(t.db, eventId, person('Tippfehler'))
    if (r.kind !== 'confirmed') throw new Error('not confirmed')
    const details = { firstName: 'Petra', lastName: 'Tippfehler-Korrigiert', company: 'MTU', role: 'PRESS' as const, answers: {} }
    expect(await updateRegistrationDetails(t.db, eventId, r.registration.id, details)).toEqual({ kind: 'updated' })
    const after = await t.db.registration.findUniqueOrThrow({ where: { id: r.registration.id }, include: { person: true } })
    expect([after.person.firstName, after.person.lastName, after.companyName, after.role]).toEqual([
      'Petra',
      'Tippfehler-Korrigiert',
      'MTU',
      'PRESS',
    ])
    expect(await updateRegistrationDetails(t.db, eventId, r.registration.id, { ...details, role: 'SPEAKER' })).toEqual({
      kind: 'roleTakesSeat',
    })
    const other = await newEvent('Fremd')
    expect(await updateRegistrationDetails(t.db, other, r.registration.id, details)).toEqual({ kind: 'notFound' })
  })
})

describe('moving to another event', () => {
  it('registers at the target first, then frees the seat for the first waiting person at the source', async () => {
    const from = await newEvent('Termin voll', { capacity: 1 })
    const to = await newEvent('Nächster Termin', { capacity: 5 })
    const seated = await addRegistrationByStaff(t.db, from, person('Umzug'))
    const waiting = await addRegistrationByStaff(t.db, from, person('Wartend'))
    if (seated.kind !== 'confirmed' || waiting.kind !== 'waitlisted') throw new Error('setup')
    const moved = await moveRegistration(t.db, from, seated.registration.id, to)
    expect(moved).toMatchObject({ kind: 'moved', status: 'CONFIRMED' })
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: seated.registration.id } })).status).toBe('CANCELLED')
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: waiting.registration.id } })).status).toBe('CONFIRMED')
    expect((await t.db.event.findUniqueOrThrow({ where: { id: from } })).confirmedCount).toBe(1)
    expect((await t.db.event.findUniqueOrThrow({ where: { id: to } })).confirmedCount).toBe(1)
    if (moved.kind !== 'moved') throw new Error('unreachable')
    expect(await moveRegistration(t.db, to, moved.registrationId, to)).toEqual({ kind: 'sameEvent' })
  })

  it('refuses a target where the person is registered already, or that is full without waiting list, and keeps the old seat', async () => {
    const from = await newEvent('Quelle')
    const full = await newEvent('Voll ohne Warteliste', { capacity: 1, waitlist: false })
    const r = await addRegistrationByStaff(t.db, from, person('Bleibt'))
    const twin = await addRegistrationByStaff(t.db, full, person('Bleibt'))
    if (r.kind !== 'confirmed' || twin.kind !== 'confirmed') throw new Error('setup')
    expect(await moveRegistration(t.db, from, r.registration.id, full)).toEqual({ kind: 'alreadyRegistered' })
    await cancelRegistration(t.db, twin.registration.id)
    await addRegistrationByStaff(t.db, full, person('Besetzt'))
    expect(await moveRegistration(t.db, from, r.registration.id, full)).toEqual({ kind: 'full' })
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: r.registration.id } })).status).toBe('CONFIRMED')
  })
})

describe('where a registration can be moved', () => {
  it('offers published dates to come with their end, never drafts, and refuses to move into a draft', async () => {
    const from = await newEvent('Ausgangstermin')
    const published = await newEvent('Veröffentlichter Termin')
    const draft = await newEvent('Entwurf')
    await t.db.event.update({ where: { id: draft }, data: { status: 'DRAFT', publishedAt: null } })
    const targets = await moveTargets(t.db, from)
    const ids = targets.map((e) => e.id)
    expect(ids).toContain(published)
    expect(ids).not.toContain(draft)
    const target = targets.find((e) => e.id === published)!
    // The choice names the date with its times: the end is there to show it.
    expect(target.endsAt.getTime() - target.startsAt.getTime()).toBe(3_600_000)
    const r = await addRegistrationByStaff(t.db, from, person('Entwurfsziel'))
    if (r.kind !== 'confirmed') throw new Error('setup')
    expect(await moveRegistration(t.db, from, r.registration.id, draft)).toEqual({ kind: 'targetDraft' })
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: r.registration.id } })).status).toBe('CONFIRMED')
    expect(await t.db.registration.count({ where: { eventId: draft } })).toBe(0)
  })
})

describe('importing a participant list', () => {
  it('registers good rows, reports bad ones by line, never registers anyone twice, and respects capacity', async () => {
    const eventId = await newEvent('Import', { capacity: 2 })
    const csv = [
      'Vorname;Nachname;E-Mail;Firma',
      'Jörg;Müller;joerg@import.example;INOGET',
      ';Ohne Vorname;leer@import.example;',
      'Anna;Berg;kein-mail;MTU',
      'Jörg;Müller;JOERG@import.example;INOGET',
      'Cem;Kaya;cem@import.example;',
      'Dana;Wolf;dana@import.example;=HYPERLINK("x")',
    ].join('\r\n')
    const list = parseParticipantList(csv)
    if (list.kind !== 'rows') throw new Error(list.kind)
    const results = await importParticipants(t.db, eventId, list.rows, { locale: 'de', notify: false })
    expect(results.map((r) => [r.line, r.kind])).toEqual([
      [2, 'confirmed'],
      [3, 'invalid'],
      [4, 'invalid'],
      [5, 'existing'],
      [6, 'confirmed'],
      [7, 'waitlisted'],
    ])
    expect(results[1]).toMatchObject({ errors: { firstName: ['errors.required'] } })
    expect(results[2]).toMatchObject({ errors: { email: ['errors.emailInvalid'] } })
    expect(summarise(results)).toEqual({ confirmed: 2, waitlisted: 1, existing: 1, full: 0, invalid: 2, closed: 0 })
    expect(await t.db.registration.count({ where: { eventId, source: 'IMPORT' } })).toBe(3)
    expect(await t.db.outboxMessage.count({ where: { registration: { eventId } } })).toBe(0)
  })
})

describe('filtering the list', () => {
  it('filters by company and by whether people came', async () => {
    const eventId = await newEvent('Filter')
    const a = await addRegistrationByStaff(t.db, eventId, { ...person('Alpha'), company: 'Müller Maschinenbau' })
    await addRegistrationByStaff(t.db, eventId, { ...person('Beta'), company: 'MTU' })
    if (a.kind !== 'confirmed') throw new Error('setup')
    await t.db.checkIn.create({
      data: { registrationId: a.registration.id, eventId, day: '2026-12-01', activeKey: `${a.registration.id}:2026-12-01` },
    })
    const names = async (filter: Parameters<typeof listRegistrations>[2]) =>
      (await listRegistrations(t.db, eventId, filter)).registrations.map((r) => r.person.lastName)
    expect(await names({ page: 1, company: 'muller' })).toEqual(['Alpha'])
    expect(await names({ page: 1, checkedIn: true })).toEqual(['Alpha'])
    expect(await names({ page: 1, checkedIn: false })).toEqual(['Beta'])
    expect(await names({ page: 1, company: 'MTU', checkedIn: true })).toEqual([])
  })
})

describe('the audit log of staff changes', () => {
  // The event's own creation is audited too (tests/integration/audit-trail.test.ts); here: what staff did to its registrations.
  const entries = (entityId: string) =>
    t.db.auditEntry.findMany({
      where: { entityId, action: { not: 'event.created' } },
      orderBy: { at: 'asc' },
      select: { actorId: true, action: true, details: true },
    })

  it('records the correction, the resent mail, the move and the cancellation with who made them, as part of the change', async () => {
    const staff = await t.db.user.create({
      data: { email: 'audit-staff@admin.example', name: 'Sam Staff', role: 'ORGANIZER', passwordHash: 'x' },
    })
    const from = await newEvent('Audit Quelle', { capacity: 1 })
    const to = await newEvent('Audit Ziel')
    const seated = await addRegistrationByStaff(t.db, from, person('Geprueft'))
    const waiting = await addRegistrationByStaff(t.db, from, person('Nachruecker'))
    if (seated.kind !== 'confirmed' || waiting.kind !== 'waitlisted') throw new Error('setup')
    const details = { firstName: 'P', lastName: 'Geprueft', company: null, role: 'PRESS' as const, answers: {} }
    expect(await updateRegistrationDetails(t.db, from, seated.registration.id, details, staff.id)).toEqual({ kind: 'updated' })
    const registration = await t.db.registration.findUniqueOrThrow({ where: { id: seated.registration.id }, include: { person: true } })
    expect(await resendRegistrationMail(t.db, registration, staff.id)).toEqual({ kind: 'resent' })
    const moved = await moveRegistration(t.db, from, seated.registration.id, to, { actorId: staff.id })
    if (moved.kind !== 'moved') throw new Error(moved.kind)
    expect(await entries(seated.registration.id)).toEqual([
      { actorId: staff.id, action: 'registration.updatedByStaff', details: { role: 'PRESS' } },
      { actorId: staff.id, action: 'registration.mailResent', details: null },
      { actorId: staff.id, action: 'registration.movedByStaff', details: { to, newRegistrationId: moved.registrationId } },
    ])

    const cancelled = await cancelRegistrationByStaff(t.db, moved.registrationId, staff.id)
    expect(cancelled.kind).toBe('cancelled')
    expect(await entries(moved.registrationId)).toEqual([
      { actorId: staff.id, action: 'registration.cancelledByStaff', details: { promoted: null } },
    ])
    // Cancelling twice changes nothing, so nothing more is recorded.
    expect((await cancelRegistrationByStaff(t.db, moved.registrationId, staff.id)).kind).toBe('alreadyCancelled')
    expect(await entries(moved.registrationId)).toHaveLength(1)
    // A refused correction (cancelled) records nothing either.
    expect(await updateRegistrationDetails(t.db, from, seated.registration.id, details, staff.id)).toEqual({ kind: 'cancelled' })
    expect(await entries(seated.registration.id)).toHaveLength(3)
  })

  it('records who added a person by hand with the registration, and nothing for one that was not written', async () => {
    const staff = await t.db.user.create({
      data: { email: 'audit-add@admin.example', name: 'Ada Add', role: 'ORGANIZER', passwordHash: 'x' },
    })
    const eventId = await newEvent('Audit Nachmeldung', { capacity: 1, waitlist: false })
    const added = await addRegistrationByStaff(t.db, eventId, { ...person('Handschrift'), actorId: staff.id })
    if (added.kind !== 'confirmed') throw new Error(added.kind)
    expect(await entries(added.registration.id)).toEqual([
      { actorId: staff.id, action: 'registration.addedByStaff', details: { eventId, status: 'CONFIRMED' } },
    ])
    // Full without a waiting list, or there already: no registration written, nothing recorded.
    expect((await addRegistrationByStaff(t.db, eventId, { ...person('Zuspaet'), actorId: staff.id })).kind).toBe('full')
    const again = await addRegistrationByStaff(t.db, eventId, { ...person('Handschrift'), actorId: staff.id })
    expect(again.kind === 'confirmed' && again.existing).toBe(true)
    expect(await t.db.auditEntry.count({ where: { actorId: staff.id } })).toBe(1)
  })

  it('writes the registration and its audit entry in one transaction: when the entry fails, no seat is taken', async () => {
    const eventId = await newEvent('Audit Rollback', { capacity: 5 })
    // No such staff account: the entry's reference to its author fails, and with it the whole registration.
    await expect(addRegistrationByStaff(t.db, eventId, { ...person('Rollback'), actorId: 'no-such-user' })).rejects.toThrow()
    expect(await t.db.registration.count({ where: { eventId } })).toBe(0)
    expect((await t.db.event.findUniqueOrThrow({ where: { id: eventId } })).confirmedCount).toBe(0)
    expect(await t.db.outboxMessage.count({ where: { registration: { eventId } } })).toBe(0)
    expect(await t.db.auditEntry.count({ where: { action: 'registration.addedByStaff', actorId: 'no-such-user' } })).toBe(0)
  })

  it('records an import with its summary under the importing staff member', async () => {
    const staff = await t.db.user.create({
      data: { email: 'audit-import@admin.example', name: 'Ina Import', role: 'ORGANIZER', passwordHash: 'x' },
    })
    const eventId = await newEvent('Audit Import')
    const list = parseParticipantList(['Vorname;Nachname;E-Mail', 'Ida;Iser;ida@audit.example', ';Leer;leer@audit.example'].join('\r\n'))
    if (list.kind !== 'rows') throw new Error(list.kind)
    const results = await importParticipants(t.db, eventId, list.rows, { locale: 'de', notify: false, actorId: staff.id })
    expect(await entries(eventId)).toEqual([
      { actorId: staff.id, action: 'registration.imported', details: { ...summarise(results), notify: false } },
    ])
  })
})
