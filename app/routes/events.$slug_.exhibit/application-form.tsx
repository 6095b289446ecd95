import { getFormProps, useForm } from '@conform-to/react'
import { Form, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button, Card, Field, FormError, TextareaField } from '~/components/ui'
import { STAFF_ROWS } from '~/domain/fair/forms'
import type { ApplicationReply } from './route'

export function ApplicationFormCard({ reply }: { reply: ApplicationReply | undefined }) {
  const navigation = useNavigation()
  const { t } = useTranslation('fair')
  const [form] = useForm({ id: 'apply', lastResult: reply })
  // The staff rows are a fixed set of numbered fields, so the form's flat view of values and
  // messages (by field name) serves them as well as the single fields.
  const values = (form.initialValue ?? {}) as Record<string, string | undefined> & {
    staff?: Array<Record<string, string | undefined> | undefined>
  }
  const err = (name: string) => form.allErrors[name]?.map((k) => t(k))
  const hasErrors = Object.keys(form.allErrors).length > 0
  return (
    <Card className="mt-6 p-5 sm:p-8">
      <p className="text-sm text-slate-700 dark:text-slate-300">{t('apply.intro')}</p>
      <Form
        method="post"
        {...getFormProps(form)}
        noValidate
        className="mt-6 flex flex-col gap-6"
        aria-describedby={hasErrors ? 'apply-errors' : undefined}
      >
        <FormError id="apply-errors">
          {hasErrors ? (form.errors?.length ? form.errors.map((k) => t(k)).join(' ') : t('errors.summary')) : null}
        </FormError>
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-base font-semibold">{t('apply.companyLegend')}</legend>
          <Field
            name="company"
            label={t('apply.company')}
            autoComplete="organization"
            required
            maxLength={150}
            defaultValue={values.company}
            errors={err('company')}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              name="companyCity"
              label={t('apply.companyCity')}
              autoComplete="address-level2"
              maxLength={100}
              defaultValue={values.companyCity}
              errors={err('companyCity')}
            />
            <Field
              name="companyWebsite"
              label={t('apply.companyWebsite')}
              autoComplete="url"
              inputMode="url"
              maxLength={200}
              defaultValue={values.companyWebsite}
              errors={err('companyWebsite')}
            />
          </div>
        </fieldset>
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-base font-semibold">{t('apply.contactLegend')}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              name="firstName"
              label={t('apply.firstName')}
              autoComplete="given-name"
              required
              maxLength={100}
              defaultValue={values.firstName}
              errors={err('firstName')}
            />
            <Field
              name="lastName"
              label={t('apply.lastName')}
              autoComplete="family-name"
              required
              maxLength={100}
              defaultValue={values.lastName}
              errors={err('lastName')}
            />
            <Field
              name="email"
              type="email"
              inputMode="email"
              autoCapitalize="none"
              spellCheck={false}
              label={t('apply.email')}
              autoComplete="email"
              required
              defaultValue={values.email}
              errors={err('email')}
            />
            <Field
              name="phone"
              type="tel"
              label={t('apply.phone')}
              autoComplete="tel"
              maxLength={40}
              defaultValue={values.phone}
              errors={err('phone')}
            />
          </div>
        </fieldset>
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-base font-semibold">{t('apply.spaceLegend')}</legend>
          <Field
            name="areaWantedSqm"
            label={t('apply.areaWanted')}
            inputMode="decimal"
            required
            hint={t('apply.areaHint')}
            defaultValue={values.areaWantedSqm}
            errors={err('areaWantedSqm')}
            className="sm:max-w-xs"
          />
          <TextareaField
            name="topicsDe"
            label={t('apply.topicsDe')}
            required
            maxLength={500}
            hint={t('apply.topicsHint')}
            defaultValue={values.topicsDe}
            errors={err('topicsDe')}
          />
          <TextareaField
            name="topicsEn"
            label={t('apply.topicsEn')}
            maxLength={500}
            defaultValue={values.topicsEn}
            errors={err('topicsEn')}
          />
          <TextareaField
            name="products"
            label={t('apply.products')}
            maxLength={1000}
            defaultValue={values.products}
            errors={err('products')}
          />
        </fieldset>
        <fieldset className="flex flex-col gap-4" aria-describedby="staff-hint">
          <legend className="mb-1 text-base font-semibold">{t('apply.staffLegend')}</legend>
          <p id="staff-hint" className="text-sm text-slate-700 dark:text-slate-300">
            {t('apply.staffHint')}
          </p>
          {Array.from({ length: STAFF_ROWS }, (_, i) => (
            <fieldset key={i} className="grid gap-3 sm:grid-cols-3">
              <legend className="mb-1 text-sm font-medium">{t('apply.staffRow', { n: i + 1 })}</legend>
              <Field
                name={`staff[${i}].firstName`}
                label={t('apply.firstName')}
                autoComplete="off"
                maxLength={100}
                defaultValue={values.staff?.[i]?.firstName}
                errors={err(`staff[${i}].firstName`)}
              />
              <Field
                name={`staff[${i}].lastName`}
                label={t('apply.lastName')}
                autoComplete="off"
                maxLength={100}
                defaultValue={values.staff?.[i]?.lastName}
                errors={err(`staff[${i}].lastName`)}
              />
              <Field
                name={`staff[${i}].email`}
                type="email"
                inputMode="email"
                autoCapitalize="none"
                spellCheck={false}
                label={t('apply.email')}
                autoComplete="off"
                defaultValue={values.staff?.[i]?.email}
                errors={err(`staff[${i}].email`)}
              />
            </fieldset>
          ))}
        </fieldset>
        {/* Honeypot: invisible to people and screen readers, irresistible to bots. */}
        <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
          <label>
            {t('apply.website')}
            <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
          </label>
        </div>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t('apply.privacy')}</p>
        <Button type="submit" disabled={navigation.state === 'submitting'}>
          {navigation.state === 'submitting' ? t('apply.submitting') : t('apply.submit')}
        </Button>
      </Form>
    </Card>
  )
}
