// Seeds the demo — the cluster's 2015 programme from its annual report and upcoming events open
// for registration — into an empty database. Called by `npm start` (scripts/prepare-db.ts) and
// `npm run db:seed` (prisma/seed.ts).
//
// The rows are built in memory first (build.ts, deterministic), then written table by table with
// createMany in one transaction: either the whole demo is there or none of it.
import type { Role } from '~/generated/prisma-sqlite/client'
import type { Db, Tx } from '~/lib/db.server'
import { hashPassword } from '~/lib/password.server'
import { buildDemo } from './build'
import type { DemoRows } from './rows'
import { DEMO_PASSWORD, demoUsers } from './users'

export type SeedSummary = {
  users: number
  companies: number
  memberCompanies: number
  persons: number
  events: number
  upcomingEvents: number
  registrations: number
  checkIns: number
}

const BATCH = 500

export async function seedDemo(db: Db, options: { now?: Date } = {}): Promise<SeedSummary> {
  const now = options.now ?? new Date()
  const existing = await db.event.count()
  if (existing > 0) {
    throw new Error(
      `seedDemo: the database already holds ${existing} event(s); the demo is only seeded into an empty database (npm run db:reset starts over).`,
    )
  }
  const staff = await ensureStaffUsers(db)
  const rows = buildDemo({ now, staff: { organiserId: staff.ORGANIZER, doorId: staff.DOOR } })
  // Generous timeout: PostgreSQL on a slow CI machine; on SQLite the whole demo takes about a second.
  await db.$transaction((tx) => insert(tx, rows), { maxWait: 30_000, timeout: 180_000 })
  return {
    users: demoUsers.length,
    companies: rows.companies.length,
    memberCompanies: rows.companies.filter((c) => c.isMember).length,
    persons: rows.persons.length,
    events: rows.events.length,
    upcomingEvents: rows.events.filter((e) => (e.startsAt as Date) > now).length,
    registrations: rows.registrations.length,
    checkIns: rows.checkIns.length,
  }
}

/** The demo logins by role; an existing account with the same e-mail is kept as it is. */
async function ensureStaffUsers(db: Db): Promise<Record<Role, string>> {
  const emails = demoUsers.map((u) => u.email)
  const known = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } })
  const missing = demoUsers.filter((u) => !known.some((k) => k.email === u.email))
  const created = await Promise.all(
    missing.map(async (u) =>
      db.user.create({ data: { ...u, passwordHash: await hashPassword(DEMO_PASSWORD) }, select: { id: true, email: true } }),
    ),
  )
  const idByEmail = new Map([...known, ...created].map((u) => [u.email, u.id]))
  return Object.fromEntries(demoUsers.map((u) => [u.role, idByEmail.get(u.email)!])) as Record<Role, string>
}

async function inBatches<T>(items: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += BATCH) await write(items.slice(i, i + BATCH))
}

async function insert(tx: Tx, rows: DemoRows) {
  await inBatches(rows.companies, (data) => tx.company.createMany({ data }))
  await inBatches(rows.memberships, (data) => tx.companyMembership.createMany({ data }))
  await inBatches(rows.persons, (data) => tx.person.createMany({ data }))
  await tx.series.createMany({ data: rows.series })
  await tx.programme.createMany({ data: rows.programmes })
  await inBatches(rows.events, (data) => tx.event.createMany({ data }))
  for (const { programmeId, eventIds } of rows.eventProgrammes) {
    await tx.programme.update({ where: { id: programmeId }, data: { events: { connect: eventIds.map((id) => ({ id })) } } })
  }
  await inBatches(rows.questions, (data) => tx.eventQuestion.createMany({ data }))
  await inBatches(rows.partners, (data) => tx.eventPartner.createMany({ data }))
  await inBatches(rows.rooms, (data) => tx.room.createMany({ data }))
  await inBatches(rows.sessions, (data) => tx.session.createMany({ data }))
  await inBatches(rows.speakers, (data) => tx.speaker.createMany({ data }))
  await inBatches(rows.sessionSpeakers, (data) => tx.sessionSpeaker.createMany({ data }))
  await inBatches(rows.stands, (data) => tx.stand.createMany({ data }))
  await inBatches(rows.exhibitors, (data) => tx.exhibitor.createMany({ data }))
  await inBatches(rows.registrations, (data) => tx.registration.createMany({ data }))
  await inBatches(rows.registrationSessions, (data) => tx.registrationSession.createMany({ data }))
  await inBatches(rows.checkIns, (data) => tx.checkIn.createMany({ data }))
  await inBatches(rows.profiles, (data) => tx.cooperationProfile.createMany({ data }))
  await inBatches(rows.meetings, (data) => tx.meeting.createMany({ data }))
}
