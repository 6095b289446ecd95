import { describe, expect, it } from 'vitest'
import { exchangeProfile, profileFromAnswers } from './exchange-profile'

const questions = [
  { id: 'q-offer', kind: 'TEXT', exchangeField: 'OFFER' },
  { id: 'q-seek', kind: 'TEXT', exchangeField: 'SEEK' },
  { id: 'q-diet', kind: 'CHOICE', exchangeField: null },
  { id: 'q-note', kind: 'TEXT', exchangeField: null },
]

describe('the exchange profile from registration answers', () => {
  it('takes the marked questions’ answers as offer and seek, and nothing else', () => {
    expect(
      profileFromAnswers(questions, {
        'q-offer': ' Lohnfertigung ',
        'q-seek': 'Vertriebspartner',
        'q-note': 'Parkplatz?',
        'q-diet': 'veg',
      }),
    ).toEqual({
      offer: 'Lohnfertigung',
      seek: 'Vertriebspartner',
    })
    expect(profileFromAnswers(questions, { 'q-offer': '  ' })).toEqual({ offer: null, seek: null })
    expect(profileFromAnswers(questions, null)).toEqual({ offer: null, seek: null })
  })

  it('joins several questions marked alike', () => {
    const two = [...questions, { id: 'q-offer-2', kind: 'TEXT', exchangeField: 'OFFER' }]
    expect(profileFromAnswers(two, { 'q-offer': 'Fräsen', 'q-offer-2': 'Schleifen' }).offer).toBe('Fräsen\nSchleifen')
  })

  it('shows the answers until the visitor saves a profile, which then wins entirely, even when cleared', () => {
    expect(exchangeProfile(null, questions, { 'q-seek': 'Vertriebspartner' })).toEqual({
      offer: null,
      seek: 'Vertriebspartner',
      topics: null,
      fromRegistration: true,
    })
    expect(exchangeProfile({ offer: 'Eigener Text', seek: null, topics: null }, questions, { 'q-seek': 'Vertriebspartner' })).toEqual({
      offer: 'Eigener Text',
      seek: null,
      topics: null,
      fromRegistration: false,
    })
    expect(exchangeProfile(null, questions, { 'q-note': 'nur eine Notiz' })).toBeNull()
  })
})
