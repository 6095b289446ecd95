// Phrases with a number in them agree with it: "1 walk-in", "2 walk-ins" (i18next picks the
// _one/_other form by `count`).
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { i18nConfig } from '~/lib/i18n-resources'

async function reportsT(locale: 'de' | 'en') {
  const i18n = i18next.createInstance()
  await i18n.init({ ...i18nConfig, lng: locale })
  return i18n.getFixedT(locale, 'reports')
}

describe('counted phrases of the report', () => {
  it('says "1 walk-in" and "2 walk-ins" in the events table', async () => {
    const en = await reportsT('en')
    const de = await reportsT('de')
    expect(en('table.byCheckIns', { checkins: '29', walkins: '1', count: 1 })).toBe('29 by check-in, 1 walk-in')
    expect(en('table.byCheckIns', { checkins: '29', walkins: '2', count: 2 })).toBe('29 by check-in, 2 walk-ins')
    expect(de('table.byCheckIns', { checkins: '29', walkins: '1', count: 1 })).toBe('29 per Check-in, 1 Walk-in')
    expect(de('table.byCheckIns', { checkins: '29', walkins: '2', count: 2 })).toBe('29 per Check-in, 2 Walk-ins')
  })

  it('says "1 as a walk-in" in the headline', async () => {
    const en = await reportsT('en')
    const one = en('how.participants', { checkins: '5', walkins: '1', headcount: '0', count: 1 })
    expect(one).toBe('5 by check-in, 1 as a walk-in, 0 counted by hand')
    expect(en('how.participants', { checkins: '5', walkins: '3', headcount: '0', count: 3 })).toContain('3 as walk-ins')
  })
})
