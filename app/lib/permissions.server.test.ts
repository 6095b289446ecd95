import { describe, expect, it } from 'vitest'
import { can, capabilitiesOf, CAPABILITIES, hasRole, ROLES, safeRedirect } from './permissions.server'

describe('safeRedirect', () => {
  it.each([
    '/admin',
    '/admin/events/abc?tab=registrations',
    '/admin/reports/2025#top',
    '/',
    '/events/sommer-dialog',
    '/a/%2F%2Fevil.example',
  ])('accepts the local path %s', (to) => expect(safeRedirect(to)).toBe(to))

  it.each([
    ['a protocol-relative URL', '//evil.example'],
    ['a protocol-relative URL with a path', '//evil.example/admin'],
    ['a backslash host', '/\\evil.example'],
    ['a backslash later on', '/admin\\..\\x'],
    ['an absolute URL', 'https://evil.example/admin'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', 'admin'],
    ['a tab that browsers drop', '/\t/evil.example'],
    ['a newline that browsers drop', '/\n/evil.example'],
    ['a space', '/ /evil.example'],
    ['a NUL byte', '/admin\u0000'],
    ['the empty string', ''],
    ['an overlong path', `/${'a'.repeat(3000)}`],
  ])('refuses %s', (_what, to) => expect(safeRedirect(to)).toBe('/admin'))

  it('falls back for missing or non-string values, and to the given fallback', () => {
    expect(safeRedirect(null)).toBe('/admin')
    expect(safeRedirect(undefined)).toBe('/admin')
    expect(safeRedirect(new File(['x'], 'x.txt'))).toBe('/admin')
    expect(safeRedirect('//evil.example', '/events')).toBe('/events')
  })
})

describe('roles and capabilities', () => {
  it('ranks ADMIN above ORGANIZER above DOOR and REPORTER, which stand side by side', () => {
    expect(hasRole('ADMIN', 'ORGANIZER')).toBe(true)
    expect(hasRole('ORGANIZER', 'ORGANIZER')).toBe(true)
    expect(hasRole('ORGANIZER', 'ADMIN')).toBe(false)
    expect(hasRole('ORGANIZER', 'DOOR')).toBe(true)
    expect(hasRole('DOOR', 'DOOR')).toBe(true)
    expect(hasRole('REPORTER', 'DOOR')).toBe(false)
    expect(hasRole('DOOR', 'REPORTER')).toBe(false)
    expect(hasRole('DOOR', 'ORGANIZER')).toBe(false)
  })

  it('checks a list of roles as "one of"', () => {
    expect(hasRole('REPORTER', ['DOOR', 'REPORTER'])).toBe(true)
    expect(hasRole('ADMIN', ['DOOR', 'REPORTER'])).toBe(false)
  })

  it('gives ADMIN every capability', () => {
    expect(capabilitiesOf('ADMIN')).toEqual(Object.keys(CAPABILITIES))
  })

  it('lets door staff scan but not read reports, and reporters the reverse', () => {
    expect(can('DOOR', 'checkin:scan')).toBe(true)
    expect(can('DOOR', 'reports:view')).toBe(false)
    expect(can('REPORTER', 'reports:view')).toBe(true)
    expect(can('REPORTER', 'checkin:scan')).toBe(false)
    expect(can('ORGANIZER', 'events:manage')).toBe(true)
    expect(can('ORGANIZER', 'users:manage')).toBe(false)
  })

  it('lets every role see the dashboard', () => {
    for (const role of ROLES) expect(can(role, 'dashboard:view')).toBe(true)
  })
})
