import { describe, expect, it } from 'vitest'
import { formatAnswer } from '~/domain/registration/answers'
import { newOptions, pairOptionTexts, retextQuestion } from './questions'

const yesNo = { yes: 'ja', no: 'nein' }

describe('newOptions', () => {
  it('gives each option a value from its position and German text, and keeps its English text', () => {
    expect(newOptions([{ de: 'Vegetarisch', en: 'Vegetarian' }, 'Mit Fleisch'])).toEqual([
      { value: '1-vegetarisch', de: 'Vegetarisch', en: 'Vegetarian' },
      { value: '2-mit-fleisch', de: 'Mit Fleisch', en: '' },
    ])
  })
})

describe('pairOptionTexts', () => {
  it('pairs German and English lines in order, takes no English at all, and refuses a different count', () => {
    expect(pairOptionTexts(['Ja', 'Nein'], ['Yes', 'No'])).toEqual([
      { de: 'Ja', en: 'Yes' },
      { de: 'Nein', en: 'No' },
    ])
    expect(pairOptionTexts(['Ja', 'Nein'], [])).toEqual([
      { de: 'Ja', en: '' },
      { de: 'Nein', en: '' },
    ])
    expect(pairOptionTexts(['Ja', 'Nein'], ['Yes'])).toBeNull()
  })
})

describe('retextQuestion', () => {
  const diet = {
    kind: 'CHOICE' as const,
    labelDe: 'Essen',
    labelEn: 'Essen',
    options: newOptions(['Vegetarisch', 'Mit Fleisch']),
  }

  it('translates the options and keeps their values, so a stored answer reads in the new text', () => {
    const result = retextQuestion(diet, {
      labelDe: 'Verpflegung',
      labelEn: 'Catering',
      options: [
        { value: '2-mit-fleisch', de: 'Mit Fleisch', en: 'With meat' },
        { value: '1-vegetarisch', de: 'Vegetarisch (ohne Fisch)', en: 'Vegetarian' },
      ],
    })
    expect(result).toEqual({
      kind: 'changed',
      labelDe: 'Verpflegung',
      labelEn: 'Catering',
      options: [
        { value: '1-vegetarisch', de: 'Vegetarisch (ohne Fisch)', en: 'Vegetarian' },
        { value: '2-mit-fleisch', de: 'Mit Fleisch', en: 'With meat' },
      ],
    })
    if (result.kind !== 'changed') throw new Error('not changed')
    const answer = '1-vegetarisch'
    expect(formatAnswer({ id: 'q', kind: 'CHOICE', required: true, options: result.options }, answer, 'en', yesNo)).toBe('Vegetarian')
    expect(formatAnswer({ id: 'q', kind: 'CHOICE', required: true, options: result.options }, answer, 'de', yesNo)).toBe(
      'Vegetarisch (ohne Fisch)',
    )
  })

  it('refuses texts for options the question does not have, or texts missing for one it has', () => {
    expect(retextQuestion(diet, { labelDe: 'Essen', options: [{ value: '1-vegetarisch', de: 'Vegetarisch', en: 'Vegetarian' }] })).toEqual({
      kind: 'optionsChanged',
    })
    expect(
      retextQuestion(diet, {
        labelDe: 'Essen',
        options: [
          { value: '1-vegetarisch', de: 'Vegetarisch' },
          { value: '3-vegan', de: 'Vegan' },
        ],
      }),
    ).toEqual({ kind: 'optionsChanged' })
    expect(
      retextQuestion({ kind: 'TEXT', labelDe: 'Hinweis', labelEn: 'Note' }, { labelDe: 'Hinweis', options: [{ value: 'x', de: 'x' }] }),
    ).toEqual({
      kind: 'optionsChanged',
    })
  })

  it('says when nothing changed, and takes an empty English question text as the German one', () => {
    expect(
      retextQuestion(diet, {
        labelDe: 'Essen',
        labelEn: '',
        options: diet.options.map((o) => ({ value: o.value, de: o.de, en: '' })),
      }),
    ).toEqual({ kind: 'unchanged' })
    expect(retextQuestion({ kind: 'TEXT', labelDe: 'Hinweis', labelEn: 'Hinweis' }, { labelDe: 'Hinweis', labelEn: 'Note' })).toEqual({
      kind: 'changed',
      labelDe: 'Hinweis',
      labelEn: 'Note',
      options: null,
    })
  })
})
