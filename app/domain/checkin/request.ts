// What a scanner sends and what it gets back — shared by the machine API (bearer token) and the
// staff scanner page (session cookie), so both speak the same JSON.
import { z } from 'zod'
import type { CheckInVerdict } from './checkin.server'

/** Tickets are about 150 characters; anything much longer is not a ticket and is not read further. */
export const MAX_CODE_INPUT = 4_096
/** Offline scans may arrive a little "from the future" when the scanner's clock runs fast. */
const CLOCK_SKEW_MS = 5 * 60_000
/** An offline queue is uploaded within the event; older scan times are a broken clock, not a scan. */
const MAX_OFFLINE_AGE_MS = 14 * 86_400_000

const scanTime = z.iso
  .datetime({ offset: true })
  .transform((s) => new Date(s))
  .refine((d) => d.getTime() <= Date.now() + CLOCK_SKEW_MS && d.getTime() >= Date.now() - MAX_OFFLINE_AGE_MS, {
    error: 'scannedAt out of range',
  })
  // A few seconds ahead is clock skew, not a later scan: it counts as now.
  .transform((d) => (d.getTime() > Date.now() ? new Date() : d))

const nonce = z
  .string()
  .min(8)
  .max(100)
  .regex(/^[A-Za-z0-9._~:-]+$/, { error: 'nonce: letters, digits and . _ ~ : - only' })

export const CheckInRequest = z.object({
  code: z.string().max(MAX_CODE_INPUT),
  /** Unique per scan; a retried request with the same nonce changes nothing. */
  nonce: nonce.optional(),
  /** Only for scans queued offline: when the ticket was scanned (ISO 8601). */
  scannedAt: scanTime.optional(),
})

const gate = z.string().trim().max(60).optional()

/** "Admit anyway" outside the event's days: only roles with `checkin:override` may send it. */
const override = z.boolean().optional()

/**
 * The staff scanner's request: a scanned code, or a registration found by name (no ticket at
 * hand), at the gate the scanner is set to.
 */

export const ScanRequest = z.union([
  z.object({ code: z.string().max(MAX_CODE_INPUT), nonce: nonce.optional(), scannedAt: scanTime.optional(), gate, override }),
  z.object({ registrationId: z.string().min(1).max(64), nonce: nonce.optional(), scannedAt: scanTime.optional(), gate, override }),
])

export const UndoRequest = z.object({
  checkInId: z.string().min(1).max(64),
  /** An administrator's reason to undo a check-in of a closed report year (docs/counting.md). */
  reason: z.string().max(500).optional(),
})

export type ApiVerdict =
  | {
      result: 'ok'
      checkInId: string
      name: string
      company: string | null
      role: string
      day: string
      checkedInAt: string
      gate: string | null
    }
  | {
      result: 'already_checked_in'
      name: string
      company: string | null
      role: string
      day: string
      checkedInAt: string
      gate: string | null
    }
  | { result: 'cancelled'; name: string; company: string | null; role: string }
  | { result: 'not_today'; eventStartsAt: string }
  | { result: 'invalid'; reason?: 'waitlisted' }
  | { result: 'wrong_event' }
  | { result: 'nonce_reused' }
  | { result: 'year_closed'; year: number }

/**
 * The HTTP status of a scanner's answer: a nonce sent again with another ticket is a conflict, not a
 * verdict. Every other refusal (`not_today` too) is a verdict about the ticket, 200 like `cancelled`.
 */
export function verdictStatus(verdict: { result: string }): number {
  return verdict.result === 'nonce_reused' ? 409 : 200
}

/**
 * The machine API's answer (docs/architecture.md contract): five results, and `nonce_reused` (HTTP 409). A waiting-list place is no ticket,
 * so it is `invalid` with a reason; foreign, forged and superseded codes carry no personal data.
 */
export function apiVerdict(verdict: CheckInVerdict): ApiVerdict {
  switch (verdict.result) {
    case 'ok':
      return {
        result: 'ok',
        checkInId: verdict.checkInId,
        ...person(verdict.attendee),
        day: verdict.day,
        checkedInAt: verdict.at.toISOString(),
        gate: verdict.gate,
      }
    case 'already_checked_in':
      return {
        result: 'already_checked_in',
        ...person(verdict.attendee),
        day: verdict.day,
        checkedInAt: verdict.at.toISOString(),
        gate: verdict.gate,
      }
    case 'cancelled':
      return { result: 'cancelled', ...person(verdict.attendee) }
    // Not named: the device only needs to know it is not this ticket's day.
    case 'not_today':
      return { result: 'not_today', eventStartsAt: verdict.eventStartsAt.toISOString() }
    case 'waitlisted':
      return { result: 'invalid', reason: 'waitlisted' }
    case 'wrong_event':
      return { result: 'wrong_event' }
    case 'invalid':
      return { result: 'invalid' }
    case 'nonce_reused':
      return { result: 'nonce_reused' }
    // The event's report year is closed for the funders: nothing is recorded (docs/counting.md).
    case 'year_closed':
      return { result: 'year_closed', year: verdict.year }
  }
}

/**
 * The staff scanner's answer: as the API's, plus the registration (so the page can remember whom it
 * admitted), and a waiting-list place and a ticket of another day named as such (an organiser
 * deciding to admit anyway sees whom).
 */
export type ScannerVerdict =
  | (Exclude<ApiVerdict, { result: 'invalid' | 'wrong_event' | 'nonce_reused' | 'not_today' | 'year_closed' }> & { registrationId: string })
  | { result: 'waitlisted'; registrationId: string; name: string; company: string | null; role: string }
  // registrationId null: a walk-in refused outside the event's days (nobody was registered).
  | { result: 'not_today'; registrationId: string | null; name: string; company: string | null; role: string; eventStartsAt: string }
  | { result: 'invalid' }
  | { result: 'wrong_event' }
  | { result: 'nonce_reused' }
  | { result: 'year_closed'; year: number }

export function scannerVerdict(verdict: CheckInVerdict): ScannerVerdict {
  if (verdict.result === 'waitlisted') return { result: 'waitlisted', registrationId: verdict.registrationId, ...person(verdict.attendee) }
  if (verdict.result === 'not_today')
    return {
      result: 'not_today',
      registrationId: verdict.registrationId,
      ...person(verdict.attendee),
      eventStartsAt: verdict.eventStartsAt.toISOString(),
    }
  if (verdict.result === 'invalid' || verdict.result === 'wrong_event' || verdict.result === 'nonce_reused')
    return { result: verdict.result }
  if (verdict.result === 'year_closed') return { result: 'year_closed', year: verdict.year }
  const v = apiVerdict(verdict) as Exclude<ApiVerdict, { result: 'invalid' | 'wrong_event' | 'nonce_reused' | 'not_today' | 'year_closed' }>
  return { ...v, registrationId: verdict.registrationId }
}

function person(a: { name: string; company: string | null; role: string }) {
  return { name: a.name, company: a.company, role: a.role }
}

/** Field paths and messages of a failed parse, for a 400 answer. */
export function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
}
