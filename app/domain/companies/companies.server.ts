// The cluster's company records: the staff list (search, member filter, pages), one company with
// its membership periods, and saving both in one transaction with its audit entry. Company.isMember
// and memberSince are kept here as the summary of the periods (membership.ts); the annual report
// reads the periods themselves.
import { audit } from '~/domain/audit/audit.server'
import { isUniqueViolation } from '~/lib/db-errors.server'
import type { Db } from '~/lib/db.server'
import { membershipSummary, periodProblems, type MembershipPeriod, type PeriodProblem } from './membership'

export const COMPANIES_PAGE_SIZE = 25
export const MEMBER_FILTERS = ['member', 'notMember'] as const
export type MemberFilter = (typeof MEMBER_FILTERS)[number]

export type CompanyFilter = { q?: string | null; member?: MemberFilter | null; page?: number; pageSize?: number }

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()

/**
 * One page of companies, by name. Search words match name or city case-, accent- and
 * space-insensitively on both databases, in JavaScript: a cluster knows a few thousand companies.
 */
export async function listCompanies(db: Db, filter: CompanyFilter = {}) {
  const pageSize = filter.pageSize ?? COMPANIES_PAGE_SIZE
  const all = await db.company.findMany({
    where: filter.member ? { isMember: filter.member === 'member' } : {},
    select: { id: true, name: true, city: true, country: true, isMember: true, memberSince: true, _count: { select: { persons: true } } },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  })
  const words = fold(filter.q ?? '')
    .split(' ')
    .filter(Boolean)
  const matching = words.length
    ? all.filter((c) => {
        const text = fold(`${c.name} ${c.city ?? ''}`)
        return words.every((w) => text.includes(w))
      })
    : all
  const pages = Math.max(1, Math.ceil(matching.length / pageSize))
  const page = Math.min(Math.max(1, filter.page ?? 1), pages)
  return {
    total: matching.length,
    page,
    pages,
    companies: matching.slice((page - 1) * pageSize, page * pageSize).map(({ _count, ...c }) => ({ ...c, persons: _count.persons })),
  }
}

/** One company with its membership periods (oldest first), or null. */
export async function getCompany(db: Db, id: string) {
  return db.company.findUnique({
    where: { id },
    include: {
      memberships: { orderBy: [{ from: 'asc' }, { id: 'asc' }], select: { id: true, from: true, to: true } },
      _count: { select: { persons: true, exhibitors: true, partnering: true } },
    },
  })
}

export type CompanyInput = {
  name: string
  city: string | null
  country: string
  website: string | null
  sector: string | null
  periods: MembershipPeriod[]
}

export type SaveCompanyResult =
  { kind: 'saved' } | { kind: 'notFound' } | { kind: 'nameTaken' } | { kind: 'periods'; problems: PeriodProblem[] }

/** Saves a company's data and replaces its membership periods, with the summary and an audit entry. */
export async function saveCompany(
  db: Db,
  actorId: string | null,
  id: string,
  input: CompanyInput,
  now = new Date(),
): Promise<SaveCompanyResult> {
  const problems = periodProblems(input.periods)
  if (problems.length) return { kind: 'periods', problems }
  const { periods, ...fields } = input
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.company.findUnique({
        where: { id },
        select: { name: true, memberships: { select: { from: true, to: true } } },
      })
      if (!before) return { kind: 'notFound' } as const
      await tx.companyMembership.deleteMany({ where: { companyId: id } })
      if (periods.length) await tx.companyMembership.createMany({ data: periods.map((p) => ({ companyId: id, from: p.from, to: p.to })) })
      await tx.company.update({ where: { id }, data: { ...fields, ...membershipSummary(periods, now) } })
      await audit(
        tx,
        actorId,
        'company.updated',
        { type: 'Company', id },
        {
          name: fields.name,
          ...(before.name !== fields.name ? { previousName: before.name } : {}),
          periods: periods.map((p) => ({ from: p.from?.toISOString() ?? null, to: p.to?.toISOString() ?? null })),
          previousPeriods: before.memberships.map((p) => ({ from: p.from?.toISOString() ?? null, to: p.to?.toISOString() ?? null })),
        },
      )
      return { kind: 'saved' } as const
    })
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'nameTaken' }
    throw error
  }
}
