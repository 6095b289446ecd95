import { getFormProps, useForm } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { QuestionField } from '~/components/question-field'
import { SessionChoices } from '~/components/session-choices'
import { Button, Card, FormError } from '~/components/ui'
import { fieldName, type Answer } from '~/domain/registration/answers'
import type { ManagePage, ManageResult } from './route'

const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : typeof v === 'string' ? [v] : [])

/** Answers and workshops, changeable until the event is over. */
export function ChangeChoices({ r, result }: { r: ManagePage; result: ManageResult | undefined }) {
  const { t } = useTranslation('registration')
  const lastResult = result && 'form' in result && result.form === 'change' ? result : null
  const [form] = useForm({ id: 'change', lastResult })
  // The questions are the organiser's, so their fields are read by name from the form's flat view.
  const errors = form.allErrors
  const typed = lastResult ? ((form.initialValue ?? {}) as Record<string, unknown>) : null
  const valueOf = (q: ManagePage['questions'][number]): Answer | undefined => {
    if (!typed) return r.currentAnswers[q.id]
    const raw = typed[fieldName(q.id)]
    if (q.kind === 'BOOLEAN') return list(raw).length > 0
    return q.kind === 'MULTI' ? list(raw) : list(raw)[0]
  }
  const tr = (keys?: string[]) => keys?.map((k) => t(k))
  const hasErrors = Object.keys(errors).length > 0
  return (
    <Card className="mt-6">
      <h2 className="text-lg font-semibold">{t('manage.changeTitle')}</h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('manage.changeIntro')}</p>
      <Form method="post" {...getFormProps(form)} noValidate className="mt-4 flex flex-col gap-4">
        <FormError>{form.errors?.length ? tr(form.errors)?.join(' ') : hasErrors ? t('errors.summary') : null}</FormError>
        {r.questions.map((q) => (
          <QuestionField key={q.id} question={q} value={valueOf(q)} errors={tr(errors[fieldName(q.id)])} />
        ))}
        <SessionChoices
          days={r.sessions}
          chosen={typed ? list(typed.sessions) : Object.keys(r.sessionStatuses)}
          statuses={r.sessionStatuses}
          conflict={lastResult?.sessionConflict}
        />
        <div>
          <Button type="submit" name="intent" value="change">
            {t('manage.changeSubmit')}
          </Button>
        </div>
      </Form>
    </Card>
  )
}
