import { useEffect } from 'react'
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import {
  data,
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { RouteFocus } from '~/components/route-focus'
import { SiteFooter, SiteHeader } from '~/components/site-chrome'
import { hasDemoAccounts } from '~/domain/accounts/demo.server'
import { getDb } from '~/lib/db.server'
import { toLocale } from '~/lib/i18n'
import { useNonce } from '~/lib/nonce'
import { i18next, localeCookie } from '~/lib/i18next.server'
import de from '~/locales/de/common.json'
import en from '~/locales/en/common.json'
import styles from '~/styles/app.css?url'

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: styles },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

const errorKey = (status: number) => (status === 404 ? 'notFound' : status === 403 ? 'forbidden' : 'serverError')

/** Only an error page gets its title here (every page sets its own): a document needs one. */
export const meta: MetaFunction<typeof loader> = ({ error, data }) => {
  if (!error) return []
  const texts = data?.locale === 'en' ? en : de
  return [{ title: `${texts.errors[errorKey(isRouteErrorResponse(error) ? error.status : 500)].title} – Fairdesk` }]
}

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = toLocale(await i18next.getLocale(request))
  // An explicit choice (?lng=en from the switcher) is remembered for the next visits.
  const chosen = new URL(request.url).searchParams.get('lng')
  const headers = chosen ? { 'Set-Cookie': await localeCookie.serialize(locale) } : undefined
  return data({ locale, demo: await hasDemoAccounts(await getDb()) }, { headers })
}

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRouteLoaderData<typeof loader>('root')
  const locale = root?.locale ?? 'de'
  const nonce = useNonce()
  return (
    <html lang={locale} className="h-full">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light dark" />
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-full flex-col">
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  )
}

export default function App() {
  const { locale, demo } = useLoaderData<typeof loader>()
  // Marks the page as interactive once React has hydrated it (browser tests wait for this before
  // clicking, so a click can't fall between the server HTML and the scripts taking over).
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true'
  }, [])
  return (
    <>
      <RouteFocus />
      <SiteHeader locale={locale} demo={demo} />
      {/* tabIndex: the skip link moves focus here, so the next Tab starts inside the page's content. */}
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 focus:outline-none sm:py-10">
        <Outlet />
      </main>
      <SiteFooter />
    </>
  )
}

export function ErrorBoundary() {
  const error = useRouteError()
  const { t } = useTranslation()
  const status = isRouteErrorResponse(error) ? error.status : 500
  if (!isRouteErrorResponse(error)) console.error(error)
  const key = errorKey(status)
  return (
    <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-16 focus:outline-none">
      <p className="text-sm font-semibold text-brand-700 dark:text-brand-100">{status}</p>
      <h1 className="mt-2 text-2xl font-bold">{t(`errors.${key}.title`)}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t(`errors.${key}.text`)}</p>
      <p className="mt-6">
        <a href="/events">{t('errors.backToEvents')}</a>
      </p>
    </main>
  )
}
