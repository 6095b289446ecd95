// The overview's question forms and registration filter, shared by the page and its loader and action.
import { z } from 'zod'
import { pairOptionTexts } from '~/domain/events/questions'
import { EXCHANGE_FIELDS } from '~/domain/fair/exchange-profile'
import { line, optionalLine, optionalText } from '~/lib/form-fields'

export const STATUSES = ['CONFIRMED', 'WAITLISTED', 'CANCELLED'] as const
export const QUESTION_KINDS = ['TEXT', 'CHOICE', 'MULTI', 'BOOLEAN'] as const

const lines = (text: string | undefined) =>
  (text ?? '')
    .split(/\r?\n/)
    .map((o) => o.trim())
    .filter(Boolean)
    .slice(0, 50)

export const QuestionForm = z
  .object({
    labelDe: line(300),
    labelEn: optionalLine(300),
    kind: z.enum(QUESTION_KINDS),
    required: z.literal('on').optional(),
    options: optionalText(5_000),
    // The English texts of the options, one per line in the same order (optional).
    optionsEn: optionalText(5_000),
    // A fair's text question can feed the cooperation exchange's offer or seek.
    exchangeField: z.enum(EXCHANGE_FIELDS).optional(),
  })
  .transform((v) => ({ ...v, optionList: pairOptionTexts(lines(v.options), lines(v.optionsEn)) }))
  .refine((v) => (v.kind !== 'CHOICE' && v.kind !== 'MULTI') || lines(v.options).length >= 2, {
    error: 'errors.optionsRequired',
    path: ['options'],
  })
  .refine((v) => (v.kind !== 'CHOICE' && v.kind !== 'MULTI') || v.optionList !== null, {
    error: 'errors.optionsEnCount',
    path: ['optionsEn'],
  })
  .refine((v) => !v.exchangeField || v.kind === 'TEXT', { error: 'errors.exchangeFieldText', path: ['exchangeField'] })

/** The texts of an existing question and of its options (named by their values, which never change). */
export const QuestionTextsForm = z.object({
  questionId: z.string().max(100),
  labelDe: line(300),
  labelEn: optionalLine(300),
  options: z
    .array(z.object({ value: z.string().max(100), de: line(300), en: optionalLine(300) }))
    .max(50)
    .optional(),
})
