import { data, type LoaderFunctionArgs } from '@remix-run/node'
import { Form, NavLink, Outlet, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Badge, Button } from '~/components/ui'
import { getDb } from '~/lib/db.server'
import { forgetScannerShell } from '~/scanner/offline-shell'
import { requireUser } from '~/lib/permissions.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, await getDb())
  return data({ user: { name: user.name, email: user.email, role: user.role } })
}

export default function AdminLayout() {
  const { user } = useLoaderData<typeof loader>()
  const { t } = useTranslation('admin')
  const link = 'inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium no-underline'
  return (
    <div>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3 dark:border-slate-800 print:hidden">
        <nav aria-label={t('nav.label')} className="flex flex-wrap items-center gap-1">
          <NavLink
            to="/admin"
            end
            className={({ isActive }) =>
              `${link} ${isActive ? 'bg-brand-50 text-brand-800 dark:bg-slate-800 dark:text-white' : 'text-slate-700 dark:text-slate-200'}`
            }
          >
            {t('nav.dashboard')}
          </NavLink>
          {user.role === 'ADMIN' || user.role === 'ORGANIZER' ? (
            <NavLink
              to="/admin/events/new"
              className={({ isActive }) =>
                `${link} ${isActive ? 'bg-brand-50 text-brand-800 dark:bg-slate-800 dark:text-white' : 'text-slate-700 dark:text-slate-200'}`
              }
            >
              {t('nav.newEvent')}
            </NavLink>
          ) : null}
          {user.role === 'ADMIN' || user.role === 'ORGANIZER' ? (
            <NavLink
              to="/admin/series"
              className={({ isActive }) =>
                `${link} ${isActive ? 'bg-brand-50 text-brand-800 dark:bg-slate-800 dark:text-white' : 'text-slate-700 dark:text-slate-200'}`
              }
            >
              {t('nav', { ns: 'series' })}
            </NavLink>
          ) : null}
          {user.role !== 'DOOR' ? (
            <NavLink
              to="/admin/reports"
              className={({ isActive }) =>
                `${link} ${isActive ? 'bg-brand-50 text-brand-800 dark:bg-slate-800 dark:text-white' : 'text-slate-700 dark:text-slate-200'}`
              }
            >
              {t('nav', { ns: 'reports' })}
            </NavLink>
          ) : null}
          {user.role === 'ADMIN' || user.role === 'ORGANIZER' ? (
            <NavLink
              to="/admin/outbox"
              className={({ isActive }) =>
                `${link} ${isActive ? 'bg-brand-50 text-brand-800 dark:bg-slate-800 dark:text-white' : 'text-slate-700 dark:text-slate-200'}`
              }
            >
              {t('outbox.nav', { ns: 'mail' })}
            </NavLink>
          ) : null}
          {user.role === 'ADMIN' ? (
            <NavLink
              to="/admin/audit"
              className={({ isActive }) =>
                `${link} ${isActive ? 'bg-brand-50 text-brand-800 dark:bg-slate-800 dark:text-white' : 'text-slate-700 dark:text-slate-200'}`
              }
            >
              {t('audit.nav')}
            </NavLink>
          ) : null}
        </nav>
        {/* One row on a phone too: who is signed in (shortened if need be) and the way out. */}
        <div className="flex w-full items-center justify-between gap-3 text-sm sm:w-auto sm:justify-start">
          <p className="min-w-0 truncate text-slate-700 dark:text-slate-300">
            <span className="sr-only">{t('nav.signedInAs')} </span>
            <span className="font-semibold text-slate-900 dark:text-white">{user.name}</span>{' '}
            <Badge tone="info">{t(`roles.${user.role}`)}</Badge>
          </p>
          <Form method="post" action="/logout" onSubmit={() => void forgetScannerShell().catch(() => undefined)}>
            <Button type="submit" variant="secondary">
              {t('nav.logout')}
            </Button>
          </Form>
        </div>
      </div>
      <Outlet />
    </div>
  )
}
