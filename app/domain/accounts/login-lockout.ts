// The sign-in lock per address: after MAX_FAILURES failed attempts within WINDOW_MS, signing in
// with that address is refused for LOCK_MS, whichever client tries (the per-client rate limit
// alone let five clients try ten passwords each). Addresses without an account are counted and
// locked exactly the same, so the lock says nothing about which addresses have one.
export const MAX_FAILURES = 10
export const WINDOW_MS = 15 * 60_000
export const LOCK_MS = 15 * 60_000

export type ThrottleRow = { failures: number; windowStart: Date; lockedUntil: Date | null }

/** Milliseconds the address stays locked, or 0. */
export function lockRemainingMs(row: ThrottleRow | null, now: Date): number {
  return row?.lockedUntil ? Math.max(0, row.lockedUntil.getTime() - now.getTime()) : 0
}

/** Whole minutes to tell a person, at least one. */
export function minutesToWait(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000))
}
