// Trade fairs: the stands on the hall plan, the member companies exhibiting on them, their staff
// (registered as EXHIBITOR, which the report counts apart from participants) and the cooperation
// exchange, where visitors meet exhibitors at a table in a 30-minute slot.
import type { EventBuilder, RegistrationRow } from './event-builder'
import { ANY_MEMBER, type ExhibitorSpec, type FairSpec } from './spec'

const offers = [
  'Lohnfertigung von Dreh- und Frästeilen bis 2 t',
  'Engineering für Sondermaschinen',
  'Aufarbeitung gebrauchter Antriebskomponenten',
  'Prüfstände und Messtechnik',
  'Vertrieb von Industriearmaturen in Osteuropa',
]
const seeks = [
  'Partner für den Schaltschrankbau',
  'Zulieferer für Schweißbaugruppen',
  'Vertriebspartner in Deutschland',
  'Forschungspartner für Plasmabeschichtung',
  'Kunden im Zementanlagenbau',
]
const meetingMessages = [
  'Wir suchen einen Fertigungspartner für Baugruppen.',
  'Interested in your products for our customers in the region.',
  'Gerne möchten wir über eine Zusammenarbeit sprechen.',
  'Looking for a supplier of special machines.',
]

/** Picks the companies of the stands: named ones as given, ANY_MEMBER from the members with enough staff. */
function exhibitingCompany(b: EventBuilder, spec: Pick<ExhibitorSpec, 'company'>, staffNeeded: number, chosen: Set<string>): string {
  if (spec.company !== ANY_MEMBER) return spec.company
  const members = [...b.world.companies.values()]
    .filter((c) => c.group === 'member' && !chosen.has(c.name) && b.world.people.ofCompany(c.name).length >= staffNeeded)
    .map((c) => c.name)
  const fresh = members.filter((name) => !b.world.exhibited.has(name))
  return b.rng.pick(fresh.length ? fresh : members)
}

/** Builds stands, exhibitors and their staff; returns the label of the first stand (the visitors' "gate"). */
export function buildFair(b: EventBuilder, fair: FairSpec): string | null {
  const past = b.spec.attendance.counting === 'checkins'
  const chosen = new Set<string>()

  const addExhibitor = (spec: ExhibitorSpec & { areaWantedSqm?: number }, standId: string | null) => {
    const company = exhibitingCompany(b, spec, fair.staffPerExhibitor, chosen)
    chosen.add(company)
    b.world.exhibited.add(company)
    const companyId = b.world.companies.get(company)?.id
    if (!companyId) throw new Error(`demo: unknown exhibitor ${company}`)
    const staff = b.world.people
      .ofCompany(company)
      .filter((p) => !b.isTaken(p))
      .slice(0, fair.staffPerExhibitor)
    const id = b.ids.id()
    const status = spec.status ?? (standId ? 'ACCEPTED' : 'APPLIED')
    b.rows.exhibitors.push({
      id,
      eventId: b.eventId,
      companyId,
      standId,
      status,
      areaWantedSqm: spec.areaWantedSqm ?? spec.areaSqm,
      areaSqm: standId ? spec.areaSqm : null,
      topicsDe: spec.topicsDe,
      topicsEn: spec.topicsEn,
      contactPersonId: staff[0] ? b.personId(staff[0]) : null,
      createdAt: new Date(b.startsAt.getTime() - b.rng.int(60, 150) * 86_400_000),
    })
    if (status !== 'ACCEPTED') return
    for (const person of staff) {
      const registration = b.register(person, {
        role: 'EXHIBITOR',
        source: 'STAFF',
        createdAt: new Date(b.startsAt.getTime() - 30 * 86_400_000),
      })
      // A staff pass belongs to the exhibitor the person works the stand for.
      registration.exhibitorId = id
      if (past) for (const day of b.days) b.checkIn(registration, day, b.around(day, -60, 20), { gate: 'Ausstellereingang' })
    }
  }

  let gate: string | null = null
  for (const stand of fair.stands) {
    const standId = b.ids.id()
    gate ??= `Stand ${stand.hall} ${stand.number}`
    b.rows.stands.push({
      id: standId,
      eventId: b.eventId,
      hall: stand.hall,
      number: stand.number,
      areaSqm: stand.width * stand.depth,
      kind: stand.kind,
      equipment: stand.equipment ?? null,
      x: stand.x,
      y: stand.y,
      width: stand.width,
      depth: stand.depth,
    })
    for (const exhibitor of stand.exhibitors) addExhibitor(exhibitor, standId)
  }
  for (const applicant of fair.applicants ?? []) addExhibitor({ ...applicant, areaSqm: applicant.areaWantedSqm }, null)
  return gate
}

/**
 * The cooperation exchange, built after the visitors are known: foreign visitors first, each
 * meeting an exhibitor in turn. Meetings that were held took place on the day the visitor came.
 */
export function buildMeetings(b: EventBuilder, fair: FairSpec) {
  const exhibitorIds = b.rows.exhibitors.filter((e) => e.eventId === b.eventId && e.status === 'ACCEPTED').map((e) => e.id!)
  if (exhibitorIds.length === 0) return
  const poolOf = new Map(b.world.people.all.map((p) => [b.world.personIds.get(p.email), p.pool]))
  const abroad = (r: RegistrationRow) => ['international', 'bulgaria'].includes(poolOf.get(r.personId) ?? '')
  const visitors = b.registrations.filter((r) => r.role === 'ATTENDEE' && r.status === 'CONFIRMED')
  const requesters = [...b.rng.shuffle(visitors.filter(abroad)), ...b.rng.shuffle(visitors.filter((r) => !abroad(r)))]
  const slotsUsed = new Map<string, number>()
  let n = 0
  for (const { status, count } of fair.meetings) {
    for (let i = 0; i < count; i++, n++) {
      const requester = requesters[n]
      if (!requester) throw new Error(`demo: ${b.spec.slug} has too few visitors for its meetings`)
      const day = b.admittedDays.get(requester.id)?.[0] ?? b.days[Math.min(1, b.days.length - 1)]!
      const slot = slotsUsed.get(day) ?? 0
      slotsUsed.set(day, slot + 1)
      const startsAt = new Date(b.dayStart(day).getTime() + (60 + slot * 30) * 60_000)
      const settled = status === 'HELD' || status === 'ACCEPTED'
      b.rows.meetings.push({
        id: b.ids.id(),
        eventId: b.eventId,
        requesterId: requester.personId,
        exhibitorId: exhibitorIds[n % exhibitorIds.length]!,
        status,
        message: b.rng.pick(meetingMessages),
        // Only accepted meetings have a slot and a table; a request waits for the exhibitor's answer.
        startsAt: settled ? startsAt : null,
        endsAt: settled ? new Date(startsAt.getTime() + 30 * 60_000) : null,
        tableLabel: settled ? `Tisch ${(slot % 3) + 1}` : null,
        createdAt: new Date(b.startsAt.getTime() - b.rng.int(5, 30) * 86_400_000),
      })
      b.rows.profiles.push({
        id: b.ids.id(),
        eventId: b.eventId,
        personId: requester.personId,
        offer: b.rng.pick(offers),
        seek: b.rng.pick(seeks),
        topics: b.rng.pick(['Maschinenbau', 'Automatisierung', 'Remanufacturing', 'Zulieferung', 'Anlagenbau']),
        createdAt: new Date(b.startsAt.getTime() - b.rng.int(31, 45) * 86_400_000),
      })
    }
  }
}
