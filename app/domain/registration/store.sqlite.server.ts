// register() on SQLite as one synchronous SQL transaction, without the ORM: the ticket-rush path.
//
// Prisma 6 compiles every query in WebAssembly before it runs (no plan cache): a registration
// through Prisma is ten queries and about 25 ms of CPU, most of it compiling. The same rules as
// plain SQL over the adapter's own connection take well under a millisecond. The integration
// tests of register() run against this path on SQLite and against the Prisma path on
// PostgreSQL, and tests/integration/registration-sqlite.test.ts checks that both write the
// same rows. Anything beyond the common case (programme sessions, invitations, a cancelled
// registration coming back) answers `fallback` before writing, and register() uses Prisma.
import type { EventKind, Registration } from '~/generated/prisma-sqlite/client'
import { newId, sqliteDate } from '~/lib/ids.server'
import type { SqlConn } from '~/lib/sqlite-adapter.server'
import { questionOptions } from './answers'
import type { RegistrationForm } from './page.server'
import { auditOnSqlite } from '~/domain/audit/audit.server'
import { enqueueOnSqlite } from '~/domain/outbox/enqueue.server'
import { registrationMessage } from '~/domain/outbox/messages'
import { newToken } from './register.server'
import {
  companyNameOf,
  confirmationMessage,
  fullWithoutWaitlist,
  newPerson,
  newRegistration,
  normaliseEmail,
  refusalFor,
  repeatMailCutoff,
  staffAuditOf,
  takesSeat,
  type RegisterInput,
  type RegisterResult,
} from './rules'

type Row = Record<string, unknown>
const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string))

/** A Registration row as Prisma would return it. */
export function registrationFromRow(row: Row): Registration {
  return {
    ...(row as unknown as Registration),
    answers: row.answers === null ? null : JSON.parse(row.answers as string),
    linkMailedAt: date(row.linkMailedAt),
    waitlistedAt: date(row.waitlistedAt),
    confirmedAt: date(row.confirmedAt),
    cancelledAt: date(row.cancelledAt),
    createdAt: date(row.createdAt)!,
    updatedAt: date(row.updatedAt)!,
  }
}

