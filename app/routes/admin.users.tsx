// Staff accounts, for administrators: the list (role, status, last sign-in), inviting someone by
// e-mail (the account is created and a set-password link mailed through the outbox), changing a
// role, deactivating (its sessions end at once) and reactivating. The rules — the last active
// administrator stays, nobody deactivates themselves — are the domain's (accounts/users.server.ts).
import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { replyFor, typedValue } from '~/components/forms/reply-for'
import { Badge, Button, Card, cell, Field, FormError, Notice, SelectField, TableScroll } from '~/components/ui'
import { STAFF_ROLES } from '~/domain/accounts/roles'
import { changeRole, createAccount, listAccounts, setAccountActive } from '~/domain/accounts/users.server'
import { DEFAULT_TIME_ZONE, formatDateTime } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { email, optionalLine } from '~/lib/form-fields'
import { toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'
import type { StaffUser } from '~/lib/session.server'
import { kickOutboxWorker } from '~/mail/worker.server'
import { runIntent, withContext } from '~/web/intents.server'

const role = z.enum(STAFF_ROLES, { error: 'errors.roleInvalid' })
const InviteForm = z.object({ intent: z.literal('invite'), email, name: optionalLine(120), role })

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Fairdesk' }]

const NOTICES = ['invited', 'roleChanged', 'deactivated', 'reactivated', 'unchanged', 'lastAdmin', 'self'] as const

export async function loader({ request }: LoaderFunctionArgs) {
  const db = await getDb()
  const me = await requirePermission(request, db, 'users:manage')
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'admin')
  const query = new URL(request.url).searchParams
  const notice = NOTICES.find((n) => n === query.get('notice')) ?? null
  const zone = { locale, timeZone: DEFAULT_TIME_ZONE }
  return data({
    title: t('users.metaTitle'),
    meId: me.id,
    notice,
    noticeEmail: notice === 'invited' ? (query.get('email') ?? '').slice(0, 254) : null,
    accounts: (await listAccounts(db)).map((a) => ({
      id: a.id,
      email: a.email,
      name: a.name,
      role: a.role,
      status: a.disabledAt ? ('disabled' as const) : a.pending ? ('pending' as const) : ('active' as const),
      lastLogin: a.lastLoginAt ? formatDateTime(a.lastLoginAt, zone) : null,
    })),
  })
}

type Page = { db: Awaited<ReturnType<typeof getDb>>; me: StaffUser; locale: string }
const back = (notice: string, extra: Record<string, string> = {}) =>
  redirect(`/admin/users?${new URLSearchParams({ notice, ...extra })}`, 303)

export async function action(args: ActionFunctionArgs) {
  const db = await getDb()
  const me = await requirePermission(args.request, db, 'users:manage')
  const locale = toLocale(await i18next.getLocale(args.request))
  return runIntent(args, withContext<Page>({ db, me, locale }, { invite, role: changeRoleIntent, deactivate, reactivate }))
}

async function invite(page: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: InviteForm })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const result = await createAccount(
    page.db,
    { email: submission.value.email, name: submission.value.name, role: submission.value.role, locale: page.locale },
    { id: page.me.id, name: page.me.name },
  )
  if (result.kind === 'exists') return data(submission.reply({ fieldErrors: { email: ['users.errors.exists'] } }), { status: 409 })
  if (result.kind === 'invalidEmail') return data(submission.reply({ fieldErrors: { email: ['errors.emailInvalid'] } }), { status: 400 })
  kickOutboxWorker()
  return back('invited', { email: result.user.email })
}

const userId = (form: FormData) => {
  const id = form.get('userId')
  if (typeof id !== 'string' || id.length === 0 || id.length > 64) throw new Response('Bad request', { status: 400 })
  return id
}

function outcome(kind: 'changed' | 'unchanged' | 'notFound' | 'self' | 'lastAdmin', changed: string) {
  if (kind === 'notFound') throw new Response(null, { status: 404 })
  return back(kind === 'changed' ? changed : kind)
}

async function changeRoleIntent(page: Page, form: FormData) {
  const parsed = role.safeParse(form.get('role'))
  if (!parsed.success) throw new Response('Bad request', { status: 400 })
  return outcome((await changeRole(page.db, page.me.id, userId(form), parsed.data)).kind, 'roleChanged')
}

async function deactivate(page: Page, form: FormData) {
  return outcome((await setAccountActive(page.db, page.me.id, userId(form), false)).kind, 'deactivated')
}

async function reactivate(page: Page, form: FormData) {
  return outcome((await setAccountActive(page.db, page.me.id, userId(form), true)).kind, 'reactivated')
}

