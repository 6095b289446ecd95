// The verdict a scanner gives on its own while the network is down, from the downloaded door list
// and what this scanner admitted itself since. The server has the last word when the queue is
// uploaded: an admission it already had from another gate becomes a flagged conflict there.
import { admissionDay } from '~/domain/checkin/door-days'
import type { ScannerVerdict } from '~/domain/checkin/request'
import type { DoorList, DoorListEntry } from '~/domain/checkin/door-list.server'
import type { TicketClaims } from './ticket-code'

/** Admissions known to this scanner, by "<registrationId>:<day>". */
export type LocalAdmissions = Map<string, { at: string; gate: string | null }>

export const admissionKey = (registrationId: string, day: string) => `${registrationId}:${day}`

export type OfflineVerdict = { verdict: ScannerVerdict; registrationId: string | null }

/** One scan: when and where, its place in the queue, and an organiser's "admit anyway". */
export type OfflineScan = { at: string; gate: string | null; queueId: string; override?: boolean }

/** A scanned code, after its signature was checked (claims null: forged or not a ticket). */
export function offlineVerdictForCode(
  list: DoorList,
  claims: TicketClaims | null,
  admitted: LocalAdmissions,
  scan: OfflineScan,
): OfflineVerdict {
  if (!claims) return { verdict: { result: 'invalid' }, registrationId: null }
  if (claims.eventId !== list.eventId) return { verdict: { result: 'wrong_event' }, registrationId: null }
  const entry = list.registrations.find((r) => r.id === claims.registrationId)
  // Unknown here, or a superseded ticket (transferred, re-issued).
  if (!entry || entry.v !== claims.version) return { verdict: { result: 'invalid' }, registrationId: null }
  return offlineVerdictForEntry(list, entry, admitted, scan)
}

/**
 * Someone found by name in the door list (no ticket at hand). The day the admission counts on
 * comes from the scan's moment by the server's rule (door-days.ts), so both decide "not today" alike.
 */
export function offlineVerdictForEntry(list: DoorList, entry: DoorListEntry, admitted: LocalAdmissions, scan: OfflineScan): OfflineVerdict {
  const person = { registrationId: entry.id, name: entry.name, company: entry.company, role: entry.role }
  if (entry.status === 'CANCELLED') return { verdict: { result: 'cancelled', ...person }, registrationId: entry.id }
  if (entry.status === 'WAITLISTED') return { verdict: { result: 'waitlisted', ...person }, registrationId: entry.id }
  const when = admissionDay(list, new Date(scan.at), scan.override === true)
  if (when.kind === 'not_today')
    return { verdict: { result: 'not_today', ...person, eventStartsAt: when.eventStartsAt.toISOString() }, registrationId: entry.id }
  const { day } = when
  const earlier = admitted.get(admissionKey(entry.id, day)) ?? (list.day === day ? entry.in : null)
  if (earlier)
    return {
      verdict: { result: 'already_checked_in', ...person, day, checkedInAt: earlier.at, gate: earlier.gate },
      registrationId: entry.id,
    }
  return {
    verdict: { result: 'ok', checkInId: scan.queueId, ...person, day, checkedInAt: scan.at, gate: scan.gate },
    registrationId: entry.id,
  }
}

/** Search by name or company, case- and accent-insensitive, every word must match. */
export function searchDoorList(list: DoorList, query: string, limit = 12): DoorListEntry[] {
  const fold = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
  const terms = fold(query).split(/\s+/).filter(Boolean)
  if (terms.length === 0) return []
  const found: DoorListEntry[] = []
  for (const r of list.registrations) {
    const hay = fold(`${r.name} ${r.company ?? ''}`)
    if (terms.every((t) => hay.includes(t))) found.push(r)
    if (found.length >= limit) break
  }
  return found
}
