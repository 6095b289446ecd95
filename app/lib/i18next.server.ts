import { createCookie } from '@remix-run/node'
import { RemixI18Next } from 'remix-i18next/server'
import { defaultLocale, supportedLocales } from './i18n'
import { i18nConfig } from './i18n-resources'

/** Remembers the language a visitor chose with the switcher (?lng=en). */
export const localeCookie = createCookie('fairdesk_lng', {
  path: '/',
  sameSite: 'lax',
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
})

// Order: an explicit ?lng= choice, then the remembered choice, then the browser's languages.
export const i18next = new RemixI18Next({
  detection: {
    supportedLanguages: [...supportedLocales],
    fallbackLanguage: defaultLocale,
    cookie: localeCookie,
    order: ['searchParams', 'cookie', 'header'],
    searchParamKey: 'lng',
  },
  i18next: i18nConfig,
})
