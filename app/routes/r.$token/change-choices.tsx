import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { QuestionField } from '~/components/question-field'
import { SessionChoices } from '~/components/session-choices'
import { Button, Card, FormError } from '~/components/ui'
import { fieldName } from '~/domain/registration/answers'
import type { ManagePage, ManageResult } from './route'

/** Answers and workshops, changeable until the event is over. */
export function ChangeChoices({ r, result }: { r: ManagePage; result: ManageResult | undefined }) {
  const { t } = useTranslation('registration')
  const change = result && 'form' in result && result.form === 'change' ? result : null
  const changeErrors: Record<string, string[] | undefined> = change?.fieldErrors ?? {}
  return (
    <Card className="mt-6">
      <h2 className="text-lg font-semibold">{t('manage.changeTitle')}</h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('manage.changeIntro')}</p>
      <Form method="post" noValidate className="mt-4 flex flex-col gap-4">
        <FormError>{change?.formError ? t(change.formError) : Object.keys(changeErrors).length ? t('errors.summary') : null}</FormError>
        {r.questions.map((q) => (
          <QuestionField
            key={q.id}
            question={q}
            value={(change?.answers ?? r.currentAnswers)[q.id]}
            errors={changeErrors[fieldName(q.id)]?.map((k) => t(k))}
          />
        ))}
        <SessionChoices
          days={r.sessions}
          chosen={change?.sessionIds ?? Object.keys(r.sessionStatuses)}
          statuses={r.sessionStatuses}
          conflict={change?.sessionConflict}
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
