// The outbox's rendering of `auth.invite` and `auth.passwordReset` (queued by
// app/domain/accounts/users.server.ts): rendered when sent, and skipped when the link is no longer
// usable (used, replaced, expired) or the account is deactivated — a stale link is never mailed.
import { renderPasswordLink } from '../../emails/catalog.server'
import { hashToken, INVITE_TEMPLATE, passwordLinkPath } from '~/domain/accounts/users.server'
import { REPORT_TIME_ZONE } from '~/domain/reports/counting.server'
import type { Db } from '~/lib/db.server'
import { formatDateTime } from '~/lib/datetime'
import { toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'

type Rendered =
  | { kind: 'mail'; mail: { to: { name: string; address: string }; subject: string; html: string; text: string } }
  | { kind: 'skip' | 'invalid'; reason: string }

export async function renderPasswordLinkMessage(
  db: Db,
  message: { template: string; toEmail: string; locale: string; payload: unknown },
  base: string,
  now = new Date(),
): Promise<Rendered> {
  const payload = (message.payload ?? {}) as { userId?: unknown; token?: unknown; invitedBy?: unknown }
  if (typeof payload.userId !== 'string' || typeof payload.token !== 'string')
    return { kind: 'invalid', reason: 'no user or link in payload' }
  const link = await db.passwordToken.findUnique({ where: { tokenHash: hashToken(payload.token) }, include: { user: true } })
  if (!link || link.userId !== payload.userId) return { kind: 'invalid', reason: 'unknown link' }
  if (link.usedAt || link.expiresAt <= now) return { kind: 'skip', reason: 'link used, replaced or expired' }
  const user = link.user
  if (user.disabledAt) return { kind: 'skip', reason: 'account no longer active' }
  if (user.email !== message.toEmail.trim()) return { kind: 'skip', reason: 'account has another address now' }
  const lang = toLocale(message.locale)
  const role = (await i18next.getFixedT(lang, 'admin'))(`roles.${user.role}`)
  const content = await renderPasswordLink({
    lang,
    purpose: message.template === INVITE_TEMPLATE ? 'invite' : 'reset',
    name: user.name,
    email: user.email,
    invitedBy: typeof payload.invitedBy === 'string' ? payload.invitedBy : null,
    role,
    expiresAt: formatDateTime(link.expiresAt, { locale: lang, timeZone: REPORT_TIME_ZONE }),
    url: `${base}${passwordLinkPath(payload.token)}`,
  })
  return { kind: 'mail', mail: { to: { name: user.name, address: user.email }, ...content } }
}
