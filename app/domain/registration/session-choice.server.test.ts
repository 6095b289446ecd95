import { describe, expect, it } from 'vitest'
import { readSessionChoice } from './session-choice.server'

const at = (h: number, m = 0) => new Date(Date.UTC(2027, 2, 10, h, m))
const bookable = [
  { id: 'ws-a', startsAt: at(13), endsAt: at(14, 30) },
  { id: 'ws-b', startsAt: at(14), endsAt: at(15) },
  { id: 'ws-c', startsAt: at(14, 30), endsAt: at(16) },
]
const form = (...ids: string[]) => {
  const f = new FormData()
  for (const id of ids) f.append('sessions', id)
  return f
}

describe('readSessionChoice', () => {
  it('takes the chosen bookable sessions in programme order', () => {
    expect(readSessionChoice(bookable, form('ws-c', 'ws-a'))).toEqual({ ok: true, sessionIds: ['ws-a', 'ws-c'] })
  })

  it('treats a session that starts when another ends as no overlap', () => {
    expect(readSessionChoice(bookable, form('ws-a', 'ws-c')).ok).toBe(true)
  })

  it('refuses two sessions at the same time and names both', () => {
    expect(readSessionChoice(bookable, form('ws-a', 'ws-b'))).toEqual({ ok: false, error: 'sessionsOverlap', conflict: ['ws-a', 'ws-b'] })
  })

  it('ignores ids that are not bookable and repeated ids', () => {
    expect(readSessionChoice(bookable, form('other-event', 'ws-b', 'ws-b', ''))).toEqual({ ok: true, sessionIds: ['ws-b'] })
    expect(readSessionChoice(bookable, form())).toEqual({ ok: true, sessionIds: [] })
  })
})
