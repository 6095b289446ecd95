// Closing a report year for the funders (docs/counting.md, "Closing a year"): the pure decision
// whether a change that would alter a closed year's figures may go ahead. No database here, so the
// rule is tested on its own (closed-year.test.ts) and every store carries out the same one.
import type { Role } from '~/generated/prisma-sqlite/client'

/** The answer of every guarded change when its event's year is closed and nobody may override. */
export type YearClosed = { kind: 'year_closed'; year: number }

/** Who asks for a change and, for an administrator, why it must be made to a closed year anyway. */
export type ClosedYearActor = { userId: string | null; role?: Role | null; reason?: string | null }

/** What a change does, as recorded next to the figure it changes (audit details and the report page). */
export type ClosedYearChange =
  | 'registration.cancel'
  | 'registration.move'
  | 'registration.role'
  | 'checkin.admit'
  | 'checkin.undo'
  | 'checkin.walkIn'
  | 'event.headcount'

/** Shortest reason that counts as stated (a word, not a key pressed by accident). */
export const MIN_REASON_LENGTH = 5
export const MAX_REASON_LENGTH = 500

export type ClosedYearDecision = { kind: 'open' } | { kind: 'override'; year: number; reason: string } | YearClosed

/**
 * `closedYear`: the report year of the event when that year is closed, else null. Only an
 * administrator (the `reports:close` capability) may change a closed year, and only with a reason.
 */
export function closedYearDecision(closedYear: number | null, actor?: ClosedYearActor | null): ClosedYearDecision {
  if (closedYear === null) return { kind: 'open' }
  const reason = actor?.reason?.trim() ?? ''
  if (actor?.role === 'ADMIN' && reason.length >= MIN_REASON_LENGTH)
    return { kind: 'override', year: closedYear, reason: reason.slice(0, MAX_REASON_LENGTH) }
  return { kind: 'year_closed', year: closedYear }
}

/** Type guard for a domain result that is the refusal. */
export function isYearClosed(result: { kind?: string; result?: string }): result is YearClosed {
  return result.kind === 'year_closed'
}
