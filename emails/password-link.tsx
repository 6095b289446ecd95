// The link to set a password: an administrator's invitation to a new staff account (`auth.invite`,
// payload { userId, token, expiresAt, invitedBy }), or the answer to "forgot password"
// (`auth.passwordReset`, payload { userId, token, expiresAt }). The link works once and expires.
import { Actions, Greeting, MailLayout, Paragraph, type MailLocale } from './components/layout'
import { mailT } from './components/texts'

export type PasswordLinkProps = {
  lang: MailLocale
  purpose: 'invite' | 'reset'
  name: string
  email: string
  /** Who invited (invitations only). */
  invitedBy: string | null
  role: string
  /** When the link stops working, already in the recipient's language and zone. */
  expiresAt: string
  url: string
}

export function PasswordLink(p: PasswordLinkProps) {
  const t = mailT(p.lang)
  const key = p.purpose === 'invite' ? 'auth.invite' : 'auth.passwordReset'
  return (
    <MailLayout lang={p.lang} preview={t(`${key}.preview`)} organiser={{ name: 'Fairdesk', email: null }} footer={t(`${key}.footer`)}>
      <Greeting lang={p.lang} name={p.name} />
      <Paragraph>{t(`${key}.intro`, { email: p.email, invitedBy: p.invitedBy ?? 'Fairdesk', role: p.role })}</Paragraph>
      <Paragraph>{t(`${key}.validity`, { until: p.expiresAt })}</Paragraph>
      <Actions primary={{ href: p.url, label: t(`${key}.action`) }} />
      <Paragraph>{t(`${key}.ifNotYou`)}</Paragraph>
    </MailLayout>
  )
}
