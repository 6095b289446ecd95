import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cancelRegistration, register, waitlistPosition, type RegisterInput } from '~/domain/registration/register.server'
import { createTestDatabase, type TestDatabase } from '../support/db'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(() => t?.close())

const DAY = 86_400_000
let counter = 0
async function makeEvent(overrides: Record<string, unknown> = {}) {
  counter += 1
  return t.db.event.create({
    data: {
      slug: `event-${counter}`,
      kind: 'WORKSHOP',
      status: 'PUBLISHED',
      titleDe: 'Arbeitskreis Remanufacturing',
      titleEn: 'Remanufacturing working group',
      startsAt: new Date(Date.now() + 7 * DAY),
      endsAt: new Date(Date.now() + 7 * DAY + 3_600_000),
      capacity: 2,
      ...overrides,
    },
  })
}
const person = (n: number, extra: Partial<RegisterInput> = {}): RegisterInput => ({
  firstName: 'Person',
  lastName: String(n),
  email: `person${n}@example.org`,
  company: 'MTU Reman Technologies GmbH',
  ...extra,
})
const statusOf = async (id: string) => (await t.db.registration.findUniqueOrThrow({ where: { id } })).status
const seats = async (eventId: string) => (await t.db.event.findUniqueOrThrow({ where: { id: eventId } })).confirmedCount

describe('register', () => {
  it('confirms while seats remain, then puts people on the waiting list in order', async () => {
    const event = await makeEvent()
    const kinds = []
    for (let i = 1; i <= 4; i++) kinds.push((await register(t.db, event.id, person(i))).kind)
    expect(kinds).toEqual(['confirmed', 'confirmed', 'waitlisted', 'waitlisted'])
    expect(await seats(event.id)).toBe(2)
    const fourth = await t.db.registration.findFirstOrThrow({ where: { eventId: event.id, person: { email: 'person4@example.org' } } })
    expect(await waitlistPosition(t.db, fourth)).toBe(2)
  })

  it('refuses with "full" when the waiting list is off, and takes no seat', async () => {
    const event = await makeEvent({ capacity: 1, waitlistEnabled: false })
    expect((await register(t.db, event.id, person(10))).kind).toBe('confirmed')
    expect((await register(t.db, event.id, person(11))).kind).toBe('full')
    expect(await t.db.registration.count({ where: { eventId: event.id } })).toBe(1)
    expect(await seats(event.id)).toBe(1)
  })

  it.each([
    ['draft', { status: 'DRAFT' }],
    ['cancelled', { status: 'CANCELLED' }],
    ['notYetOpen', { registrationOpensAt: new Date(Date.now() + DAY) }],
    ['closed', { registrationClosesAt: new Date(Date.now() - DAY) }],
    ['past', { startsAt: new Date(Date.now() - 2 * DAY), endsAt: new Date(Date.now() - DAY) }],
  ])('says the event is closed (%s) and stores nothing', async (reason, overrides) => {
    const event = await makeEvent(overrides)
    expect(await register(t.db, event.id, person(20))).toEqual({ kind: 'closed', reason })
    expect(await t.db.registration.count({ where: { eventId: event.id } })).toBe(0)
  })

  it('returns the existing registration for the same e-mail in any spelling', async () => {
    const event = await makeEvent()
    const first = await register(t.db, event.id, person(30))
    const again = await register(t.db, event.id, person(30, { email: '  PERSON30@Example.ORG ' }))
    expect(again.kind).toBe('confirmed')
    expect(again.kind !== 'full' && again.kind !== 'closed' && again.existing).toBe(true)
    expect(first.kind !== 'full' && first.kind !== 'closed' && first.registration.id).toBe(
      again.kind !== 'full' && again.kind !== 'closed' && again.registration.id,
    )
    expect(await seats(event.id)).toBe(1)
  })

  it('links the person to a company, reusing a known one', async () => {
    const event = await makeEvent({ capacity: 10 })
    await register(t.db, event.id, person(40))
    await register(t.db, event.id, person(41))
    const people = await t.db.person.findMany({ where: { email: { in: ['person40@example.org', 'person41@example.org'] } } })
    expect(new Set(people.map((p) => p.companyId)).size).toBe(1)
    expect(people[0]!.companyId).not.toBeNull()
  })

  it('writes the confirmation to the outbox in the same step', async () => {
    const event = await makeEvent()
    const result = await register(t.db, event.id, person(50, { locale: 'en' }))
    if (result.kind !== 'confirmed') throw new Error(result.kind)
    const mails = await t.db.outboxMessage.findMany({ where: { registrationId: result.registration.id } })
    expect(mails.map((m) => [m.template, m.toEmail, m.locale])).toEqual([['registration.confirmed', 'person50@example.org', 'en']])
  })
})

