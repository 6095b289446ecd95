// What a scanner downloads to keep admitting people when the network drops: the event's
// registrations (id, current ticket version, name, company, status) and who is already in today,
// plus the public key to verify ticket signatures with. Together they are the revocation list: a
// cancelled registration is named as such, and a superseded ticket (transfer, re-issue) carries a
// version that no longer matches. No e-mail addresses or answers: the door needs names only.
import type { Db } from '~/lib/db.server'
import { eventDay } from '~/lib/datetime'
import { doorsOpenMinutes } from './checkin.server'
import { getTicketKeys, publicKeyJwk, ticketVersion } from './tickets.server'

export type DoorListEntry = {
  id: string
  /** The current ticket version; codes naming another one are superseded. */
  v: string
  name: string
  company: string | null
  role: string
  status: 'CONFIRMED' | 'WAITLISTED' | 'CANCELLED'
  /** Admitted today (the list's `day`): when and at which gate. */
  in: { at: string; gate: string | null } | null
}

export type DoorList = {
  eventId: string
  timeZone: string
  /** The event's start and end (ISO) and the doors' opening before it: the scanner decides "not today" itself. */
  startsAt: string
  endsAt: string
  doorsOpenMinutes: number
  day: string
  generatedAt: string
  publicKey: JsonWebKey & { kid: string }
  registrations: DoorListEntry[]
}

export async function doorList(db: Db, eventId: string, now = new Date()): Promise<DoorList | null> {
  const event = await db.event.findUnique({ where: { id: eventId }, select: { id: true, timeZone: true, startsAt: true, endsAt: true } })
  if (!event) return null
  const day = eventDay(now, event.timeZone)
  const [registrations, keys] = await Promise.all([
    db.registration.findMany({
      where: { eventId },
      select: {
        id: true,
        ticketSecret: true,
        status: true,
        role: true,
        companyName: true,
        person: { select: { firstName: true, lastName: true, company: { select: { name: true } } } },
        checkIns: { where: { day, activeKey: { not: null } }, select: { checkedInAt: true, gate: true }, take: 1 },
      },
      orderBy: [{ person: { lastName: 'asc' } }, { person: { firstName: 'asc' } }, { id: 'asc' }],
    }),
    getTicketKeys(db),
  ])
  return {
    eventId: event.id,
    timeZone: event.timeZone,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    doorsOpenMinutes: doorsOpenMinutes(),
    day,
    generatedAt: now.toISOString(),
    publicKey: publicKeyJwk(keys) as JsonWebKey & { kid: string },
    registrations: registrations.map((r) => {
      const admitted = r.checkIns[0]
      return {
        id: r.id,
        v: ticketVersion(r.ticketSecret),
        name: `${r.person.firstName} ${r.person.lastName}`.trim(),
        company: r.companyName ?? r.person.company?.name ?? null,
        role: r.role,
        status: r.status,
        in: admitted ? { at: admitted.checkedInAt.toISOString(), gate: admitted.gate } : null,
      }
    }),
  }
}
