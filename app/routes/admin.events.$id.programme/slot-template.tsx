// Fill a room's day with open slots of one length, leaving out the breaks.
import { useForm } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { replyFor } from '~/components/forms/reply-for'
import { Button, Card, Field, FormError, SelectField } from '~/components/ui'
import type { View } from './programme.server'

export function SlotTemplate({ view, reply }: { view: View; reply: unknown }) {
  const { t } = useTranslation('programme')
  const [form] = useForm({ id: 'generateSlots', lastResult: replyFor(reply, 'generateSlots') })
  const v = (name: string, fallback: string) => String(form.initialValue?.[name] ?? fallback)
  const err = (name: string) => form.allErrors[name]?.map((k) => t(k))
  if (view.rooms.length === 0) return null
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t('template.title')}</h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('template.intro')}</p>
      <Form method="post" id={form.id} noValidate className="mt-3 grid grid-cols-2 gap-3">
        <input type="hidden" name="intent" value="generateSlots" />
        {form.errors?.length ? (
          <div className="col-span-2">
            <FormError>{form.errors.join(' ')}</FormError>
          </div>
        ) : null}
        <SelectField name="roomId" label={t('editor.room')} defaultValue={v('roomId', view.rooms[0]!.id)}>
          {view.rooms.map((room) => (
            <option key={room.id} value={room.id}>
              {room.name}
            </option>
          ))}
        </SelectField>
        <SelectField name="day" label={t('editor.day')} defaultValue={v('day', view.day)}>
          {view.days.map((d) => (
            <option key={d.day} value={d.day}>
              {d.label}
            </option>
          ))}
        </SelectField>
        <Field name="from" type="time" label={t('template.from')} defaultValue={v('from', '09:00')} errors={err('from')} />
        <Field name="until" type="time" label={t('template.until')} defaultValue={v('until', '17:00')} errors={err('until')} />
        <Field
          name="slotMinutes"
          type="number"
          min={5}
          max={480}
          inputMode="numeric"
          label={t('template.slotMinutes')}
          defaultValue={v('slotMinutes', '30')}
          errors={err('slotMinutes')}
        />
        <Field
          name="gapMinutes"
          type="number"
          min={0}
          max={120}
          inputMode="numeric"
          label={t('template.gapMinutes')}
          defaultValue={v('gapMinutes', '0')}
          errors={err('gapMinutes')}
        />
        <Field
          className="col-span-2"
          name="breaks"
          label={t('template.breaks')}
          hint={t('template.breaksHint')}
          defaultValue={v('breaks', '12:00-13:00')}
          errors={err('breaks')}
        />
        <div className="col-span-2">
          <Button type="submit" variant="secondary">
            {t('template.generate')}
          </Button>
        </div>
      </Form>
    </Card>
  )
}
