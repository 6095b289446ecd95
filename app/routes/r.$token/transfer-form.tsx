import { getFormProps, useForm } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { Button, Card, Field, FormError } from '~/components/ui'
import type { TransferForm as Schema } from './manage.server'
import type { ManageResult } from './route'

/** Hands the seat to a colleague, who gets a new ticket and link by mail. */
export function TransferForm({ result }: { result: ManageResult | undefined }) {
  const { t } = useTranslation('registration')
  const lastResult = result && 'form' in result && result.form === 'transfer' ? result : null
  const [form, fields] = useForm<z.input<typeof Schema>>({ id: 'transfer', lastResult })
  const tr = (keys?: string[]) => keys?.map((k) => t(k))
  const fieldErrors = Boolean(fields.firstName.errors?.length || fields.lastName.errors?.length || fields.email.errors?.length)
  return (
    <Card className="mt-6">
      <h2 className="text-lg font-semibold">{t('manage.transferTitle')}</h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('manage.transferIntro')}</p>
      <Form method="post" {...getFormProps(form)} noValidate className="mt-4 flex flex-col gap-3">
        <FormError>{tr(form.errors)?.join(' ') || (fieldErrors ? t('errors.summary') : null)}</FormError>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field
            id={fields.firstName.id}
            name={fields.firstName.name}
            label={t('form.firstName')}
            autoComplete="off"
            errors={tr(fields.firstName.errors)}
          />
          <Field
            id={fields.lastName.id}
            name={fields.lastName.name}
            label={t('form.lastName')}
            autoComplete="off"
            errors={tr(fields.lastName.errors)}
          />
        </div>
        <Field
          id={fields.email.id}
          name={fields.email.name}
          type="email"
          label={t('form.email')}
          autoComplete="off"
          errors={tr(fields.email.errors)}
        />
        <div>
          <Button type="submit" name="intent" value="transfer" variant="secondary">
            {t('manage.transferSubmit')}
          </Button>
        </div>
      </Form>
    </Card>
  )
}
