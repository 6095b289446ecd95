import { describe, expect, it } from 'vitest'
import { shownAgain } from './shown-again'

describe('what a form shows again', () => {
  it('cuts every text, drops the honeypot and keeps only the fields asked for', () => {
    const reply = { status: 'error' as const, initialValue: { firstName: 'x'.repeat(500), website: 'spam', note: 'n', other: 'o' } }
    expect(shownAgain(reply, { max: 300, only: ['firstName', 'note', 'website'] }).initialValue).toEqual({
      firstName: 'x'.repeat(300),
      note: 'n',
    })
    expect(shownAgain(reply, { max: 2 }).initialValue).toEqual({ firstName: 'xx', note: 'n', other: 'o' })
  })

  it('keeps repeated rows, as many as the form has, each cut too', () => {
    const reply = { initialValue: { staff: [{ email: 'a'.repeat(10) }, { email: 'b' }, { email: 'c' }] } }
    expect(shownAgain(reply, { max: 3, rows: 2 }).initialValue).toEqual({ staff: [{ email: 'aaa' }, { email: 'b' }] })
  })

  it('never shows an uploaded file again', () => {
    const reply = { initialValue: { firstName: new File(['x'], 'x.bin'), lastName: 'S' } as Record<string, unknown> }
    expect(shownAgain(reply, { max: 10 }).initialValue).toEqual({ lastName: 'S' })
  })

  it('answers a reply without values with none', () => {
    expect(shownAgain({ initialValue: null }, { max: 10 }).initialValue).toEqual({})
  })
})
