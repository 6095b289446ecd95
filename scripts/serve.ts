// The production HTTP server: Express around the Remix build, with the security layer in front —
// CSP nonces and headers, requests no URL can be made of, bounded bodies, the cross-site write
// guard, rate limits — then static assets and Remix.
// `tsx scripts/serve.ts` serves an already migrated database; `npm start` prepares it first.
import { randomBytes } from 'node:crypto'
import cluster from 'node:cluster'
import type { Server } from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { createRequestHandler } from '@remix-run/express'
import type { ServerBuild } from '@remix-run/node'
import compression from 'compression'
import express from 'express'
import { hasDemoAccounts } from '~/domain/accounts/demo.server'
import { getDb } from '~/lib/db.server'
import { getEnv } from '~/lib/env.server'
import { startOutboxWorker } from '~/mail/worker.server'
import { answerClientErrors } from '~/lib/http/client-error.server'
import { limitRequestBodies, refusedBody, type BodyLimit } from '~/lib/http/body-limit.server'
import { allowedOrigins, crossSiteWriteReason } from '~/lib/http/csrf.server'
import { loadShedding, shedPolicy } from '~/lib/http/load-shedding.server'
import { rateLimits } from '~/lib/http/rate-limits.server'
import { refuse } from '~/lib/http/refusal.server'
import { malformedHostReason, withoutLegacyDataParam } from '~/lib/http/request-url.server'
import { securityHeaders } from '~/lib/http/security-headers.server'

const kB = 1_000
const MB = 1_000_000
/** Public forms: a registration with ten colleagues and long answers stays far below this. */
const FORM_BYTES = 64 * kB
/**
 * Request body limits by path, the first match wins (paths of form posts without JavaScript, and
 * of Remix's `.data` requests with it). Uploads get their documented file size plus the form.
 */
export const bodyLimits: BodyLimit[] = [
  // The speaker's photo: MAX_PHOTO_BYTES (2 MiB) in app/domain/programme/speakers.server.ts.
  { path: /^\/s\/[^/]+\/?$/i, bytes: 2 * 1024 * 1024 + FORM_BYTES },
  // A participant list (CSV) in one request: MAX_UPLOAD_BYTES (2 MB) of the import page.
  { path: /^\/admin\/events\/[^/]+\/import(?:\.data)?\/?$/i, bytes: 2 * MB + FORM_BYTES },
  // Check-in scans are tiny JSON; readJsonBody allows 16 kB.
  { path: /^\/api\/v1\/checkins\/?$/i, bytes: 16 * kB },
  // Staff forms: event descriptions in two languages, the programme, import batches of 50 rows.
  { path: /^\/admin(?:[/.]|$)/i, bytes: 1 * MB },
]

