import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { admitWalkIn } from '~/domain/checkin/checkin.server'
import { cancelRegistration, register } from '~/domain/registration/register.server'
import { badgesPdf } from '~/documents/badges.server'
import { createTestDatabase, type TestDatabase } from '../support/db'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(() => t?.close())

const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0

describe('name badges', () => {
  it('prints one A6 page per confirmed attendee, none for cancelled ones, and one for a walk-in', async () => {
    const startsAt = new Date(Date.now() + 86_400_000)
    const event = await t.db.event.create({
      data: {
        slug: 'badges',
        kind: 'CONFERENCE',
        status: 'PUBLISHED',
        titleDe: 'Clusterkonferenz',
        titleEn: 'Cluster conference',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 8 * 3_600_000),
        organiserName: 'Cluster SMAB',
      },
    })
    expect(await badgesPdf(t.db, event.id, {}, 'de')).toBeNull()
    const ids: string[] = []
    for (const [first, last] of [
      ['Łukasz', 'Wiśniewski'],
      ['Jana', 'Schröder'],
      ['Tom', 'Baker'],
    ]) {
      const r = await register(t.db, event.id, {
        firstName: first!,
        lastName: last!,
        email: `${last!.toLowerCase()}@example.org`,
        company: 'NOVO-TECH GmbH',
      })
      if (r.kind !== 'confirmed') throw new Error(r.kind)
      ids.push(r.registration.id)
    }
    await cancelRegistration(t.db, ids[2]!)
    const all = await badgesPdf(t.db, event.id, {}, 'de')
    expect(all).toMatchObject({ count: 2, slug: 'badges' })
    expect(all!.pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pages(all!.pdf)).toBe(2)
    // A6: 105 × 148 mm.
    expect(all!.pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 297\.6\d* 419\.5\d*\]/)

    const walkIn = await admitWalkIn(t.db, event.id, { firstName: 'Spontan', lastName: 'Gast' }, event.startsAt)
    if (walkIn.kind !== 'admitted') throw new Error(walkIn.kind)
    expect(pages((await badgesPdf(t.db, event.id, { registrationId: walkIn.registration.id, source: 'WALK_IN' }, 'en'))!.pdf)).toBe(1)
    // Door staff may print walk-ins only; a registered attendee is not one.
    expect(await badgesPdf(t.db, event.id, { registrationId: ids[0]!, source: 'WALK_IN' }, 'de')).toBeNull()
    expect(await badgesPdf(t.db, event.id, { registrationId: ids[2]! }, 'de')).toBeNull()
    expect(await badgesPdf(t.db, 'nope', {}, 'de')).toBeNull()
  })
})
