// "Forgot password": one field, and always the same answer — whether or not the address has an
// account, and after the same time (requestPasswordReset takes at least RESET_REQUEST_MIN_MS).
// The link (1 h, single use) goes to the account's own mailbox through the outbox.
import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Button, Card, Field, FormError, Notice } from '~/components/ui'
import { MAX_EMAIL_LENGTH } from '~/domain/accounts/auth.server'
import { requestPasswordReset } from '~/domain/accounts/users.server'
import { getDb } from '~/lib/db.server'
import { i18next } from '~/lib/i18next.server'
import { kickOutboxWorker } from '~/mail/worker.server'

const ForgotForm = z.object({
  email: z
    .string({ error: 'errors.emailRequired' })
    .trim()
    .min(1, { error: 'errors.emailRequired', abort: true })
    .max(MAX_EMAIL_LENGTH, { error: 'errors.emailTooLong', abort: true })
    .regex(/^[^\s@]+@[^\s@]+$/, { error: 'errors.emailInvalid' }),
})

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Fairdesk' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await i18next.getFixedT(request, 'auth')
  return { title: t('forgot.metaTitle'), sent: new URL(request.url).searchParams.get('sent') === '1' }
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData().catch(() => new FormData())
  const submission = parseWithZod(form, { schema: ForgotForm })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  await requestPasswordReset(await getDb(), submission.value.email)
  kickOutboxWorker()
  // The same redirect for every address: the typed one does not even travel back.
  return redirect('/login/forgot?sent=1', 303)
}

export default function ForgotPage() {
  const { sent } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation('auth')
  const [form, fields] = useForm<z.input<typeof ForgotForm>>({ id: 'forgot', lastResult })
  const errors = fields.email.errors?.map((k) => t(k))
  return (
    <div className="mx-auto max-w-md">
      <Card className="p-6 sm:p-8">
        <h1 className="text-2xl font-bold tracking-tight">{t('forgot.title')}</h1>
        {sent ? (
          <Notice className="mt-4">{t('forgot.sent')}</Notice>
        ) : (
          <>
            <p className="mt-2 text-slate-700 dark:text-slate-300">{t('forgot.intro')}</p>
            <Form method="post" {...getFormProps(form)} noValidate className="mt-6 flex flex-col gap-4">
              <FormError id="forgot-error" focusOn={lastResult}>
                {errors?.length ? t('form.fixErrors', { ns: 'common' }) : null}
              </FormError>
              <Field
                id={fields.email.id}
                name={fields.email.name}
                label={t('login.email')}
                type="email"
                inputMode="email"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                errors={errors}
              />
              <Button type="submit" disabled={navigation.state === 'submitting'}>
                {navigation.state === 'submitting' ? t('forgot.submitting') : t('forgot.submit')}
              </Button>
            </Form>
          </>
        )}
        <p className="mt-4 text-sm">
          <Link to="/login" className="inline-flex min-h-11 items-center">
            {t('forgot.back')}
          </Link>
        </p>
      </Card>
    </div>
  )
}
