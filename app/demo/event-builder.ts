// What the builders of one event share: its ids and times, and the two acts everything else is
// made of — registering a person and admitting them at the door.
import type { AttendeeRole, Prisma, RegistrationSource, RegistrationStatus } from '~/generated/prisma-sqlite/client'
import type { DemoCompany } from './companies'
import type { DemoPerson, PeopleIndex } from './people'
import { createRandom, type Random } from './random'
import type { DemoRows } from './rows'
import type { AttendeePool, DemoEventSpec } from './spec'
import { BERLIN, addCalendarDays, at } from './time'

/** What all events of the demo draw on. */
export type World = {
  now: Date
  people: PeopleIndex
  companies: Map<string, DemoCompany & { id: string }>
  personIds: Map<string, string>
  staff: { organiserId: string; doorId: string }
  rows: DemoRows
  /** Member companies already shown at a fair, so the fairs show different ones where possible. */
  exhibited: Set<string>
}

export type RegistrationRow = Prisma.RegistrationCreateManyInput & { id: string }

type RegisterFields = {
  role?: AttendeeRole
  status?: RegistrationStatus
  source?: RegistrationSource
  createdAt: Date
  cancelledAt?: Date
  cancelReason?: string
  waitlisted?: boolean
  answers?: Record<string, string | string[] | boolean>
}

export class EventBuilder {
  readonly rng: Random
  /** Ids and tokens come from their own stream, so adding a row of one kind does not reshuffle the others. */
  readonly ids: Random
  readonly eventId: string
  readonly timeZone: string
  readonly startsAt: Date
  readonly endsAt: Date
  /** The calendar days of the event in its zone. */
  readonly days: string[]
  /** Days each registration was admitted on. */
  readonly admittedDays = new Map<string, string[]>()
  readonly registrations: RegistrationRow[] = []
  private readonly taken = new Set<string>()

  constructor(
    readonly spec: DemoEventSpec,
    readonly world: World,
  ) {
    this.rng = createRandom(`event:${spec.slug}`)
    this.ids = createRandom(`ids:${spec.slug}`)
    this.eventId = this.ids.id()
    this.timeZone = spec.timeZone ?? BERLIN
    this.startsAt = at(spec.starts, this.timeZone)
    this.endsAt = at(spec.ends, this.timeZone)
    this.days = []
    for (let day = spec.starts.slice(0, 10); day <= spec.ends.slice(0, 10); day = addCalendarDays(day, 1)) this.days.push(day)
  }

  get rows(): DemoRows {
    return this.world.rows
  }

  /** When the doors open on a day of the event (the event's start time on that day). */
  dayStart(day: string): Date {
    return at(`${day} ${this.spec.starts.slice(11)}`, this.timeZone)
  }

  personId(person: DemoPerson): string {
    const id = this.world.personIds.get(person.email)
    if (!id) throw new Error(`demo: unknown person ${person.email}`)
    return id
  }

  isTaken(person: DemoPerson): boolean {
    return this.taken.has(person.email)
  }

  /** The people of a pool who are not registered for this event yet. */
  candidates(pool: AttendeePool): DemoPerson[] {
    const companies = new Set(pool.companies ?? [])
    const sectors = new Set(pool.sectors ?? [])
    return this.world.people.all.filter((p) => {
      if (this.isTaken(p)) return false
      if (pool.pools?.includes(p.pool)) return true
      if (!p.company) return false
      if (companies.has(p.company)) return true
      const company = this.world.companies.get(p.company)
      return !!company && company.isMember && sectors.has(company.sector)
    })
  }

  register(person: DemoPerson, fields: RegisterFields): RegistrationRow {
    if (this.isTaken(person)) throw new Error(`demo: ${person.email} registered twice for ${this.spec.slug}`)
    this.taken.add(person.email)
    const status = fields.status ?? 'CONFIRMED'
    // confirmedAt is set exactly when the registration held a seat (the registration module relies on it).
    const heldSeat = !fields.waitlisted
    const row: RegistrationRow = {
      id: this.ids.id(),
      eventId: this.eventId,
      personId: this.personId(person),
      status,
      role: fields.role ?? 'ATTENDEE',
      source: fields.source ?? 'ONLINE',
      companyName: person.company,
      locale: person.locale,
      answers: fields.answers,
      // Deterministic 32-byte secrets: acceptable for demo data only, so the demo is reproducible.
      // Real registrations get crypto-random tokens (registration.server.ts).
      ticketSecret: this.ids.hex(32),
      manageToken: this.ids.hex(32),
      confirmedAt: heldSeat ? fields.createdAt : null,
      waitlistedAt: fields.waitlisted ? fields.createdAt : null,
      cancelledAt: status === 'CANCELLED' ? (fields.cancelledAt ?? fields.createdAt) : null,
      cancelReason: status === 'CANCELLED' ? (fields.cancelReason ?? null) : null,
      calendarSequence: status === 'CANCELLED' ? 1 : 0,
      createdAt: fields.createdAt,
      updatedAt: fields.cancelledAt ?? fields.createdAt,
    }
    this.registrations.push(row)
    this.rows.registrations.push(row)
    return row
  }

  /** Admits a registration at the door; an undone admission keeps its row but frees the day. */
  checkIn(registration: RegistrationRow, day: string, when: Date, options: { gate?: string; undoneAfterMinutes?: number } = {}) {
    const undoneAt = options.undoneAfterMinutes === undefined ? null : new Date(when.getTime() + options.undoneAfterMinutes * 60_000)
    this.rows.checkIns.push({
      id: this.ids.id(),
      registrationId: registration.id,
      eventId: this.eventId,
      day,
      checkedInAt: when,
      gate: options.gate ?? 'Eingang',
      byUserId: this.world.staff.doorId,
      activeKey: undoneAt ? null : `${registration.id}:${day}`,
      undoneAt,
      undoneById: undoneAt ? this.world.staff.doorId : null,
    })
    if (!undoneAt) this.admittedDays.set(registration.id, [...(this.admittedDays.get(registration.id) ?? []), day])
  }

  /** A moment `minutes` (may be negative) around the doors opening on `day`, jittered by up to `jitter` minutes. */
  around(day: string, minutes: number, jitter: number): Date {
    return new Date(this.dayStart(day).getTime() + (minutes + this.rng.int(0, jitter)) * 60_000)
  }
}