export async function createServer() {
  const env = getEnv()
  const build = (await import(pathToFileURL(path.resolve('build/server/index.js')).href)) as ServerBuild
  const app = express()
  app.disable('x-powered-by')
  // Only behind a proxy the operator names (TRUST_PROXY=1, or a subnet) may X-Forwarded-* be believed.
  const trustProxy = process.env.TRUST_PROXY
  app.set('trust proxy', trustProxy ? (/^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy) : false)
  app.use(compression())

  app.use((_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString('base64')
    next()
  })
  app.use(securityHeaders())

  app.use((req, res, next) => {
    const reason = malformedHostReason({ get: (name) => req.get(name) }, req.protocol)
    if (reason) {
      return refuse(req, res, {
        status: 400,
        error: 'bad_request',
        message: reason,
        title: 'Ungültige Anfrage – Bad request',
        de: {
          heading: 'Ungültige Anfrage',
          text: 'Die Adresse dieser Anfrage ist fehlerhaft. Bitte rufen Sie die Seite über ihren Link auf.',
        },
        en: { heading: 'Bad request', text: 'The address of this request is malformed. Please open the page from its link.' },
      })
    }
    // Remix's legacy data requests answer an action's 4xx with a 500; without `_data` they are
    // ordinary requests and get the action's own answer.
    const target = withoutLegacyDataParam(req.url)
    if (target !== null) {
      req.url = target
      req.originalUrl = withoutLegacyDataParam(req.originalUrl) ?? req.originalUrl
    }
    next()
  })
  app.use(limitRequestBodies(bodyLimits, FORM_BYTES))

  app.use((req, res, next) => {
    const ownOrigin = `${req.protocol}://${req.get('host')}`
    const reason = crossSiteWriteReason(
      { method: req.method, headers: { get: (name) => req.get(name) ?? null } },
      allowedOrigins(env.APP_URL, ownOrigin),
    )
    if (!reason) {
      // Approved: the Origin is APP_URL's or the Host's. Remix compares Origin with Host once more
      // and throws (a 500) when a proxy — or a forged Host header — makes them differ; our guard
      // has already decided, so Remix does not get to see the Origin of such a request.
      const origin = req.get('origin')
      if (origin && origin !== 'null' && new URL(origin).host !== (req.get('x-forwarded-host')?.split(',')[0]?.trim() || req.get('host')))
        delete req.headers.origin
      return next()
    }
    res.status(403).type('text/plain').send('Forbidden: cross-site request refused / Anfrage von fremder Seite abgelehnt')
  })

  const limits = rateLimits(env.FAIRDESK_RATE_LIMITS === 'on')
  app.post(['/login', '/login.data', '/login/forgot', '/login/forgot.data'], limits.login)
  app.post(
    ['/events/:slug/register', '/events/:slug/register.data', '/events/:slug/resend', '/events/:slug/resend.data'],
    limits.registration,
  )
  app.post('/api/v1/checkins', limits.checkinApi)

  // Browsers ask for /favicon.ico whatever the page links; the SVG is the icon.
  app.get('/favicon.ico', (_req, res) => res.sendFile(path.resolve('build/client/favicon.svg'), { maxAge: '1d' }))
  // Fingerprinted build assets never change; everything else in public/ may.
  app.use('/assets', express.static('build/client/assets', { immutable: true, maxAge: '1y' }))
  // Shedding comes after the build assets (a page that was served gets its scripts and styles)
  // and before the rest, where looking a path up in public/ already costs a file-system call.
  app.use(loadShedding(shedPolicy(process.env)))
  app.use(express.static('build/client', { maxAge: '1h' }))

  app.all(
    '*',
    createRequestHandler({
      build,
      mode: build.mode,
      getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce as string }),
    }),
  )
  // An action still waiting for a body the edge refused finishes when the connection is gone; its
  // answer cannot be sent any more and is no error of the server.
  app.use((error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) =>
    refusedBody(res) ? undefined : next(error),
  )
  return app
}

export async function serve() {
  const env = getEnv()
  const app = await createServer()
  startOutboxWorker(await getDb())
  const host = process.env.HOST
  return new Promise<Server>((resolve) => {
    const server = host ? app.listen(env.PORT, host, () => resolve(server)) : app.listen(env.PORT, () => resolve(server))
    answerClientErrors(server)
  })
}

/**
 * Serves on PORT with WEB_CONCURRENCY processes (default 1). Several processes share the port
 * (node:cluster) and the database: every rule that matters under concurrency is enforced by the
 * database (guarded updates, unique keys), so they need no coordination of their own.
 */
export async function serveAll(onListening?: () => void) {
  // Beside the start, not before it: the warning needs the database, the start must not wait for it.
  if (cluster.isPrimary) void warnAboutDemo().catch((error) => console.error('[fairdesk] demo check failed', error))
  const processes = Math.max(1, Number(process.env.WEB_CONCURRENCY ?? 1) || 1)
  if (processes > 1 && cluster.isPrimary) {
    let listening = 0
    for (let i = 0; i < processes; i++) cluster.fork()
    cluster.on('listening', () => {
      if (++listening === processes) onListening?.()
    })
    // A crashed process is replaced; the others keep serving meanwhile.
    cluster.on('exit', (worker, code, signal) => {
      if (signal !== 'SIGTERM' && code !== 0) cluster.fork()
    })
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM')
        process.exit(0)
      })
    }
    return
  }
  const server = await serve()
  if (cluster.isPrimary) onListening?.()
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)))
}

/** In production, demo logins with their published password are an open door: say so loudly. */
export async function warnAboutDemo() {
  if (getEnv().NODE_ENV !== 'production' || !(await hasDemoAccounts(await getDb()))) return
  const line = '!'.repeat(78)
  console.warn(
    [
      line,
      '!! [fairdesk] WARNING: this is a DEMO INSTALLATION running with NODE_ENV=production.',
      '!! The demo logins (admin@example.org, orga@, door@, report@ — password "fairdesk-demo") exist and work.',
      '!! For real use start on an empty database with FAIRDESK_DEMO=off, create your first administrator with',
      '!!   npm run user:create -- <email> --role ADMIN',
      '!! and deactivate the demo accounts at /admin/users.',
      line,
    ].join('\n'),
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await serveAll(() => console.log(`[fairdesk] listening on ${getEnv().APP_URL}`))
}
