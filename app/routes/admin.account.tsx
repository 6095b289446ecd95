// Every staff member's own account: the name others see, and the password (the current one is
// required; the other sessions end). Rules and audit entries: accounts/users.server.ts.
import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { replyFor, typedValue } from '~/components/forms/reply-for'
import { Button, Card, Field, FormError, Notice } from '~/components/ui'
import { changeOwnName, changeOwnPassword } from '~/domain/accounts/users.server'
import { getDb, type Db } from '~/lib/db.server'
import { line } from '~/lib/form-fields'
import { i18next } from '~/lib/i18next.server'
import { MAX_PASSWORD_LENGTH } from '~/domain/accounts/password-policy'
import { requireUser } from '~/lib/permissions.server'
import { readSessionId, type StaffUser } from '~/lib/session.server'
import { runIntent, withContext } from '~/web/intents.server'
import { MIN_PASSWORD_LENGTH, newPasswordFields, PROBLEM_MESSAGE, repeatMatches } from '~/web/password-form'

const NameForm = z.object({ intent: z.literal('name'), name: line(120) })
const PasswordForm = z
  .object({
    intent: z.literal('password'),
    current: z.string({ error: 'auth:errors.passwordRequired' }).max(MAX_PASSWORD_LENGTH),
    ...newPasswordFields,
  })
  .superRefine(repeatMatches)

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Fairdesk' }]

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request, await getDb())
  const t = await i18next.getFixedT(request, 'admin')
  const notice = new URL(request.url).searchParams.get('notice')
  return data({
    title: t('account.metaTitle'),
    name: user.name,
    email: user.email,
    notice: notice === 'name' || notice === 'password' ? notice : null,
  })
}

type Page = { db: Db; me: StaffUser; sessionId: string | null }

export async function action(args: ActionFunctionArgs) {
  const db = await getDb()
  const me = await requireUser(args.request, db)
  const sessionId = await readSessionId(args.request, db)
  return runIntent(args, withContext<Page>({ db, me, sessionId }, { name, password }))
}

async function name(page: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: NameForm })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  await changeOwnName(page.db, page.me.id, submission.value.name)
  return redirect('/admin/account?notice=name', 303)
}

async function password(page: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: PasswordForm })
  const hide = { hideFields: ['current', 'password', 'repeat'] }
  if (submission.status !== 'success') return data(submission.reply(hide), { status: 400 })
  const result = await changeOwnPassword(page.db, page.me.id, submission.value.current, submission.value.password, page.sessionId)
  if (result.kind === 'wrongPassword')
    return data(submission.reply({ ...hide, fieldErrors: { current: ['auth:errors.currentPasswordWrong'] } }), { status: 400 })
  if (result.kind === 'weak')
    return data(submission.reply({ ...hide, fieldErrors: { password: [PROBLEM_MESSAGE[result.problem]] } }), { status: 400 })
  if (result.kind === 'notFound') throw new Response(null, { status: 404 })
  return redirect('/admin/account?notice=password', 303)
}

export default function AccountPage() {
  const { name: currentName, email, notice } = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation('admin')
  const [nameForm, nameFields] = useForm<z.input<typeof NameForm>>({ id: 'account-name', lastResult: replyFor(reply, 'name') })
  const [pwForm, pwFields] = useForm<z.input<typeof PasswordForm>>({ id: 'account-password', lastResult: replyFor(reply, 'password') })
  // Keys from the auth namespace (password rules) carry no prefix in web/password-form.ts.
  const tr = (keys: string[] | undefined) =>
    keys?.map((k) =>
      k.startsWith('auth:')
        ? t(k.slice(5), { ns: 'auth', min: MIN_PASSWORD_LENGTH })
        : k.startsWith('errors.password')
          ? t(k, { ns: 'auth', min: MIN_PASSWORD_LENGTH })
          : t(k),
    )
  const pwErrors = Boolean(pwFields.current.errors?.length || pwFields.password.errors?.length || pwFields.repeat.errors?.length)
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t('account.title')}</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          {t('account.intro')} <span className="break-all">{email}</span>
        </p>
      </div>
      {notice ? <Notice>{t(`account.notice.${notice}`)}</Notice> : null}
      <Card>
        <Form method="post" {...getFormProps(nameForm)} noValidate className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="intent" value="name" />
          <Field
            id={nameFields.name.id}
            name={nameFields.name.name}
            label={t('account.name')}
            autoComplete="name"
            required
            maxLength={120}
            defaultValue={typedValue(nameFields.name.initialValue) ?? currentName}
            errors={tr(nameFields.name.errors)}
            className="min-w-56 flex-1"
          />
          <Button type="submit" disabled={navigation.state === 'submitting'}>
            {t('account.saveName')}
          </Button>
        </Form>
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">{t('account.passwordTitle')}</h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('account.passwordHint', { min: MIN_PASSWORD_LENGTH })}</p>
        <Form method="post" {...getFormProps(pwForm)} noValidate className="mt-3 flex flex-col gap-4">
          <FormError id="account-password-error" focusOn={replyFor(reply, 'password')}>
            {pwErrors ? t('form.fixErrors', { ns: 'common' }) : null}
          </FormError>
          <input type="hidden" name="intent" value="password" />
          <input type="hidden" name="username" autoComplete="username" value={email} />
          <Field
            id={pwFields.current.id}
            name={pwFields.current.name}
            label={t('account.current')}
            type="password"
            autoComplete="current-password"
            required
            errors={tr(pwFields.current.errors)}
          />
          <Field
            id={pwFields.password.id}
            name={pwFields.password.name}
            label={t('account.new')}
            type="password"
            autoComplete="new-password"
            required
            errors={tr(pwFields.password.errors)}
          />
          <Field
            id={pwFields.repeat.id}
            name={pwFields.repeat.name}
            label={t('account.repeat')}
            type="password"
            autoComplete="new-password"
            required
            errors={tr(pwFields.repeat.errors)}
          />
          <div>
            <Button type="submit" disabled={navigation.state === 'submitting'}>
              {t('account.savePassword')}
            </Button>
          </div>
        </Form>
      </Card>
    </div>
  )
}
