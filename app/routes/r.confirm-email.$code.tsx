// The link mailed to a new address: it shows what will change, and the change applies only when
// the button is pressed — mail scanners that open every link must not use it up or apply it.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button, Card } from '~/components/ui'
import { confirmEmailChange, findEmailChange } from '~/domain/registration/contact-change.server'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.metaTitle ?? 'Fairdesk' },
  { name: 'robots', content: 'noindex' },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const change = await findEmailChange(await getDb(), params.code ?? '')
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'registration')
  const body = {
    metaTitle: t('confirmEmail.metaTitle'),
    change: change
      ? { email: change.newEmail, title: localized(locale, change.registration.event.titleDe, change.registration.event.titleEn) }
      : null,
  }
  return data(body, { status: change ? 200 : 404 })
}

export async function action({ params }: ActionFunctionArgs) {
  const result = await confirmEmailChange(await getDb(), params.code ?? '')
  if (result.kind === 'changed') return redirect(`/r/${result.manageToken}?emailChanged=1`, { status: 303 })
  return data({ refused: result.kind }, { status: result.kind === 'taken' ? 409 : 410 })
}

export default function ConfirmEmail() {
  const { change } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const { t } = useTranslation('registration')
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t('confirmEmail.title')}</h1>
      {result ? (
        <p role="alert" className="mt-4">
          {t(`confirmEmail.${result.refused}`)}
        </p>
      ) : change ? (
        <Card className="mt-6">
          <p>{t('confirmEmail.intro', { title: change.title, email: change.email })}</p>
          <Form method="post" className="mt-4">
            <Button type="submit">{t('confirmEmail.submit')}</Button>
          </Form>
        </Card>
      ) : (
        <p role="status" className="mt-4">
          {t('confirmEmail.invalid')}
        </p>
      )}
    </div>
  )
}
