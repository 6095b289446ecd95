// What a staff password must be: at least MIN_PASSWORD_LENGTH characters and none of the most
// common passwords (common-passwords.ts). Hashing stays in lib/password.server.ts.
import { COMMON_PASSWORDS } from './common-passwords'

export const MIN_PASSWORD_LENGTH = 10
/** lib/password.server.ts's MAX_PASSWORD_LENGTH, repeated so forms in the browser can use this module. */
export const MAX_PASSWORD_LENGTH = 1024

const common = new Set(COMMON_PASSWORDS.map((p) => p.toLowerCase()))

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common'

/** Why a new password is refused, or null when it may be used. */
export function passwordProblem(password: string): PasswordProblem | null {
  const length = [...password.normalize('NFC')].length
  if (length < MIN_PASSWORD_LENGTH) return 'tooShort'
  if (password.length > MAX_PASSWORD_LENGTH) return 'tooLong'
  if (common.has(password.normalize('NFC').trim().toLowerCase())) return 'common'
  return null
}
