import { describe, expect, it } from 'vitest'
import { parseHeadcountForm } from './headcount-form'

describe('headcount form', () => {
  it('takes a whole number and an optional note, trimmed', () => {
    expect(parseHeadcountForm({ headcount: ' 80 ', note: '  ca. 80, von Hand gezählt ' })).toEqual({
      ok: true,
      value: { headcount: 80, note: 'ca. 80, von Hand gezählt' },
    })
    expect(parseHeadcountForm({ headcount: '0' })).toEqual({ ok: true, value: { headcount: 0, note: null } })
    expect(parseHeadcountForm({ headcount: '12', note: '   ' })).toEqual({ ok: true, value: { headcount: 12, note: null } })
  })

  it('explains what is wrong, field by field', () => {
    expect(parseHeadcountForm({})).toEqual({ ok: false, fieldErrors: { headcount: ['errors.required'] } })
    expect(parseHeadcountForm({ headcount: '' })).toEqual({ ok: false, fieldErrors: { headcount: ['errors.required'] } })
    for (const bad of ['-3', '2.5', 'achtzig', '1e3', '80 Personen']) {
      expect(parseHeadcountForm({ headcount: bad })).toEqual({ ok: false, fieldErrors: { headcount: ['errors.wholeNumber'] } })
    }
    expect(parseHeadcountForm({ headcount: '100001' })).toEqual({ ok: false, fieldErrors: { headcount: ['errors.headcountTooLarge'] } })
    expect(parseHeadcountForm({ headcount: '5', note: 'x'.repeat(501) })).toEqual({ ok: false, fieldErrors: { note: ['errors.tooLong'] } })
  })

  it('refuses a note with line breaks or control characters (it is one line in the report)', () => {
    for (const bad of ['von Hand\r\ngezählt', 'von Hand\u0000']) {
      expect(parseHeadcountForm({ headcount: '5', note: bad })).toEqual({ ok: false, fieldErrors: { note: ['errors.invalidCharacters'] } })
    }
  })
})
