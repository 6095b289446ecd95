// Load shedding: with more requests than the process can serve, it answers what it can and
// refuses the rest at once with 503 and Retry-After, instead of queueing everyone for seconds
// (until renders time out and answers turn into 500s).
//
// The main rule is a limit on requests in progress: as many as the process completes in the
// target time (FAIRDESK_SHED_WAIT_MS), learnt from how many it completes per second while busy —
// cheap registrations allow hundreds at once, heavy pages a few dozen. Waiting until requests have
// waited too long would be too late: by then many more are queued behind them. Two guards come on
// top: how long the longest-waiting request has been in the server, and the event loop's delay
// (rendering and SQLite work block that one thread; and while the loop is slow, Node accepts only
// one new connection per turn, so the queue grows in the kernel where nothing can refuse it).
//
// The door comes first: the check-in API and the scanner page are refused only at four times
// the thresholds, so admissions keep going while public pages wait.
import { monitorEventLoopDelay } from 'node:perf_hooks'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { refuse } from './refusal.server'

export type Lane = 'door' | 'public' | 'exempt'

export type ShedPolicy = {
  enabled: boolean
  /** The time (ms) a request should at most spend in the server. */
  maxWaitMs: number
  /** Event-loop delay (ms) from which public requests are shed. */
  maxDelayMs: number
  /** Requests in progress from which public requests are refused, whatever the rate. */
  maxInFlight: number
  /** Requests in progress below which nothing is refused (the learnt limit never goes below). */
  minInFlight: number
  /** The door's thresholds are these times the public ones. */
  doorFactor: number
  retryAfterSeconds: number
}

/** The load a request arrives at: the longest wait (ms), the loop's delay (ms), requests in progress, and the learnt limit. */
export type Load = { waitMs: number; delayMs: number; inFlight: number; limit: number }

const DOOR = [/^\/api\/v1\/checkins(?:\/|$)/i, /^\/admin\/events\/[^/]+\/checkin(?:[/.]|$)/i]

/** Which lane a request travels in: the door's, the public one, or none (health checks). */
export function laneOf(path: string): Lane {
  if (/^\/healthz\/?$/i.test(path)) return 'exempt'
  return DOOR.some((pattern) => pattern.test(path)) ? 'door' : 'public'
}

/**
 * Whether to refuse a request of this lane under this load: the seconds to retry after, or null
 * to serve it. Past the limit of requests in progress, all are refused; past the wait or delay
 * threshold a share growing with the excess (all of them at twice the threshold).
 */
export function shedDecision(lane: Lane, load: Load, policy: ShedPolicy, random: () => number = Math.random): number | null {
  // Shedding relieves a queue of the server's own making: with only a few requests in progress
  // (waiting for a lock another process holds, say) refusing more would relieve nothing.
  if (!policy.enabled || lane === 'exempt' || load.inFlight < policy.minInFlight) return null
  const factor = lane === 'door' ? policy.doorFactor : 1
  if (load.inFlight >= Math.min(load.limit, policy.maxInFlight) * factor) return policy.retryAfterSeconds
  const excess = (value: number, threshold: number) => (value - threshold * factor) / (threshold * factor)
  const share = Math.max(excess(load.waitMs, policy.maxWaitMs), excess(load.delayMs, policy.maxDelayMs))
  return share > 0 && random() < share ? policy.retryAfterSeconds : null
}

/**
 * The limit of requests in progress for the next window: what the process completes in the target
 * time. A window in which it was busy throughout tells its rate (half old estimate, half new);
 * after one that was not, the limit grows again by a tenth, so that a quiet spell forgets a heavy one.
 */
export function nextLimit(limit: number, window: { completed: number; ms: number; busyThroughout: boolean }, policy: ShedPolicy): number {
  const next = window.busyThroughout ? (limit + (window.completed / window.ms) * policy.maxWaitMs) / 2 : limit * 1.1
  return Math.min(policy.maxInFlight, Math.max(policy.minInFlight, next))
}

type Env = Record<string, string | undefined>

