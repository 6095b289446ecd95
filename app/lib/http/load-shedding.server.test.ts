import { describe, expect, it } from 'vitest'
import { laneOf, longestWait, nextLimit, shedDecision, shedPolicy, type Load } from './load-shedding.server'

const policy = shedPolicy({})
const calm: Load = { waitMs: 0, delayMs: 10, inFlight: 10, limit: 50 }
const never = () => 0.999_999
const always = () => 0

describe('laneOf', () => {
  it('puts the check-in API and the scanner page with its requests in the door lane', () => {
    for (const path of [
      '/api/v1/checkins',
      '/admin/events/ev1/checkin',
      '/admin/events/ev1/checkin.data',
      '/admin/events/ev1/checkin/scan',
      '/admin/events/ev1/checkin/badge/r1.pdf',
      '/ADMIN/events/ev1/CHECKIN',
    ]) {
      expect(laneOf(path), path).toBe('door')
    }
  })

  it('puts everything else in the public lane, except the health check', () => {
    for (const path of [
      '/',
      '/events',
      '/events/x/register',
      '/admin/events/ev1',
      '/admin/events/ev1/checkins-report',
      '/login',
      '/api/v2/other',
    ])
      expect(laneOf(path), path).toBe('public')
    expect(laneOf('/healthz')).toBe('exempt')
  })
})

describe('shedDecision', () => {
  it('serves everything when calm', () => {
    expect(shedDecision('public', calm, policy, always)).toBeNull()
    expect(shedDecision('door', calm, policy, always)).toBeNull()
  })

  it('refuses public requests past the limit of requests in progress, door requests only at four times it', () => {
    const full: Load = { ...calm, inFlight: 50 }
    expect(shedDecision('public', full, policy, never)).toBe(5)
    expect(shedDecision('door', full, policy, always)).toBeNull()
    expect(shedDecision('door', { ...calm, inFlight: 200 }, policy, never)).toBe(5)
    // The configured maximum caps the learnt limit.
    expect(shedDecision('public', { ...calm, inFlight: 256, limit: 1_000 }, policy, never)).toBe(5)
  })

  it('sheds a share growing with the wait past its threshold: none below, some above, all at twice', () => {
    const at =
      (waitMs: number, lane: 'public' | 'door' = 'public') =>
      (random: () => number) =>
        shedDecision(lane, { ...calm, waitMs }, policy, random)
    expect(at(250)(always)).toBeNull()
    expect(at(375)(() => 0.4)).toBe(5)
    expect(at(375)(() => 0.6)).toBeNull()
    expect(at(500)(never)).toBe(5)
    // The door: the same at four times the wait.
    expect(at(1_000, 'door')(always)).toBeNull()
    expect(at(1_500, 'door')(() => 0.4)).toBe(5)
    expect(at(2_000, 'door')(never)).toBe(5)
  })

  it('sheds in the same way past the event-loop delay threshold', () => {
    expect(shedDecision('public', { ...calm, delayMs: 200 }, policy, always)).toBeNull()
    expect(shedDecision('public', { ...calm, delayMs: 400 }, policy, never)).toBe(5)
    expect(shedDecision('door', { ...calm, delayMs: 400 }, policy, always)).toBeNull()
  })

  it('refuses nothing with only a few requests in progress, however long they wait', () => {
    expect(shedDecision('public', { waitMs: 60_000, delayMs: 60_000, inFlight: 7, limit: 8 }, policy, never)).toBeNull()
    expect(shedDecision('public', { waitMs: 60_000, delayMs: 60_000, inFlight: 8, limit: 8 }, policy, never)).toBe(5)
  })

  it('never sheds the health check, and nothing when switched off', () => {
    const swamped: Load = { waitMs: 60_000, delayMs: 60_000, inFlight: 10_000, limit: 8 }
    expect(shedDecision('exempt', swamped, policy, always)).toBeNull()
    expect(shedDecision('public', swamped, shedPolicy({ FAIRDESK_SHED: 'off' }), always)).toBeNull()
  })
})

describe('nextLimit', () => {
  it('learns from busy windows what the process completes in the target time', () => {
    // 40 pages a second, busy throughout: 10 in the target time of 250 ms; half old estimate, half new.
    let limit = 256
    for (let i = 0; i < 12; i++) limit = nextLimit(limit, { completed: 20, ms: 500, busyThroughout: true }, policy)
    expect(limit).toBeCloseTo(10, 0)
    // Cheap requests at 2,000 a second: the limit rises, up to the configured maximum.
    for (let i = 0; i < 10; i++) limit = nextLimit(limit, { completed: 1_000, ms: 500, busyThroughout: true }, policy)
    expect(limit).toBe(256)
  })

  it('grows again after quiet windows, and never drops below the minimum', () => {
    expect(nextLimit(20, { completed: 1, ms: 500, busyThroughout: false }, policy)).toBeCloseTo(22)
    expect(nextLimit(250, { completed: 1, ms: 500, busyThroughout: false }, policy)).toBe(256)
    expect(nextLimit(10, { completed: 0, ms: 500, busyThroughout: true }, policy)).toBe(8)
  })
})

describe('longestWait', () => {
  const pending = (since: number, complete = true, writableNeedDrain = false) =>
    ({ since, req: { complete }, res: { writableNeedDrain } }) as unknown as Parameters<typeof longestWait>[0] extends Iterable<infer P>
      ? P
      : never

  it('is how long the longest-waiting request has been in the server', () => {
    expect(longestWait([pending(900), pending(400), pending(950)], 1_000)).toBe(600)
    expect(longestWait([], 1_000)).toBe(0)
  })

  it('does not count time a client takes: a body still arriving, an answer it does not read', () => {
    const uploading = pending(0, false)
    const slowReader = pending(0, true, true)
    expect(longestWait([uploading, slowReader, pending(800)], 1_000)).toBe(200)
    // Their clocks restarted: once the body is all here, its wait counts from then.
    ;(uploading.req as { complete: boolean }).complete = true
    expect(longestWait([uploading], 1_300)).toBe(300)
  })
})

describe('shedPolicy', () => {
  it('reads the thresholds from the environment and refuses nonsense', () => {
    expect(shedPolicy({ FAIRDESK_SHED_WAIT_MS: '250', FAIRDESK_SHED_IN_FLIGHT: '64', FAIRDESK_SHED_RETRY_AFTER: '2' })).toMatchObject({
      enabled: true,
      maxWaitMs: 250,
      maxInFlight: 64,
      retryAfterSeconds: 2,
    })
    expect(shedPolicy({ FAIRDESK_SHED: 'off' }).enabled).toBe(false)
    expect(() => shedPolicy({ FAIRDESK_SHED: 'no' })).toThrow(/FAIRDESK_SHED/)
    expect(() => shedPolicy({ FAIRDESK_SHED_WAIT_MS: '-1' })).toThrow(/FAIRDESK_SHED_WAIT_MS/)
  })
})
