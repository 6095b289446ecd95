// One proposal's decision forms: accept (placing it now, or later) and decline with a note.
import { Form, type useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button, Field, SelectField } from '~/components/ui'
import type { loader } from './proposals.server'

type View = ReturnType<typeof useLoaderData<typeof loader>>

export function Decision({ proposal, view }: { proposal: View['proposals'][number]; view: View }) {
  const { t } = useTranslation('programme')
  const id = (name: string) => `${proposal.id}-${name}`
  const accepted = proposal.status === 'ACCEPTED'
  return (
    <div className="mt-4 grid gap-4 border-t border-slate-200 pt-4 md:grid-cols-2 dark:border-slate-700">
      <Form method="post" noValidate className="flex flex-col gap-3">
        <input type="hidden" name="intent" value="accept" />
        <input type="hidden" name="proposalId" value={proposal.id} />
        <SelectField
          id={id('placement')}
          name="placement"
          label={accepted ? t('proposals.placeInto') : t('proposals.acceptInto')}
          defaultValue=""
        >
          <option value="">{accepted ? t('proposals.notYet') : t('proposals.later')}</option>
          {view.openSlots.map((s) => (
            <option key={s.id} value={s.id}>
              {t('proposals.openSlot', { slot: s.label })}
            </option>
          ))}
          <option value="custom">{t('proposals.custom')}</option>
        </SelectField>
        <fieldset className="grid grid-cols-2 gap-3 rounded-md border border-slate-200 p-3 dark:border-slate-700">
          <legend className="px-1 text-sm font-medium">{t('proposals.customLegend')}</legend>
          <SelectField id={id('room')} name="roomId" label={t('editor.room')} defaultValue={view.rooms[0]?.id ?? ''}>
            <option value="">{t('editor.noRoom')}</option>
            {view.rooms.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </SelectField>
          <SelectField id={id('day')} name="day" label={t('editor.day')}>
            {view.days.map((d) => (
              <option key={d.day} value={d.day}>
                {d.label}
              </option>
            ))}
          </SelectField>
          <Field id={id('start')} name="start" type="time" label={t('fields.start')} defaultValue="10:00" />
          <Field id={id('end')} name="end" type="time" label={t('fields.end')} defaultValue="10:30" />
        </fieldset>
        <div>
          <Button type="submit">
            {accepted ? t('proposals.place') : t('proposals.accept')}
            <span className="sr-only">: {proposal.title}</span>
          </Button>
        </div>
      </Form>
      {!accepted ? (
        <Form method="post" noValidate className="flex flex-col gap-3">
          <input type="hidden" name="intent" value="decline" />
          <input type="hidden" name="proposalId" value={proposal.id} />
          <div className="flex flex-col gap-1">
            <label htmlFor={id('note')} className="text-sm font-medium">
              {t('proposals.declineNote')}
            </label>
            <textarea
              id={id('note')}
              name="note"
              rows={3}
              maxLength={1000}
              className="rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
            />
          </div>
          <div>
            <Button type="submit" variant="danger">
              {t('proposals.decline')}
              <span className="sr-only">: {proposal.title}</span>
            </Button>
          </div>
        </Form>
      ) : null}
    </div>
  )
}
