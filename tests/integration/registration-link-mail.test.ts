// A management link reaches only the mailbox it belongs to. Whoever types an address into a public
// form (registering, registering again, colleagues, "resend my ticket") gets the same answer
// whether or not the address is registered; a registered owner gets their existing link by mail,
// at most once every 10 minutes per registration.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cancelRegistration, register, type RegisterInput } from '~/domain/registration/register.server'
import { registerGroup, resendLink } from '~/domain/registration/self-service.server'
import { createTestDatabase, type TestDatabase } from '../support/db'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(() => t?.close())

const MIN = 60_000
const DAY = 86_400_000
let n = 0
async function conference(extra: Record<string, unknown> = {}) {
  n += 1
  const startsAt = new Date(Date.now() + 10 * DAY)
  return t.db.event.create({
    data: {
      slug: `link-${n}`,
      kind: 'CONFERENCE',
      status: 'PUBLISHED',
      titleDe: 'Tagung',
      titleEn: 'Conference',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 8 * 3_600_000),
      capacity: 10,
      ...extra,
    },
  })
}
const person = (email: string, extra: Partial<RegisterInput> = {}): RegisterInput => ({
  firstName: 'Mia',
  lastName: 'Muster',
  email,
  company: 'Muster GmbH',
  locale: 'de',
  ...extra,
})
const at = (t0: Date, minutes: number) => new Date(t0.getTime() + minutes * MIN)
const mails = (registrationId: string, template = 'registration.link') =>
  t.db.outboxMessage.findMany({ where: { registrationId, template }, orderBy: { createdAt: 'asc' } })

async function registered(eventId: string, email: string, now: Date) {
  const first = await register(t.db, eventId, person(email), now)
  if (first.kind !== 'confirmed' && first.kind !== 'waitlisted') throw new Error(first.kind)
  return first.registration
}

