// Zod building blocks the staff and public forms share. Messages are translation keys that every
// form namespace defines (`errors.required`, `errors.tooLong`, `errors.invalidCharacters`, and for
// e-mail fields `errors.emailInvalid`, `errors.emailTooLong`).
import { z } from 'zod'

/** Control characters and bidirectional overrides have no place in a one-line field (names, titles). */
// eslint-disable-next-line no-control-regex
export const LINE_CONTROL = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/
/** The same for multi-line text: tabs and line breaks are allowed there. */
// eslint-disable-next-line no-control-regex
export const TEXT_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/

/** A required one-line field, trimmed. */
export const line = (max: number) =>
  z
    .string({ error: 'errors.required' })
    .trim()
    .min(1, { error: 'errors.required', abort: true })
    .max(max, { error: 'errors.tooLong', abort: true })
    .refine((v) => !LINE_CONTROL.test(v), { error: 'errors.invalidCharacters' })

/** A one-line field that may be missing or empty, trimmed. */
export const optionalLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'errors.tooLong', abort: true })
    .refine((v) => !LINE_CONTROL.test(v), { error: 'errors.invalidCharacters' })
    .optional()

/** Multi-line text (a summary, a note) that may be missing or empty, trimmed. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'errors.tooLong', abort: true })
    .refine((v) => !TEXT_CONTROL.test(v), { error: 'errors.invalidCharacters' })
    .optional()

/**
 * The one e-mail rule of every form. Deliberately a pattern rather than z.email(): it accepts what
 * mail servers deliver to (umlauts, plus-addressing) and rejects what breaks a header (spaces,
 * brackets, commas). Needs `errors.emailInvalid` and `errors.emailTooLong` in the form's namespace.
 */
export const EMAIL_PATTERN = /^[^\s@<>()",;:\\]+@[^\s@<>()",;:\\]+\.[^\s@<>()",;:\\]{2,}$/
export const MAX_EMAIL_LENGTH = 254

/** A required e-mail address, trimmed (case kept: the domain decides whether to compare it folded). */
export const email = z
  .string({ error: 'errors.required' })
  .trim()
  .min(1, { error: 'errors.required', abort: true })
  .max(MAX_EMAIL_LENGTH, { error: 'errors.emailTooLong', abort: true })
  .regex(EMAIL_PATTERN, { error: 'errors.emailInvalid' })

/** An e-mail address that may be missing or empty. */
export const optionalEmail = z
  .string()
  .trim()
  .max(MAX_EMAIL_LENGTH, { error: 'errors.emailTooLong', abort: true })
  .refine((v) => v === '' || EMAIL_PATTERN.test(v), { error: 'errors.emailInvalid' })
  .optional()
