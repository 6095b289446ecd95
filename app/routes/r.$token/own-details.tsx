import { getFormProps, useForm } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { Button, Card, Field, FormError } from '~/components/ui'
import type { DetailsForm, EmailForm } from '~/domain/registration/change-form.server'
import type { ManagePage, ManageResult } from './route'

/** Name and company, corrected at once; a new e-mail address, once its mailbox confirms it. */
export function OwnDetails({ r, result }: { r: ManagePage; result: ManageResult | undefined }) {
  const { t } = useTranslation('registration')
  const detailsResult = result && 'form' in result && result.form === 'details' ? result : null
  const emailResult = result && 'form' in result && result.form === 'email' ? result : null
  const [details, fields] = useForm<z.input<typeof DetailsForm>>({
    id: 'details',
    lastResult: detailsResult,
    defaultValue: { firstName: r.firstName, lastName: r.lastName, company: r.companyName },
  })
  const [email, emailFields] = useForm<z.input<typeof EmailForm>>({ id: 'email', lastResult: emailResult })
  const tr = (keys?: string[]) => keys?.map((k) => t(k))
  const detailErrors = Boolean(fields.firstName.errors?.length || fields.lastName.errors?.length || fields.company.errors?.length)
  return (
    <Card className="mt-6">
      <h2 className="text-lg font-semibold">{t('manage.detailsTitle')}</h2>
      <Form method="post" {...getFormProps(details)} noValidate className="mt-4 flex flex-col gap-3">
        <FormError>{tr(details.errors)?.join(' ') || (detailErrors ? t('errors.summary') : null)}</FormError>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field
            id={fields.firstName.id}
            name={fields.firstName.name}
            label={t('form.firstName')}
            autoComplete="given-name"
            maxLength={100}
            defaultValue={fields.firstName.initialValue}
            errors={tr(fields.firstName.errors)}
          />
          <Field
            id={fields.lastName.id}
            name={fields.lastName.name}
            label={t('form.lastName')}
            autoComplete="family-name"
            maxLength={100}
            defaultValue={fields.lastName.initialValue}
            errors={tr(fields.lastName.errors)}
          />
        </div>
        <Field
          id={fields.company.id}
          name={fields.company.name}
          label={`${t('form.company')} (${t('form.optional')})`}
          autoComplete="organization"
          maxLength={150}
          defaultValue={fields.company.initialValue}
          errors={tr(fields.company.errors)}
        />
        <div>
          <Button type="submit" name="intent" value="details" variant="secondary">
            {t('manage.detailsSubmit')}
          </Button>
        </div>
      </Form>
      <h3 className="mt-6 text-base font-semibold">{t('manage.emailTitle')}</h3>
      <p className="mt-1 text-sm [overflow-wrap:anywhere] text-slate-700 dark:text-slate-300">
        {t('manage.emailIntro', { email: r.email })}
      </p>
      <Form method="post" {...getFormProps(email)} noValidate className="mt-3 flex flex-col gap-3">
        <FormError>{tr(email.errors)?.join(' ') || (emailFields.email.errors?.length ? t('errors.summary') : null)}</FormError>
        <Field
          id={emailFields.email.id}
          name={emailFields.email.name}
          type="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          label={t('manage.emailNew')}
          autoComplete="email"
          defaultValue={emailFields.email.initialValue}
          errors={tr(emailFields.email.errors)}
        />
        <div>
          <Button type="submit" name="intent" value="email" variant="secondary">
            {t('manage.emailSubmit')}
          </Button>
        </div>
      </Form>
    </Card>
  )
}
