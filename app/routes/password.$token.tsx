// A password link (`npm run user:create`, an invitation, a forgotten password): the account's owner
// sets their password here, once. The link is single-use and expires (app/domain/accounts/users.server.ts).
import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Button, Card, Field, FormError } from '~/components/ui'
import { readPasswordLink, setPasswordWithLink } from '~/domain/accounts/users.server'
import { getDb } from '~/lib/db.server'
import { i18next } from '~/lib/i18next.server'
import { MIN_PASSWORD_LENGTH, newPasswordFields, PROBLEM_MESSAGE, repeatMatches } from '~/web/password-form'

const PasswordForm = z.object(newPasswordFields).superRefine(repeatMatches)

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Fairdesk' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const link = await readPasswordLink(await getDb(), params.token ?? '')
  const t = await i18next.getFixedT(request, 'auth')
  const title = t('password.metaTitle')
  if (link.kind === 'invalid') return data({ title, link: null }, { status: 410 })
  return { title, link: { purpose: link.purpose, email: link.user.email } }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData().catch(() => new FormData())
  const submission = parseWithZod(form, { schema: PasswordForm })
  const hide = { hideFields: ['password', 'repeat'] }
  if (submission.status !== 'success') return data(submission.reply(hide), { status: 400 })
  const result = await setPasswordWithLink(await getDb(), params.token ?? '', submission.value.password)
  if (result.kind === 'weak')
    return data(submission.reply({ ...hide, fieldErrors: { password: [PROBLEM_MESSAGE[result.problem]] } }), { status: 400 })
  if (result.kind === 'invalid') return data(submission.reply({ ...hide, formErrors: ['password.invalidTitle'] }), { status: 410 })
  return redirect(`/login?${new URLSearchParams({ notice: 'password-set', email: result.email })}`, 303)
}

export default function PasswordLinkPage() {
  const { link } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation('auth')
  const [form, fields] = useForm<z.input<typeof PasswordForm>>({ id: 'set-password', lastResult })
  const translate = (keys: string[] | undefined) => keys?.map((k) => t(k, { min: MIN_PASSWORD_LENGTH }))
  if (!link) {
    return (
      <div className="mx-auto max-w-md">
        <Card className="p-6 sm:p-8">
          <h1 className="text-2xl font-bold tracking-tight">{t('password.invalidTitle')}</h1>
          <p className="mt-2 text-slate-700 dark:text-slate-300">{t('password.invalidText')}</p>
          <p className="mt-4">
            <Link to="/login/forgot">{t('password.requestNew')}</Link>
          </p>
        </Card>
      </div>
    )
  }
  const fieldErrors = Boolean(fields.password.errors?.length || fields.repeat.errors?.length)
  const summary = translate(form.errors)?.join(' ') || (fieldErrors ? t('form.fixErrors', { ns: 'common' }) : null)
  return (
    <div className="mx-auto max-w-md">
      <Card className="p-6 sm:p-8">
        <h1 className="text-2xl font-bold tracking-tight">
          {link.purpose === 'RESET' ? t('password.titleReset') : t('password.titleSet')}
        </h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">{t('password.intro', { email: link.email, min: MIN_PASSWORD_LENGTH })}</p>
        <Form method="post" {...getFormProps(form)} noValidate className="mt-6 flex flex-col gap-4">
          <FormError id="set-password-error" focusOn={lastResult}>
            {summary}
          </FormError>
          {/* For password managers: the account the new password belongs to. */}
          <input type="hidden" name="username" autoComplete="username" value={link.email} />
          <Field
            id={fields.password.id}
            name={fields.password.name}
            label={t('password.new')}
            type="password"
            autoComplete="new-password"
            minLength={MIN_PASSWORD_LENGTH}
            required
            errors={translate(fields.password.errors)}
          />
          <Field
            id={fields.repeat.id}
            name={fields.repeat.name}
            label={t('password.repeat')}
            type="password"
            autoComplete="new-password"
            required
            errors={translate(fields.repeat.errors)}
          />
          <Button type="submit" disabled={navigation.state === 'submitting'} className="mt-2">
            {navigation.state === 'submitting' ? t('password.submitting') : t('password.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  )
}
