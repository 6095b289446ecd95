// Turns the demo's plain data (companies, people, event specs) into database rows. Pure and
// deterministic: the same `now` gives the same rows, ids and tokens, without touching a database.
import { CLUSTER_CONTACT, programmes, series } from './catalogue'
import { buildAttendance } from './attendance'
import { buildCompanies } from './companies'
import { EventBuilder, type World } from './event-builder'
import { events2015 } from './events-2015'
import { upcomingEvents } from './events-upcoming'
import { buildFair, buildMeetings } from './fairs'
import { PeopleIndex, buildPeople } from './people'
import { createRandom } from './random'
import { emptyRows, type DemoRows } from './rows'
import type { DemoEventSpec } from './spec'
import { addCalendarDays, addDays, at } from './time'

export type BuildOptions = {
  now: Date
  /** Staff users the rows refer to: who took the headcounts, who scanned at the door. */
  staff: { organiserId: string; doorId: string }
}

/** Roles that take a seat from the event's capacity (as in registration.server.ts). */
const SEATED_ROLES = new Set(['ATTENDEE', 'PRESS'])

export function buildDemo({ now, staff }: BuildOptions): DemoRows {
  const rows = emptyRows()
  const companyList = buildCompanies()
  const people = new PeopleIndex(buildPeople(companyList))
  const ids = createRandom('ids:directory')
  const companies = new Map(companyList.map((c) => [c.name, { ...c, id: ids.id() }]))
  const personIds = new Map(people.all.map((p) => [p.email, ids.id()]))
  const world: World = { now, people, companies, personIds, staff, rows, exhibited: new Set() }

  const seriesIds = new Map(series.map((s) => [s.slug as string, ids.id()]))
  rows.series = series.map((s) => ({ ...s, id: seriesIds.get(s.slug)! }))
  const programmeIds = new Map(programmes.map((p) => [p.slug as string, ids.id()]))
  rows.programmes = programmes.map((p) => ({ ...p, id: programmeIds.get(p.slug)! }))

  const programmeEvents = new Map<string, string[]>()
  for (const spec of [...events2015(), ...upcomingEvents(now)]) {
    const eventId = buildEvent(spec, world, seriesIds)
    for (const slug of spec.programmes ?? []) programmeEvents.set(slug, [...(programmeEvents.get(slug) ?? []), eventId])
  }
  rows.eventProgrammes = [...programmeEvents].map(([slug, eventIds]) => ({ programmeId: programmeIds.get(slug)!, eventIds }))

  rows.companies = [...companies.values()].map((c) => ({
    id: c.id,
    name: c.name,
    city: c.city,
    country: c.country,
    website: `https://www.${c.domain}`,
    sector: c.sector,
    isMember: c.isMember,
    memberSince: c.memberSince ? at(`${c.memberSince} 00:00`) : null,
  }))
  // Each member company has one open membership period, from the day it joined.
  rows.memberships = rows.companies
    .filter((c) => c.isMember)
    .map((c) => ({ id: `m_${c.id}`, companyId: c.id!, from: c.memberSince ?? null, to: null }))

  // A person's record dates from their first registration.
  const firstSeen = new Map<string, Date>()
  for (const r of rows.registrations) {
    const seen = firstSeen.get(r.personId)
    const created = r.createdAt as Date
    if (!seen || created < seen) firstSeen.set(r.personId, created)
  }
  const consent = createRandom('lead-scan-consent')
  rows.persons = people.all.map((p) => {
    const id = personIds.get(p.email)!
    return {
      id,
      email: p.email,
      firstName: p.firstName,
      lastName: p.lastName,
      title: p.title ?? null,
      jobTitle: p.jobTitle ?? null,
      companyId: p.company ? companies.get(p.company)!.id : null,
      locale: p.locale,
      consentLeadScan: consent.chance(0.3),
      createdAt: firstSeen.get(id),
    }
  })
  return rows
}

