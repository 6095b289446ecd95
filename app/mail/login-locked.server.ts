// The outbox's rendering of `auth.loginLocked` (queued by the login lockout in
// app/domain/accounts/login-lockout.server.ts): rendered when sent, to the account as it is then.
import { renderLoginLocked } from '../../emails/catalog.server'
import { MAX_FAILURES, WINDOW_MS } from '~/domain/accounts/login-lockout'
import { REPORT_TIME_ZONE } from '~/domain/reports/counting.server'
import type { Db } from '~/lib/db.server'
import { formatDateTime } from '~/lib/datetime'
import { toLocale } from '~/lib/i18n'

type Rendered =
  | { kind: 'mail'; mail: { to: { name: string; address: string }; subject: string; html: string; text: string } }
  | { kind: 'skip' | 'invalid'; reason: string }

/** The outbox's rendering of `auth.loginLocked`: to the account's current address, in its language. */
export async function renderLoginLockedMessage(
  db: Db,
  message: { toEmail: string; locale: string; payload: unknown },
  base: string,
): Promise<Rendered> {
  const payload = (message.payload ?? {}) as { userId?: unknown; lockedAt?: unknown; lockedUntil?: unknown }
  if (typeof payload.userId !== 'string' || typeof payload.lockedAt !== 'string' || typeof payload.lockedUntil !== 'string')
    return { kind: 'invalid', reason: 'no user or lock in payload' }
  const user = await db.user.findUnique({ where: { id: payload.userId } })
  if (!user || user.disabledAt) return { kind: 'skip', reason: 'account no longer active' }
  if (user.email !== message.toEmail.trim()) return { kind: 'skip', reason: 'account has another address now' }
  const lang = toLocale(message.locale)
  const zone = { locale: lang, timeZone: REPORT_TIME_ZONE }
  const content = await renderLoginLocked({
    lang,
    name: user.name,
    email: user.email,
    failures: MAX_FAILURES,
    minutes: WINDOW_MS / 60_000,
    lockedAt: formatDateTime(new Date(payload.lockedAt), zone),
    lockedUntil: formatDateTime(new Date(payload.lockedUntil), zone),
    loginUrl: `${base}/login`,
  })
  return { kind: 'mail', mail: { to: { name: user.name, address: user.email }, ...content } }
}
