// On a fair's public page: where to find the exhibitors, and how to become one.
import { Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'

export function FairLinks({ slug, applicationsOpen }: { slug: string; applicationsOpen: boolean }) {
  const { t } = useTranslation('fair')
  return (
    <section aria-labelledby="fair-heading">
      <h2 id="fair-heading" className="mb-4 text-xl font-bold">
        {t('public.section')}
      </h2>
      <p className="text-slate-800 dark:text-slate-200">{t('public.sectionText')}</p>
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1">
        <li>
          <Link to={`/events/${slug}/exhibitors`} className="inline-flex min-h-11 items-center">
            {t('public.directoryLink')}
          </Link>
        </li>
        {applicationsOpen ? (
          <li>
            <Link to={`/events/${slug}/exhibit`} className="inline-flex min-h-11 items-center">
              {t('public.applyLink')}
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  )
}
