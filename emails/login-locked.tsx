// To a staff member when signing in with their address has been paused after too many failed
// attempts (`auth.loginLocked`, payload { userId, lockedAt, lockedUntil }): what happened, until
// when, and what to do — whether it was them or someone guessing.
import { Actions, Greeting, MailLayout, Paragraph, type MailLocale } from './components/layout'
import { mailT } from './components/texts'

export type LoginLockedProps = {
  lang: MailLocale
  name: string
  email: string
  failures: number
  minutes: number
  /** When the lock engaged and when it ends, already in the recipient's language and zone. */
  lockedAt: string
  lockedUntil: string
  loginUrl: string
}

export function LoginLocked(p: LoginLockedProps) {
  const t = mailT(p.lang)
  return (
    <MailLayout
      lang={p.lang}
      preview={t('auth.loginLocked.preview', { until: p.lockedUntil })}
      organiser={{ name: 'Fairdesk', email: null }}
      footer={t('auth.loginLocked.footer')}
    >
      <Greeting lang={p.lang} name={p.name} />
      <Paragraph>{t('auth.loginLocked.intro', { count: p.failures, email: p.email, minutes: p.minutes, at: p.lockedAt })}</Paragraph>
      <Paragraph>{t('auth.loginLocked.paused', { until: p.lockedUntil })}</Paragraph>
      <Paragraph>{t('auth.loginLocked.ifYou')}</Paragraph>
      <Paragraph>{t('auth.loginLocked.ifNotYou')}</Paragraph>
      <Actions primary={{ href: p.loginUrl, label: t('auth.loginLocked.login') }} />
    </MailLayout>
  )
}
