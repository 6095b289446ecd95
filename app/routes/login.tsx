import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { Button, Card, Field, FormError, Notice } from '~/components/ui'
import { authenticate, MAX_EMAIL_LENGTH } from '~/domain/accounts/auth.server'
import { hasDemoAccounts } from '~/domain/accounts/demo.server'
import { LOCK_MS, minutesToWait } from '~/domain/accounts/login-lockout'
import { getDb } from '~/lib/db.server'
import { i18next } from '~/lib/i18next.server'
import { MAX_PASSWORD_LENGTH } from '~/lib/password.server'
import { getUser, safeRedirect } from '~/lib/permissions.server'
import { startStaffSession } from '~/lib/session.server'

// Messages are keys of the `auth` namespace, translated when rendered.
// The e-mail check is deliberately loose (something@something): a stricter pattern could lock out
// a staff member whose real address it does not know; an unknown address simply fails to sign in.
const LoginForm = z.object({
  email: z
    .string({ error: 'errors.emailRequired' })
    .trim()
    .min(1, { error: 'errors.emailRequired', abort: true })
    .max(MAX_EMAIL_LENGTH, { error: 'errors.emailTooLong', abort: true })
    .regex(/^[^\s@]+@[^\s@]+$/, { error: 'errors.emailInvalid' }),
  password: z.string({ error: 'errors.passwordRequired' }).max(MAX_PASSWORD_LENGTH, { error: 'errors.passwordTooLong' }),
  redirectTo: z.string().optional(),
})

// A locked sign-in says when to try again, to people and to clients alike.
export const headers: HeadersFunction = ({ actionHeaders }) => {
  const retryAfter = actionHeaders.get('Retry-After')
  return retryAfter ? { 'Retry-After': retryAfter } : new Headers()
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Fairdesk' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const db = await getDb()
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get('redirectTo'))
  if (await getUser(request, db)) throw redirect(redirectTo)
  const t = await i18next.getFixedT(request, 'auth')
  const query = new URL(request.url).searchParams
  const email = query.get('email')
  return {
    redirectTo,
    title: t('login.metaTitle'),
    demo: await hasDemoAccounts(db),
    passwordSet: query.get('notice') === 'password-set',
    email: email && email.length <= MAX_EMAIL_LENGTH ? email : null,
  }
}

export async function action({ request }: ActionFunctionArgs) {
  let formData: FormData
  try {
    formData = await request.formData()
  } catch {
    // Not a form post (wrong content type, broken body): an answer, not a 500.
    return data({ status: 'error' as const, error: { '': ['errors.badRequest'] } }, { status: 400 })
  }
  const submission = parseWithZod(formData, { schema: LoginForm })
  // The password is never sent back into the page.
  if (submission.status !== 'success') return data(submission.reply({ hideFields: ['password'] }), { status: 400 })

  const db = await getDb()
  const result = await authenticate(db, submission.value.email, submission.value.password)
  if (result.kind === 'invalid') {
    return data(submission.reply({ formErrors: ['errors.invalidCredentials'], hideFields: ['password'] }), { status: 401 })
  }
  if (result.kind === 'locked') {
    // The same answer for every address that had as many failures, account or not.
    const retryInMinutes = minutesToWait(result.retryAfterMs)
    return data(
      { ...submission.reply({ formErrors: ['errors.tooManyAttempts'], hideFields: ['password'] }), retryInMinutes },
      { status: 429, headers: { 'Retry-After': String(Math.ceil(result.retryAfterMs / 1000)) } },
    )
  }
  const { setCookie } = await startStaffSession(request, db, result.user.id)
  return redirect(safeRedirect(submission.value.redirectTo), { headers: { 'Set-Cookie': setCookie } })
}

export default function LoginPage() {
  const { redirectTo, demo, passwordSet, email } = useLoaderData<typeof loader>()
  const lastResult = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation('auth')
  // The form posts to this same URL (Remix keeps the query), so ?redirectTo survives a failed attempt
  // also without JavaScript. No client-side validation: every client gets the server's answer.
  const [form, fields] = useForm<z.input<typeof LoginForm>>({ id: 'login', lastResult })
  const retryInMinutes =
    lastResult && 'retryInMinutes' in lastResult && typeof lastResult.retryInMinutes === 'number'
      ? lastResult.retryInMinutes
      : minutesToWait(LOCK_MS)
  const translate = (keys: string[] | undefined) =>
    keys?.map((key) => (key === 'errors.tooManyAttempts' ? t(key, { count: retryInMinutes }) : t(key)))
  const formErrorId = 'login-form-error'
  const submitting = navigation.state === 'submitting'
  // Empty or malformed fields get a summary too: it takes focus, and the next Tab leads to them.
  const fieldErrors = Boolean(fields.email.errors?.length || fields.password.errors?.length)
  const summary = translate(form.errors)?.join(' ') || (fieldErrors ? t('form.fixErrors', { ns: 'common' }) : null)

  return (
    <div className="mx-auto max-w-md">
      <Card className="p-6 sm:p-8">
        <h1 className="text-2xl font-bold tracking-tight">{t('login.title')}</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">{t('login.intro')}</p>
        {demo ? (
          <p data-demo-login="" className="mt-4 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm font-medium text-amber-950">
            {t('login.demo')}
          </p>
        ) : null}
        {passwordSet ? <Notice className="mt-4">{t('login.passwordSet')}</Notice> : null}
        <Form
          method="post"
          {...getFormProps(form)}
          noValidate
          aria-describedby={summary ? formErrorId : undefined}
          className="mt-6 flex flex-col gap-4"
        >
          <FormError id={formErrorId} focusOn={lastResult}>
            {summary}
          </FormError>
          <input type="hidden" name="redirectTo" value={redirectTo} />
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
            defaultValue={typeof fields.email.initialValue === 'string' ? fields.email.initialValue : (email ?? undefined)}
            errors={translate(fields.email.errors)}
          />
          <Field
            id={fields.password.id}
            name={fields.password.name}
            label={t('login.password')}
            type="password"
            autoComplete="current-password"
            required
            errors={translate(fields.password.errors)}
          />
          <Button type="submit" disabled={submitting} className="mt-2">
            {submitting ? t('login.submitting') : t('login.submit')}
          </Button>
        </Form>
        <p className="mt-4 text-sm">
          <Link to="/login/forgot" className="inline-flex min-h-11 items-center">
            {t('login.forgot')}
          </Link>
        </p>
      </Card>
    </div>
  )
}
