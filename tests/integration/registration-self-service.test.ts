import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cancelRegistration, register, type RegisterInput, type RegisterResult } from '~/domain/registration/register.server'
import { changeChoices, findByManageToken, registerGroup, transferRegistration } from '~/domain/registration/self-service.server'
import { createTestDatabase, type TestDatabase } from '../support/db'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(() => t?.close())

const DAY = 86_400_000
let n = 0
const start = new Date(Date.now() + 10 * DAY)
async function conference(capacity = 10, extra: Record<string, unknown> = {}) {
  n += 1
  return t.db.event.create({
    data: {
      slug: `conf-${n}`,
      kind: 'CONFERENCE',
      status: 'PUBLISHED',
      titleDe: 'Clustertagung',
      titleEn: 'Cluster conference',
      startsAt: start,
      endsAt: new Date(start.getTime() + 8 * 3_600_000),
      capacity,
      ...extra,
    },
  })
}
async function workshop(eventId: string, capacity: number | null, hour: number) {
  return t.db.session.create({
    data: {
      eventId,
      kind: 'WORKSHOP',
      titleDe: `Workshop ${hour}`,
      titleEn: `Workshop ${hour}`,
      capacity,
      startsAt: new Date(start.getTime() + hour * 3_600_000),
      endsAt: new Date(start.getTime() + (hour + 1) * 3_600_000),
    },
  })
}
const who = (i: number, extra: Partial<RegisterInput> = {}): RegisterInput => ({
  firstName: 'Anna',
  lastName: `Nr${i}`,
  email: `anna${i}@firma.example`,
  company: 'NOVO-TECH GmbH & Co. KG',
  ...extra,
})
function registrationOf(r: RegisterResult) {
  if (r.kind !== 'confirmed' && r.kind !== 'waitlisted') throw new Error(`unexpected ${r.kind}`)
  return r.registration
}
const sessionStatus = async (registrationId: string, sessionId: string) =>
  (await t.db.registrationSession.findUnique({ where: { registrationId_sessionId: { registrationId, sessionId } } }))?.status

describe('sessions with their own capacity', () => {
  it('books workshop seats while they last and waits for the rest; a cancellation moves the next one up', async () => {
    const event = await conference()
    const ws = await workshop(event.id, 2, 2)
    const regs = []
    for (let i = 1; i <= 3; i++) regs.push(registrationOf(await register(t.db, event.id, who(i, { sessionIds: [ws.id] }))))
    expect(await Promise.all(regs.map((r) => sessionStatus(r.id, ws.id)))).toEqual(['CONFIRMED', 'CONFIRMED', 'WAITLISTED'])
    await cancelRegistration(t.db, regs[0]!.id)
    expect(await Promise.all(regs.map((r) => sessionStatus(r.id, ws.id)))).toEqual(['CANCELLED', 'CONFIRMED', 'CONFIRMED'])
    expect((await t.db.session.findUniqueOrThrow({ where: { id: ws.id } })).confirmedCount).toBe(2)
  })

  it('ignores sessions of other events', async () => {
    const event = await conference()
    const other = await conference()
    const foreign = await workshop(other.id, 5, 3)
    const reg = registrationOf(await register(t.db, event.id, who(10, { sessionIds: [foreign.id] })))
    expect(await t.db.registrationSession.count({ where: { registrationId: reg.id } })).toBe(0)
  })

  it('gives a person from the event waiting list their workshop seat when they move up', async () => {
    const event = await conference(1)
    const ws = await workshop(event.id, 5, 4)
    const first = registrationOf(await register(t.db, event.id, who(20, { sessionIds: [ws.id] })))
    const second = registrationOf(await register(t.db, event.id, who(21, { sessionIds: [ws.id] })))
    expect(await sessionStatus(second.id, ws.id)).toBe('WAITLISTED')
    await cancelRegistration(t.db, first.id)
    expect(await sessionStatus(second.id, ws.id)).toBe('CONFIRMED')
  })

  it('changes sessions from the self-service page, freeing the dropped seat for the next in line', async () => {
    const event = await conference()
    const a = await workshop(event.id, 1, 2)
    const b = await workshop(event.id, 1, 5)
    const first = registrationOf(await register(t.db, event.id, who(30, { sessionIds: [a.id] })))
    const second = registrationOf(await register(t.db, event.id, who(31, { sessionIds: [a.id] })))
    expect(await changeChoices(t.db, first.id, { answers: {}, sessionIds: [b.id] })).toEqual({ kind: 'changed' })
    expect([await sessionStatus(first.id, a.id), await sessionStatus(first.id, b.id), await sessionStatus(second.id, a.id)]).toEqual([
      'CANCELLED',
      'CONFIRMED',
      'CONFIRMED',
    ])
  })
})