export function registerOnSqlite(conn: SqlConn, eventId: string, input: RegisterInput, now: Date): RegisterResult | { kind: 'fallback' } {
  if (input.sessionIds?.length) return { kind: 'fallback' }
  const event = conn.prepare('SELECT * FROM "Event" WHERE "id" = ?').get(eventId) as Row | undefined
  if (!event) return { kind: 'closed', reason: 'notFound' }
  if (event.inviteOnly && !input.byStaff) return { kind: 'fallback' }
  const rules = {
    id: event.id as string,
    status: event.status as string,
    capacity: event.capacity as number | null,
    waitlistEnabled: Boolean(event.waitlistEnabled),
    registrationOpensAt: date(event.registrationOpensAt),
    registrationClosesAt: date(event.registrationClosesAt),
    endsAt: date(event.endsAt)!,
  }
  const reason = refusalFor(rules, input, now)
  if (reason) return { kind: 'closed', reason }

  const email = normaliseEmail(input.email)
  const written = sqliteDate(new Date())
  let person = conn.prepare('SELECT "id", "email" FROM "Person" WHERE "email" = ?').get(email) as { id: string; email: string } | undefined
  if (person) {
    const existing = conn.prepare('SELECT * FROM "Registration" WHERE "eventId" = ? AND "personId" = ?').get(eventId, person.id) as
      Row | undefined
    if (existing?.status === 'CANCELLED') return { kind: 'fallback' }
    if (existing) {
      const registration = registrationFromRow(existing)
      if (input.mailLinkIfRegistered) {
        mailLinkAgainOnSqlite(conn, registration, person.email, now, written)
        const seats = { capacity: rules.capacity, confirmedCount: event.confirmedCount as number, waitlistEnabled: rules.waitlistEnabled }
        if (fullWithoutWaitlist(seats, input.role)) return { kind: 'full' }
      }
      return { kind: registration.status === 'CONFIRMED' ? 'confirmed' : 'waitlisted', registration, existing: true }
    }
  } else {
    const companyName = companyNameOf(input)
    let companyId: string | null = null
    if (companyName) {
      conn
        .prepare('INSERT INTO "Company" ("id", "name", "createdAt", "updatedAt") VALUES (?, ?, ?, ?) ON CONFLICT ("name") DO NOTHING')
        .run(newId(), companyName, written, written)
      companyId = (conn.prepare('SELECT "id" FROM "Company" WHERE "name" = ?').get(companyName) as { id: string }).id
    }
    person = { id: newId(), email }
    const fields = newPerson(email, input)
    conn
      .prepare(
        'INSERT INTO "Person" ("id", "email", "firstName", "lastName", "companyId", "locale", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(person.id, fields.email, fields.firstName, fields.lastName, companyId, fields.locale, written, written)
  }

  const gotSeat =
    !takesSeat(input.role) ||
    conn
      .prepare(
        'UPDATE "Event" SET "confirmedCount" = "confirmedCount" + 1, "updatedAt" = ? WHERE "id" = ? AND ("capacity" IS NULL OR "confirmedCount" < "capacity")',
      )
      .run(written, eventId).changes === 1
  if (!gotSeat && !rules.waitlistEnabled) return { kind: 'full' }

  const registration: Registration = {
    ...newRegistration(input, gotSeat, now),
    id: newId(),
    eventId,
    personId: person.id,
    ticketSecret: newToken(),
    manageToken: newToken(),
    exhibitorId: null,
    calendarSequence: 0,
    transferCount: 0,
    createdAt: new Date(written.replace('+00:00', 'Z')),
    updatedAt: new Date(written.replace('+00:00', 'Z')),
  }
  const r = registration
  conn
    .prepare(
      `INSERT INTO "Registration" ("id", "eventId", "personId", "status", "role", "source", "companyName", "locale", "answers", "ticketSecret", "manageToken", "registeredById", "calendarSequence", "linkMailedAt", "waitlistedAt", "confirmedAt", "createdAt", "updatedAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)`,
    )
    .run(
      r.id,
      r.eventId,
      r.personId,
      r.status,
      r.role,
      r.source,
      r.companyName,
      r.locale,
      r.answers === null ? null : JSON.stringify(r.answers),
      r.ticketSecret,
      r.manageToken,
      r.registeredById,
      r.linkMailedAt && sqliteDate(r.linkMailedAt),
      r.waitlistedAt && sqliteDate(r.waitlistedAt),
      r.confirmedAt && sqliteDate(r.confirmedAt),
      written,
      written,
    )
  const entry = staffAuditOf(registration, input)
  if (entry) auditOnSqlite(conn, entry, written)
  const mail = confirmationMessage(registration, person.email, input)
  if (mail) enqueueOnSqlite(conn, mail, written)
  return { kind: gotSeat ? 'confirmed' : 'waitlisted', registration, existing: false }
}

/** mailLinkAgain() of registration.server.ts in SQL: the guarded stamp, then the outbox row. */
function mailLinkAgainOnSqlite(conn: SqlConn, registration: Registration, toEmail: string, now: Date, written: string): boolean {
  const { changes } = conn
    .prepare(
      `UPDATE "Registration" SET "linkMailedAt" = ?, "updatedAt" = ? WHERE "id" = ? AND "status" <> 'CANCELLED' AND ("linkMailedAt" IS NULL OR "linkMailedAt" <= ?)`,
    )
    .run(sqliteDate(now), written, registration.id, sqliteDate(repeatMailCutoff(now)))
  if (changes !== 1) return false
  enqueueOnSqlite(conn, registrationMessage(registration, toEmail, 'registration.link'), written)
  return true
}

/** getRegistrationForm() in SQL: the same rows, in the same order, as the Prisma reads. */
export function registrationFormOnSqlite(conn: SqlConn, slug: string): RegistrationForm | null {
  const event = conn.prepare('SELECT "id", "kind", "inviteOnly", "isPublic", "status" FROM "Event" WHERE "slug" = ?').get(slug) as
    Row | undefined
  // Drafts and internal events have no public form.
  if (!event || !event.isPublic || event.status === 'DRAFT') return null
  const questions = (conn.prepare('SELECT * FROM "EventQuestion" WHERE "eventId" = ? ORDER BY "position" ASC').all(event.id) as Row[]).map(
    (q) => {
      const question = { ...q, required: Boolean(q.required), options: q.options === null ? null : JSON.parse(q.options as string) }
      return { ...question, options: questionOptions(question as never) }
    },
  )
  const sessions = (
    conn
      .prepare(
        `SELECT s."id", s."titleDe", s."titleEn", s."startsAt", s."endsAt", r."name" AS "roomName", s."capacity", s."confirmedCount"
         FROM "Session" s LEFT JOIN "Room" r ON r."id" = s."roomId"
         WHERE s."eventId" = ? AND s."capacity" IS NOT NULL AND s."kind" <> 'BREAK'
         ORDER BY s."startsAt" ASC, s."titleDe" ASC`,
      )
      .all(event.id) as Row[]
  ).map((s) => ({
    id: s.id as string,
    titleDe: s.titleDe as string,
    titleEn: s.titleEn as string,
    startsAt: date(s.startsAt)!,
    endsAt: date(s.endsAt)!,
    roomName: (s.roomName as string | null) ?? null,
    seatsLeft: Math.max(0, (s.capacity as number) - (s.confirmedCount as number)),
  }))
  return {
    id: event.id as string,
    kind: event.kind as EventKind,
    inviteOnly: Boolean(event.inviteOnly),
    questions: questions as RegistrationForm['questions'],
    sessions,
  }
}
