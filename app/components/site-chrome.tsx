import { Link, NavLink, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { Locale } from '~/lib/i18n'

/** Links to the same page in the other language; works without JavaScript. */
export function LanguageSwitcher({ locale }: { locale: Locale }) {
  const { t } = useTranslation()
  const location = useLocation()
  const other: Locale = locale === 'de' ? 'en' : 'de'
  const params = new URLSearchParams(location.search)
  params.set('lng', other)
  return (
    <a
      href={`${location.pathname}?${params.toString()}`}
      hrefLang={other}
      lang={other}
      className="inline-flex min-h-11 items-center rounded-md px-2 text-sm sm:px-3 font-medium text-slate-700 no-underline hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800"
    >
      {t('language.switchTo')}
    </a>
  )
}

export function SiteHeader({ locale, demo = false }: { locale: Locale; demo?: boolean }) {
  const { t } = useTranslation()
  const nav = 'inline-flex min-h-11 items-center rounded-md px-2 text-sm font-medium no-underline sm:px-3'
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900 print:hidden">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:m-2 focus:inline-block focus:rounded-md focus:bg-white focus:p-3 focus:font-semibold focus:text-brand-800 dark:focus:bg-slate-900 dark:focus:text-white"
      >
        {t('nav.skipToContent')}
      </a>
      {/* The demo's logins exist: whatever is shown here is made up, and anyone may sign in. */}
      {demo ? (
        <p data-demo-ribbon="" className="bg-amber-200 px-4 py-1 text-center text-sm font-semibold text-amber-950">
          {t('demo.ribbon')}
        </p>
      ) : null}
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-2 px-2 py-1 sm:px-4 sm:py-2">
        <Link to="/events" className="inline-flex min-h-11 items-center text-lg font-bold text-slate-900 no-underline dark:text-white">
          Fairdesk
        </Link>
        <nav aria-label={t('nav.main')} className="flex flex-wrap items-center gap-x-1">
          <NavLink
            to="/events"
            className={({ isActive }) =>
              `${nav} ${isActive ? 'bg-brand-50 text-brand-800 dark:bg-slate-800 dark:text-white' : 'text-slate-700 dark:text-slate-200'}`
            }
          >
            {t('nav.events')}
          </NavLink>
          <NavLink
            to="/admin"
            className={({ isActive }) =>
              `${nav} ${isActive ? 'bg-brand-50 text-brand-800 dark:bg-slate-800 dark:text-white' : 'text-slate-700 dark:text-slate-200'}`
            }
          >
            {t('nav.staff')}
          </NavLink>
          <LanguageSwitcher locale={locale} />
        </nav>
      </div>
    </header>
  )
}

export function SiteFooter() {
  const { t } = useTranslation()
  return (
    <footer className="border-t border-slate-200 py-6 text-center text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400 print:hidden">
      {t('footer.text')}
    </footer>
  )
}
