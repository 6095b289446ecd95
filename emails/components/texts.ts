// The mail texts (app/locales/{de,en}/mail.json) for templates, synchronously: a template renders
// in the recipient's language, not the language of whoever triggered it (staff, the worker).
import { createInstance, type TFunction } from 'i18next'
import de from '../../app/locales/de/mail.json'
import en from '../../app/locales/en/mail.json'

export type MailLocale = 'de' | 'en'

const instance = createInstance()
// initImmediate: false — resources are inline, so init completes before this module is done loading.
void instance.init({
  lng: 'de',
  fallbackLng: 'de',
  supportedLngs: ['de', 'en'],
  ns: ['mail'],
  defaultNS: 'mail',
  resources: { de: { mail: de }, en: { mail: en } },
  interpolation: { escapeValue: false }, // React escapes; plain text must not carry &amp;
  initImmediate: false,
})

export function mailT(lang: MailLocale): TFunction {
  return instance.getFixedT(lang, 'mail')
}
