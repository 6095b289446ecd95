import { RemixBrowser } from '@remix-run/react'
import i18next, { type Resource } from 'i18next'
import { startTransition, StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { i18nBaseConfig, toLocale } from '~/lib/i18n'

// Each translation file is its own small chunk; the page loads only its language's files.
const files = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', { import: 'default' })

async function loadLanguage(lng: string): Promise<Resource> {
  const entries = Object.entries(files).filter(([file]) => file.startsWith(`./locales/${lng}/`))
  const loaded = await Promise.all(
    entries.map(async ([file, load]) => [file.slice(file.lastIndexOf('/') + 1, -'.json'.length), await load()] as const),
  )
  return { [lng]: Object.fromEntries(loaded) }
}

async function hydrate() {
  // The server rendered in the language it put on <html lang>; hydrate in the same one.
  const lng = toLocale(document.documentElement.lang)
  const resources = await loadLanguage(lng)
  await i18next.use(initReactI18next).init({ ...i18nBaseConfig, lng, ns: Object.keys(resources[lng]!), resources })
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    )
  })
}

void hydrate()
