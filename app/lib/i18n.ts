// i18n configuration shared by server and browser. All translations are bundled (they are small),
// so no request waits for a translation file. German (formal "Sie") is the default.
import deAdmin from '~/locales/de/admin.json'
import deAuth from '~/locales/de/auth.json'
import deCommon from '~/locales/de/common.json'
import deEvents from '~/locales/de/events.json'
import enAdmin from '~/locales/en/admin.json'
import enAuth from '~/locales/en/auth.json'
import enCommon from '~/locales/en/common.json'
import enEvents from '~/locales/en/events.json'

export const supportedLocales = ['de', 'en'] as const
export type Locale = (typeof supportedLocales)[number]
export const defaultLocale: Locale = 'de'

export const resources = {
  de: { common: deCommon, events: deEvents, auth: deAuth, admin: deAdmin },
  en: { common: enCommon, events: enEvents, auth: enAuth, admin: enAdmin },
} as const

export const namespaces = Object.keys(resources.de) as (keyof (typeof resources)['de'])[]

export const i18nConfig = {
  supportedLngs: [...supportedLocales],
  fallbackLng: defaultLocale,
  defaultNS: 'common',
  ns: namespaces,
  resources,
  interpolation: { escapeValue: false }, // React escapes
} as const

export function toLocale(value: string | null | undefined): Locale {
  return value === 'en' ? 'en' : 'de'
}

/** Picks the German or English variant of a bilingual field, falling back to German. */
export function localized<T extends string | null | undefined>(locale: Locale, de: T, en: T): T {
  return locale === 'en' && en ? en : de
}
