import { useTranslation } from 'react-i18next'
import { Field, SelectField } from '~/components/ui'
import { EVENT_KINDS } from '~/domain/event-form'

/** The event form's fields, shared by "new event" and "edit event". Values are what was typed. */
export function EventFormFields({ values, errors, waitlistDefault }: { values: Record<string, string | undefined>; errors: Record<string, string[] | undefined>; waitlistDefault: boolean }) {
  const { t } = useTranslation('organiser')
  const { t: tAdmin } = useTranslation('admin')
  const tr = (keys?: string[]) => keys?.map((k) => t(k))
  return (
    <>
      <Field name="titleDe" label={t('new.titleDe')} required defaultValue={values.titleDe} errors={tr(errors.titleDe)} />
      <Field name="titleEn" label={t('new.titleEn')} defaultValue={values.titleEn} errors={tr(errors.titleEn)} />
      <SelectField name="kind" label={t('new.kind')} defaultValue={values.kind ?? 'WORKSHOP'}>
        {EVENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {tAdmin(`kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="startsAt" type="datetime-local" label={t('new.startsAt')} hint={t('new.timeHint')} required defaultValue={values.startsAt} errors={tr(errors.startsAt)} />
        <Field name="endsAt" type="datetime-local" label={t('new.endsAt')} hint={t('new.timeHint')} required defaultValue={values.endsAt} errors={tr(errors.endsAt)} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="venueName" label={t('new.venueName')} defaultValue={values.venueName} errors={tr(errors.venueName)} />
        <Field name="venueCity" label={t('new.venueCity')} defaultValue={values.venueCity} errors={tr(errors.venueCity)} />
      </div>
      <Field name="capacity" inputMode="numeric" label={t('new.capacity')} defaultValue={values.capacity} errors={tr(errors.capacity)} />
      <label className="flex min-h-11 items-center gap-3">
        <input type="checkbox" name="waitlist" defaultChecked={waitlistDefault} className="h-5 w-5" />
        {t('new.waitlist')}
      </label>
    </>
  )
}
