// Membership of the cluster, by period: a company is a member from `from` (inclusive; null: since
// before the records) until `to` (exclusive; null: still a member). Pure rules, no database: the
// annual report, the participant lists and the company editor all decide with these.

export type MembershipPeriod = { from: Date | null; to: Date | null }

/** Was the company a member at some moment of [start, end)? (A report year: member during the year.) */
export function memberDuring(periods: readonly MembershipPeriod[], start: Date, end: Date): boolean {
  return periods.some((p) => (p.from === null || p.from < end) && (p.to === null || p.to > start))
}

/** Was the company a member at `at`? */
export function memberAt(periods: readonly MembershipPeriod[], at: Date): boolean {
  return periods.some((p) => (p.from === null || p.from <= at) && (p.to === null || p.to > at))
}

/** What Company.isMember/memberSince say: member today, and since when (the period covering `now`). */
export function membershipSummary(periods: readonly MembershipPeriod[], now: Date): { isMember: boolean; memberSince: Date | null } {
  const current = periods.find((p) => memberAt([p], now))
  return current ? { isMember: true, memberSince: current.from } : { isMember: false, memberSince: null }
}

export type PeriodProblem = { index: number; problem: 'ends_before_start' | 'overlaps' | 'open_not_last' }

/**
 * Checks a company's periods: each ends after it starts, none overlaps another, and only the latest
 * may be open (without end) or without start. Returns the first problem per period, by index.
 */
export function periodProblems(periods: readonly MembershipPeriod[]): PeriodProblem[] {
  const problems: PeriodProblem[] = []
  const at = (d: Date | null, open: number) => (d === null ? open : d.getTime())
  periods.forEach((p, index) => {
    if (p.from && p.to && p.to <= p.from) problems.push({ index, problem: 'ends_before_start' })
  })
  const order = periods.map((p, index) => ({ p, index })).sort((a, b) => at(a.p.from, -Infinity) - at(b.p.from, -Infinity))
  for (let i = 1; i < order.length; i++) {
    const before = order[i - 1]!
    const later = order[i]!
    if (problems.some((x) => x.index === later.index)) continue
    if (before.p.to === null) problems.push({ index: later.index, problem: 'open_not_last' })
    else if (at(later.p.from, -Infinity) < before.p.to.getTime()) problems.push({ index: later.index, problem: 'overlaps' })
  }
  return problems.sort((a, b) => a.index - b.index)
}
