// The session being edited: its fields, moving it to another room or time, and deleting it.
import { useForm } from '@conform-to/react'
import { Form, Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { replyFor } from '~/components/forms/reply-for'
import { Button, Card, Field, FormError, SelectField } from '~/components/ui'
import type { z } from 'zod'
import type { MoveForm } from '~/domain/programme/forms'
import type { View } from './programme.server'
import { SessionForm } from './session-form'

type Editing = NonNullable<View['editing']>

export function EditPanel({ view, reply }: { view: View; reply: unknown }) {
  const { t } = useTranslation('programme')
  const s = view.editing!
  return (
    <div className="flex flex-col gap-6">
      <Card>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 className="text-lg font-semibold">{t('editor.editSession', { title: s.title })}</h2>
          <Link to={`?day=${view.day}`}>{t('editor.closeEdit')}</Link>
        </div>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('editor.sequence', { sequence: s.calendarSequence })}</p>
        <SessionForm intent="updateSession" reply={replyFor(reply, 'updateSession')} defaults={s.form} view={view} />
      </Card>

      <MoveCard view={view} session={s} reply={reply} />

      <Card>
        <h2 className="text-lg font-semibold">{t('editor.deleteSession')}</h2>
        <details className="mt-2">
          <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-red-800 dark:text-red-300">
            {t('editor.deleteAsk')}
          </summary>
          <p className="mt-2 text-sm">{t('editor.deleteHint')}</p>
          <Form method="post" className="mt-3">
            <input type="hidden" name="intent" value="deleteSession" />
            <input type="hidden" name="sessionId" value={s.id} />
            <input type="hidden" name="day" value={view.day} />
            <Button type="submit" variant="danger">
              {t('editor.deleteConfirm')}
            </Button>
          </Form>
        </details>
      </Card>
    </div>
  )
}

function MoveCard({ view, session: s, reply }: { view: View; session: Editing; reply: unknown }) {
  const { t } = useTranslation('programme')
  const [form, fields] = useForm<z.input<typeof MoveForm>>({ id: 'moveSession', lastResult: replyFor(reply, 'moveSession') })
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t('editor.moveSession')}</h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('editor.moveHint')}</p>
      <Form method="post" id={form.id} noValidate className="mt-3 grid gap-3 sm:grid-cols-3">
        <input type="hidden" name="intent" value="moveSession" />
        <input type="hidden" name="sessionId" value={s.id} />
        {form.errors?.length ? <FormError>{form.errors.join(' ')}</FormError> : null}
        <SelectField name="roomId" label={t('editor.room')} defaultValue={s.form.roomId}>
          <option value="">{t('editor.noRoom')}</option>
          {view.rooms.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </SelectField>
        <SelectField name="day" label={t('editor.day')} defaultValue={s.form.day}>
          {view.days.map((d) => (
            <option key={d.day} value={d.day}>
              {d.label}
            </option>
          ))}
        </SelectField>
        <Field
          name="start"
          type="time"
          label={t('editor.newStart')}
          defaultValue={s.form.start}
          required
          errors={fields.start.errors?.map((k) => t(k))}
        />
        <div className="sm:col-span-3">
          <Button type="submit">{t('editor.move')}</Button>
        </div>
      </Form>
    </Card>
  )
}
