import { describe, expect, it } from 'vitest'
import { isPrivatePath, markPrivate } from './private-pages'

describe('private pages', () => {
  it.each([
    '/admin',
    '/admin/events/x',
    '/admin.data',
    '/login',
    '/logout',
    '/r/abc',
    '/r/abc/stand',
    '/s/abc',
    '/password/abc',
    '/login/forgot',
  ])('%s is private', (path) => {
    expect(isPrivatePath(path)).toBe(true)
  })

  it.each(['/', '/events', '/events/x/register', '/administrator', '/resend', '/sitemap.xml'])('%s is public', (path) => {
    expect(isPrivatePath(path)).toBe(false)
  })

  it('marks a staff page no-store, and a token link same-origin-only Referer too, keeping what a route set itself', () => {
    const staff = new Headers()
    markPrivate('http://x/admin/events', staff)
    expect(staff.get('Cache-Control')).toBe('no-store')
    expect(staff.get('Referrer-Policy')).toBeNull()
    const link = new Headers({ 'Cache-Control': 'private, max-age=60' })
    markPrivate('http://x/r/token', link)
    expect(link.get('Cache-Control')).toBe('private, max-age=60')
    expect(link.get('Referrer-Policy')).toBe('same-origin')
    const open = new Headers()
    markPrivate('http://x/events', open)
    expect([...open.keys()]).toEqual([])
  })
})
