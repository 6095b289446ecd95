import Papa from 'papaparse'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addQuestion, createEvent, editQuestionTexts, listRegistrations, registrationRows, slugify } from '~/domain/events/admin.server'
import { getRegistrationForm } from '~/domain/registration/page.server'
import { optionChoices } from '~/domain/registration/answers'
import { register } from '~/domain/registration/register.server'
import { toCsv } from '~/lib/csv'
import { createTestDatabase, type TestDatabase } from '../support/db'

let t: TestDatabase
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(() => t?.close())

const start = new Date(Date.now() + 20 * 86_400_000)
const newEvent = (titleDe: string) =>
  createEvent(t.db, {
    kind: 'WORKSHOP',
    titleDe,
    startsAt: start,
    endsAt: new Date(start.getTime() + 3_600_000),
    capacity: 20,
    waitlistEnabled: true,
    publish: true,
  })

describe('event administration', () => {
  it('makes readable, unique slugs', async () => {
    expect(slugify('Kammerdialog: Größen & Übergänge')).toBe('kammerdialog-groessen-uebergaenge')
    const a = await newEvent('Arbeitskreis Remanufacturing')
    const b = await newEvent('Arbeitskreis Remanufacturing')
    if (a.kind !== 'created' || b.kind !== 'created') throw new Error('not created')
    expect(b.slug).not.toBe(a.slug)
    expect(b.slug.startsWith(a.slug)).toBe(true)
  })

  it('refuses an event that ends before it starts', async () => {
    expect(
      await createEvent(t.db, { kind: 'MEETING', titleDe: 'x', startsAt: start, endsAt: start, waitlistEnabled: true, publish: false }),
    ).toEqual({ kind: 'endsBeforeStart' })
  })

  it('lists registrations with answers to two custom questions, searchable, and exports them as safe CSV', async () => {
    const created = await newEvent('Workshop Energieaudit')
    if (created.kind !== 'created') throw new Error('not created')
    const diet = await addQuestion(t.db, created.id, {
      kind: 'CHOICE',
      labelDe: 'Essen',
      labelEn: 'Meal',
      required: true,
      options: ['Vegetarisch', 'Mit Fleisch'],
    })
    const note = await addQuestion(t.db, created.id, { kind: 'TEXT', labelDe: 'Hinweis', required: false, options: [] })
    const veg = (diet.options as { value: string }[])[0]!.value
    await register(t.db, created.id, {
      firstName: 'Jörg',
      lastName: 'Müller',
      email: 'joerg@inoget.example',
      company: 'INOGET',
      answers: { [diet.id]: veg, [note.id]: '=HYPERLINK("http://evil")' },
    })
    await register(t.db, created.id, { firstName: 'Anna', lastName: 'Berg', email: 'anna@mtu.example', answers: { [diet.id]: veg } })

    expect((await listRegistrations(t.db, created.id, { q: 'JORG', page: 1 })).registrations.map((r) => r.person.lastName)).toEqual([
      'Müller',
    ])
    expect((await listRegistrations(t.db, created.id, { page: 1 })).total).toBe(2)

    const rows = await registrationRows(t.db, created.id, 'de', {
      header: ['Vorname', 'Nachname', 'E-Mail', 'Firma', 'Status', 'Quelle', 'Angemeldet', 'Anwesend'],
      yes: 'ja',
      no: 'nein',
    })
    const parsed = Papa.parse<string[]>(toCsv(rows).slice(1), { delimiter: ';', skipEmptyLines: true }).data
    expect(parsed[0]!.slice(-2)).toEqual(['Essen', 'Hinweis'])
    expect(parsed[1]!.slice(-2)).toEqual(['Vegetarisch', `'=HYPERLINK("http://evil")`])
    expect(parsed).toHaveLength(3)
  })
})