describe('changing answers and sessions', () => {
  it('stores the new answers and keeps the seat of a session still chosen', async () => {
    const event = await conference()
    const a = await workshop(event.id, 1, 2)
    const reg = registrationOf(await register(t.db, event.id, who(80, { answers: { diet: 'veg' }, sessionIds: [a.id] })))
    expect(await changeChoices(t.db, reg.id, { answers: { diet: 'vegan' }, sessionIds: [a.id] })).toEqual({ kind: 'changed' })
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: reg.id } })).answers).toEqual({ diet: 'vegan' })
    expect(await sessionStatus(reg.id, a.id)).toBe('CONFIRMED')
    expect((await t.db.session.findUniqueOrThrow({ where: { id: a.id } })).confirmedCount).toBe(1)
  })

  it('refuses changes to a cancelled registration and once the event is over, and changes nothing', async () => {
    const event = await conference()
    const a = await workshop(event.id, 3, 2)
    const reg = registrationOf(await register(t.db, event.id, who(81, { answers: { diet: 'veg' } })))
    const afterEnd = new Date(event.endsAt.getTime() + 1)
    expect(await changeChoices(t.db, reg.id, { answers: { diet: 'vegan' }, sessionIds: [a.id] }, afterEnd)).toEqual({ kind: 'eventOver' })
    await cancelRegistration(t.db, reg.id)
    expect(await changeChoices(t.db, reg.id, { answers: { diet: 'vegan' }, sessionIds: [a.id] })).toEqual({ kind: 'cancelled' })
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: reg.id } })).answers).toEqual({ diet: 'veg' })
    expect(await sessionStatus(reg.id, a.id)).toBeUndefined()
    expect(await changeChoices(t.db, 'no-such-registration', { answers: {}, sessionIds: [] })).toEqual({ kind: 'notFound' })
  })
})

describe('invite-only events', () => {
  it('take registrations only through a roster member’s personal link, for that member', async () => {
    const series = await t.db.series.create({ data: { slug: 'ak-reman', nameDe: 'AK Remanufacturing', nameEn: 'Remanufacturing WG' } })
    const event = await conference(10, { inviteOnly: true, seriesId: series.id })
    const member = await t.db.person.create({ data: { email: 'mitglied@mtu.example', firstName: 'Max', lastName: 'Mitglied' } })
    const roster = await t.db.rosterMember.create({
      data: { seriesId: series.id, personId: member.id, token: 'roster-token-0123456789abcdef' },
    })
    expect(await register(t.db, event.id, who(40))).toEqual({ kind: 'closed', reason: 'inviteOnly' })
    expect(await register(t.db, event.id, who(40, { inviteToken: 'wrong' }))).toEqual({ kind: 'closed', reason: 'inviteOnly' })
    const reg = registrationOf(await register(t.db, event.id, who(40, { inviteToken: roster.token })))
    expect(reg.personId).toBe(member.id)
  })
})

