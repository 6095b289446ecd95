import { getFormProps, useForm } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button, Field } from '~/components/ui'
import type { z } from 'zod'
import type { NewStaffPassForm } from './stand.server'
import type { StandDesk, StandReply } from './route'
import { typedValue } from '~/components/forms/reply-for'

/** The stand's staff passes, and a form to add one while the quota allows. */
export function StaffSection({ view, reply }: { view: StandDesk; reply: StandReply | undefined }) {
  const { t } = useTranslation('fair')
  const lastResult = reply && 'form' in reply && reply.form === 'issuePass' ? reply : null
  const [form, fields] = useForm<z.input<typeof NewStaffPassForm>>({ id: 'issue-pass', lastResult })
  const quotaShown = lastResult?.quota ?? view.staff.quota
  const err = (name: 'firstName' | 'lastName' | 'email') => fields[name].errors?.map((k) => t(k, { quota: quotaShown }))
  const { people, quota } = view.staff
  return (
    <section aria-labelledby="staff-heading" id="staff" className="mt-8 print:hidden">
      <h2 id="staff-heading" className="text-xl font-bold">
        {t('standStaff.heading', { count: people.length, quota })}
      </h2>
      <ul className="mt-2 flex flex-col gap-1 text-sm">
        {people.map((p) => (
          <li key={p.id}>
            {p.name} {p.you ? t('standStaff.you') : null}
          </li>
        ))}
      </ul>
      {people.length < quota ? (
        <Form method="post" {...getFormProps(form)} noValidate className="mt-3 grid gap-3 sm:grid-cols-2" aria-labelledby="staff-heading">
          <input type="hidden" name="intent" value="issuePass" />
          <p className="text-sm text-slate-700 sm:col-span-2 dark:text-slate-300">{t('standStaff.intro')}</p>
          <Field
            id={fields.firstName.id}
            name={fields.firstName.name}
            label={t('apply.firstName')}
            autoComplete="off"
            defaultValue={typedValue(fields.firstName.initialValue)}
            errors={err('firstName')}
          />
          <Field
            id={fields.lastName.id}
            name={fields.lastName.name}
            label={t('apply.lastName')}
            autoComplete="off"
            defaultValue={typedValue(fields.lastName.initialValue)}
            errors={err('lastName')}
          />
          <Field
            id={fields.email.id}
            name={fields.email.name}
            type="email"
            label={t('apply.email')}
            autoComplete="off"
            defaultValue={typedValue(fields.email.initialValue)}
            errors={err('email')}
            className="sm:col-span-2"
          />
          <div>
            <Button type="submit" variant="secondary">
              {t('standStaff.add')}
            </Button>
          </div>
        </Form>
      ) : (
        <p className="mt-2 text-sm">{t('standStaff.full')}</p>
      )}
    </section>
  )
}