describe('question texts in two languages', () => {
  const labels = { header: ['Vorname', 'Nachname', 'E-Mail', 'Firma', 'Status', 'Quelle', 'Angemeldet', 'Anwesend'], yes: 'ja', no: 'nein' }
  const lastColumn = async (eventId: string, locale: 'de' | 'en') =>
    (await registrationRows(t.db, eventId, locale, labels)).map((r) => r.at(-1))

  it('gives options English texts, corrects them later, and every answer reads in the new text in each language', async () => {
    const created = await newEvent('Workshop Verpflegung')
    if (created.kind !== 'created') throw new Error('not created')
    const lunch = await addQuestion(t.db, created.id, {
      kind: 'CHOICE',
      labelDe: 'Mittagessen',
      labelEn: 'Lunch',
      required: true,
      options: [{ de: 'Vegetarisch', en: 'Vegetarian' }, { de: 'Mit Fleisch' }],
    })
    const [veg, meat] = (lunch.options as { value: string }[]).map((o) => o.value)
    await register(t.db, created.id, {
      firstName: 'Vera',
      lastName: 'Veg',
      email: 'vera@verpflegung.example',
      answers: { [lunch.id]: veg! },
    })
    await register(t.db, created.id, {
      firstName: 'Max',
      lastName: 'Meat',
      email: 'max@verpflegung.example',
      answers: { [lunch.id]: meat! },
    })

    // English readers see the English text, or the German one while there is none.
    expect(await lastColumn(created.id, 'en')).toEqual(['Lunch', 'Vegetarian', 'Mit Fleisch'])
    const form = await getRegistrationForm(t.db, (await t.db.event.findUniqueOrThrow({ where: { id: created.id } })).slug)
    expect(optionChoices(form!.questions[0]!, 'en').map((o) => o.label)).toEqual(['Vegetarian', 'Mit Fleisch'])

    // The organiser translates the second option and rewords the first: answers keep their values.
    const staff = await t.db.user.create({
      data: { email: 'orga@verpflegung.example', name: 'Olga Orga', role: 'ORGANIZER', passwordHash: 'x' },
    })
    expect(
      await editQuestionTexts(
        t.db,
        created.id,
        lunch.id,
        {
          labelDe: 'Verpflegung',
          labelEn: 'Catering',
          options: [
            { value: veg!, de: 'Vegetarisch (ohne Fisch)', en: 'Vegetarian (no fish)' },
            { value: meat!, de: 'Mit Fleisch', en: 'With meat' },
          ],
        },
        staff.id,
      ),
    ).toEqual({ kind: 'changed' })
    const answers = await t.db.registration.findMany({
      where: { eventId: created.id },
      orderBy: { createdAt: 'asc' },
      select: { answers: true },
    })
    expect(answers.map((a) => (a.answers as Record<string, unknown>)[lunch.id])).toEqual([veg, meat])
    expect(await lastColumn(created.id, 'en')).toEqual(['Catering', 'Vegetarian (no fish)', 'With meat'])
    expect(await lastColumn(created.id, 'de')).toEqual(['Verpflegung', 'Vegetarisch (ohne Fisch)', 'Mit Fleisch'])
    expect(await t.db.auditEntry.count({ where: { action: 'event.question.edited', entityId: lunch.id, actorId: staff.id } })).toBe(1)

    // A form from before another change, or another event's question, changes nothing.
    expect(await editQuestionTexts(t.db, created.id, lunch.id, { labelDe: 'X', options: [{ value: veg!, de: 'X' }] }, staff.id)).toEqual({
      kind: 'optionsChanged',
    })
    const other = await newEvent('Workshop Anderswo')
    if (other.kind !== 'created') throw new Error('not created')
    expect(await editQuestionTexts(t.db, other.id, lunch.id, { labelDe: 'X' }, staff.id)).toEqual({ kind: 'notFound' })
    expect((await t.db.eventQuestion.findUniqueOrThrow({ where: { id: lunch.id } })).labelDe).toBe('Verpflegung')
  })
})

describe('registration list export', () => {
  it("writes the registration time in the event's time zone, and says which", async () => {
    const created = await newEvent('Kammerdialog Ortszeit')
    if (created.kind !== 'created') throw new Error('not created')
    const r = await register(t.db, created.id, { firstName: 'Eva', lastName: 'Zeit', email: 'eva@zeit.example' })
    if (r.kind !== 'confirmed') throw new Error('not confirmed')
    // 07:30 UTC on a summer day is 09:30 in Berlin; 23:30 UTC on 31 December is already 1 January.
    await t.db.registration.update({ where: { id: r.registration.id }, data: { createdAt: new Date('2030-05-20T07:30:00Z') } })
    const header = ['Vorname', 'Nachname', 'E-Mail', 'Firma', 'Status', 'Quelle', 'Angemeldet am', 'Anwesend']
    const rows = await registrationRows(t.db, created.id, 'de', { header, yes: 'ja', no: 'nein' })
    const parsed = Papa.parse<string[]>(toCsv(rows).slice(1), { delimiter: ';', skipEmptyLines: true }).data
    expect(parsed[0]![6]).toBe('Angemeldet am (Europe/Berlin)')
    expect(parsed[1]![6]).toBe('2030-05-20 09:30')
    await t.db.registration.update({ where: { id: r.registration.id }, data: { createdAt: new Date('2030-12-31T23:30:00Z') } })
    const [, row] = await registrationRows(t.db, created.id, 'de', { header, yes: 'ja', no: 'nein' })
    expect(row![6]).toBe('2031-01-01 00:30')
  })
})

