// The authorization matrix, over real HTTP against the production build: every staff route and
// API endpoint in the build's route manifest, with every role (anonymous, DOOR, REPORTER,
// ORGANIZER, ADMIN). A route missing from the table below fails the test, so a new page cannot
// ship without saying who may open it. Denials are 403 (or the login redirect for anonymous
// visitors) and show no personal data; foreign ids are 404.
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ServerBuild } from '@remix-run/node'
import { CAPABILITIES, type Capability } from '~/lib/permissions.server'
import { createDb, type Db } from '~/lib/db.server'
import { startAppServer, type AppServer } from '../support/app-server'

type Role = 'ADMIN' | 'ORGANIZER' | 'DOOR' | 'REPORTER'
const ROLES: Record<Role, string> = {
  ADMIN: 'admin@example.org',
  ORGANIZER: 'orga@example.org',
  DOOR: 'door@example.org',
  REPORTER: 'report@example.org',
}

/**
 * Who may use each staff route: the capability its loader (GET) and action (POST) ask for. `null`:
 * the method does not exist on that route. `auth`: 'page' (anonymous visitors are sent to the login
 * page), 'json' (the scanner's own endpoints answer 401 in JSON), 'bearer' (device tokens only: a
 * staff cookie opens nothing). Routes outside /admin and /api are public or token-based and are
 * covered by their own tests.
 */
type Entry = {
  get: Capability | null
  post: Capability | null
  auth?: 'page' | 'json' | 'bearer'
  /** route parameter → which known id fills it */ ids?: Record<string, string>
  /** GET answers that differ by design */ status?: Partial<Record<Role, number>>
}
const MATRIX: Record<string, Entry> = {
  'routes/admin': { get: 'dashboard:view', post: null },
  'routes/admin._index': { get: 'dashboard:view', post: null },
  'routes/admin.emails._index': { get: 'outbox:view', post: null },
  'routes/admin.emails.preview.$template': { get: 'outbox:view', post: null },
  'routes/admin.audit': { get: 'audit:view', post: null },
  'routes/admin.outbox': { get: 'outbox:view', post: 'registrations:manage' },
  'routes/admin.events.new': { get: 'events:manage', post: 'events:manage' },
  'routes/admin.events.$id': { get: 'registrations:manage', post: 'events:manage' },
  'routes/admin.events.$id._index': { get: 'registrations:manage', post: 'events:manage' },
  'routes/admin.events.$id.edit': { get: 'events:manage', post: 'events:manage' },
  'routes/admin.events.$id.registrations[.]csv': { get: 'registrations:manage', post: null },
  'routes/admin.events.$id.badges[.]pdf': { get: 'registrations:manage', post: null },
  'routes/admin.events.$id.registrations.new': { get: 'registrations:manage', post: 'registrations:manage' },
  'routes/admin.events.$id.registrations.$registrationId': { get: 'registrations:manage', post: 'registrations:manage' },
  'routes/admin.persons.$personId.erase': { get: null, post: 'persons:erase' },
  'routes/admin.events.$id.import': { get: 'registrations:manage', post: 'registrations:manage' },
  'routes/admin.events.$id_.import-batch': { get: null, post: 'registrations:manage' },
  'routes/admin.events.$id.programme': { get: 'events:manage', post: 'events:manage' },
  'routes/admin.events.$id.speakers': { get: 'events:manage', post: 'events:manage' },
  'routes/admin.events.$id.proposals': { get: 'events:manage', post: 'events:manage' },
  'routes/admin.events.$id_.checkin': { get: 'checkin:scan', post: null },
  'routes/admin.events.$id_.checkin_.list': { get: 'checkin:scan', post: null, auth: 'json' },
  'routes/admin.events.$id_.checkin_.status': { get: 'checkin:scan', post: null, auth: 'json' },
  'routes/admin.events.$id_.checkin_.scan': { get: null, post: 'checkin:scan', auth: 'json' },
  'routes/admin.events.$id_.checkin_.undo': { get: null, post: 'checkin:scan', auth: 'json' },
  'routes/admin.events.$id_.checkin_.walk-in': { get: null, post: 'checkin:scan', auth: 'json' },
  // Door staff print badges only for the walk-ins they register; the known registration is not one.
  'routes/admin.events.$id_.checkin_.badge.$registrationId[.]pdf': { get: 'checkin:scan', post: null, status: { DOOR: 404 } },
  'routes/admin.events.$id.devices': { get: 'devices:manage', post: 'devices:manage' },
  'routes/admin.reports._index': { get: 'reports:view', post: null, status: { ADMIN: 302, ORGANIZER: 302, REPORTER: 302 } },
  'routes/admin.reports.$year': { get: 'reports:view', post: 'reports:close' },
  'routes/admin.reports.$year.export[.]csv': { get: 'reports:view', post: null },
  'routes/admin.reports.$year.export[.]xlsx': { get: 'reports:view', post: null },
  'routes/admin.reports.$year.export[.]pdf': { get: 'reports:view', post: null },
  'routes/admin.events.$id.live': { get: 'dashboard:view', post: null },
  'routes/admin.events.$id.report': { get: 'reports:view', post: 'events:manage' },
  'routes/admin.events.$id.participants[.]csv': { get: 'registrations:manage', post: null },
  'routes/admin.events.$id.participants[.]xlsx': { get: 'registrations:manage', post: null },
  'routes/admin.events.$id.sign-in-sheet[.]pdf': { get: 'registrations:manage', post: null },
  'routes/admin.events.$id.certificates[.]pdf': { get: 'registrations:manage', post: null },
  'routes/admin.events.$id.fair': { get: 'fair:manage', post: 'fair:manage', ids: { id: 'fairId' } },
  'routes/admin.events.$id.fair_.meetings': { get: 'fair:manage', post: 'fair:manage', ids: { id: 'fairId' } },
  'routes/admin.series._index': { get: 'events:manage', post: null },
  'routes/admin.companies._index': { get: 'companies:manage', post: null },
  'routes/admin.companies.$id': { get: 'companies:manage', post: 'companies:manage', ids: { id: 'companyId' } },
  'routes/admin.series.new': { get: 'events:manage', post: 'events:manage' },
  'routes/admin.series.$id': { get: 'events:manage', post: 'events:manage', ids: { id: 'seriesId' } },
  'routes/admin.users': { get: 'users:manage', post: 'users:manage' },
  // Every staff member's own name and password.
  'routes/admin.account': { get: 'dashboard:view', post: 'dashboard:view' },
  'routes/api.v1.checkins': { get: 'checkin:scan', post: 'checkin:scan', auth: 'bearer' },
}

