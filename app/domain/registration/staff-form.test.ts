import { parseWithZod } from '@conform-to/zod/v4'
import { describe, expect, it } from 'vitest'
import { AddForm, DetailsForm } from './staff-form'

const form = (fields: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.set(k, v)
  return f
}

describe('the organiser’s registration forms', () => {
  it('reads a person to add, ignoring fields it does not know', () => {
    const result = parseWithZod(
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
      { schema: AddForm },
    )
    expect(result.status === 'success' && result.value).toEqual({
      firstName: 'Jörg',
      lastName: 'Müller',
      email: 'joerg@inoget.example',
      role: 'SPEAKER',
      locale: 'en',
      notify: 'on',
    })
  })

  it('gives field messages and keeps what was typed', () => {
    const result = parseWithZod(form({ firstName: '', lastName: 'x'.repeat(200), email: 'nope', role: 'KING' }), { schema: AddForm })
    expect(result.status).toBe('error')
    if (result.status === 'success') return
    expect(result.error).toEqual({
      firstName: ['errors.required'],
      lastName: ['errors.tooLong'],
      email: ['errors.emailInvalid'],
      role: ['errors.required'],
    })
    expect(result.reply().initialValue?.lastName).toHaveLength(200)
  })

  it('reads corrected details without an e-mail (the address identifies the person)', () => {
    const result = parseWithZod(form({ firstName: 'Petra', lastName: 'Berg', company: 'MTU', role: 'PRESS', email: 'other@x.example' }), {
      schema: DetailsForm,
    })
    expect(result.status === 'success' && result.value).toEqual({ firstName: 'Petra', lastName: 'Berg', company: 'MTU', role: 'PRESS' })
  })

  it('gives the details form field messages too', () => {
    const result = parseWithZod(form({ firstName: ' ', lastName: 'Berg\u202e', role: 'KING' }), { schema: DetailsForm })
    expect(result.status === 'error' && result.error).toEqual({
      firstName: ['errors.required'],
      lastName: ['errors.invalidCharacters'],
      role: ['errors.required'],
    })
  })
})
