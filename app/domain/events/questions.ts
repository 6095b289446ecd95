// The texts of an event's custom questions and of their options, in German and English. Pure: the
// organiser's question editor and its store both decide with these.
//
// An answer to a CHOICE or MULTI question stores the option's value, never its text
// (registration/answers.ts). The value is made once, when the option is created, from its position
// and German text; after that only the texts change. So an option can be translated or corrected
// while answers exist, and every reader sees it in their own language.
import { questionOptions, type QuestionKind, type QuestionOption } from '~/domain/registration/answers'
import { slugify } from './slug'

/** An option's texts as the organiser gives them; English may be left empty (German is shown then). */
export type OptionText = { de: string; en?: string | null }

/** New options with stable values; a plain string is a German text without an English one. */
export function newOptions(texts: (string | OptionText)[]): QuestionOption[] {
  return texts.map((text, i) => {
    const { de, en } = typeof text === 'string' ? { de: text, en: '' } : text
    return { value: `${i + 1}-${slugify(de).slice(0, 20)}`, de, en: en?.trim() ?? '' }
  })
}

/**
 * Pairs the German options (one per line) with the English ones given in the same order. No English
 * lines at all is fine (English then falls back to German); otherwise there must be one per option.
 */
export function pairOptionTexts(de: string[], en: string[]): OptionText[] | null {
  if (en.length > 0 && en.length !== de.length) return null
  return de.map((text, i) => ({ de: text, en: en[i] ?? '' }))
}

/** New texts for a question and for each of its options, the options named by their values. */
export type QuestionTexts = {
  labelDe: string
  labelEn?: string | null
  options?: { value: string; de: string; en?: string | null }[]
}

type StoredQuestion = { kind: QuestionKind; labelDe: string; labelEn: string; options?: unknown }

export type Retext =
  | { kind: 'changed'; labelDe: string; labelEn: string; options: QuestionOption[] | null }
  | { kind: 'unchanged' }
  /** The texts name other options than the question has (a form from before another change). */
  | { kind: 'optionsChanged' }

/**
 * The question with its new texts. Options keep their values and order; texts for options the
 * question does not have, or missing texts for one it has, refuse the change rather than guess.
 * An empty English question text means "as in German", as when the question was added.
 */
export function retextQuestion(question: StoredQuestion, texts: QuestionTexts): Retext {
  const labelDe = texts.labelDe.trim()
  const labelEn = texts.labelEn?.trim() || labelDe
  const hasOptions = question.kind === 'CHOICE' || question.kind === 'MULTI'
  let options: QuestionOption[] | null = null
  if (hasOptions) {
    const current = questionOptions(question)
    const given = texts.options ?? []
    const byValue = new Map(given.map((o) => [o.value, o]))
    if (byValue.size !== given.length || given.length !== current.length || current.some((o) => !byValue.has(o.value))) {
      return { kind: 'optionsChanged' }
    }
    options = current.map((o) => {
      const text = byValue.get(o.value)!
      return { value: o.value, de: text.de.trim() || o.de, en: text.en?.trim() ?? '' }
    })
  } else if (texts.options?.length) {
    return { kind: 'optionsChanged' }
  }
  const same =
    labelDe === question.labelDe &&
    labelEn === question.labelEn &&
    (options === null || JSON.stringify(options) === JSON.stringify(questionOptions(question)))
  return same ? { kind: 'unchanged' } : { kind: 'changed', labelDe, labelEn, options }
}