const allowed = (capability: Capability, role: Role) => role === 'ADMIN' || (CAPABILITIES[capability] as readonly string[]).includes(role)

describe('authorization matrix', () => {
  let app: AppServer
  let db: Db
  let build: ServerBuild
  const cookies = {} as Record<Role, string>
  let ids: Record<string, string>
  let foreignRegistrationId: string
  let secretEmail: string

  beforeAll(async () => {
    app = await startAppServer()
    db = await createDb(app.databaseUrl)
    build = (await import(pathToFileURL(path.resolve('build/server/index.js')).href)) as ServerBuild
    for (const [role, email] of Object.entries(ROLES) as [Role, string][]) {
      const login = await fetch(`${app.url}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url },
        body: new URLSearchParams({ email, password: 'fairdesk-demo', redirectTo: '/admin' }).toString(),
        redirect: 'manual',
      })
      expect(login.status, `login ${role}`).toBe(302)
      cookies[role] = login.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ')
    }
    // Two events with registrations: parameters come from the first, "foreign" ids from the second.
    const [event, other] = await db.event.findMany({
      where: { status: 'PUBLISHED', registrations: { some: {} } },
      orderBy: { startsAt: 'desc' },
      take: 2,
    })
    if (!event || !other) throw new Error('the demo needs two published events with registrations')
    const registration = await db.registration.findFirstOrThrow({ where: { eventId: event.id }, include: { person: true } })
    foreignRegistrationId = (await db.registration.findFirstOrThrow({ where: { eventId: other.id } })).id
    secretEmail = registration.person.email
    const series = await db.series.findFirstOrThrow()
    const fair = await db.event.findFirstOrThrow({ where: { kind: 'FAIR' } })
    const company = await db.company.findFirstOrThrow({ orderBy: { name: 'asc' } })
    ids = {
      companyId: company.id,
      id: event.id,
      registrationId: registration.id,
      template: 'registration.confirmed',
      seriesId: series.id,
      fairId: fair.id,
      year: '2015',
      personId: registration.personId,
    }
  })
  afterAll(async () => {
    await db?.$disconnect()
    await app?.stop()
  })

  function fullPath(routeId: string): string {
    const route = build.routes[routeId]!
    const parent = route.parentId && route.parentId !== 'root' ? fullPath(route.parentId) : ''
    return [parent, route.path ?? ''].filter(Boolean).join('/')
  }
  const url = (routeId: string, params = ids) =>
    `/${fullPath(routeId).replace(/:(\w+)/g, (_, name: string) => params[MATRIX[routeId]?.ids?.[name] ?? name] ?? `unknown-${name}`)}`
  const staffRoutes = () => Object.keys(build.routes).filter((id) => /^routes\/(admin|api)(\.|$)/.test(id))

  it('knows every staff route of the build', () => {
    const unknown = staffRoutes().filter((id) => !(id in MATRIX))
    expect(unknown, 'add these routes to the matrix').toEqual([])
    for (const id of Object.keys(MATRIX)) {
      const module = build.routes[id]?.module
      expect(module, `${id} is not in the build`).toBeDefined()
      // A write-only route may still have a loader that answers GET with 405.
      if (MATRIX[id]!.get !== null) expect(Boolean(module!.loader), `${id} GET`).toBe(true)
      expect(Boolean(module!.action), `${id} POST`).toBe(MATRIX[id]!.post !== null)
    }
  })

  it('sends anonymous visitors to the login page (JSON endpoints: 401), and refuses their writes', async () => {
    for (const id of staffRoutes()) {
      if (MATRIX[id]!.get) {
        const res = await fetch(app.url + url(id), { redirect: 'manual' })
        if ((MATRIX[id]!.auth ?? 'page') === 'page') {
          expect([302, 303], `GET ${url(id)}`).toContain(res.status)
          expect(res.headers.get('location'), `GET ${url(id)}`).toMatch(/^\/login/)
        } else {
          expect(res.status, `GET ${url(id)}`).toBe(401)
        }
      }
      if (MATRIX[id]!.post) {
        const res = await fetch(app.url + url(id), {
          method: 'POST',
          headers: { origin: app.url, 'content-type': 'application/x-www-form-urlencoded' },
          body: 'intent=cancel',
          redirect: 'manual',
        })
        expect([302, 303, 401, 403], `POST ${url(id)}`).toContain(res.status)
      }
    }
  })

  it('lets each role open exactly the pages its capabilities allow, and denies the rest with 403 and no personal data', async () => {
    const table: string[] = []
    for (const id of staffRoutes()) {
      const { get, auth, status } = MATRIX[id]!
      if (!get) continue
      for (const role of Object.keys(ROLES) as Role[]) {
        const res = await fetch(app.url + url(id), { headers: { cookie: cookies[role] }, redirect: 'manual' })
        const body = await res.text()
        const expected = status?.[role] ?? (auth === 'bearer' ? 401 : allowed(get, role) ? 200 : 403)
        table.push(`${role.padEnd(9)} GET ${url(id)} → ${res.status}`)
        expect(res.status, `${role} GET ${url(id)}`).toBe(expected)
        if (expected !== 200) expect(body, `${role} GET ${url(id)} leaks`).not.toContain(secretEmail)
      }
    }
    expect(table.length).toBeGreaterThan(40)
  })

  it('links each role only to pages it may open, from the dashboard and its navigation', async () => {
    for (const role of Object.keys(ROLES) as Role[]) {
      const html = await (await fetch(`${app.url}/admin?status=PUBLISHED`, { headers: { cookie: cookies[role] } })).text()
      const links = [...new Set([...html.matchAll(/href="(\/admin[^"#?]*)"/g)].map((m) => m[1]!))]
      expect(links.length, `${role} sees links`).toBeGreaterThan(2)
      for (const link of links) {
        // Followed through redirects (/admin/reports → this year's report).
        const res = await fetch(app.url + link, { headers: { cookie: cookies[role] } })
        expect(res.status, `${role} follows ${link}`).toBe(200)
        expect(new URL(res.url).pathname, `${role} follows ${link}`).not.toBe('/login')
      }
    }
  })

  it('refuses writes by roles without the capability, changing nothing', async () => {
    const before = await db.registration.count({ where: { status: 'CANCELLED' } })
    const checkedInBefore = await db.checkIn.count({ where: { registrationId: ids.registrationId, undoneAt: null } })
    for (const id of staffRoutes()) {
      const { post, auth } = MATRIX[id]!
      if (!post) continue
      for (const role of (Object.keys(ROLES) as Role[]).filter((r) => auth === 'bearer' || !allowed(post, r))) {
        const res = await fetch(app.url + url(id), {
          method: 'POST',
          headers: { cookie: cookies[role], origin: app.url, 'content-type': 'application/x-www-form-urlencoded' },
          body: 'intent=cancel',
          redirect: 'manual',
        })
        expect(res.status, `${role} POST ${url(id)}`).toBe(auth === 'bearer' ? 401 : 403)
      }
    }
    expect(await db.registration.count({ where: { status: 'CANCELLED' } })).toBe(before)
    expect(await db.checkIn.count({ where: { registrationId: ids.registrationId, undoneAt: null } })).toBe(checkedInBefore)
  })

  it('answers GET on write-only routes with a 4xx, never a page or a 500', async () => {
    for (const id of staffRoutes().filter((r) => MATRIX[r]!.get === null)) {
      const res = await fetch(app.url + url(id), { headers: { cookie: cookies.ADMIN }, redirect: 'manual' })
      expect(res.status, `GET ${url(id)}`).toBeGreaterThanOrEqual(400)
      expect(res.status, `GET ${url(id)}`).toBeLessThan(500)
    }
  })

  it('answers foreign and unknown ids with 404', async () => {
    const organiser = { cookie: cookies.ORGANIZER }
    const foreign = url('routes/admin.events.$id.registrations.$registrationId', { ...ids, registrationId: foreignRegistrationId })
    expect((await fetch(app.url + foreign, { headers: organiser, redirect: 'manual' })).status).toBe(404)
    for (const id of staffRoutes().filter((r) => fullPath(r).includes(':id') && MATRIX[r]!.get)) {
      const unknown = url(id, { ...ids, id: 'no-such-id', seriesId: 'no-such-id', fairId: 'no-such-id', companyId: 'no-such-id' })
      const res = await fetch(app.url + unknown, { headers: organiser, redirect: 'manual' })
      expect(res.status, `GET ${unknown}`).toBe(404)
    }
  })
})
