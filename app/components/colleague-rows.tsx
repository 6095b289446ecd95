import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { QuestionField, type QuestionView } from '~/components/question-field'
import { Button, Field } from '~/components/ui'
import {
  colleagueAnswerName,
  COLLEAGUE_FIELDS,
  colleagueFieldName,
  MAX_COLLEAGUES,
  type ColleagueRow,
} from '~/domain/registration/colleague-rows'

const labels = { firstName: 'form.firstName', lastName: 'form.lastName', email: 'form.email' } as const

/**
 * "Register colleagues too": one row (first name, last name, e-mail and the event's questions) per colleague. "Add a colleague"
 * is a submit button, so without JavaScript the server shows the form again with one more row;
 * with JavaScript the row appears at once and takes the focus.
 */
export function ColleagueRows({
  rows,
  errors,
  questions = [],
}: {
  rows: ColleagueRow[]
  errors: Record<string, string[] | undefined>
  questions?: QuestionView[]
}) {
  const { t } = useTranslation('registration')
  const [added, setAdded] = useState(0)
  const focusRow = useRef<number | null>(null)
  // A new answer from the server brings its own rows.
  useEffect(() => setAdded(0), [rows])
  const count = Math.min(rows.length + added, MAX_COLLEAGUES)
  useEffect(() => {
    if (focusRow.current === null) return
    document.getElementById(`colleagues-${focusRow.current}-firstName`)?.focus()
    focusRow.current = null
  }, [count])
  return (
    <fieldset className="flex flex-col gap-3" aria-describedby="colleagues-intro">
      <legend className="mb-1 text-base font-semibold">{t('group.title')}</legend>
      <p id="colleagues-intro" className="text-sm text-slate-700 dark:text-slate-300">
        {t('group.intro', { max: MAX_COLLEAGUES })}
      </p>
      <input type="hidden" name="colleagueRows" value={count} />
      {Array.from({ length: count }, (_, i) => (
        <fieldset key={i} className="grid gap-3 rounded-md border border-slate-300 p-3 sm:grid-cols-3 dark:border-slate-600">
          <legend className="px-1 text-sm font-semibold">{t('group.colleague', { number: i + 1 })}</legend>
          {COLLEAGUE_FIELDS.map((field) => {
            const name = colleagueFieldName(i, field)
            return (
              <Field
                key={field}
                id={`colleagues-${i}-${field}`}
                name={name}
                type={field === 'email' ? 'email' : 'text'}
                inputMode={field === 'email' ? 'email' : undefined}
                autoCapitalize={field === 'email' ? 'none' : undefined}
                spellCheck={field === 'email' ? false : undefined}
                autoComplete="off"
                maxLength={field === 'email' ? 254 : 100}
                label={t(labels[field])}
                defaultValue={rows[i]?.[field]}
                errors={errors[name]?.map((k) => t(k))}
              />
            )
          })}
          {questions.length > 0 ? (
            <div className="flex flex-col gap-3 sm:col-span-3">
              {questions.map((q) => {
                const name = colleagueAnswerName(i, q.id)
                return (
                  <QuestionField
                    key={q.id}
                    name={name}
                    question={q}
                    value={rows[i]?.answers?.[q.id]}
                    errors={errors[name]?.map((k) => t(k))}
                  />
                )
              })}
            </div>
          ) : null}
        </fieldset>
      ))}
      {count < MAX_COLLEAGUES ? (
        <div>
          <Button
            type="submit"
            name="intent"
            value="addColleague"
            variant="secondary"
            onClick={(e) => {
              e.preventDefault()
              focusRow.current = count
              setAdded((n) => n + 1)
            }}
          >
            {t('group.add')}
          </Button>
        </div>
      ) : (
        <p className="text-sm text-slate-700 dark:text-slate-300">{t('group.max', { max: MAX_COLLEAGUES })}</p>
      )}
    </fieldset>
  )
}
