// The fields of a programme session (create and edit use the same): titles, kind, room, day and
// times in the event's zone, seats, language, speakers, abstracts. Plain form fields, so they work
// without JavaScript; errors are keys of the `programme` namespace.
import { useTranslation } from 'react-i18next'
import { Field, SelectField } from '~/components/ui'

export type SessionFormValues = {
  sessionId: string
  titleDe: string
  titleEn: string
  kind: string
  roomId: string
  day: string
  start: string
  end: string
  capacity: string
  language: string
  speakerIds: string[]
  abstractDe: string
  abstractEn: string
}

const KINDS = ['KEYNOTE', 'TALK', 'PANEL', 'WORKSHOP', 'BREAK'] as const

type Props = {
  idPrefix: string
  defaults: Partial<SessionFormValues>
  errors: Record<string, string[] | undefined>
  rooms: { id: string; name: string; capacity: number | null }[]
  days: { day: string; label: string }[]
  speakers: { id: string; name: string; company: string | null; status: string }[]
}

export function SessionFields({ idPrefix, defaults, errors, rooms, days, speakers }: Props) {
  const { t } = useTranslation('programme')
  const err = (name: keyof SessionFormValues) => errors[name]?.map((k) => t(k))
  const id = (name: string) => `${idPrefix}-${name}`
  const chosen = new Set(Array.isArray(defaults.speakerIds) ? defaults.speakerIds : defaults.speakerIds ? [defaults.speakerIds] : [])
  const textarea =
    'rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-white'
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field
        id={id('titleDe')}
        name="titleDe"
        label={t('fields.titleDe')}
        required
        defaultValue={defaults.titleDe}
        errors={err('titleDe')}
      />
      <Field
        id={id('titleEn')}
        name="titleEn"
        label={t('fields.titleEn')}
        hint={t('fields.titleEnHint')}
        defaultValue={defaults.titleEn}
        errors={err('titleEn')}
      />
      <SelectField id={id('kind')} name="kind" label={t('fields.kind')} defaultValue={defaults.kind ?? 'TALK'}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <SelectField id={id('roomId')} name="roomId" label={t('fields.room')} defaultValue={defaults.roomId ?? ''}>
        <option value="">{t('editor.noRoom')}</option>
        {rooms.map((r) => (
          <option key={r.id} value={r.id}>
            {r.capacity === null ? r.name : t('fields.roomWithCapacity', { name: r.name, capacity: r.capacity })}
          </option>
        ))}
      </SelectField>
      <SelectField id={id('day')} name="day" label={t('fields.day')} defaultValue={defaults.day}>
        {days.map((d) => (
          <option key={d.day} value={d.day}>
            {d.label}
          </option>
        ))}
      </SelectField>
      <div className="grid grid-cols-2 gap-3">
        <Field
          id={id('start')}
          name="start"
          type="time"
          label={t('fields.start')}
          required
          defaultValue={defaults.start}
          errors={err('start')}
        />
        <Field id={id('end')} name="end" type="time" label={t('fields.end')} required defaultValue={defaults.end} errors={err('end')} />
      </div>
      <p className="-mt-2 text-sm text-slate-700 sm:col-span-2 dark:text-slate-300">{t('fields.timesHint')}</p>
      <Field
        id={id('capacity')}
        name="capacity"
        type="number"
        min={1}
        inputMode="numeric"
        label={t('fields.capacity')}
        hint={t('fields.capacityHint')}
        defaultValue={defaults.capacity}
        errors={err('capacity')}
      />
      <SelectField id={id('language')} name="language" label={t('fields.language')} defaultValue={defaults.language ?? 'de'}>
        <option value="de">{t('languages.de')}</option>
        <option value="en">{t('languages.en')}</option>
      </SelectField>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">{t('fields.speakers')}</legend>
        {speakers.length === 0 ? (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('fields.noSpeakers')}</p>
        ) : (
          <ul className="mt-1 grid gap-x-4 sm:grid-cols-2">
            {speakers.map((s) => (
              <li key={s.id}>
                <label className="flex min-h-11 items-center gap-2 text-sm">
                  <input type="checkbox" name="speakerIds" value={s.id} defaultChecked={chosen.has(s.id)} className="size-5" />
                  <span>
                    {s.name}
                    {s.company ? <span className="text-slate-700 dark:text-slate-300">, {s.company}</span> : null}
                    {s.status !== 'CONFIRMED' ? (
                      <span className="text-slate-700 dark:text-slate-300"> ({t(`speakerStatus.${s.status}`)})</span>
                    ) : null}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <div className="flex flex-col gap-1 sm:col-span-2">
        <label htmlFor={id('abstractDe')} className="text-sm font-medium text-slate-800 dark:text-slate-200">
          {t('fields.abstractDe')}
        </label>
        <textarea id={id('abstractDe')} name="abstractDe" rows={3} defaultValue={defaults.abstractDe} className={textarea} />
      </div>
      <div className="flex flex-col gap-1 sm:col-span-2">
        <label htmlFor={id('abstractEn')} className="text-sm font-medium text-slate-800 dark:text-slate-200">
          {t('fields.abstractEn')}
        </label>
        <textarea id={id('abstractEn')} name="abstractEn" rows={3} defaultValue={defaults.abstractEn} className={textarea} />
      </div>
    </div>
  )
}
