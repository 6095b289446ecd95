// The attendees of an event: who registered, who came, who did not, who cancelled — generated
// from the event's Attendance so that the counting rules give exactly the intended figures.
import type { Prisma } from '~/generated/prisma-sqlite/client'
import type { EventBuilder, RegistrationRow } from './event-builder'
import type { DemoPerson } from './people'
import type { Attendance } from './spec'
import { addDays } from './time'

const cancelReasons = ['Terminüberschneidung', 'Krankheit', 'Dienstreise', 'Kollege nimmt teil', null]

const textAnswers = [
  'Wie lässt sich das in einem Betrieb mit 30 Beschäftigten umsetzen?',
  'Aufarbeitung von Hydraulikzylindern',
  'Gebrauchte Getriebe und Lager',
  'Welche Fördermöglichkeiten gibt es?',
  'Erfahrungen anderer Mitgliedsunternehmen',
]

const seekAnswers = [
  'Partner für die Automatisierung der Montage',
  'Abnehmer für aufgearbeitete Komponenten',
  'Lieferanten für Ersatzteile in Kleinserie',
  'Kontakte zu Förderberatern',
  'Erfahrungsaustausch mit Mitgliedsunternehmen',
]

type Question = Prisma.EventQuestionCreateManyInput & { id: string }

/** Answers a registration would have given to the event's questions (format of app/domain/registration/answers.ts). */
function answersFor(b: EventBuilder, questions: Question[]): Record<string, string | string[] | boolean> | undefined {
  if (questions.length === 0) return undefined
  const answers: Record<string, string | string[] | boolean> = {}
  for (const q of questions) {
    const options = (q.options as Array<{ value: string }> | undefined) ?? []
    if (q.kind === 'BOOLEAN') answers[q.id] = b.rng.chance(0.65)
    // Most people keep the first option (e.g. "no restrictions").
    if (q.kind === 'CHOICE' && options.length) answers[q.id] = b.rng.chance(0.6) ? options[0]!.value : b.rng.pick(options).value
    if (q.kind === 'MULTI' && options.length) answers[q.id] = b.rng.sample(options, b.rng.int(1, options.length)).map((o) => o.value)
    // What someone seeks follows from what they offer, without drawing again: the demo's other
    // random choices stay as they were before the fair's question was split in two.
    if (q.kind === 'TEXT' && q.exchangeField === 'SEEK') {
      const offered = Object.values(answers).find((a): a is string => typeof a === 'string' && textAnswers.includes(a))
      if (offered) answers[q.id] = seekAnswers[textAnswers.indexOf(offered)]!
    } else if (q.kind === 'TEXT' && (q.required || b.rng.chance(0.25))) answers[q.id] = b.rng.pick(textAnswers)
  }
  return answers
}

/** Draws `count` attendees from the pool; regulars (higher weight) are drawn more often. */
function draw(b: EventBuilder, attendance: Attendance, count: number): DemoPerson[] {
  const candidates = b.candidates(attendance.pool)
  if (candidates.length < count) throw new Error(`demo: ${b.spec.slug} needs ${count} attendees, the pool has ${candidates.length}`)
  return b.rng.weightedSample(candidates, (p) => p.weight, count)
}

/** Registered some days before the event, within its registration window. */
function registeredBefore(b: EventBuilder): Date {
  return new Date(b.startsAt.getTime() - b.rng.int(2, 42) * 86_400_000 - b.rng.int(0, 600) * 60_000)
}

export function buildAttendance(b: EventBuilder, questions: Question[], standGate: string | null) {
  const a = b.spec.attendance
  switch (a.counting) {
    case 'checkins':
      return countedAtTheDoor(b, a, standGate)
    case 'headcount':
      for (const person of draw(b, a, a.registered)) b.register(person, { createdAt: registeredBefore(b) })
      return
    case 'open':
      return openForRegistration(b, a, questions)
    case 'called-off':
      return calledOff(b, a)
  }
}

