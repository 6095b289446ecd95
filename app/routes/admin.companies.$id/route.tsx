// /admin/companies/:id — edit a company's data and its membership periods (works without JavaScript).
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react'
import type { MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { BackLink, Button, Card, Field, FormError, PageHeader } from '~/components/ui'
import type { CompanyFields } from '~/domain/companies/form'
import type { loader } from './company.server'

export { action, loader } from './company.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? 'Company'} – Fairdesk` }]

const text = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback)

export default function CompanyPage() {
  const page = useLoaderData<typeof loader>()
  const lastResult = useActionData<SubmissionResult<string[]>>()
  const [form, fields] = useForm<z.input<typeof CompanyFields>>({ id: 'company', lastResult })
  const [params] = useSearchParams()
  const { t } = useTranslation('companies')
  const tr = (keys?: string[]) => keys?.map((k) => t(k))
  const errorsOf = (name: string) => tr(form.allErrors[name])
  const hasFieldErrors = Object.entries(form.allErrors).some(([name, errors]) => name !== '' && errors.length > 0)
  const sent = (lastResult?.initialValue ?? null) as Record<string, unknown> | null
  const value = (name: keyof typeof page.company) => text(sent?.[name], String(page.company[name]))
  const sentPeriods = Array.isArray(sent?.periods) ? (sent.periods as Array<Record<string, unknown>>) : null
  const rows = sentPeriods
    ? sentPeriods.map((p) => ({ from: text(p.from, ''), to: text(p.to, ''), remove: p.remove === 'on' }))
    : page.periods.map((p) => ({ ...p, remove: false }))
  const c = page.company
  return (
    <>
      <BackLink to="/admin/companies">{t('edit.back')}</BackLink>
      <PageHeader title={c.name}>{t('edit.people', { count: c.persons, exhibitors: c.exhibitors, partners: c.partners })}</PageHeader>
      {params.get('saved') && !lastResult ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-950 dark:border-green-700 dark:bg-green-950 dark:text-green-100"
        >
          {t('edit.saved')}
        </p>
      ) : null}
      <Card className="max-w-2xl p-5 sm:p-6">
        <Form method="post" {...getFormProps(form)} noValidate className="flex flex-col gap-4">
          <FormError focusOn={lastResult}>
            {form.errors?.length ? tr(form.errors)!.join(' ') : hasFieldErrors ? t('errors.summary') : null}
          </FormError>
          <h2 className="text-lg font-semibold">{t('edit.title')}</h2>
          <Field name="name" label={t('edit.name')} maxLength={150} defaultValue={value('name')} errors={tr(fields.name.errors)} />
          <div className="grid gap-3 sm:grid-cols-2">
            <Field name="city" label={t('edit.city')} maxLength={100} defaultValue={value('city')} errors={tr(fields.city.errors)} />
            <Field
              name="country"
              label={t('edit.country')}
              maxLength={2}
              defaultValue={value('country')}
              errors={tr(fields.country.errors)}
            />
          </div>
          <Field
            name="website"
            type="url"
            label={t('edit.website')}
            maxLength={300}
            defaultValue={value('website')}
            errors={tr(fields.website.errors)}
          />
          <Field name="sector" label={t('edit.sector')} maxLength={150} defaultValue={value('sector')} errors={tr(fields.sector.errors)} />
          <fieldset className="flex flex-col gap-3">
            <legend className="text-lg font-semibold">{t('edit.periods')}</legend>
            <p className="text-sm text-slate-700 dark:text-slate-300">{t('edit.periodsIntro')}</p>
            {rows.length === 0 ? <p className="text-sm">{t('edit.noPeriods')}</p> : null}
            {rows.map((p, i) => (
              <div
                key={i}
                role="group"
                aria-label={t('edit.period', { n: i + 1 })}
                className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto]"
              >
                <Field
                  name={`periods[${i}].from`}
                  type="date"
                  label={t('edit.from')}
                  defaultValue={p.from}
                  errors={errorsOf(`periods[${i}].from`)}
                />
                <Field
                  name={`periods[${i}].to`}
                  type="date"
                  label={t('edit.to')}
                  defaultValue={p.to}
                  errors={errorsOf(`periods[${i}].to`)}
                />
                <label className="flex min-h-11 items-center gap-2 text-sm">
                  <input type="checkbox" name={`periods[${i}].remove`} defaultChecked={p.remove} className="h-5 w-5" />
                  {t('edit.remove')}
                </label>
              </div>
            ))}
            <div role="group" aria-label={t('edit.newPeriod')} className="grid items-end gap-3 sm:grid-cols-2">
              <Field
                name="newFrom"
                type="date"
                label={`${t('edit.newPeriod')}: ${t('edit.from')}`}
                defaultValue={text(sent?.newFrom, '')}
                errors={errorsOf('newFrom')}
              />
              <Field
                name="newTo"
                type="date"
                label={`${t('edit.newPeriod')}: ${t('edit.to')}`}
                defaultValue={text(sent?.newTo, '')}
                errors={errorsOf('newTo')}
              />
            </div>
          </fieldset>
          <div>
            <Button type="submit">{t('edit.save')}</Button>
          </div>
        </Form>
      </Card>
    </>
  )
}