describe('transfer and group registration', () => {
  it('hands the seat to a colleague with a new ticket and link; the old link stops working', async () => {
    const event = await conference(1)
    const original = registrationOf(await register(t.db, event.id, who(50)))
    const result = await transferRegistration(t.db, original.id, { firstName: 'Ben', lastName: 'Kollege', email: 'ben@firma.example' })
    if (result.kind !== 'transferred') throw new Error(result.kind)
    expect(await findByManageToken(t.db, original.manageToken)).toBeNull()
    const now = await findByManageToken(t.db, result.manageToken)
    expect(now?.person.email).toBe('ben@firma.example')
    expect(now?.status).toBe('CONFIRMED')
    expect(now?.ticketSecret).not.toBe(original.ticketSecret)
    expect((await t.db.event.findUniqueOrThrow({ where: { id: event.id } })).confirmedCount).toBe(1)
    const mails = await t.db.outboxMessage.findMany({ where: { registrationId: original.id }, orderBy: { createdAt: 'asc' } })
    expect(mails.map((m) => [m.template, m.toEmail]).slice(-2)).toEqual([
      ['registration.transferredAway', 'anna50@firma.example'],
      ['registration.confirmed', 'ben@firma.example'],
    ])
  })

  it('hands on the choices and sessions of the seat, but not what the previous holder wrote or agreed to', async () => {
    const event = await conference(5)
    const ws = await workshop(event.id, 5, 2)
    const ask = (kind: 'TEXT' | 'CHOICE' | 'MULTI' | 'BOOLEAN', position: number, options?: { value: string; de: string; en: string }[]) =>
      t.db.eventQuestion.create({ data: { eventId: event.id, kind, position, labelDe: kind, labelEn: kind, options } })
    const note = await ask('TEXT', 0)
    const track = await ask('CHOICE', 1, [{ value: 'a', de: 'A', en: 'A' }])
    const days = await ask('MULTI', 2, [{ value: 'mo', de: 'Mo', en: 'Mon' }])
    const photos = await ask('BOOLEAN', 3)
    const answers = { [note.id]: 'Nussallergie, Rollstuhl', [track.id]: 'a', [days.id]: ['mo'], [photos.id]: true }
    const original = registrationOf(await register(t.db, event.id, who(55, { answers, sessionIds: [ws.id] })))
    expect(original.answers).toEqual(answers)
    const result = await transferRegistration(t.db, original.id, { firstName: 'Ben', lastName: 'Erbe', email: 'ben.erbe@firma.example' })
    expect(result.kind).toBe('transferred')
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: original.id } })).answers).toEqual({
      [track.id]: 'a',
      [days.id]: ['mo'],
    })
    expect(await sessionStatus(original.id, ws.id)).toBe('CONFIRMED')
  })

  it('refuses to hand a seat to someone already registered', async () => {
    const event = await conference(5)
    const a = registrationOf(await register(t.db, event.id, who(60)))
    registrationOf(await register(t.db, event.id, who(61)))
    expect(await transferRegistration(t.db, a.id, { firstName: 'x', lastName: 'y', email: 'anna61@firma.example' })).toEqual({
      kind: 'alreadyRegistered',
    })
    expect(await transferRegistration(t.db, a.id, { firstName: 'x', lastName: 'y', email: 'ANNA60@firma.example' })).toEqual({
      kind: 'samePerson',
    })
  })

  it('registers colleagues of one company in one go, each with their own registration, in order', async () => {
    const event = await conference(2)
    const result = await registerGroup(t.db, event.id, who(70), [
      { firstName: 'B', lastName: 'Eins', email: 'b1@firma.example', answers: {} },
      { firstName: 'B', lastName: 'Zwei', email: 'b2@firma.example', answers: {} },
      { firstName: 'Doppelt', lastName: 'Leader', email: 'ANNA70@firma.example', answers: {} },
    ])
    expect(result).toEqual({ kind: 'sent', to: 'anna70@firma.example' })
    const leader = await t.db.registration.findFirstOrThrow({ where: { eventId: event.id, person: { email: 'anna70@firma.example' } } })
    expect(leader.status).toBe('CONFIRMED')
    const members = await t.db.registration.findMany({ where: { registeredById: leader.id }, include: { person: true } })
    expect(members.map((m) => [m.person.email, m.status]).sort()).toEqual([
      ['b1@firma.example', 'CONFIRMED'],
      ['b2@firma.example', 'WAITLISTED'],
    ])
    expect(new Set(members.map((m) => m.companyName))).toEqual(new Set(['NOVO-TECH GmbH & Co. KG']))
    // The same form sent again (back button, double tap): nothing new, and the group stays the group.
    const again = await registerGroup(t.db, event.id, who(70), [
      { firstName: 'B', lastName: 'Eins', email: 'b1@firma.example', answers: {} },
    ])
    expect(again).toEqual({ kind: 'sent', to: 'anna70@firma.example' })
    expect(await t.db.registration.count({ where: { eventId: event.id } })).toBe(3)
    expect(
      (await t.db.registration.findFirstOrThrow({ where: { eventId: event.id, person: { email: 'b1@firma.example' } } })).registeredById,
    ).toBe(leader.id)
  })

  it('stores each colleague’s own answers, and writes each colleague’s mail in their own language', async () => {
    const event = await conference(10)
    const earlier = await conference(10)
    // Known from an earlier registration in English; the newcomer's language is not known.
    await register(t.db, earlier.id, { firstName: 'E', lastName: 'Known', email: 'e-known@firma.example', locale: 'en' })
    await registerGroup(t.db, event.id, who(95, { locale: 'en', answers: { diet: 'vegan' } }), [
      { firstName: 'E', lastName: 'Known', email: 'e-known@firma.example', answers: { diet: 'none' } },
      { firstName: 'F', lastName: 'New', email: 'f-new@firma.example', answers: { diet: 'vegetarian' } },
    ])
    const members = await t.db.registration.findMany({
      where: { eventId: event.id, registeredById: { not: null } },
      include: { person: true },
      orderBy: { createdAt: 'asc' },
    })
    expect(members.map((m) => [m.person.email, m.answers, m.locale])).toEqual([
      ['e-known@firma.example', { diet: 'none' }, 'en'],
      ['f-new@firma.example', { diet: 'vegetarian' }, 'de'],
    ])
    const mails = await t.db.outboxMessage.findMany({ where: { registrationId: { in: members.map((m) => m.id) } } })
    expect(mails.map((m) => [m.toEmail, m.template, m.locale]).sort()).toEqual([
      ['e-known@firma.example', 'registration.confirmed', 'en'],
      ['f-new@firma.example', 'registration.confirmed', 'de'],
    ])
  })

  it('keeps colleagues registered already as they were and registers nobody without a seat, telling the registrant neither', async () => {
    const event = await conference(2, { waitlistEnabled: false })
    const own = registrationOf(await register(t.db, event.id, { firstName: 'C', lastName: 'Selbst', email: 'c@firma.example' }))
    const result = await registerGroup(t.db, event.id, who(90), [
      { firstName: 'C', lastName: 'Selbst', email: 'c@firma.example', answers: {} },
      { firstName: 'D', lastName: 'Zuspät', email: 'd@firma.example', answers: {} },
    ])
    // The same answer as for a group that was registered in full.
    expect(result).toEqual({ kind: 'sent', to: 'anna90@firma.example' })
    expect(
      (await t.db.registration.findFirstOrThrow({ where: { eventId: event.id, person: { email: 'anna90@firma.example' } } })).status,
    ).toBe('CONFIRMED')
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: own.id } })).registeredById).toBeNull()
    expect(await t.db.registration.count({ where: { eventId: event.id, person: { email: 'd@firma.example' } } })).toBe(0)
  })
})