describe('cancelRegistration', () => {
  it('promotes exactly the first waiting person when a confirmed attendee of a full event cancels', async () => {
    const event = await makeEvent()
    const regs = []
    for (let i = 60; i < 65; i++) {
      const r = await register(t.db, event.id, person(i))
      if (r.kind !== 'confirmed' && r.kind !== 'waitlisted') throw new Error(r.kind)
      regs.push(r.registration)
    }
    const result = await cancelRegistration(t.db, regs[0]!.id)
    expect(result.kind === 'cancelled' && result.promoted?.id).toBe(regs[2]!.id)
    expect(await Promise.all(regs.map((r) => statusOf(r.id)))).toEqual(['CANCELLED', 'CONFIRMED', 'CONFIRMED', 'WAITLISTED', 'WAITLISTED'])
    expect(await seats(event.id)).toBe(2)
    const promotedMail = await t.db.outboxMessage.count({ where: { registrationId: regs[2]!.id, template: 'registration.promoted' } })
    expect(promotedMail).toBe(1)
  })

  it('frees no seat when a waiting person cancels, and cancelling twice changes nothing', async () => {
    const event = await makeEvent({ capacity: 1 })
    await register(t.db, event.id, person(70))
    const waiting = await register(t.db, event.id, person(71))
    if (waiting.kind !== 'waitlisted') throw new Error(waiting.kind)
    expect((await cancelRegistration(t.db, waiting.registration.id)).kind).toBe('cancelled')
    expect((await cancelRegistration(t.db, waiting.registration.id)).kind).toBe('alreadyCancelled')
    expect(await seats(event.id)).toBe(1)
  })

  it('concurrent cancellations of all confirmed attendees promote as many waiting people, each once', async () => {
    const event = await makeEvent({ capacity: 5 })
    const regs = []
    for (let i = 80; i < 92; i++) {
      const r = await register(t.db, event.id, person(i))
      if (r.kind !== 'confirmed' && r.kind !== 'waitlisted') throw new Error(r.kind)
      regs.push(r.registration)
    }
    await Promise.all(regs.slice(0, 5).map((r) => cancelRegistration(t.db, r.id)))
    const statuses = await Promise.all(regs.map((r) => statusOf(r.id)))
    expect(statuses.slice(0, 5)).toEqual(Array(5).fill('CANCELLED'))
    expect(statuses.slice(5, 10)).toEqual(Array(5).fill('CONFIRMED'))
    expect(statuses.slice(10)).toEqual(['WAITLISTED', 'WAITLISTED'])
    expect(await seats(event.id)).toBe(5)
  })

  it('lets a cancelled person register again, with new tokens', async () => {
    const event = await makeEvent({ capacity: 5 })
    const first = await register(t.db, event.id, person(95))
    if (first.kind !== 'confirmed') throw new Error(first.kind)
    await cancelRegistration(t.db, first.registration.id)
    const again = await register(t.db, event.id, person(95))
    if (again.kind !== 'confirmed') throw new Error(again.kind)
    expect(again.registration.id).toBe(first.registration.id)
    expect(again.registration.manageToken).not.toBe(first.registration.manageToken)
    expect(await seats(event.id)).toBe(1)
  })
})
