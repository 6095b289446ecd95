// Rate limits per client for the endpoints worth abusing: login (password guessing), registration
// (bots), the check-in API (a stolen device token). The client is the socket's address, or the
// proxy's X-Forwarded-For only when TRUST_PROXY says a proxy is in front (otherwise anyone could
// claim any address). FAIRDESK_RATE_LIMITS=off turns them off, for benchmarks only.
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { rateLimit } from 'express-rate-limit'

const tooMany = (_req: Request, res: Response) => {
  res
    .status(429)
    .type('html')
    .send(
      `<!doctype html><html lang="de"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Zu viele Anfragen – Too many requests</title>` +
        `<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5">` +
        `<h1>Einen Moment bitte</h1><p>Von Ihrem Gerät kamen in kurzer Zeit sehr viele Anfragen. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.</p>` +
        `<h2 lang="en">One moment, please</h2><p lang="en">We received a great many requests from your device in a short time. Please wait a minute and try again.</p></body></html>`,
    )
}

const limiter = (limit: number, windowMs = 60_000): RequestHandler =>
  rateLimit({ windowMs, limit, standardHeaders: 'draft-7', legacyHeaders: false, handler: tooMany })

export function rateLimits(enabled: boolean) {
  if (!enabled) {
    const pass: RequestHandler = (_req: Request, _res: Response, next: NextFunction) => next()
    return { login: pass, registration: pass, checkinApi: pass }
  }
  return {
    login: limiter(10),
    registration: limiter(30),
    // A busy gate scans about one ticket a second; leave room for queued offline uploads.
    checkinApi: limiter(600),
  }
}
