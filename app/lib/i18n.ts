// i18n configuration shared by server and browser. German (formal "Sie") is the default.
// The translations themselves are registered in i18n-resources.ts (server, tests, scripts);
// the browser loads only the current language's files (see entry.client.tsx).

export const supportedLocales = ['de', 'en'] as const
export type Locale = (typeof supportedLocales)[number]
export const defaultLocale: Locale = 'de'

export const i18nBaseConfig = {
  supportedLngs: [...supportedLocales],
  fallbackLng: defaultLocale,
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes
} as const

export function toLocale(value: string | null | undefined): Locale {
  return value === 'en' ? 'en' : 'de'
}

/** Picks the German or English variant of a bilingual field, falling back to German. */
export function localized<T extends string | null | undefined>(locale: Locale, de: T, en: T): T {
  return locale === 'en' && en ? en : de
}
