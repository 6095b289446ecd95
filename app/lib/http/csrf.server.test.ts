import { describe, expect, it } from 'vitest'
import { crossSiteWriteReason } from './csrf.server'

const app = ['https://events.example.org']
const req = (method: string, headers: Record<string, string>) => ({ method, headers: new Headers(headers) })

describe('crossSiteWriteReason', () => {
  it('lets reads through, whatever their origin', () => {
    expect(crossSiteWriteReason(req('GET', { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }), app)).toBeNull()
  })

  it('lets same-origin writes and header-less clients (curl, hand scanners) through', () => {
    expect(crossSiteWriteReason(req('POST', { origin: 'https://events.example.org', 'sec-fetch-site': 'same-origin' }), app)).toBeNull()
    expect(crossSiteWriteReason(req('POST', {}), app)).toBeNull()
  })

  it('refuses writes from other sites, opaque origins and sibling subdomains', () => {
    expect(crossSiteWriteReason(req('POST', { origin: 'https://evil.example' }), app)).toMatch(/foreign origin/)
    expect(crossSiteWriteReason(req('DELETE', { 'sec-fetch-site': 'cross-site' }), app)).toMatch(/cross-site/)
    expect(crossSiteWriteReason(req('POST', { origin: 'null' }), app)).toMatch(/opaque/)
    expect(crossSiteWriteReason(req('PUT', { 'sec-fetch-site': 'same-site' }), app)).toMatch(/same-site/)
    expect(crossSiteWriteReason(req('POST', { origin: 'https://events.example.org.evil.example' }), app)).toMatch(/foreign/)
  })
})
