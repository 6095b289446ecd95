import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button, buttonClass, Card } from '~/components/ui'
import { recordLogout } from '~/domain/accounts/auth.server'
import { getDb } from '~/lib/db.server'
import { forgetScannerShell } from '~/scanner/offline-shell'
import { i18next } from '~/lib/i18next.server'
import { getStaffSession, endStaffSession } from '~/lib/session.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Fairdesk' }]

// A GET never logs out (a link or an image tag elsewhere must not end a session): signed-in users
// get a confirmation form, anonymous ones the login page.
export async function loader({ request }: LoaderFunctionArgs) {
  const db = await getDb()
  if (!(await getStaffSession(request, db))) throw redirect('/login')
  const t = await i18next.getFixedT(request, 'auth')
  return { title: t('logout.metaTitle') }
}

export async function action({ request }: ActionFunctionArgs) {
  const db = await getDb()
  const { setCookie, userId } = await endStaffSession(request, db)
  if (userId) await recordLogout(db, userId)
  return redirect('/login', { headers: { 'Set-Cookie': setCookie } })
}

export default function LogoutPage() {
  const { t } = useTranslation('auth')
  return (
    <div className="mx-auto max-w-md">
      <Card className="p-6 sm:p-8">
        <h1 className="text-2xl font-bold tracking-tight">{t('logout.title')}</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">{t('logout.confirm')}</p>
        <Form method="post" className="mt-6 flex flex-wrap gap-3" onSubmit={() => void forgetScannerShell().catch(() => undefined)}>
          <Button type="submit">{t('logout.submit')}</Button>
          <Link to="/admin" className={buttonClass('secondary')}>
            {t('logout.cancel')}
          </Link>
        </Form>
      </Card>
    </div>
  )
}
