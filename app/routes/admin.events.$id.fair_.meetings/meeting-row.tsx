// One meeting: who meets whom, its status, and for an accepted one moving it and marking it held.
import { useForm } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { replyFor } from '~/components/forms/reply-for'
import { Badge, Button, Card, Field, FormError, SelectField } from '~/components/ui'
import type { View } from './meetings.server'

type MeetingView = View['meetings'][number]

const tone = { REQUESTED: 'warning', ACCEPTED: 'success', HELD: 'info', DECLINED: 'danger', CANCELLED: 'neutral' } as const

export function MeetingRow({ meeting: m, view, reply }: { meeting: MeetingView; view: View; reply: unknown }) {
  const { t } = useTranslation('fair')
  const [form] = useForm({ id: `adjust-${m.id}`, lastResult: replyFor(reply, 'adjust', ['meetingId', m.id]) })
  const values = (form.initialValue ?? {}) as Record<string, string | undefined>
  const err = (name: string) => form.allErrors[name]?.map((k) => t(k))
  const movable = m.status === 'ACCEPTED'
  return (
    <Card>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p className="font-semibold">{m.when ? `${m.when} · ${m.table}` : t('exchange.notScheduled')}</p>
          <p className="text-sm">
            {[m.visitor.name, m.visitor.company].filter(Boolean).join(', ')} ↔ {m.exhibitor.company}
            {m.exhibitor.stand ? ` (${t('directory.stand')} ${m.exhibitor.stand})` : ''}
          </p>
        </div>
        <Badge tone={tone[m.status]}>{t(`meetingStatus.${m.status}`)}</Badge>
      </div>
      {form.errors?.length ? (
        <div className="mt-2">
          <FormError>{form.errors.join(' ')}</FormError>
        </div>
      ) : null}
      {movable ? (
        <div className="mt-3 flex flex-wrap items-end gap-3">
          <Form
            method="post"
            id={form.id}
            noValidate
            className="flex flex-wrap items-end gap-3"
            aria-label={`${t('meetings.moveLegend')}: ${m.visitor.name} ↔ ${m.exhibitor.company}`}
          >
            <input type="hidden" name="intent" value="adjust" />
            <input type="hidden" name="meetingId" value={m.id} />
            <SelectField name="day" label={t('meetings.day')} defaultValue={values.day ?? m.day}>
              {view.days.map((d) => (
                <option key={d.day} value={d.day}>
                  {d.label}
                </option>
              ))}
            </SelectField>
            <Field
              name="start"
              type="time"
              label={t('meetings.start')}
              defaultValue={values.start ?? m.start}
              errors={err('start')}
              className="w-32"
            />
            <Field
              name="table"
              label={t('meetings.table')}
              list={`tables-${m.id}`}
              defaultValue={values.table ?? m.table ?? view.tables[0]}
              errors={err('table')}
              className="w-36"
            />
            <datalist id={`tables-${m.id}`}>
              {view.tables.map((label) => (
                <option key={label} value={label} />
              ))}
            </datalist>
            <Button type="submit" variant="secondary">
              {t('meetings.move')}
            </Button>
          </Form>
          {m.startsAt && new Date(m.startsAt) <= new Date() ? (
            <Form method="post">
              <input type="hidden" name="intent" value="held" />
              <input type="hidden" name="meetingId" value={m.id} />
              <Button type="submit" variant="ghost">
                {t('meetings.held')}
              </Button>
            </Form>
          ) : null}
        </div>
      ) : null}
    </Card>
  )
}
