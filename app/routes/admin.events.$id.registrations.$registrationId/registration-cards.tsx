// The registration page's cards below its summary: correct the details, move to another date, the
// check-in and mail history, and the confirm-first danger actions (cancel, erase).
import { getFormProps, useForm } from '@conform-to/react'
import { Form, Link } from '@remix-run/react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { replyFor, typedValue } from '~/components/forms/reply-for'
import { Button, buttonClass, Card, Field, SelectField } from '~/components/ui'
import { STAFF_ROLES, type DetailsForm } from '~/domain/registration/staff-form'

type Translate = (keys?: string[]) => string[] | undefined

export function DetailsCard(props: {
  current: { firstName: string; lastName: string; company: string; role: string }
  lastResult: unknown
  tr: Translate
}) {
  const { current: r, tr } = props
  const lastResult = replyFor(props.lastResult, 'details')
  const [form, fields] = useForm<z.input<typeof DetailsForm>>({ id: 'details', lastResult })
  const answered = Boolean(lastResult.initialValue)
  // After an answer the form shows what was typed, an emptied field too; before, the stored details.
  const value = (name: keyof typeof r) => (answered ? (typedValue(fields[name].initialValue) ?? '') : r[name])
  const errors = {
    firstName: fields.firstName.errors,
    lastName: fields.lastName.errors,
    company: fields.company.errors,
    role: fields.role.errors,
  }
  const { t } = useTranslation('staffRegistrations')
  const { t: tForm } = useTranslation('registration')
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t('detail.editTitle')}</h2>
      <Form method="post" {...getFormProps(form)} noValidate className="mt-3 grid gap-4 sm:grid-cols-2">
        <input type="hidden" name="intent" value="details" />
        <Field name="firstName" label={tForm('form.firstName')} required defaultValue={value('firstName')} errors={tr(errors.firstName)} />
        <Field name="lastName" label={tForm('form.lastName')} required defaultValue={value('lastName')} errors={tr(errors.lastName)} />
        <Field name="company" label={tForm('form.company')} defaultValue={value('company')} errors={tr(errors.company)} />
        <div>
          <SelectField
            name="role"
            label={t('fields.role')}
            defaultValue={value('role') || r.role}
            aria-describedby={errors.role ? 'role-error' : undefined}
          >
            {STAFF_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </SelectField>
          {errors.role ? (
            <p id="role-error" className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
              {tr(errors.role)?.join(' ')}
            </p>
          ) : null}
        </div>
        <div className="sm:col-span-2">
          <Button type="submit">{t('detail.save')}</Button>
        </div>
      </Form>
    </Card>
  )
}

export function MoveCard(props: { targets: { id: string; label: string }[]; lastResult: unknown; tr: Translate }) {
  const { targets, tr } = props
  const [form, fields] = useForm<{ targetEventId: string }>({ id: 'move', lastResult: replyFor(props.lastResult, 'move') })
  const errors = { targetEventId: fields.targetEventId.errors }
  const { t } = useTranslation('staffRegistrations')
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t('move.title')}</h2>
      {targets.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t('move.noTargets')}</p>
      ) : (
        <Form method="post" {...getFormProps(form)} className="mt-3 flex flex-wrap items-end gap-3">
          <input type="hidden" name="intent" value="move" />
          <div className="min-w-64 flex-1">
            <SelectField name="targetEventId" label={t('move.target')} aria-describedby={errors.targetEventId ? 'move-error' : undefined}>
              {targets.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.label}
                </option>
              ))}
            </SelectField>
            {errors.targetEventId ? (
              <p id="move-error" role="alert" className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
                {tr(errors.targetEventId)?.join(' ')}
              </p>
            ) : null}
          </div>
          <Button type="submit" variant="secondary">
            {t('move.submit')}
          </Button>
        </Form>
      )}
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t('move.hint')}</p>
    </Card>
  )
}

export function HistoryCard(props: {
  checkIns: { id: string; at: string; gate: string | null; undone: boolean; conflict: boolean }[]
  mails: { id: string; at: string; template: string; status: string; error: string | null }[]
}) {
  const { t } = useTranslation('staffRegistrations')
  const { t: tMail } = useTranslation('mail')
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t('detail.checkIns')}</h2>
      {props.checkIns.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t('detail.noCheckIns')}</p>
      ) : (
        <ul className="mt-2 text-sm">
          {props.checkIns.map((c) => (
            <li key={c.id} className={c.undone ? 'line-through' : undefined}>
              {c.at}
              {c.gate ? ` · ${c.gate}` : ''}
              {c.undone ? ` (${t('detail.undone')})` : ''}
              {c.conflict ? ` (${t('detail.conflict')})` : ''}
            </li>
          ))}
        </ul>
      )}
      <h2 className="mt-6 text-lg font-semibold">{t('detail.mails')}</h2>
      {props.mails.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t('detail.noMails')}</p>
      ) : (
        <ul className="mt-2 text-sm">
          {props.mails.map((m) => (
            <li key={m.id}>
              {m.at} · {tMail(`templates.${m.template}`, { defaultValue: m.template })} · {m.status}
              {m.error ? <span className="text-slate-600 dark:text-slate-400"> – {m.error}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}

/** A danger action that asks first: a link to `?confirm=<name>` shows the form with the real button. */
export function ConfirmCard(props: {
  title: string
  intro?: string
  confirming: boolean
  confirmQuery: string
  start: string
  question: string
  children: ReactNode
  action?: string
  hidden?: ReactNode
}) {
  const { t } = useTranslation('staffRegistrations')
  return (
    <Card>
      <h2 className="text-lg font-semibold">{props.title}</h2>
      {props.intro ? <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{props.intro}</p> : null}
      {props.confirming ? (
        <Form method="post" action={props.action} className="mt-3 flex flex-wrap items-center gap-2">
          {props.hidden}
          <p role="alert" className="w-full font-medium">
            {props.question}
          </p>
          {props.children}
          <Link to="?" className={buttonClass('secondary')}>
            {t('cancelAction')}
          </Link>
        </Form>
      ) : (
        <Link to={props.confirmQuery} className={`${buttonClass('secondary')} mt-3`}>
          {props.start}
        </Link>
      )}
    </Card>
  )
}
