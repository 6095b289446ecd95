// GDPR erasure on the demo data: a person's data disappears from every table that kept it, while
// the annual report's counts stay exactly as they were; the retention rule does the same for
// everyone whose events are older than N months.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '~/demo/seed.server'
import { countEvent, countYear } from '~/domain/reports/counting.server'
import { applyRetention, erasePerson, personsPastRetention } from '~/domain/people/erasure.server'
import { eraseOnRequest } from '~/domain/people/personal-data.server'
import { inviteSpeaker, saveSpeakerPhoto } from '~/domain/programme/speakers.server'
import { createTestDatabase, testDbKind, type TestDatabase } from '../support/db'

const NOW = new Date('2026-03-01T10:00:00Z')

describe(`erasure on ${testDbKind()}`, () => {
  let t: TestDatabase
  beforeAll(async () => {
    t = await createTestDatabase()
    await seedDemo(t.db, { now: NOW })
  })
  afterAll(() => t?.close())

  /** Every row of the tables that hold personal data, as one searchable text. */
  async function everything(): Promise<string> {
    const db = t.db
    const tables = await Promise.all([
      db.person.findMany(),
      db.registration.findMany(),
      db.outboxMessage.findMany(),
      db.auditEntry.findMany(),
      db.lead.findMany(),
      db.cooperationProfile.findMany(),
      db.speaker.findMany(),
      db.proposal.findMany(),
    ])
    return JSON.stringify(tables).toLowerCase()
  }

  const yearCounts = () => Promise.all([2015, 2026].map((year) => countYear(t.db, year, { now: NOW })))

  it('erases one person everywhere and leaves every count unchanged', async () => {
    const db = t.db
    // A 2015 participant (checked in), with something personal in every place that can hold it.
    const registration = await db.registration.findFirstOrThrow({
      where: { status: 'CONFIRMED', checkIns: { some: {} }, event: { startsAt: { lt: new Date('2016-01-01') } } },
      include: { event: { include: { questions: true } } },
    })
    const personId = registration.personId
    const marker = 'Zwoelfhuber-Erasetest'
    const email = 'zwoelfhuber@erasure.example'
    await db.person.update({
      where: { id: personId },
      data: { lastName: marker, email, phone: '+49 30 1234567', jobTitle: `${marker} CTO` },
    })
    await db.registration.update({
      where: { id: registration.id },
      data: { companyName: `${marker} GmbH`, answers: { q: `Allergie ${marker}` } },
    })
    await db.outboxMessage.create({
      data: {
        template: 'confirmation',
        toEmail: email,
        toName: `Jana ${marker}`,
        payload: { name: marker },
        registrationId: registration.id,
      },
    })
    await db.outboxMessage.create({
      data: { template: 'reminder', toEmail: email, toName: marker, payload: {}, status: 'SENT', sentAt: NOW },
    })
    await db.auditEntry.create({
      data: { action: 'registration.edited', entityType: 'Registration', entityId: registration.id, details: { lastName: marker } },
    })
    await db.auditEntry.create({
      data: { action: 'import', entityType: 'Event', entityId: registration.eventId, details: { rows: [{ email }] } },
    })
    await db.cooperationProfile.create({
      data: { eventId: registration.eventId, personId, offer: `${marker} offers`, seek: 'seeks', topics: 'topics' },
    })
    const other = await db.person.findFirstOrThrow({ where: { id: { not: personId } }, select: { id: true, email: true, lastName: true } })

    const eventBefore = await countEvent(db, registration.eventId)
    const yearsBefore = await yearCounts()
    const rowsBefore = {
      persons: await db.person.count(),
      registrations: await db.registration.count(),
      checkIns: await db.checkIn.count(),
    }
    expect(await everything()).toContain(marker.toLowerCase())

    const result = await erasePerson(db, personId, NOW)
    expect(result).toMatchObject({ kind: 'erased', outbox: 2, audit: 2 })

    const after = await everything()
    expect(after).not.toContain(marker.toLowerCase())
    expect(after).not.toContain(email)
    expect(after).not.toContain('+49 30 1234567')
    const person = await db.person.findUniqueOrThrow({ where: { id: personId } })
    expect(person.erasedAt).toEqual(NOW)
    expect(person.email).toMatch(/@erased\.invalid$/)
    expect(await db.outboxMessage.count({ where: { toEmail: person.email, status: 'PENDING' } })).toBe(0)
    // Someone else is untouched.
    expect(await db.person.findUniqueOrThrow({ where: { id: other.id }, select: { id: true, email: true, lastName: true } })).toEqual(other)

    expect(await countEvent(db, registration.eventId)).toEqual(eventBefore)
    expect(await yearCounts()).toEqual(yearsBefore)
    expect({ persons: await db.person.count(), registrations: await db.registration.count(), checkIns: await db.checkIn.count() }).toEqual(
      rowsBefore,
    )
    // Erasing twice is harmless; an unknown id is reported.
    expect(await erasePerson(db, personId, NOW)).toEqual({ kind: 'alreadyErased' })
    expect(await erasePerson(db, 'no-such-person', NOW)).toEqual({ kind: 'notFound' })
  })

  it('deletes the photo files of an erased speaker (staff, self-service and retention) and leaves every count unchanged', async () => {
    const db = t.db
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fairdesk-erasure-photos-'))
    try {
      const image = new PNG({ width: 40, height: 40 })
      image.data.fill(120)
      const png = PNG.sync.write(image)
      const event = await db.event.findFirstOrThrow({ where: { startsAt: { lt: new Date('2015-03-01') } }, orderBy: { startsAt: 'asc' } })
      /** A speaker with a stored photo, plus a file an interrupted upload left behind. */
      const speakerWithPhoto = async (email: string) => {
        const invited = await inviteSpeaker(db, event.id, { email, firstName: 'Foto', lastName: 'Grafin' })
        if (invited.kind !== 'invited') throw new Error(`not invited: ${invited.kind}`)
        expect(await saveSpeakerPhoto(db, invited.token, png, dir)).toEqual({ kind: 'saved' })
        fs.writeFileSync(path.join(dir, `${invited.speakerId}-interrupted.jpg`), 'left over')
        const speaker = await db.speaker.findUniqueOrThrow({ where: { id: invited.speakerId } })
        return speaker
      }
      const filesOf = (speakerId: string) => fs.readdirSync(dir).filter((f) => f.startsWith(`${speakerId}-`))
      // Someone due for retention: attended only the first weeks of 2015.
      const months = (NOW.getFullYear() - 2015) * 12 + NOW.getMonth() - 3 // cutoff: 1 April 2015
      const retained = (await personsPastRetention(db, new Date('2015-04-01T10:00:00Z'))).at(0)
      const retainedEmail = (await db.person.findUniqueOrThrow({ where: { id: retained ?? '' } })).email

      const staffErased = await speakerWithPhoto('staff-erased@photos.example')
      const selfErased = await speakerWithPhoto('self-erased@photos.example')
      const retainedSpeaker = await speakerWithPhoto(retainedEmail)
      const bystander = await speakerWithPhoto('bystander@photos.example')
      for (const s of [staffErased, selfErased, retainedSpeaker, bystander]) expect(filesOf(s.id)).toHaveLength(2)
      expect(fs.readFileSync(path.join(dir, staffErased.photoPath!)).subarray(1, 4).toString()).toBe('PNG')
      const yearsBefore = await yearCounts()
      const rowsBefore = {
        persons: await db.person.count(),
        registrations: await db.registration.count(),
        speakers: await db.speaker.count(),
        checkIns: await db.checkIn.count(),
      }

      expect(await erasePerson(db, staffErased.personId, NOW, null, dir)).toMatchObject({ kind: 'erased', files: 2 })
      expect(filesOf(staffErased.id)).toEqual([])
      expect(await eraseOnRequest(db, selfErased.personId, NOW, dir)).toMatchObject({ kind: 'erased', files: 2 })
      expect(filesOf(selfErased.id)).toEqual([])
      expect((await applyRetention(db, months, NOW, dir)).erased).toBeGreaterThan(0)
      expect(await db.person.findUniqueOrThrow({ where: { id: retainedSpeaker.personId } })).toMatchObject({ erasedAt: NOW })
      expect(filesOf(retainedSpeaker.id)).toEqual([])
      // Only theirs: another speaker's photo stays, and the rows stay with every count.
      expect(filesOf(bystander.id)).toHaveLength(2)
      expect(fs.readdirSync(dir)).toHaveLength(2)
      expect(await db.speaker.findUniqueOrThrow({ where: { id: staffErased.id } })).toMatchObject({
        photoPath: null,
        status: staffErased.status,
      })
      expect(await yearCounts()).toEqual(yearsBefore)
      expect({
        persons: await db.person.count(),
        registrations: await db.registration.count(),
        speakers: await db.speaker.count(),
        checkIns: await db.checkIn.count(),
      }).toEqual(rowsBefore)
      // A file that survived an earlier attempt goes when the erasure is asked for again.
      fs.writeFileSync(path.join(dir, `${staffErased.id}-late.png`), 'late')
      expect(await erasePerson(db, staffErased.personId, NOW, null, dir)).toEqual({ kind: 'alreadyErased' })
      expect(filesOf(staffErased.id)).toEqual([])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('anonymises attendees of events older than N months and keeps the counts', async () => {
    const db = t.db
    const cutoff = new Date('2016-01-01T10:00:00Z') // NOW minus `months`
    const months = (NOW.getFullYear() - 2016) * 12 + NOW.getMonth()
    const due = await personsPastRetention(db, cutoff)
    expect(due.length).toBeGreaterThan(0)
    // Someone registered for a recent or upcoming event stays, even if they also came in 2015.
    const recent = await db.person.findFirstOrThrow({
      where: { erasedAt: null, registrations: { some: { event: { endsAt: { gte: cutoff } } } } },
      select: { id: true, email: true },
    })
    expect(due).not.toContain(recent.id)
    const yearsBefore = await yearCounts()

    const result = await applyRetention(db, months, NOW)
    expect(result.cutoff).toEqual(cutoff)
    expect(result.erased).toBe(due.length)
    expect(await db.person.count({ where: { id: { in: due }, erasedAt: null } })).toBe(0)
    expect(await db.person.findUniqueOrThrow({ where: { id: recent.id }, select: { id: true, email: true } })).toEqual(recent)
    expect(await yearCounts()).toEqual(yearsBefore)
    // Nothing left to do the second time.
    expect((await applyRetention(db, months, NOW)).erased).toBe(0)
    await expect(applyRetention(db, 0, NOW)).rejects.toThrow(RangeError)
    // Hundreds of people, one transaction each: on a busy machine this outlasts the default 30 s.
  }, 120_000)

  it('runs as `npm run privacy:retention -- <months>` and refuses a missing or bad number', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [path.resolve('node_modules/tsx/dist/cli.mjs'), 'scripts/retention.ts', ...args], {
        env: { ...process.env, DATABASE_URL: t.url },
        encoding: 'utf8',
      })
    expect(run().status).toBe(2)
    expect(run('zwölf').status).toBe(2)
    const ok = run('240')
    expect(ok.status, ok.stderr).toBe(0)
    expect(ok.stdout).toMatch(/retention 240 months: 0 people anonymised/)
  })
})
