// Create or edit a session; a clash with another session (room, speaker) comes back as a list of
// conflicts above the fields.
import { useForm, type SubmissionResult } from '@conform-to/react'
import { Form, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { SessionFields, type SessionFormValues } from '~/components/programme/session-fields'
import { Button, FormError } from '~/components/ui'
import type { View } from './programme.server'

type Props = {
  intent: 'createSession' | 'updateSession'
  reply: SubmissionResult<string[]>
  defaults: Partial<SessionFormValues>
  view: View
}

export function SessionForm({ intent, reply, defaults, view }: Props) {
  const { t } = useTranslation('programme')
  const navigation = useNavigation()
  const [form] = useForm({ id: intent, lastResult: reply, defaultValue: defaults })
  const busy = navigation.state === 'submitting' && navigation.formData?.get('intent') === intent
  const errorId = `${intent}-errors`
  const conflicts = form.errors ?? []
  const sent = form.initialValue as Partial<SessionFormValues>
  return (
    <Form
      method="post"
      id={form.id}
      noValidate
      className="mt-3 flex flex-col gap-4"
      aria-describedby={conflicts.length ? errorId : undefined}
    >
      <input type="hidden" name="intent" value={intent} />
      {defaults.sessionId ? <input type="hidden" name="sessionId" value={defaults.sessionId} /> : null}
      {conflicts.length ? (
        <FormError id={errorId}>
          <p className="font-semibold">{t('conflicts.heading')}</p>
          <ul className="mt-1 list-disc pl-5">
            {conflicts.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </FormError>
      ) : null}
      <SessionFields
        idPrefix={intent}
        defaults={{ ...defaults, ...sent }}
        errors={form.allErrors}
        rooms={view.rooms}
        days={view.days}
        speakers={view.speakers}
      />
      <div>
        <Button type="submit" disabled={busy}>
          {intent === 'createSession' ? t('editor.create') : t('editor.save')}
        </Button>
      </div>
    </Form>
  )
}
