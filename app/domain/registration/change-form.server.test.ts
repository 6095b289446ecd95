import { parseWithZod } from '@conform-to/zod/v4'
import { describe, expect, it } from 'vitest'
import { changeChoicesSchema } from './change-form.server'

const diet = { id: 'diet', kind: 'CHOICE' as const, required: true, options: [{ value: 'veg', de: 'Vegetarisch', en: 'Vegetarian' }] }
const topics = { id: 'topics', kind: 'MULTI' as const, required: false, options: ['a', 'b'].map((v) => ({ value: v, de: v, en: v })) }
const note = { id: 'note', kind: 'TEXT' as const, required: false }
const at = (h: number) => new Date(Date.UTC(2027, 0, 1, h))
const bookable = [
  { id: 's1', startsAt: at(9), endsAt: at(10) },
  { id: 's2', startsAt: at(9), endsAt: at(10) },
  { id: 's3', startsAt: at(11), endsAt: at(12) },
]
const form = (entries: [string, string][]) => {
  const f = new FormData()
  for (const [k, v] of entries) f.append(k, v)
  return f
}
const parse = (entries: [string, string][]) => parseWithZod(form(entries), { schema: changeChoicesSchema([diet, topics, note], bookable) })

describe('the self-service change form', () => {
  it('reads answers by the answer rules and keeps only the event’s bookable sessions', () => {
    const result = parse([
      ['q_diet', 'veg'],
      ['q_topics', 'a'],
      ['q_topics', 'b'],
      ['sessions', 's3'],
      ['sessions', 'elsewhere'],
    ])
    expect(result.status === 'success' && result.value).toEqual({ answers: { diet: 'veg', topics: ['a', 'b'] }, sessionIds: ['s3'] })
  })

  it('gives field messages for a missing required answer, an unknown option and two sessions at once', () => {
    const missing = parse([['q_topics', 'z']])
    expect(missing.status === 'error' && missing.error).toEqual({ q_diet: ['errors.required'], q_topics: ['errors.invalidOption'] })
    const overlap = parse([
      ['q_diet', 'veg'],
      ['sessions', 's1'],
      ['sessions', 's2'],
    ])
    expect(overlap.status === 'error' && overlap.error).toEqual({ sessions: ['errors.sessionsOverlap'] })
  })
})
