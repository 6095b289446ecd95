// Rate limits per client for the endpoints worth abusing: login (password guessing), registration
// (bots), the check-in API (a stolen device token). The client is the socket's address, or the
// proxy's X-Forwarded-For only when TRUST_PROXY says a proxy is in front (otherwise anyone could
// claim any address). FAIRDESK_RATE_LIMITS=off turns them off, for benchmarks only.
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { createHash } from 'node:crypto'
import { ipKeyGenerator, rateLimit } from 'express-rate-limit'
import { refuse } from './refusal.server'

const tooMany = (req: Request, res: Response) =>
  // Machines get JSON; `Retry-After` comes with the standard RateLimit headers.
  refuse(req, res, {
    status: 429,
    error: 'too_many_requests',
    message: 'rate limit reached; retry after the RateLimit-Reset seconds',
    title: 'Zu viele Anfragen – Too many requests',
    de: {
      heading: 'Einen Moment bitte',
      text: 'Von Ihrem Gerät kamen in kurzer Zeit sehr viele Anfragen. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.',
    },
    en: {
      heading: 'One moment, please',
      text: 'We received a great many requests from your device in a short time. Please wait a minute and try again.',
    },
  })

const limiter = (limit: number, options: { windowMs?: number; keyGenerator?: (req: Request) => string } = {}): RequestHandler =>
  rateLimit({
    windowMs: options.windowMs ?? 60_000,
    limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: tooMany,
    ...(options.keyGenerator ? { keyGenerator: options.keyGenerator } : {}),
  })

/**
 * The check-in API counts per device token: ten gates on one venue Wi-Fi share an address, and a
 * stolen token is what the limit is for. Requests without a token count per address.
 */
function deviceKey(req: Request): string {
  const token = /^Bearer\s+(\S+)/i.exec(req.get('authorization') ?? '')?.[1]
  return token ? `device:${createHash('sha256').update(token).digest('base64url').slice(0, 22)}` : `ip:${ipKeyGenerator(req.ip ?? '')}`
}

export function rateLimits(enabled: boolean) {
  if (!enabled) {
    const pass: RequestHandler = (_req: Request, _res: Response, next: NextFunction) => next()
    return { login: pass, registration: pass, checkinApi: [pass] }
  }
  return {
    login: limiter(10),
    registration: limiter(30),
    // A busy gate scans about one ticket a second; leave room for queued offline uploads. The
    // per-address cap stops a flood of made-up tokens (each still costs a lookup).
    checkinApi: [limiter(3_000), limiter(600, { keyGenerator: deviceKey })],
  }
}
