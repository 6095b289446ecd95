import { describe, expect, it } from 'vitest'
import { isWellFormedHost, malformedHostReason, withoutLegacyDataParam } from './request-url.server'

const headers = (h: Record<string, string>) => ({ get: (name: string) => h[name] })

describe('isWellFormedHost', () => {
  it('takes names, IPv4 and bracketed IPv6 addresses with an optional port', () => {
    for (const host of [
      'localhost',
      'events.example.org',
      'events.example.org.',
      '127.0.0.1:3000',
      '[::1]',
      '[::1]:3000',
      'my_host:8080',
      'EVENTS.example.org',
    ]) {
      expect(isWellFormedHost(host), host).toBe(true)
    }
  })

  it('refuses what no URL can be built from', () => {
    for (const host of [
      '',
      'a b',
      '[::1',
      '::1',
      'x:99999',
      'x:0',
      'x:',
      'a@b',
      'a/b',
      'a?b',
      'a#b',
      '999.1.1.1',
      '[1::2::3]',
      'a%20b',
      'a\tb',
    ]) {
      expect(isWellFormedHost(host), host).toBe(false)
    }
  })
})

describe('malformedHostReason', () => {
  it('checks Host, every X-Forwarded-Host and the protocol', () => {
    expect(malformedHostReason(headers({ host: 'localhost:3000' }), 'http')).toBeNull()
    expect(
      malformedHostReason(headers({ host: 'localhost:3000', 'x-forwarded-host': 'events.example.org, proxy.local:8080' }), 'https'),
    ).toBeNull()
    expect(malformedHostReason(headers({}), 'http')).toMatch(/Host/)
    expect(malformedHostReason(headers({ host: 'a b' }), 'http')).toMatch(/Host/)
    expect(malformedHostReason(headers({ host: 'localhost', 'x-forwarded-host': 'ok.example, x:99999' }), 'http')).toMatch(
      /X-Forwarded-Host/,
    )
    expect(malformedHostReason(headers({ host: 'localhost' }), 'a b')).toMatch(/X-Forwarded-Proto/)
  })
})

describe('withoutLegacyDataParam', () => {
  it('drops every _data parameter and keeps the rest as it was', () => {
    expect(withoutLegacyDataParam('/login?_data=routes%2Flogin')).toBe('/login')
    expect(withoutLegacyDataParam('/login?redirectTo=%2Fadmin&_data=routes%2Flogin&x=1')).toBe('/login?redirectTo=%2Fadmin&x=1')
    expect(withoutLegacyDataParam('/login?%5Fdata=routes%2Flogin&_data&q=a+b')).toBe('/login?q=a+b')
  })

  it('leaves targets without _data alone', () => {
    expect(withoutLegacyDataParam('/events')).toBeNull()
    expect(withoutLegacyDataParam('/events?q=data&data_=1&x_data=2')).toBeNull()
  })
})
