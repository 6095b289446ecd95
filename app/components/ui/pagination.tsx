import { Link, useLocation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'

/** Previous/next links that keep the other query parameters (search, filters). */
export function Pagination({ page, pages }: { page: number; pages: number }) {
  const { t } = useTranslation()
  const location = useLocation()
  if (pages <= 1) return null
  const hrefFor = (p: number) => {
    const params = new URLSearchParams(location.search)
    params.set('page', String(p))
    return `${location.pathname}?${params.toString()}`
  }
  const link =
    'inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 text-sm font-medium no-underline dark:border-slate-600'
  return (
    <nav aria-label={t('pagination.label')} className="mt-6 flex items-center justify-between gap-2">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} className={link} rel="prev">
          {t('pagination.previous')}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700 dark:text-slate-300">{t('pagination.page', { page, pages })}</span>
      {page < pages ? (
        <Link to={hrefFor(page + 1)} className={link} rel="next">
          {t('pagination.next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  )
}
