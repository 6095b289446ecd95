// The "new password, twice" fields shared by the password link page and the own-account page:
// messages are keys of the `auth` namespace; the rules themselves are the domain's (password-policy.ts).
import { z } from 'zod'
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem, type PasswordProblem } from '~/domain/accounts/password-policy'

export const PROBLEM_MESSAGE: Record<PasswordProblem, string> = {
  tooShort: 'errors.passwordTooShort',
  tooLong: 'errors.passwordTooLong',
  common: 'errors.passwordCommon',
}

export const newPasswordFields = {
  password: z
    .string({ error: 'errors.passwordTooShort' })
    .max(MAX_PASSWORD_LENGTH, { error: 'errors.passwordTooLong' })
    .superRefine((value, ctx) => {
      const problem = passwordProblem(value)
      if (problem) ctx.addIssue({ code: 'custom', message: PROBLEM_MESSAGE[problem] })
    }),
  repeat: z.string({ error: 'errors.passwordMismatch' }).max(MAX_PASSWORD_LENGTH),
}

export const repeatMatches = <T extends { password: string; repeat: string }>(value: T, ctx: z.RefinementCtx) => {
  if (value.password !== value.repeat) ctx.addIssue({ code: 'custom', path: ['repeat'], message: 'errors.passwordMismatch' })
}

export { MIN_PASSWORD_LENGTH }
