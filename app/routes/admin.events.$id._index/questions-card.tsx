import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm } from '@conform-to/react'
import { Form, useActionData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { Button, Card, Field, FormError, SelectField, TextareaField } from '~/components/ui'
import { QUESTION_KINDS, type QuestionForm, type QuestionTextsForm } from './overview-forms'
import type { action } from './overview.server'

type Question = {
  id: string
  kind: string
  required: boolean
  label: string
  labelDe: string
  labelEn: string
  options: { value: string; de: string; en: string }[]
  exchangeField: string | null
}

/** The event's custom questions, each with its texts to correct or translate, and the form that adds one. */
export function QuestionsCard({ questions, fair }: { questions: Question[]; fair: boolean }) {
  const result = useActionData<typeof action>()
  const lastResult = result?.form === 'add' ? result : undefined
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
            <li key={q.id} className="py-1">
              {q.label}{' '}
              <span className="text-slate-600 dark:text-slate-400">
                ({t(`event.questionKinds.${q.kind}`)}
                {q.required ? `, ${t('event.required')}` : ''}
                {q.exchangeField ? `, ${t(`event.exchangeFields.${q.exchangeField}`)}` : ''})
              </span>
              <QuestionTexts question={q} result={result?.form === `question-${q.id}` ? result : undefined} />
            </li>
          ))}
        </ol>
      )}
      <Form
        method="post"
        {...getFormProps(form)}
        aria-labelledby="add-question-title"
        noValidate
        className="mt-4 grid gap-3 border-t border-slate-200 pt-4 sm:grid-cols-2 dark:border-slate-700"
      >
        <input type="hidden" name="intent" value="addQuestion" />
        <h3 id="add-question-title" className="font-medium sm:col-span-2">
          {t('event.addQuestion')}
        </h3>
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
        <TextareaField
          {...getTextareaProps(fields.options)}
          key={fields.options.key}
          label={t('event.questionOptions')}
          errors={tr(fields.options.errors)}
        />
        <TextareaField
          {...getTextareaProps(fields.optionsEn)}
          key={fields.optionsEn.key}
          label={t('event.questionOptionsEn')}
          errors={tr(fields.optionsEn.errors)}
        />
        {fair ? (
          <SelectField
            {...getSelectProps(fields.exchangeField)}
            key={fields.exchangeField.key}
            label={t('event.exchangeField')}
            hint={t('event.exchangeFieldHint')}
            className="sm:col-span-2"
          >
            <option value="">{t('event.exchangeFieldNone')}</option>
            <option value="OFFER">{t('event.exchangeFields.OFFER')}</option>
            <option value="SEEK">{t('event.exchangeFields.SEEK')}</option>
          </SelectField>
        ) : null}
        {fields.exchangeField.errors ? (
          <p id={fields.exchangeField.errorId} className="text-sm font-medium text-red-700 sm:col-span-2 dark:text-red-300">
            {tr(fields.exchangeField.errors)?.join(' ')}
          </p>
        ) : null}
        <label className="flex min-h-11 items-center gap-3 sm:col-span-2">
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

type TextsResult = NonNullable<ReturnType<typeof useActionData<typeof action>>>

/**
 * The texts of one question and of its options, German and English, behind a disclosure. Only the
 * texts change: each option keeps its value, which is what the answers store.
 */
function QuestionTexts({ question: q, result }: { question: Question; result: TextsResult | undefined }) {
  const { t } = useTranslation('organiser')
  const id = `question-${q.id}`
  const [form, fields] = useForm<z.input<typeof QuestionTextsForm>>({
    id,
    lastResult: result,
    defaultValue: { questionId: q.id, labelDe: q.labelDe, labelEn: q.labelEn, options: q.options },
  })
  const tr = (keys?: string[]) => keys?.map((k) => t(k))
  const options = fields.options.getFieldList()
  const saved = result && 'saved' in result && result.saved
  return (
    <details className="mt-1" open={result ? true : undefined}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-sky-800 dark:text-sky-300">
        {t('event.editTexts')}
        <span className="sr-only">: {q.label}</span>
      </summary>
      <Form
        method="post"
        {...getFormProps(form)}
        aria-label={t('event.textsOf', { label: q.label })}
        noValidate
        className="mt-2 grid gap-3 sm:grid-cols-2"
      >
        <input type="hidden" name="intent" value="editQuestionTexts" />
        <input type="hidden" name={fields.questionId.name} value={q.id} />
        {saved ? (
          <p role="status" className="text-sm font-medium text-green-800 sm:col-span-2 dark:text-green-300">
            {t('event.textsSaved')}
          </p>
        ) : null}
        {form.errors?.length ? (
          <div className="sm:col-span-2">
            <FormError>{tr(form.errors)?.join(' ')}</FormError>
          </div>
        ) : null}
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
        {options.map((option, i) => {
          const o = option.getFieldset()
          return (
            <fieldset
              key={option.key}
              className="grid gap-3 rounded-md border border-slate-200 p-3 sm:col-span-2 sm:grid-cols-2 dark:border-slate-700"
            >
              <legend className="px-1 text-sm font-medium">{t('event.optionN', { n: i + 1 })}</legend>
              <input type="hidden" name={o.value.name} value={q.options[i]?.value ?? ''} />
              <Field
                {...getInputProps(o.de, { type: 'text' })}
                key={o.de.key}
                label={t('event.optionDe')}
                required
                errors={tr(o.de.errors)}
              />
              <Field
                {...getInputProps(o.en, { type: 'text' })}
                key={o.en.key}
                label={t('event.optionEn')}
                hint={t('event.optionEnHint')}
                errors={tr(o.en.errors)}
              />
            </fieldset>
          )
        })}
        <div className="sm:col-span-2">
          <Button type="submit" variant="secondary">
            {t('event.saveTexts')}
          </Button>
        </div>
      </Form>
    </details>
  )
}
