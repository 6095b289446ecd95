// Who may do what in the staff area.
//
// Roles: ADMIN > ORGANIZER > DOOR, REPORTER. DOOR and REPORTER stand side by side: door staff admit
// people, reporters read the figures, neither does the other's job. Routes ask for a capability
// (`requirePermission`) where they can; `requireRole` is there for "at least this role" checks.
import { redirect } from '@remix-run/node'
import type { Role } from '~/generated/prisma-sqlite/client'
import type { Db } from './db.server'
import { clearSessionCookie, getStaffSession, readSessionId, type StaffUser } from './session.server'

export const ROLES = ['ADMIN', 'ORGANIZER', 'DOOR', 'REPORTER'] as const satisfies readonly Role[]

const RANK: Record<Role, number> = { ADMIN: 3, ORGANIZER: 2, DOOR: 1, REPORTER: 1 }

/** Every capability the staff area knows, and the roles that have it. ADMIN has all of them. */
export const CAPABILITIES = {
  /** The staff dashboard: the events list with live counts. */
  'dashboard:view': ['ADMIN', 'ORGANIZER', 'DOOR', 'REPORTER'],
  /** Scanning tickets, manual check-in and undo at the door. */
  'checkin:scan': ['ADMIN', 'ORGANIZER', 'DOOR'],
  /** "Admit anyway" at the door for a ticket scanned outside its event's days. */
  'checkin:override': ['ADMIN', 'ORGANIZER'],
  /** The annual report and its exports. */
  'reports:view': ['ADMIN', 'ORGANIZER', 'REPORTER'],
  /** Closing a report year for the funders, reopening it, and changing a closed year's figures with a reason. */
  'reports:close': ['ADMIN'],
  /** Events, programme, questions, partners, manual headcounts. */
  'events:manage': ['ADMIN', 'ORGANIZER'],
  /** Registrations: add, cancel, move from the waiting list, resend mail. */
  'registrations:manage': ['ADMIN', 'ORGANIZER'],
  /** Stands, exhibitors and the cooperation exchange. */
  'fair:manage': ['ADMIN', 'ORGANIZER'],
  /** Companies: their data, membership periods, merging duplicates. */
  'companies:manage': ['ADMIN', 'ORGANIZER'],
  /** Check-in devices (hand scanners) and their tokens. */
  'devices:manage': ['ADMIN', 'ORGANIZER'],
  /** The mail outbox (messages kept when no SMTP server is configured). */
  'outbox:view': ['ADMIN', 'ORGANIZER'],
  /** Staff accounts and roles. */
  'users:manage': ['ADMIN'],
  /** GDPR erasure of a person's data. */
  'persons:erase': ['ADMIN'],
  /** The audit log. */
  'audit:view': ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>

export type Capability = keyof typeof CAPABILITIES

export function can(role: Role, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly Role[]).includes(role)
}

/** The capabilities of a role, e.g. to show only the navigation entries a user can open. */
export function capabilitiesOf(role: Role): Capability[] {
  return (Object.keys(CAPABILITIES) as Capability[]).filter((c) => can(role, c))
}

/**
 * `minimum` as one role: that role or any role ranked above it (DOOR admits DOOR, ORGANIZER and
 * ADMIN, but not REPORTER, which ranks equal). As a list: exactly one of those roles.
 */
export function hasRole(role: Role, minimumOrOneOf: Role | readonly Role[]): boolean {
  if (typeof minimumOrOneOf !== 'string') return minimumOrOneOf.includes(role)
  return role === minimumOrOneOf || RANK[role] > RANK[minimumOrOneOf]
}

/**
 * A local path to go to after login, or `fallback`. Only paths on this site: one leading slash, not
 * `//host` or `/\host` (both of which browsers read as another host), no backslashes, no control
 * characters or whitespace (browsers drop tabs and newlines, so `/\t/evil.example` becomes `//evil.example`).
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = '/admin'): string {
  if (typeof to !== 'string' || to.length === 0 || to.length > 2048) return fallback
  if (!to.startsWith('/') || to.startsWith('//')) return fallback
  // eslint-disable-next-line no-control-regex
  if (/[\\\s\u0000-\u001f\u007f]/.test(to)) return fallback
  return to
}

/** The local path of the request (path and query), for `redirectTo` after login. */
function localPath(request: Request): string {
  const url = new URL(request.url)
  return `${url.pathname}${url.search}`
}

/** The signed-in staff member, or null for an anonymous request. */
export async function getUser(request: Request, db: Db): Promise<StaffUser | null> {
  return (await getStaffSession(request, db))?.user ?? null
}

/** The signed-in staff member; anonymous requests are sent to `/login?redirectTo=<this page>`. */
export async function requireUser(request: Request, db: Db): Promise<StaffUser> {
  const user = await getUser(request, db)
  if (user) return user
  const target = safeRedirect(localPath(request), '/admin')
  const headers = new Headers()
  // A cookie that no longer resolves (logged out elsewhere, expired) is cleared on the way.
  if (await readSessionId(request, db)) headers.append('Set-Cookie', await clearSessionCookie(db))
  throw redirect(`/login?${new URLSearchParams({ redirectTo: target })}`, { headers })
}

function forbidden(): Response {
  return new Response('Forbidden', { status: 403, statusText: 'Forbidden', headers: { 'Cache-Control': 'no-store' } })
}

/** The signed-in staff member if their role fits (see `hasRole`); otherwise a 403 Response is thrown. */
export async function requireRole(request: Request, db: Db, minimumOrOneOf: Role | readonly Role[]): Promise<StaffUser> {
  const user = await requireUser(request, db)
  if (!hasRole(user.role, minimumOrOneOf)) throw forbidden()
  return user
}

/** The signed-in staff member if their role has the capability; otherwise a 403 Response is thrown. */
export async function requirePermission(request: Request, db: Db, capability: Capability): Promise<StaffUser> {
  const user = await requireUser(request, db)
  if (!can(user.role, capability)) throw forbidden()
  return user
}
