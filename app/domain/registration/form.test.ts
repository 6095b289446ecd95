import { describe, expect, it } from 'vitest'
import { isBot, RegistrationFields } from './form'

const valid = { firstName: 'Jana', lastName: 'Schröder', email: 'jana@novo-tech.example', company: 'NOVO-TECH GmbH & Co. KG' }
const errorsOf = (input: Record<string, unknown>) => {
  const r = RegistrationFields.safeParse(input)
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]))
}

describe('RegistrationFields', () => {
  it('accepts a normal registration and trims it', () => {
    expect(RegistrationFields.parse({ ...valid, firstName: '  Jana ' }).firstName).toBe('Jana')
  })
  it('names each wrong field', () => {
    expect(errorsOf({})).toMatchObject({ firstName: 'errors.required', lastName: 'errors.required', email: 'errors.required' })
    expect(errorsOf({ ...valid, email: 'jana@' })).toEqual({ email: 'errors.emailInvalid' })
    expect(errorsOf({ ...valid, email: `${'a'.repeat(300)}@x.de` })).toEqual({ email: 'errors.emailTooLong' })
    expect(errorsOf({ ...valid, firstName: 'x'.repeat(10_000) })).toEqual({ firstName: 'errors.tooLong' })
    expect(errorsOf({ ...valid, lastName: 'Eve\r\nBcc: x@example.org' })).toEqual({ lastName: 'errors.invalidCharacters' })
    expect(errorsOf({ ...valid, company: 'evil\u202Egnp.exe' })).toEqual({ company: 'errors.invalidCharacters' })
  })
  it('keeps markup as plain text (escaped when rendered), and ignores unknown fields', () => {
    const parsed = RegistrationFields.parse({ ...valid, lastName: '"><img src=x onerror=alert(1)>', status: 'CONFIRMED' })
    expect(parsed.lastName).toBe('"><img src=x onerror=alert(1)>')
    expect(parsed).not.toHaveProperty('status')
  })
  it('recognises the honeypot', () => {
    expect(isBot({ website: 'http://spam.example' })).toBe(true)
    expect(isBot({ website: '' })).toBe(false)
  })
})
