import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { DoorList } from '~/domain/checkin/door-list.server'
import { generateSeed, keysFromSeed, publicKeyJwk, signTicket, ticketVersion } from '~/domain/checkin/tickets.server'
import { doorDay } from './door-day'
import { offlineVerdictForCode, searchDoorList, type LocalAdmissions } from './offline-verdict'
import { importTicketKey, verifyTicketCode } from './ticket-code'

const keys = keysFromSeed(Buffer.from(generateSeed(), 'base64url'))
const reg = (id: string, secret: string) => ({ id, eventId: 'ev1', ticketSecret: secret })
const day = '2026-05-20'
const list: DoorList = {
  eventId: 'ev1',
  timeZone: 'Europe/Berlin',
  // Two days, 20 and 21 May 2026, from 09:00 in Berlin; doors open two hours before.
  startsAt: '2026-05-20T07:00:00.000Z',
  endsAt: '2026-05-21T15:00:00.000Z',
  doorsOpenMinutes: 120,
  day,
  generatedAt: new Date().toISOString(),
  publicKey: publicKeyJwk(keys) as DoorList['publicKey'],
  registrations: [
    {
      id: 'r1',
      v: ticketVersion('s1'),
      name: 'Jürgen Öztürk',
      company: 'Maschinenbau Nord GmbH',
      role: 'ATTENDEE',
      status: 'CONFIRMED',
      in: null,
    },
    { id: 'r2', v: ticketVersion('s2'), name: 'Ana Lima', company: null, role: 'ATTENDEE', status: 'CANCELLED', in: null },
    { id: 'r3', v: ticketVersion('s3-new'), name: 'Tom Baker', company: 'Laser GmbH', role: 'PRESS', status: 'CONFIRMED', in: null },
    {
      id: 'r4',
      v: ticketVersion('s4'),
      name: 'Eva Klein',
      company: 'Klein KG',
      role: 'ATTENDEE',
      status: 'CONFIRMED',
      in: { at: '2026-05-20T07:01:00.000Z', gate: 'Nord' },
    },
  ],
}
const scan = { at: '2026-05-20T07:30:00.000Z', gate: 'Süd', queueId: 'queued:1' }

async function offline(code: string, admitted: LocalAdmissions = new Map(), at = scan.at, override = false) {
  const key = await importTicketKey(list.publicKey)
  return offlineVerdictForCode(list, await verifyTicketCode(key, code), admitted, { ...scan, at, override })
}

describe('offline scanner', () => {
  it('verifies the server’s signature with Web Crypto and admits a confirmed ticket', async () => {
    expect((await offline(signTicket(keys, reg('r1', 's1')))).verdict).toEqual({
      result: 'ok',
      checkInId: 'queued:1',
      registrationId: 'r1',
      name: 'Jürgen Öztürk',
      company: 'Maschinenbau Nord GmbH',
      role: 'ATTENDEE',
      day,
      checkedInAt: scan.at,
      gate: 'Süd',
    })
  })

  it('refuses forged, flipped and foreign codes, and names cancelled and superseded tickets', async () => {
    const good = signTicket(keys, reg('r1', 's1'))
    const other = keysFromSeed(randomBytes(32))
    expect((await offline(signTicket(other, reg('r1', 's1')))).verdict).toEqual({ result: 'invalid' })
    for (let i = 4; i < good.length; i += 7) {
      const flipped = good.slice(0, i) + (good[i] === 'A' ? 'B' : 'A') + good.slice(i + 1)
      expect((await offline(flipped)).verdict.result, flipped).toBe('invalid')
    }
    expect((await offline('hello')).verdict).toEqual({ result: 'invalid' })
    expect((await offline(signTicket(keys, { id: 'x', eventId: 'ev2', ticketSecret: 's' }))).verdict).toEqual({ result: 'wrong_event' })
    expect((await offline(signTicket(keys, reg('r2', 's2')))).verdict).toMatchObject({ result: 'cancelled', name: 'Ana Lima' })
    expect((await offline(signTicket(keys, reg('r3', 's3-old')))).verdict).toEqual({ result: 'invalid' })
  })

  it('says "already admitted today" from the list and from its own admissions, and admits again the next day', async () => {
    expect((await offline(signTicket(keys, reg('r4', 's4')))).verdict).toMatchObject({
      result: 'already_checked_in',
      gate: 'Nord',
      checkedInAt: '2026-05-20T07:01:00.000Z',
    })
    expect((await offline(signTicket(keys, reg('r4', 's4')), new Map(), '2026-05-21T07:30:00.000Z')).verdict).toMatchObject({
      result: 'ok',
      day: '2026-05-21',
    })
    const mine: LocalAdmissions = new Map([['r1:2026-05-20', { at: '2026-05-20T07:10:00.000Z', gate: 'Süd' }]])
    expect((await offline(signTicket(keys, reg('r1', 's1')), mine)).verdict).toMatchObject({ result: 'already_checked_in', gate: 'Süd' })
  })

  it('decides "not today" from the door list outside the event’s days, as the server does', async () => {
    const ticket = signTicket(keys, reg('r1', 's1'))
    const december = '2025-12-01T10:00:00.000Z'
    expect((await offline(ticket, new Map(), december)).verdict).toEqual({
      result: 'not_today',
      registrationId: 'r1',
      name: 'Jürgen Öztürk',
      company: 'Maschinenbau Nord GmbH',
      role: 'ATTENDEE',
      eventStartsAt: list.startsAt,
    })
    expect((await offline(ticket, new Map(), '2026-05-20T04:59:00.000Z')).verdict.result).toBe('not_today')
    expect((await offline(ticket, new Map(), '2026-05-20T05:00:00.000Z')).verdict.result).toBe('ok')
    expect((await offline(ticket, new Map(), '2026-05-22T07:00:00.000Z')).verdict.result).toBe('not_today')
    expect((await offline(ticket, new Map(), december, true)).verdict).toMatchObject({ result: 'ok', day: '2025-12-01' })
  })

  it('finds people by name or company regardless of case and accents', () => {
    expect(searchDoorList(list, 'jurgen').map((r) => r.id)).toEqual(['r1'])
    expect(searchDoorList(list, 'GMBH').map((r) => r.id)).toEqual(['r1', 'r3'])
    expect(searchDoorList(list, 'tom laser').map((r) => r.id)).toEqual(['r3'])
    expect(searchDoorList(list, '  ')).toEqual([])
  })

  it('knows the event day in the event’s zone', () => {
    expect(doorDay(new Date('2026-05-19T22:30:00Z'), 'Europe/Berlin')).toBe('2026-05-20')
    expect(doorDay(new Date('2026-05-19T22:30:00Z'), 'UTC')).toBe('2026-05-19')
  })
})
