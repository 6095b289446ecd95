import { describe, expect, it } from 'vitest'
import { answersForNewHolder, formatAnswer, optionChoices, parseAnswers, submittedAnswers, type Question } from './answers'

const diet: Question = {
  id: 'diet',
  kind: 'CHOICE',
  required: true,
  options: [
    { value: 'meat', de: 'Mit Fleisch', en: 'With meat' },
    { value: 'veg', de: 'Vegetarisch', en: 'Vegetarian' },
  ],
}
const topics: Question = {
  id: 'topics',
  kind: 'MULTI',
  required: false,
  options: [
    { value: 'i40', de: 'Industrie 4.0', en: 'Industry 4.0' },
    { value: 'reman', de: 'Remanufacturing', en: 'Remanufacturing' },
  ],
}
const dinner: Question = { id: 'dinner', kind: 'BOOLEAN', required: false }
const note: Question = { id: 'note', kind: 'TEXT', required: false }
const form = (entries: [string, string][]) => {
  const fd = new FormData()
  for (const [k, v] of entries) fd.append(k, v)
  return fd
}

describe('parseAnswers', () => {
  it('reads every kind of question', () => {
    const result = parseAnswers(
      [diet, topics, dinner, note],
      form([
        ['q_diet', 'veg'],
        ['q_topics', 'i40'],
        ['q_topics', 'reman'],
        ['q_topics', 'i40'],
        ['q_dinner', 'on'],
        ['q_note', '  Rollstuhl  '],
      ]),
    )
    expect(result).toEqual({ ok: true, answers: { diet: 'veg', topics: ['i40', 'reman'], dinner: true, note: 'Rollstuhl' } })
  })

  it('reports missing required answers and options that do not exist', () => {
    expect(parseAnswers([diet], form([]))).toEqual({ ok: false, errors: { diet: 'required' } })
    expect(
      parseAnswers(
        [diet, topics],
        form([
          ['q_diet', 'fish'],
          ['q_topics', 'x'],
        ]),
      ),
    ).toEqual({
      ok: false,
      errors: { diet: 'invalidOption', topics: 'invalidOption' },
    })
  })

  it('refuses overlong text and control characters, but keeps line breaks', () => {
    expect(parseAnswers([note], form([['q_note', 'x'.repeat(2_001)]]))).toEqual({ ok: false, errors: { note: 'tooLong' } })
    expect(parseAnswers([note], form([['q_note', 'a\u0007b']]))).toEqual({ ok: false, errors: { note: 'invalidText' } })
    expect(parseAnswers([note], form([['q_note', 'Zeile 1\r\nZeile 2']]))).toEqual({ ok: true, answers: { note: 'Zeile 1\r\nZeile 2' } })
  })

  it('ignores fields that are not questions of this event', () => {
    expect(
      parseAnswers(
        [dinner],
        form([
          ['q_other', 'x'],
          ['status', 'CONFIRMED'],
        ]),
      ),
    ).toEqual({ ok: true, answers: { dinner: false } })
  })

  it('treats a required yes/no question as consent that must be given', () => {
    expect(parseAnswers([{ ...dinner, required: true }], form([]))).toEqual({ ok: false, errors: { dinner: 'required' } })
  })
})

describe('submittedAnswers', () => {
  it('gives back what was typed, valid or not, to fill the form in again', () => {
    expect(
      submittedAnswers(
        [diet, topics, dinner, note],
        form([
          ['q_diet', 'fish'],
          ['q_topics', 'i40'],
          ['q_topics', 'reman'],
          ['q_dinner', 'on'],
        ]),
      ),
    ).toEqual({
      diet: 'fish',
      topics: ['i40', 'reman'],
      dinner: true,
    })
    expect(submittedAnswers([dinner, note], form([['q_note', 'x'.repeat(5_000)]]))).toEqual({ dinner: false, note: 'x'.repeat(2_000) })
  })
})

describe('formatAnswer', () => {
  const yesNo = { yes: 'ja', no: 'nein' }
  it('shows option labels in the reader language', () => {
    expect(formatAnswer(diet, 'veg', 'de', yesNo)).toBe('Vegetarisch')
    expect(formatAnswer(topics, ['i40', 'reman'], 'en', yesNo)).toBe('Industry 4.0, Remanufacturing')
    expect(formatAnswer(dinner, false, 'de', yesNo)).toBe('nein')
    expect(formatAnswer(note, undefined, 'de', yesNo)).toBe('')
  })

  it('shows an option without English text in German to English readers, the stored value unchanged', () => {
    const untranslated: Question = {
      id: 'lunch',
      kind: 'CHOICE',
      required: false,
      options: [
        { value: '1-vegetarisch', de: 'Vegetarisch', en: '' },
        { value: '2-mit-fleisch', de: 'Mit Fleisch', en: '  ' },
        { value: '3-vegan', de: 'Vegan' },
      ],
    }
    expect(formatAnswer(untranslated, '1-vegetarisch', 'en', yesNo)).toBe('Vegetarisch')
    expect(formatAnswer({ ...untranslated, kind: 'MULTI' }, ['2-mit-fleisch', '3-vegan'], 'en', yesNo)).toBe('Mit Fleisch, Vegan')
    expect(optionChoices(untranslated, 'en')).toEqual([
      { value: '1-vegetarisch', label: 'Vegetarisch' },
      { value: '2-mit-fleisch', label: 'Mit Fleisch' },
      { value: '3-vegan', label: 'Vegan' },
    ])
    expect(optionChoices(diet, 'en')).toEqual([
      { value: 'meat', label: 'With meat' },
      { value: 'veg', label: 'Vegetarian' },
    ])
    expect(optionChoices(diet, 'de').map((o) => o.label)).toEqual(['Mit Fleisch', 'Vegetarisch'])
  })
})

describe('answers handed on with a transferred seat', () => {
  const note: Question = { id: 'note', kind: 'TEXT', required: false }
  const photos: Question = { id: 'photos', kind: 'BOOLEAN', required: true }
  it('keeps the choices of the seat and drops free text and yes/no declarations', () => {
    const answers = { diet: 'veg', topics: ['reman'], note: 'Allergie: Nüsse', photos: true }
    expect(answersForNewHolder([diet, topics, note, photos], answers)).toEqual({ diet: 'veg', topics: ['reman'] })
  })
  it('drops answers to questions the event no longer has, and keeps nothing from no answers', () => {
    expect(answersForNewHolder([diet], { diet: 'meat', gone: 'x' })).toEqual({ diet: 'meat' })
    expect(answersForNewHolder([diet, note], null)).toEqual({})
  })
})
