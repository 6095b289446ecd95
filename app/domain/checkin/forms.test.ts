import { describe, expect, it } from 'vitest'
import { DeviceForm, WalkInForm } from './forms'

describe('door forms', () => {
  it('accepts a walk-in with a name only, and trims', () => {
    expect(WalkInForm.parse({ firstName: ' Erika ', lastName: 'Muster' })).toEqual({ firstName: 'Erika', lastName: 'Muster' })
  })

  it('names the field of each problem with a message key', () => {
    const result = WalkInForm.safeParse({ firstName: '', lastName: 'x'.repeat(101), email: 'not-an-address', company: 'A\u0000B' })
    expect(result.success).toBe(false)
    const byField = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]))
    expect(byField).toEqual({
      firstName: 'errors.required',
      lastName: 'errors.tooLong',
      email: 'errors.emailInvalid',
      company: 'errors.invalidCharacters',
    })
  })

  it('wants a device label of at most 60 characters', () => {
    expect(DeviceForm.safeParse({ label: 'Eingang Nord' }).success).toBe(true)
    expect(DeviceForm.safeParse({ label: '   ' }).error?.issues[0]?.message).toBe('errors.required')
    expect(DeviceForm.safeParse({ label: 'x'.repeat(61) }).error?.issues[0]?.message).toBe('errors.tooLong')
  })
})
