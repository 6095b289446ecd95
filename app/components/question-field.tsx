import { useTranslation } from 'react-i18next'
import { Field } from '~/components/ui'
import { fieldName, type Answer } from '~/domain/registration/answers'

export type QuestionView = { id: string; kind: string; required: boolean; label: string; options: { value: string; label: string }[] }

/**
 * One custom question of an event as a form field (q_<id>, or `name` for a colleague's row),
 * prefilled with `value` (a previous answer).
 */
export function QuestionField({
  question: q,
  value,
  errors,
  name = fieldName(q.id),
}: {
  question: QuestionView
  value?: Answer
  errors?: string[]
  name?: string
}) {
  const { t } = useTranslation('registration')
  // Ids may not contain the brackets and dots of a colleague's field name.
  const errorId = `${name.replace(/[^\w-]/g, '-')}-error`
  // Yes/no boxes need no "optional"; some labels already say it themselves.
  const marked = q.required || q.kind === 'BOOLEAN' || q.label.toLowerCase().includes(`(${t('form.optional').toLowerCase()})`)
  const label = marked ? q.label : `${q.label} (${t('form.optional')})`
  const error = errors?.length ? (
    <p id={errorId} className="text-sm font-medium text-red-700 dark:text-red-300">
      {errors.join(' ')}
    </p>
  ) : null
  const described = errors?.length ? errorId : undefined
  if (q.kind === 'TEXT') {
    return (
      <Field
        name={name}
        label={label}
        required={q.required}
        maxLength={2000}
        defaultValue={typeof value === 'string' ? value : undefined}
        errors={errors}
      />
    )
  }
  if (q.kind === 'BOOLEAN') {
    return (
      <div>
        <label className="flex min-h-11 items-center gap-3">
          <input
            type="checkbox"
            name={name}
            defaultChecked={value === true}
            className="h-5 w-5"
            aria-describedby={described}
            aria-invalid={errors?.length ? true : undefined}
          />
          <span>{label}</span>
        </label>
        {error}
      </div>
    )
  }
  const multi = q.kind === 'MULTI'
  const picked = (option: string) => (Array.isArray(value) ? value.includes(option) : value === option)
  return (
    <fieldset aria-describedby={described}>
      <legend className="text-sm font-medium">{label}</legend>
      <div className="mt-1 flex flex-col">
        {q.options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-3">
            <input
              type={multi ? 'checkbox' : 'radio'}
              name={name}
              value={o.value}
              defaultChecked={picked(o.value)}
              required={!multi && q.required}
              className="h-5 w-5"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error}
    </fieldset>
  )
}