function buildEvent(spec: DemoEventSpec, world: World, seriesIds: Map<string, string>): string {
  const b = new EventBuilder(spec, world)
  const { rows, now } = world
  const attendance = spec.attendance
  const status = spec.status ?? 'PUBLISHED'
  const countedAtDoor = attendance.counting === 'checkins'

  const questions = (spec.questions ?? []).map((q, position) => ({
    id: b.ids.id(),
    eventId: b.eventId,
    position,
    kind: q.kind,
    labelDe: q.labelDe,
    labelEn: q.labelEn,
    required: q.required ?? false,
    options: q.options,
    exchangeField: q.exchangeField ?? null,
  }))
  rows.questions.push(...questions)

  for (const [position, partner] of (spec.partners ?? []).entries()) {
    const companyId = partner.company ? world.companies.get(partner.company)?.id : undefined
    if (partner.company && !companyId) throw new Error(`demo: unknown partner ${partner.company}`)
    rows.partners.push({
      id: b.ids.id(),
      eventId: b.eventId,
      companyId: companyId ?? null,
      name: partner.name ?? partner.company!,
      role: partner.role,
      url: partner.url ?? null,
      position,
    })
  }

  const roomIds = new Map<string, string>()
  for (const [position, room] of (spec.rooms ?? []).entries()) {
    const id = b.ids.id()
    roomIds.set(room.name, id)
    rows.rooms.push({ id, eventId: b.eventId, name: room.name, capacity: room.capacity ?? null, position })
  }

  // Speakers first: they are registered (role SPEAKER) and admitted before their talk.
  const speakerIds = new Map<string, string>()
  const sessionRows = (spec.sessions ?? []).map((session) => {
    const row = {
      id: b.ids.id(),
      eventId: b.eventId,
      roomId: session.room ? roomIds.get(session.room)! : null,
      kind: session.kind ?? 'TALK',
      titleDe: session.titleDe,
      titleEn: session.titleEn,
      abstractDe: session.abstractDe ?? null,
      abstractEn: session.abstractEn ?? null,
      startsAt: at(session.starts, b.timeZone),
      endsAt: at(session.ends, b.timeZone),
      capacity: session.capacity ?? null,
      confirmedCount: 0,
    }
    for (const [position, ref] of (session.speakers ?? []).entries()) {
      let speakerId = speakerIds.get(ref)
      if (!speakerId) {
        speakerId = b.ids.id()
        speakerIds.set(ref, speakerId)
        const person = world.people.get(ref)
        const speakerStatus = spec.speakerStatus?.[ref] ?? 'CONFIRMED'
        rows.speakers.push({
          id: speakerId,
          eventId: b.eventId,
          personId: b.personId(person),
          status: speakerStatus,
          bio: [person.jobTitle, person.company].filter(Boolean).join(', ') || null,
          token: b.ids.hex(24),
        })
        if (speakerStatus === 'CONFIRMED') {
          const registration = b.register(person, { role: 'SPEAKER', source: 'STAFF', createdAt: addDays(b.startsAt, -45) })
          if (countedAtDoor)
            b.checkIn(registration, session.starts.slice(0, 10), new Date(row.startsAt.getTime() - b.rng.int(15, 40) * 60_000))
        }
      }
      rows.sessionSpeakers.push({ sessionId: row.id, speakerId, position })
    }
    return row
  })
  rows.sessions.push(...sessionRows)

  for (const ref of spec.staff ?? []) {
    const person = world.people.get(ref)
    if (b.isTaken(person)) continue
    const registration = b.register(person, { role: 'STAFF', source: 'STAFF', createdAt: addDays(b.startsAt, -30) })
    if (countedAtDoor) for (const day of b.days) b.checkIn(registration, day, b.around(day, -75, 15))
  }

  const gate = spec.fair ? buildFair(b, spec.fair) : null
  buildAttendance(b, questions, gate)
  if (spec.fair) buildMeetings(b, spec.fair)

  // Workshops inside a conference: some attendees booked a seat there when registering.
  for (const [i, session] of (spec.sessions ?? []).entries()) {
    if (!session.chosenBy) continue
    const seated = b.registrations.filter((r) => r.status === 'CONFIRMED' && r.role === 'ATTENDEE')
    const count = Math.min(session.capacity ?? Infinity, Math.round(seated.length * session.chosenBy))
    for (const registration of b.rng.sample(seated, count)) {
      rows.registrationSessions.push({
        registrationId: registration.id,
        sessionId: sessionRows[i]!.id,
        status: 'CONFIRMED',
        createdAt: registration.createdAt,
      })
    }
    sessionRows[i]!.confirmedCount = count
  }

  const confirmedCount = b.registrations.filter((r) => r.status === 'CONFIRMED' && SEATED_ROLES.has(r.role!)).length
  if (spec.capacity != null && confirmedCount > spec.capacity) {
    throw new Error(`demo: ${spec.slug} has ${confirmedCount} confirmed seats for a capacity of ${spec.capacity}`)
  }

  // Past events that took registrations had a window like the upcoming ones.
  const tookRegistrations =
    (countedAtDoor && !attendance.enteredAtStand) ||
    (attendance.counting === 'headcount' && attendance.registered > 0) ||
    attendance.counting === 'called-off'
  const window =
    spec.registration ??
    (tookRegistrations
      ? { opensAt: addDays(b.startsAt, -56), closesAt: at(`${addCalendarDays(spec.starts.slice(0, 10), -1)} 12:00`, b.timeZone) }
      : null)
  const publishedAt = status === 'DRAFT' ? null : (spec.registration?.opensAt ?? addDays(b.startsAt, -60))
  const headcount = attendance.counting === 'headcount' ? attendance : null

  rows.events.push({
    id: b.eventId,
    slug: spec.slug,
    kind: spec.kind,
    status,
    isPublic: spec.isPublic ?? true,
    titleDe: spec.titleDe,
    titleEn: spec.titleEn,
    summaryDe: spec.summaryDe,
    summaryEn: spec.summaryEn,
    descriptionDe: spec.descriptionDe ?? null,
    descriptionEn: spec.descriptionEn ?? null,
    startsAt: b.startsAt,
    endsAt: b.endsAt,
    timeZone: b.timeZone,
    venueName: spec.venue.name,
    venueStreet: spec.venue.street,
    venuePostcode: spec.venue.postcode,
    venueCity: spec.venue.city,
    venueCountry: spec.venue.country ?? 'DE',
    organiserName: spec.organiser ?? null,
    contactEmail: spec.contactEmail ?? CLUSTER_CONTACT,
    capacity: spec.capacity ?? null,
    confirmedCount,
    waitlistEnabled: spec.waitlistEnabled ?? true,
    registrationOpensAt: window?.opensAt ?? null,
    registrationClosesAt: window?.closesAt ?? null,
    headcount: headcount?.headcount ?? null,
    headcountNote: headcount?.note ?? null,
    headcountAt: headcount ? addDays(b.endsAt, 1) : null,
    headcountById: headcount ? world.staff.organiserId : null,
    seriesId: spec.series ? seriesIds.get(spec.series)! : null,
    publishedAt,
    cancelledAt: spec.cancelledAt ?? null,
    createdAt: publishedAt ? addDays(publishedAt, -5) : addDays(now, -10),
    updatedAt: spec.cancelledAt ?? publishedAt ?? addDays(now, -10),
  })
  return b.eventId
}
