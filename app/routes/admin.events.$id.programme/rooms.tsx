// The event's rooms: rename or resize each, delete one that holds no session, add a new one.
import { useForm } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { replyFor } from '~/components/forms/reply-for'
import { Button, Card, Field, FormError } from '~/components/ui'
import type { z } from 'zod'
import type { RoomForm } from '~/domain/programme/forms'
import type { View } from './programme.server'

type RoomValues = z.input<typeof RoomForm>
type Room = View['rooms'][number]

export function Rooms({ view, reply }: { view: View; reply: unknown }) {
  const { t } = useTranslation('programme')
  const [form, fields] = useForm<RoomValues>({ id: 'room-new', lastResult: replyFor(reply, 'saveRoom', ['roomId', '']) })
  const sent = (name: 'name' | 'capacity') => String(form.initialValue?.[name] ?? '')
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t('rooms.title')}</h2>
      <ul className="mt-3 flex flex-col gap-4">
        {view.rooms.map((room) => (
          <RoomRow key={room.id} room={room} day={view.day} reply={reply} />
        ))}
      </ul>
      <Form method="post" id={form.id} noValidate className="mt-4 grid grid-cols-[1fr_6rem] gap-2">
        <h3 className="col-span-2 font-medium">{t('rooms.add')}</h3>
        <input type="hidden" name="intent" value="saveRoom" />
        <input type="hidden" name="day" value={view.day} />
        <Field name="name" label={t('rooms.name')} required defaultValue={sent('name')} errors={fields.name.errors?.map((k) => t(k))} />
        <Field
          name="capacity"
          type="number"
          min={1}
          inputMode="numeric"
          label={t('rooms.capacity')}
          defaultValue={sent('capacity')}
          errors={fields.capacity.errors?.map((k) => t(k))}
        />
        <div className="col-span-2">
          <Button type="submit">{t('rooms.addButton')}</Button>
        </div>
      </Form>
    </Card>
  )
}

function RoomRow({ room, day, reply }: { room: Room; day: string; reply: unknown }) {
  const { t } = useTranslation('programme')
  const [form, fields] = useForm<RoomValues>({ id: `room-${room.id}`, lastResult: replyFor(reply, 'saveRoom', ['roomId', room.id]) })
  const [deletion] = useForm({ id: `room-${room.id}-delete`, lastResult: replyFor(reply, 'deleteRoom', ['roomId', room.id]) })
  const formErrors = [...(form.errors ?? []), ...(deletion.errors ?? [])]
  return (
    <li className="border-b border-slate-200 pb-4 dark:border-slate-700">
      <Form method="post" id={form.id} noValidate className="grid grid-cols-[1fr_6rem] gap-2">
        <input type="hidden" name="intent" value="saveRoom" />
        <input type="hidden" name="roomId" value={room.id} />
        <input type="hidden" name="day" value={day} />
        <Field name="name" label={t('rooms.name')} defaultValue={room.name} required errors={fields.name.errors?.map((k) => t(k))} />
        <Field
          name="capacity"
          type="number"
          min={1}
          inputMode="numeric"
          label={t('rooms.capacity')}
          defaultValue={room.capacity ?? ''}
          errors={fields.capacity.errors?.map((k) => t(k))}
        />
        <div className="col-span-2 flex flex-wrap items-center gap-2">
          <Button type="submit" variant="secondary">
            {t('rooms.save')}
            <span className="sr-only">: {room.name}</span>
          </Button>
          <span className="text-sm text-slate-700 dark:text-slate-300">{t('rooms.sessions', { count: room.sessionCount })}</span>
        </div>
      </Form>
      {room.sessionCount === 0 ? (
        <Form method="post" id={deletion.id} className="mt-2">
          <input type="hidden" name="intent" value="deleteRoom" />
          <input type="hidden" name="roomId" value={room.id} />
          <input type="hidden" name="day" value={day} />
          <Button type="submit" variant="ghost">
            {t('rooms.delete')}
            <span className="sr-only">: {room.name}</span>
          </Button>
        </Form>
      ) : null}
      {formErrors.length ? <FormError>{formErrors.join(' ')}</FormError> : null}
    </li>
  )
}
