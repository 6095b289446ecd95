import { describe, expect, it } from 'vitest'
import { parseAddForm, parseDetailsForm } from './staff-form'

const form = (fields: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.set(k, v)
  return f
}

describe('the organiser’s registration forms', () => {
  it('reads a person to add, ignoring fields it does not know', () => {
    const result = parseAddForm(
      form({
        firstName: ' Jörg ',
        lastName: 'Müller',
        email: 'joerg@inoget.example',
        company: '',
        role: 'SPEAKER',
        locale: 'en',
        notify: 'on',
        status: 'CONFIRMED',
        source: 'ONLINE',
      }),
    )
    expect(result.ok && result.value).toEqual({
      firstName: 'Jörg',
      lastName: 'Müller',
      email: 'joerg@inoget.example',
      role: 'SPEAKER',
      locale: 'en',
      notify: 'on',
    })
  })

  it('gives field messages and keeps what was typed', () => {
    const result = parseAddForm(form({ firstName: '', lastName: 'x'.repeat(200), email: 'nope', role: 'KING' }))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.fieldErrors).toEqual({
      firstName: ['errors.required'],
      lastName: ['errors.tooLong'],
      email: ['errors.emailInvalid'],
      role: ['errors.required'],
    })
    expect(result.values.lastName).toHaveLength(200)
  })

  it('reads corrected details without an e-mail (the address identifies the person)', () => {
    const result = parseDetailsForm(form({ firstName: 'Petra', lastName: 'Berg', company: 'MTU', role: 'PRESS', email: 'other@x.example' }))
    expect(result.ok && result.value).toEqual({ firstName: 'Petra', lastName: 'Berg', company: 'MTU', role: 'PRESS' })
  })
})