function positive(env: Env, name: string, fallback: number): number {
  const value = env[name]
  if (value === undefined || value === '') return fallback
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0) throw new Error(`Invalid environment: ${name} must be a positive number, not "${value}"`)
  return n
}

/** The policy from FAIRDESK_SHED (on/off) and FAIRDESK_SHED_* (see the README's configuration table). */
export function shedPolicy(env: Env): ShedPolicy {
  const switched = env.FAIRDESK_SHED ?? 'on'
  if (switched !== 'on' && switched !== 'off') throw new Error(`Invalid environment: FAIRDESK_SHED must be on or off, not "${switched}"`)
  const maxInFlight = positive(env, 'FAIRDESK_SHED_IN_FLIGHT', 256)
  return {
    enabled: switched === 'on',
    maxWaitMs: positive(env, 'FAIRDESK_SHED_WAIT_MS', 250),
    maxDelayMs: positive(env, 'FAIRDESK_SHED_DELAY_MS', 200),
    maxInFlight,
    minInFlight: Math.min(8, maxInFlight),
    doorFactor: 4,
    retryAfterSeconds: positive(env, 'FAIRDESK_SHED_RETRY_AFTER', 5),
  }
}

type Pending = { since: number; req: Request; res: Response }

/**
 * How long (ms) the longest-waiting request has been waiting for the server: accepted, its body
 * all here, its answer not yet all written. Time the client takes is not counted: a body still
 * arriving, or an answer waiting for the client to read on, restarts that request's clock.
 */
export function longestWait(pending: Iterable<Pending>, now: number): number {
  let longest = 0
  for (const p of pending) {
    if (!p.req.complete || p.res.writableNeedDrain) p.since = now
    else longest = Math.max(longest, now - p.since)
  }
  return longest
}

const WINDOW_MS = 500

/** Express middleware: refuses with 503 and Retry-After what the policy sheds. */
export function loadShedding(policy: ShedPolicy): RequestHandler {
  if (!policy.enabled) return (_req: Request, _res: Response, next: NextFunction) => next()
  const pending = new Set<Pending>()
  let limit = policy.maxInFlight
  let completed = 0
  let idleInWindow = false
  // The loop's delay: the 90th percentile of the window (one garbage collection does not count),
  // or how late the window's own timer ran if that is more.
  const histogram = monitorEventLoopDelay({ resolution: 10 })
  histogram.enable()
  let delayMs = 0
  let last = performance.now()
  setInterval(() => {
    const now = performance.now()
    delayMs = Math.max(now - last - WINDOW_MS, histogram.count ? histogram.percentile(90) / 1e6 : 0, 0)
    limit = nextLimit(limit, { completed, ms: now - last, busyThroughout: !idleInWindow && pending.size > 0 }, policy)
    last = now
    completed = 0
    idleInWindow = false
    histogram.reset()
  }, WINDOW_MS).unref()

  return (req: Request, res: Response, next: NextFunction) => {
    const now = performance.now()
    const retryAfter = shedDecision(laneOf(req.path), { waitMs: longestWait(pending, now), delayMs, inFlight: pending.size, limit }, policy)
    if (retryAfter !== null) {
      return refuse(req, res, {
        status: 503,
        error: 'overloaded',
        message: `server busy; retry after ${retryAfter} seconds`,
        title: 'Gerade sehr viel los – Very busy right now',
        de: {
          heading: 'Gerade sehr viel los',
          text: `Der Server ist im Moment ausgelastet. Bitte versuchen Sie es in ${retryAfter} Sekunden erneut.`,
        },
        en: {
          heading: 'Very busy right now',
          text: `The server is fully loaded at the moment. Please try again in ${retryAfter} seconds.`,
        },
        headers: { 'Retry-After': String(retryAfter) },
      })
    }
    const entry = { since: now, req, res }
    pending.add(entry)
    const done = () => {
      if (!pending.delete(entry)) return
      completed++
      if (pending.size === 0) idleInWindow = true
    }
    res.once('finish', done)
    res.once('close', done)
    next()
  }
}