export default function UsersPage() {
  const { accounts, meId, notice, noticeEmail } = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  const navigation = useNavigation()
  const [params] = useSearchParams()
  const { t } = useTranslation('admin')
  const [form, fields] = useForm<z.input<typeof InviteForm>>({ id: 'invite', lastResult: replyFor(reply, 'invite') })
  const errors = (keys: string[] | undefined) => keys?.map((k) => t(k))
  const fieldErrors = Boolean(fields.email.errors?.length || fields.name.errors?.length || fields.role.errors?.length)
  const problem = notice === 'lastAdmin' || notice === 'self'
  const tone = { active: 'success', pending: 'warning', disabled: 'danger' } as const
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t('users.title')}</h1>
        <p className="mt-1 max-w-prose text-slate-700 dark:text-slate-300">{t('users.intro')}</p>
      </div>
      {notice && !problem ? <Notice key={params.toString()}>{t(`users.notice.${notice}`, { email: noticeEmail ?? '' })}</Notice> : null}
      {problem ? (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {t(`users.errors.${notice}`)}
        </p>
      ) : null}

      <Card className="max-w-2xl">
        <h2 className="text-lg font-semibold">{t('users.invite')}</h2>
        <Form method="post" {...getFormProps(form)} noValidate className="mt-3 grid gap-4 sm:grid-cols-2">
          <FormError id="invite-error" focusOn={replyFor(reply, 'invite')}>
            {fieldErrors ? t('form.fixErrors', { ns: 'common' }) : null}
          </FormError>
          <input type="hidden" name="intent" value="invite" />
          <Field
            id={fields.email.id}
            name={fields.email.name}
            label={t('users.email')}
            type="email"
            autoComplete="off"
            required
            defaultValue={typedValue(fields.email.initialValue)}
            errors={errors(fields.email.errors)}
          />
          <Field
            id={fields.name.id}
            name={fields.name.name}
            label={t('users.name')}
            hint={t('users.nameHint')}
            autoComplete="off"
            maxLength={120}
            defaultValue={typedValue(fields.name.initialValue)}
            errors={errors(fields.name.errors)}
          />
          <SelectField
            id={fields.role.id}
            name={fields.role.name}
            label={t('users.role')}
            defaultValue={typedValue(fields.role.initialValue) ?? 'ORGANIZER'}
          >
            {STAFF_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </SelectField>
          <div className="flex items-end">
            <Button type="submit" disabled={navigation.state === 'submitting'}>
              {t('users.inviteButton')}
            </Button>
          </div>
        </Form>
      </Card>

      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading" className="text-lg font-semibold">
          {t('users.list')}
        </h2>
        <TableScroll labelledBy="accounts-heading" className="mt-3">
          <table className="w-full text-sm">
            <thead>
              <tr>
                <th scope="col" className={cell.th}>
                  {t('users.table.name')}
                </th>
                <th scope="col" className={cell.th}>
                  {t('users.table.role')}
                </th>
                <th scope="col" className={cell.th}>
                  {t('users.table.status')}
                </th>
                <th scope="col" className={cell.th}>
                  {t('users.table.lastLogin')}
                </th>
                <th scope="col" className={cell.th}>
                  {t('users.table.actions')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              {accounts.map((a) => (
                <tr key={a.id} data-account={a.email}>
                  <td className={cell.td}>
                    <span className="font-semibold">{a.name}</span> {a.id === meId ? t('users.you') : null}
                    <br />
                    <span className="break-all text-slate-600 dark:text-slate-400">{a.email}</span>
                  </td>
                  <td className={cell.td}>
                    <Form method="post" className="flex flex-wrap items-center gap-2">
                      <input type="hidden" name="intent" value="role" />
                      <input type="hidden" name="userId" value={a.id} />
                      <label htmlFor={`role-${a.id}`} className="sr-only">
                        {t('users.changeRoleFor', { name: a.name })}
                      </label>
                      <select
                        id={`role-${a.id}`}
                        name="role"
                        defaultValue={a.role}
                        className="min-h-11 rounded-md border border-slate-400 bg-white px-2 text-sm text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-white"
                      >
                        {STAFF_ROLES.map((r) => (
                          <option key={r} value={r}>
                            {t(`roles.${r}`)}
                          </option>
                        ))}
                      </select>
                      <Button type="submit" variant="secondary" aria-label={`${t('users.save')}: ${a.name}`}>
                        {t('users.save')}
                      </Button>
                    </Form>
                  </td>
                  <td className={cell.td}>
                    <Badge tone={tone[a.status]}>{t(`users.status.${a.status}`)}</Badge>
                  </td>
                  <td className={cell.td}>{a.lastLogin ?? t('users.never')}</td>
                  <td className={cell.td}>
                    {a.id === meId ? null : (
                      <Form method="post">
                        <input type="hidden" name="intent" value={a.status === 'disabled' ? 'reactivate' : 'deactivate'} />
                        <input type="hidden" name="userId" value={a.id} />
                        <Button
                          type="submit"
                          variant={a.status === 'disabled' ? 'secondary' : 'danger'}
                          aria-label={`${a.status === 'disabled' ? t('users.reactivate') : t('users.deactivate')}: ${a.name}`}
                        >
                          {a.status === 'disabled' ? t('users.reactivate') : t('users.deactivate')}
                        </Button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </div>
  )
}
