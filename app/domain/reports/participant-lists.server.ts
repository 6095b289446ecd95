// The lists of one event that carry names: the sign-in sheet printed for the door, the participant
// list the funders ask for (name, company, member, checked in — nothing more), and who gets a
// certificate of attendance. Who counts follows counting.server.ts: attendees and press, not
// cancelled; present when admitted at least once (an active check-in) or taken at the door.
import type { AttendeeRole } from '~/generated/prisma-sqlite/client'
import { memberAt } from '~/domain/companies/membership'
import type { Db } from '~/lib/db.server'
import { PARTICIPANT_ROLES } from './counting.server'

export type Attendance = 'checkedIn' | 'walkIn' | 'absent'

export type ListEvent = {
  id: string
  slug: string
  titleDe: string
  titleEn: string
  startsAt: Date
  endsAt: Date
  timeZone: string
  venueName: string | null
  venueCity: string | null
  organiserName: string | null
}

export type ParticipantRow = {
  /** Null for a person whose data was erased: lists show a placeholder, the row still counts. */
  name: string | null
  lastName: string | null
  company: string | null
  member: boolean
  role: AttendeeRole
  attendance: Attendance
}

const eventSelect = {
  id: true,
  slug: true,
  titleDe: true,
  titleEn: true,
  startsAt: true,
  endsAt: true,
  timeZone: true,
  venueName: true,
  venueCity: true,
  organiserName: true,
} as const

/**
 * Attendees and press of an event who held a seat or came: confirmed, or present although they
 * were on the waiting list. Sorted by last name, as a sign-in sheet is read at the door.
 */
export async function participantList(db: Db, eventId: string): Promise<{ event: ListEvent; rows: ParticipantRow[] } | null> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: eventSelect })
  if (!event) return null
  const registrations = await db.registration.findMany({
    where: {
      eventId,
      role: { in: PARTICIPANT_ROLES },
      OR: [
        { status: 'CONFIRMED' },
        { status: 'WAITLISTED', OR: [{ source: 'WALK_IN' }, { checkIns: { some: { activeKey: { not: null } } } }] },
      ],
    },
    select: {
      role: true,
      source: true,
      companyName: true,
      person: {
        select: {
          firstName: true,
          lastName: true,
          title: true,
          erasedAt: true,
          company: { select: { name: true, memberships: { select: { from: true, to: true } } } },
        },
      },
      _count: { select: { checkIns: { where: { activeKey: { not: null } } } } },
    },
  })
  const rows = registrations.map((r): ParticipantRow => {
    const p = r.person
    const company = p.company
    return {
      name: p.erasedAt ? null : [p.title, p.firstName, p.lastName].filter(Boolean).join(' '),
      lastName: p.erasedAt ? null : p.lastName,
      company: r.companyName ?? company?.name ?? null,
      // A member at the time of the event.
      member: company ? memberAt(company.memberships, event.startsAt) : false,
      role: r.role,
      attendance: r._count.checkIns > 0 ? 'checkedIn' : r.source === 'WALK_IN' ? 'walkIn' : 'absent',
    }
  })
  const collator = new Intl.Collator('de', { sensitivity: 'base' })
  rows.sort((a, b) =>
    a.name === null ? 1 : b.name === null ? -1 : collator.compare(a.lastName!, b.lastName!) || collator.compare(a.name, b.name),
  )
  return { event, rows }
}

export type CertificateData = {
  event: ListEvent
  name: string
  company: string | null
  locale: 'de' | 'en'
  role: AttendeeRole
  /** The days admitted (YYYY-MM-DD); empty for a walk-in entered without a scan. */
  days: string[]
}

const certificateSelect = {
  id: true,
  role: true,
  locale: true,
  status: true,
  source: true,
  companyName: true,
  event: { select: eventSelect },
  person: { select: { firstName: true, lastName: true, title: true, erasedAt: true, company: { select: { name: true } } } },
  checkIns: { where: { activeKey: { not: null } }, select: { day: true }, orderBy: { day: 'asc' } },
} as const

type CertificateSource = {
  role: AttendeeRole
  locale: string
  status: string
  source: string
  companyName: string | null
  event: ListEvent
  person: { firstName: string; lastName: string; title: string | null; erasedAt: Date | null; company: { name: string } | null }
  checkIns: Array<{ day: string }>
}

/** Present: not cancelled, and admitted at least once or taken at the door. */
function isPresent(r: CertificateSource): boolean {
  return r.status !== 'CANCELLED' && (r.checkIns.length > 0 || r.source === 'WALK_IN')
}

function toCertificate(r: CertificateSource): CertificateData {
  return {
    event: r.event,
    name: [r.person.title, r.person.firstName, r.person.lastName].filter(Boolean).join(' '),
    company: r.companyName ?? r.person.company?.name ?? null,
    locale: r.locale === 'en' ? 'en' : 'de',
    role: r.role,
    days: [...new Set(r.checkIns.map((c) => c.day))],
  }
}

export type CertificateLookup = { kind: 'certificate'; certificate: CertificateData } | { kind: 'notFound' | 'notPresent' }

/** The certificate behind a self-service link: only for someone who was there. */
export async function certificateForToken(db: Db, manageToken: string): Promise<CertificateLookup> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(manageToken)) return { kind: 'notFound' }
  const r = await db.registration.findUnique({ where: { manageToken }, select: certificateSelect })
  if (!r || r.person.erasedAt) return { kind: 'notFound' }
  if (!isPresent(r)) return { kind: 'notPresent' }
  return { kind: 'certificate', certificate: toCertificate(r) }
}

/** Whether the self-service page should offer a certificate (same rule as certificateForToken). */
export async function hasCertificate(db: Db, registrationId: string): Promise<boolean> {
  const r = await db.registration.findUnique({ where: { id: registrationId }, select: certificateSelect })
  return Boolean(r && !r.person.erasedAt && isPresent(r))
}

/** Everyone present at the event (every role), by last name: the certificates staff print in one go. */
export async function certificatesForEvent(db: Db, eventId: string): Promise<{ event: ListEvent; certificates: CertificateData[] } | null> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: eventSelect })
  if (!event) return null
  const registrations = await db.registration.findMany({
    where: {
      eventId,
      status: { not: 'CANCELLED' },
      person: { erasedAt: null },
      OR: [{ source: 'WALK_IN' }, { checkIns: { some: { activeKey: { not: null } } } }],
    },
    select: certificateSelect,
    orderBy: [{ person: { lastName: 'asc' } }, { person: { firstName: 'asc' } }],
  })
  return { event, certificates: registrations.filter(isPresent).map(toCertificate) }
}