function countedAtTheDoor(b: EventBuilder, a: Extract<Attendance, { counting: 'checkins' }>, standGate: string | null) {
  const press = a.press ?? 0
  const walkIns = a.walkIns ?? 0
  const noShows = a.noShows ?? 0
  const cancelled = a.cancelled ?? 0
  const scanned = a.participants - press - walkIns
  if (scanned < 0) throw new Error(`demo: ${b.spec.slug} has more press and walk-ins than participants`)

  const journalists = b.rng.sample(b.candidates({ pools: ['press'] }), press)
  const people = draw(b, a, scanned + walkIns + noShows + cancelled)
  const admitted: RegistrationRow[] = []

  for (const person of journalists) admitted.push(b.register(person, { role: 'PRESS', createdAt: registeredBefore(b) }))
  for (const person of people.splice(0, scanned)) {
    if (a.enteredAtStand) {
      // Fair visitors are entered by the stand staff when they drop by, and admitted at once.
      const day = b.rng.pick(b.days)
      const when = b.around(day, 15, 7 * 60)
      b.checkIn(b.register(person, { source: 'STAFF', createdAt: when }), day, when, { gate: standGate ?? undefined })
    } else {
      admitted.push(b.register(person, { createdAt: registeredBefore(b) }))
    }
  }
  for (const registration of admitted) {
    for (const day of attendedDays(b, a.days)) b.checkIn(registration, day, b.around(day, -30, 70))
  }
  // Walk-ins were written on the paper list at the door and entered afterwards: no scan.
  for (const person of people.splice(0, walkIns)) {
    const day = b.days[0]!
    b.register(person, { source: 'WALK_IN', createdAt: b.around(day, 0, 45) })
  }
  const absent = people.splice(0, noShows).map((person) => b.register(person, { createdAt: registeredBefore(b) }))
  // A ticket scanned by mistake (wrong person at the desk), undone a minute later: still a no-show.
  for (const registration of absent.slice(0, a.mistakenScans ?? 0)) {
    const day = b.days[0]!
    b.checkIn(registration, day, b.around(day, -10, 30), { undoneAfterMinutes: 1 })
  }
  for (const person of people.splice(0, cancelled)) {
    const createdAt = registeredBefore(b)
    const cancelledAt = new Date((createdAt.getTime() + b.startsAt.getTime()) / 2)
    b.register(person, { status: 'CANCELLED', createdAt, cancelledAt, cancelReason: b.rng.pick(cancelReasons) ?? undefined })
  }
}

/** The days an admitted attendee came on. */
function attendedDays(b: EventBuilder, mode: 'most' | 'one' | undefined): string[] {
  if (b.days.length === 1) return b.days
  if (mode === 'one' || b.rng.chance(0.4)) return [b.rng.pick(b.days)]
  return b.days
}

function openForRegistration(b: EventBuilder, a: Extract<Attendance, { counting: 'open' }>, questions: Question[]) {
  const window = b.spec.registration
  const total = a.confirmed + (a.waitlisted ?? 0) + (a.cancelled ?? 0)
  if (total === 0) return
  if (!window) throw new Error(`demo: ${b.spec.slug} takes registrations but has no registration window`)
  const now = b.world.now
  const between = (from: Date, to: Date) => new Date(from.getTime() + b.rng.next() * (to.getTime() - from.getTime()))
  const people = draw(b, a, total)
  const confirmedTimes = people
    .slice(0, a.confirmed)
    .map(() => between(window.opensAt, now))
    .sort((x, y) => x.getTime() - y.getTime())
  const lastConfirmed = confirmedTimes.at(-1) ?? window.opensAt
  for (const [i, person] of people.splice(0, a.confirmed).entries()) {
    b.register(person, { createdAt: confirmedTimes[i]!, answers: answersFor(b, questions) })
  }
  // The waiting list fills only once the seats are gone.
  for (const person of people.splice(0, a.waitlisted ?? 0)) {
    b.register(person, {
      status: 'WAITLISTED',
      waitlisted: true,
      createdAt: between(lastConfirmed, now),
      answers: answersFor(b, questions),
    })
  }
  for (const person of people.splice(0, a.cancelled ?? 0)) {
    const createdAt = between(window.opensAt, addDays(now, -1))
    b.register(person, {
      status: 'CANCELLED',
      createdAt,
      cancelledAt: between(createdAt, now),
      cancelReason: b.rng.pick(cancelReasons) ?? undefined,
      answers: answersFor(b, questions),
    })
  }
}

function calledOff(b: EventBuilder, a: Extract<Attendance, { counting: 'called-off' }>) {
  const cancelledAt = b.spec.cancelledAt
  if (!cancelledAt) throw new Error(`demo: ${b.spec.slug} is called off but has no cancelledAt`)
  for (const person of draw(b, a, a.cancelled)) {
    const createdAt = new Date(cancelledAt.getTime() - b.rng.int(1, 20) * 86_400_000 - b.rng.int(0, 600) * 60_000)
    b.register(person, { status: 'CANCELLED', createdAt, cancelledAt, cancelReason: a.reason })
  }
}