describe('event status', () => {
  it('cancelling tells every live registration once, and is final', async () => {
    const { setEventStatus } = await import('~/domain/events/admin.server')
    const created = await newEvent('Kammerdialog Absage')
    if (created.kind !== 'created') throw new Error('not created')
    const a = await register(t.db, created.id, { firstName: 'A', lastName: 'A', email: 'a@absage.example' })
    const b = await register(t.db, created.id, { firstName: 'B', lastName: 'B', email: 'b@absage.example' })
    if (b.kind !== 'confirmed' || a.kind !== 'confirmed') throw new Error('not confirmed')
    const { cancelRegistration } = await import('~/domain/registration/register.server')
    await cancelRegistration(t.db, b.registration.id)
    const [first, second] = await Promise.all([
      setEventStatus(t.db, created.id, 'CANCELLED'),
      setEventStatus(t.db, created.id, 'CANCELLED'),
    ])
    expect([first, second].filter((r) => r.kind === 'changed')).toEqual([{ kind: 'changed', notified: 1 }])
    expect(await t.db.outboxMessage.count({ where: { template: 'event.cancelled', registration: { eventId: created.id } } })).toBe(1)
    expect(await setEventStatus(t.db, created.id, 'PUBLISHED')).toEqual({ kind: 'cancelledIsFinal' })
  })

  it('withdraws a published event to draft and publishes it again', async () => {
    const { setEventStatus } = await import('~/domain/events/admin.server')
    const created = await newEvent('Entwurf')
    if (created.kind !== 'created') throw new Error('not created')
    expect(await setEventStatus(t.db, created.id, 'DRAFT')).toEqual({ kind: 'changed', notified: 0 })
    expect(await setEventStatus(t.db, created.id, 'DRAFT')).toEqual({ kind: 'unchanged' })
    expect(await setEventStatus(t.db, created.id, 'PUBLISHED')).toEqual({ kind: 'changed', notified: 0 })
  })
})

describe('editing an event', () => {
  it('a new time mails every confirmed attendee an update; more seats move the waiting list up', async () => {
    const { updateEvent } = await import('~/domain/events/admin.server')
    const created = await createEvent(t.db, {
      kind: 'WORKSHOP',
      titleDe: 'Verlegt',
      startsAt: start,
      endsAt: new Date(start.getTime() + 3_600_000),
      capacity: 1,
      waitlistEnabled: true,
      publish: true,
    })
    if (created.kind !== 'created') throw new Error('not created')
    const first = await register(t.db, created.id, { firstName: 'A', lastName: 'A', email: 'a@verlegt.example' })
    const second = await register(t.db, created.id, { firstName: 'B', lastName: 'B', email: 'b@verlegt.example' })
    expect([first.kind, second.kind]).toEqual(['confirmed', 'waitlisted'])
    const later = new Date(start.getTime() + 86_400_000)
    const result = await updateEvent(t.db, created.id, {
      kind: 'WORKSHOP',
      titleDe: 'Verlegt',
      startsAt: later,
      endsAt: new Date(later.getTime() + 3_600_000),
      capacity: 2,
      waitlistEnabled: true,
    })
    // The update mail goes to the one confirmed before the change; the promoted one gets a promotion mail.
    expect(result).toEqual({ kind: 'updated', notified: 1, promoted: 1 })
    const event = await t.db.event.findUniqueOrThrow({ where: { id: created.id } })
    expect(event.calendarSequence).toBe(1)
    expect(event.confirmedCount).toBe(2)
    // Same details again: no new sequence, no mail.
    expect(
      await updateEvent(t.db, created.id, {
        kind: 'WORKSHOP',
        titleDe: 'Verlegt',
        startsAt: later,
        endsAt: new Date(later.getTime() + 3_600_000),
        capacity: 2,
        waitlistEnabled: true,
      }),
    ).toEqual({ kind: 'updated', notified: 0, promoted: 0 })
  })
})