describe('registering again with a registered address', () => {
  it('answers as for a new address, with no token, and mails the existing link to its owner', async () => {
    const event = await conference()
    const t0 = new Date()
    const owner = await registered(event.id, 'owner@example.org', t0)
    const result = await registerGroup(t.db, event.id, person('  OWNER@Example.ORG ', { firstName: 'Eve', lastName: 'Intruder' }), [], {
      now: at(t0, 11),
    })
    const fresh = await registerGroup(t.db, event.id, person('newcomer@example.org'), [], { now: at(t0, 11) })
    expect(result).toEqual({ kind: 'sent', to: 'owner@example.org' })
    expect(fresh).toEqual({ kind: 'sent', to: 'newcomer@example.org' })
    expect(JSON.stringify(result)).not.toContain(owner.manageToken)
    expect(JSON.stringify(result)).not.toContain(owner.id)
    // The link goes to the owner's address, in the owner's language, and nothing about them changed.
    const sent = await mails(owner.id)
    expect(sent.map((m) => [m.toEmail, m.locale])).toEqual([['owner@example.org', 'de']])
    const after = await t.db.registration.findUniqueOrThrow({ where: { id: owner.id }, include: { person: true } })
    expect([after.manageToken, after.ticketSecret, after.person.firstName, after.person.lastName]).toEqual([
      owner.manageToken,
      owner.ticketSecret,
      'Mia',
      'Muster',
    ])
  })

  it('mails the link at most once every 10 minutes per registration (the confirmation counts)', async () => {
    const event = await conference()
    const t0 = new Date()
    const owner = await registered(event.id, 'often@example.org', t0)
    const counts = []
    for (const minutes of [1, 9, 10, 11, 15, 20.5, 21.5]) {
      await registerGroup(t.db, event.id, person('often@example.org'), [], { now: at(t0, minutes) })
      counts.push((await mails(owner.id)).length)
    }
    // Within 10 minutes of the confirmation nothing more; at 10 the first, at 20.5 the next one.
    expect(counts).toEqual([0, 0, 1, 1, 1, 2, 2])
    expect(await t.db.outboxMessage.count({ where: { registrationId: owner.id, template: 'registration.confirmed' } })).toBe(1)
  })

  it('answers "fully booked" on a full event without a waiting list for registered and unknown addresses alike', async () => {
    const event = await conference({ capacity: 1, waitlistEnabled: false })
    const t0 = new Date()
    const owner = await registered(event.id, 'seat@example.org', t0)
    expect(await registerGroup(t.db, event.id, person('SEAT@example.org'), [], { now: at(t0, 30) })).toEqual({ kind: 'full' })
    expect(await registerGroup(t.db, event.id, person('late@example.org'), [], { now: at(t0, 30) })).toEqual({ kind: 'full' })
    // The owner still gets their link; the unknown address nothing.
    expect(await mails(owner.id)).toHaveLength(1)
    expect(await t.db.person.count({ where: { email: 'late@example.org', registrations: { some: {} } } })).toBe(0)
  })

  it('re-mails a colleague who is registered already; the leader learns nothing about them', async () => {
    const event = await conference({ capacity: 3, waitlistEnabled: false })
    const t0 = new Date()
    const colleague = await registered(event.id, 'colleague@example.org', t0)
    const result = await registerGroup(
      t.db,
      event.id,
      person('leader@example.org'),
      [
        { firstName: 'Col', lastName: 'League', email: ' Colleague@Example.org', answers: {} },
        { firstName: 'Neu', lastName: 'Ling', email: 'neuling@example.org', answers: {} },
        { firstName: 'Zu', lastName: 'Spät', email: 'zuspaet@example.org', answers: {} },
      ],
      { now: at(t0, 11) },
    )
    expect(result).toEqual({ kind: 'sent', to: 'leader@example.org' })
    expect(JSON.stringify(result)).not.toMatch(/colleague|neuling|zuspaet/i)
    expect((await mails(colleague.id)).map((m) => m.toEmail)).toEqual(['colleague@example.org'])
    // The colleague keeps their own registration; the new one is the leader's, the last found no seat.
    expect((await t.db.registration.findUniqueOrThrow({ where: { id: colleague.id } })).registeredById).toBeNull()
    const leader = await t.db.registration.findFirstOrThrow({ where: { eventId: event.id, person: { email: 'leader@example.org' } } })
    const members = await t.db.registration.findMany({ where: { registeredById: leader.id }, include: { person: true } })
    expect(members.map((m) => m.person.email)).toEqual(['neuling@example.org'])
  })
})

describe('resend my ticket', () => {
  it('mails the existing link to a registered address in any spelling, once every 10 minutes', async () => {
    const event = await conference()
    const t0 = new Date()
    const owner = await registered(event.id, 'resend@example.org', t0)
    for (const minutes of [2, 12, 13, 23]) await resendLink(t.db, event.id, ' RESEND@example.ORG  ', at(t0, minutes))
    expect((await mails(owner.id)).map((m) => m.toEmail)).toEqual(['resend@example.org', 'resend@example.org'])
  })

  it('answers the same for unknown, cancelled and registered addresses, and mails only the registered one', async () => {
    const event = await conference()
    const other = await conference()
    const t0 = new Date()
    const owner = await registered(event.id, 'here@example.org', t0)
    const gone = await registered(event.id, 'gone@example.org', t0)
    await cancelRegistration(t.db, gone.id)
    const elsewhere = await registered(other.id, 'elsewhere@example.org', t0)
    const answers = await Promise.all(
      ['here@example.org', 'gone@example.org', 'elsewhere@example.org', 'nobody@example.org'].map((email) =>
        resendLink(t.db, event.id, email, at(t0, 30)),
      ),
    )
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1)
    expect(await mails(owner.id)).toHaveLength(1)
    expect(await mails(gone.id)).toHaveLength(0)
    expect(await mails(elsewhere.id)).toHaveLength(0)
    expect(await t.db.person.count({ where: { email: 'nobody@example.org' } })).toBe(0)
  })
})
