import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from '@conform-to/react'
import { Form, useActionData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { Button, Card, Field, FormError, SelectField } from '~/components/ui'
import { QUESTION_KINDS, type QuestionForm } from './overview-forms'
import type { action } from './overview.server'

type Question = { id: string; kind: string; required: boolean; label: string }

/** The event's custom questions and the form that adds one. */
export function QuestionsCard({ questions }: { questions: Question[] }) {
  const lastResult = useActionData<typeof action>()
  const { t } = useTranslation('organiser')
  const [form, fields] = useForm<z.input<typeof QuestionForm>>({ id: 'add-question', lastResult, defaultValue: { kind: 'TEXT' } })
  const tr = (keys?: string[]) => keys?.map((k) => t(k))
  const hasErrors = Object.values(fields).some((f) => f.errors?.length)
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t('event.questions')}</h2>
      {questions.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t('event.noQuestions')}</p>
      ) : (
        <ol className="mt-2 list-decimal pl-6 text-sm">
          {questions.map((q) => (
            <li key={q.id}>
              {q.label}{' '}
              <span className="text-slate-600 dark:text-slate-400">
                ({t(`event.questionKinds.${q.kind}`)}
                {q.required ? `, ${t('event.required')}` : ''})
              </span>
            </li>
          ))}
        </ol>
      )}
      <Form
        method="post"
        {...getFormProps(form)}
        noValidate
        className="mt-4 grid gap-3 border-t border-slate-200 pt-4 sm:grid-cols-2 dark:border-slate-700"
      >
        <h3 className="font-medium sm:col-span-2">{t('event.addQuestion')}</h3>
        {hasErrors || form.errors?.length ? <FormError>{tr(form.errors)?.join(' ') || t('errors.summary')}</FormError> : null}
        <Field
          {...getInputProps(fields.labelDe, { type: 'text' })}
          key={fields.labelDe.key}
          label={t('event.questionLabelDe')}
          required
          errors={tr(fields.labelDe.errors)}
        />
        <Field
          {...getInputProps(fields.labelEn, { type: 'text' })}
          key={fields.labelEn.key}
          label={t('event.questionLabelEn')}
          errors={tr(fields.labelEn.errors)}
        />
        <SelectField {...getSelectProps(fields.kind)} key={fields.kind.key} label={t('event.questionKind')}>
          {QUESTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`event.questionKinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <div className="flex flex-col gap-1">
          <label htmlFor={fields.options.id} className="text-sm font-medium">
            {t('event.questionOptions')}
          </label>
          <textarea
            {...getTextareaProps(fields.options)}
            key={fields.options.key}
            rows={3}
            className="rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
          />
          {fields.options.errors ? (
            <p id={fields.options.errorId} className="text-sm font-medium text-red-700 dark:text-red-300">
              {tr(fields.options.errors)?.join(' ')}
            </p>
          ) : null}
        </div>
        <label className="flex min-h-11 items-center gap-3">
          <input {...getInputProps(fields.required, { type: 'checkbox' })} key={fields.required.key} className="h-5 w-5" />
          {t('event.questionRequired')}
        </label>
        <div className="sm:col-span-2">
          <Button type="submit">{t('event.addQuestion')}</Button>
        </div>
      </Form>
    </Card>
  )
}
