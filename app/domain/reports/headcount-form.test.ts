import { parseWithZod } from '@conform-to/zod/v4'
import { describe, expect, it } from 'vitest'
import { HeadcountForm } from './headcount-form'

const parse = (entries: Record<string, string>) => {
  const form = new FormData()
  for (const [k, v] of Object.entries(entries)) form.append(k, v)
  const submission = parseWithZod(form, { schema: HeadcountForm })
  return submission.status === 'success' ? { ok: true, value: submission.value } : { ok: false, fieldErrors: submission.reply().error }
}

describe('headcount form', () => {
  it('takes a whole number and an optional note, trimmed', () => {
    expect(parse({ headcount: ' 80 ', note: '  ca. 80, von Hand gezählt ' })).toEqual({
      ok: true,
      value: { headcount: 80, note: 'ca. 80, von Hand gezählt' },
    })
    expect(parse({ headcount: '0' })).toEqual({ ok: true, value: { headcount: 0, note: null } })
    expect(parse({ headcount: '12', note: '   ' })).toEqual({ ok: true, value: { headcount: 12, note: null } })
    expect(parse({ headcount: '12', note: '' })).toEqual({ ok: true, value: { headcount: 12, note: null } })
  })

  it('explains what is wrong, field by field, one message each', () => {
    expect(parse({})).toEqual({ ok: false, fieldErrors: { headcount: ['errors.required'] } })
    expect(parse({ headcount: '' })).toEqual({ ok: false, fieldErrors: { headcount: ['errors.required'] } })
    expect(parse({ headcount: '   ' })).toEqual({ ok: false, fieldErrors: { headcount: ['errors.required'] } })
    for (const bad of ['-3', '2.5', 'achtzig', '1e3', '80 Personen']) {
      expect(parse({ headcount: bad })).toEqual({ ok: false, fieldErrors: { headcount: ['errors.wholeNumber'] } })
    }
    expect(parse({ headcount: '100001' })).toEqual({ ok: false, fieldErrors: { headcount: ['errors.headcountTooLarge'] } })
    expect(parse({ headcount: '5', note: 'x'.repeat(501) })).toEqual({ ok: false, fieldErrors: { note: ['errors.tooLong'] } })
  })

  it('refuses a note with line breaks or control characters (it is one line in the report)', () => {
    for (const bad of ['von Hand\r\ngezählt', 'von Hand\u0000']) {
      expect(parse({ headcount: '5', note: bad })).toEqual({ ok: false, fieldErrors: { note: ['errors.invalidCharacters'] } })
    }
  })
})
