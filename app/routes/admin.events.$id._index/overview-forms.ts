// The overview's question form and registration filter, shared by the page and its loader and action.
import { z } from 'zod'
import { line, optionalLine, optionalText } from '~/lib/form-fields'

export const STATUSES = ['CONFIRMED', 'WAITLISTED', 'CANCELLED'] as const
export const QUESTION_KINDS = ['TEXT', 'CHOICE', 'MULTI', 'BOOLEAN'] as const

export const QuestionForm = z
  .object({
    labelDe: line(300),
    labelEn: optionalLine(300),
    kind: z.enum(QUESTION_KINDS),
    required: z.literal('on').optional(),
    options: optionalText(5_000),
  })
  .transform((v) => ({
    ...v,
    optionList: (v.options ?? '')
      .split(/\r?\n/)
      .map((o) => o.trim())
      .filter(Boolean)
      .slice(0, 50),
  }))
  .refine((v) => (v.kind !== 'CHOICE' && v.kind !== 'MULTI') || v.optionList.length >= 2, {
    error: 'errors.optionsRequired',
    path: ['options'],
  })
