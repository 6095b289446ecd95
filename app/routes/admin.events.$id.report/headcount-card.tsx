// The manual headcount: what was entered, by whom and when; for organisers the form to set it
// (once the event has started) and the button to take it back.
import { useForm } from '@conform-to/react'
import { Form, useActionData, useNavigation, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { replyFor, typedValue } from '~/components/forms/reply-for'
import { Button, Card, Field, FormError, TextareaField } from '~/components/ui'
import type { HeadcountForm } from '~/domain/reports/headcount-form'
import type { View } from './report.server'

export function HeadcountCard({ view }: { view: View }) {
  const { event, headcount, canEdit, limits, closedYear } = view
  const reply = useActionData()
  const clearErrors = replyFor(reply, 'clearHeadcount').error?.['']
  const [form, fields] = useForm<z.input<typeof HeadcountForm>>({ id: 'headcount', lastResult: replyFor(reply, 'setHeadcount') })
  const navigation = useNavigation()
  const { t } = useTranslation('reports')
  const tr = (keys?: string[]) => keys?.map((k) => t(k))
  // `fields` is a proxy that lists nothing; the plain map of all errors does, '' being the form's own.
  const hasFieldErrors = Object.entries(form.allErrors).some(([name, errors]) => name !== '' && errors.length > 0)
  const busy = navigation.state === 'submitting'
  const [params] = useSearchParams()
  const saved = params.get('headcount')
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t('headcount.title')}</h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('headcount.intro')}</p>
      {!reply && (saved === 'saved' || saved === 'cleared') ? (
        <p
          role="status"
          className="mt-3 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {t(`headcount.${saved}`)}
        </p>
      ) : null}
      {headcount ? (
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium text-slate-600 dark:text-slate-400">{t('headcount.current')}</dt>
          <dd className="font-semibold">{t('headcount.people', { count: headcount.count })}</dd>
          {headcount.note ? (
            <>
              <dt className="font-medium text-slate-600 dark:text-slate-400">{t('headcount.note')}</dt>
              <dd>{headcount.note}</dd>
            </>
          ) : null}
          <dt className="font-medium text-slate-600 dark:text-slate-400">{t('headcount.enteredBy')}</dt>
          <dd>{t('headcount.byAt', { by: headcount.by ?? t('headcount.unknownUser'), at: headcount.at ?? '–' })}</dd>
        </dl>
      ) : (
        <p className="mt-3 text-sm font-medium">{t('headcount.none')}</p>
      )}
      {closedYear ? (
        <p
          data-testid="closed-year-notice"
          className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
        >
          {t(closedYear.mayOverride ? 'headcount.closedYearAdmin' : 'headcount.closedYear', { year: closedYear.year })}
        </p>
      ) : null}
      {canEdit ? (
        event.started ? (
          <>
            <Form
              method="post"
              id={form.id}
              noValidate
              className="mt-4 flex flex-col gap-3 border-t border-slate-200 pt-4 dark:border-slate-700"
            >
              {form.errors?.length ? (
                <FormError>{tr(form.errors)!.join(' ')}</FormError>
              ) : hasFieldErrors ? (
                <FormError>{t('errors.summary')}</FormError>
              ) : null}
              <Field
                name="headcount"
                label={t('headcount.count')}
                hint={t('headcount.countHint')}
                inputMode="numeric"
                pattern="[0-9]*"
                autoComplete="off"
                required
                max={limits.headcount}
                defaultValue={typedValue(fields.headcount.initialValue) ?? headcount?.count ?? ''}
                errors={tr(fields.headcount.errors)}
                className="max-w-xs"
              />
              <NoteField
                defaultValue={typedValue(fields.note.initialValue) ?? headcount?.note ?? ''}
                errors={tr(fields.note.errors)}
                maxLength={limits.note}
              />
              {closedYear?.mayOverride ? <ReasonField year={closedYear.year} /> : null}
              <div>
                <Button type="submit" name="intent" value="setHeadcount" disabled={busy}>
                  {headcount ? t('headcount.update') : t('headcount.save')}
                </Button>
              </div>
            </Form>
            {headcount ? (
              <Form method="post" className="mt-3 flex flex-col gap-3">
                {clearErrors?.length ? <FormError>{tr(clearErrors)!.join(' ')}</FormError> : null}
                {closedYear?.mayOverride ? <ReasonField year={closedYear.year} /> : null}
                <Button type="submit" name="intent" value="clearHeadcount" variant="secondary" disabled={busy} className="self-start">
                  {t('headcount.clear')}
                </Button>
              </Form>
            ) : null}
          </>
        ) : (
          <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">{t('headcount.notStarted')}</p>
        )
      ) : null}
    </Card>
  )
}

/** An administrator's reason for changing the headcount of an event whose report year is closed. */
function ReasonField({ year }: { year: number }) {
  const { t } = useTranslation('reports')
  return <TextareaField name="reason" label={t('headcount.reason', { year })} hint={t('headcount.reasonHint')} maxLength={500} />
}

function NoteField({ defaultValue, errors, maxLength }: { defaultValue: string; errors?: string[]; maxLength: number }) {
  const { t } = useTranslation('reports')
  const invalid = Boolean(errors?.length)
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="headcount-note" className="text-sm font-medium text-slate-800 dark:text-slate-200">
        {t('headcount.noteLabel')}
      </label>
      <textarea
        id="headcount-note"
        name="note"
        rows={2}
        maxLength={maxLength}
        defaultValue={defaultValue}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? 'headcount-note-error' : undefined}
        className={`rounded-md border bg-white px-3 py-2 text-base text-slate-900 dark:bg-slate-900 dark:text-white ${invalid ? 'border-red-700' : 'border-slate-400 dark:border-slate-600'}`}
      />
      {invalid ? (
        <p id="headcount-note-error" className="text-sm font-medium text-red-700 dark:text-red-300">
          {errors!.join(' ')}
        </p>
      ) : null}
    </div>
  )
}
