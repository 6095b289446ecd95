import { useTranslation } from 'react-i18next'
import { Field, SelectField, TextareaField } from '~/components/ui'
import { EVENT_KINDS } from '~/domain/events/form'

/** The event form's fields, shared by "new event" and "edit event". Values are what was typed. */
export function EventFormFields({
  values,
  errors,
  waitlistDefault,
}: {
  values: Record<string, string | undefined>
  errors: Record<string, string[] | undefined>
  waitlistDefault: boolean
}) {
  const { t } = useTranslation('organiser')
  const { t: tAdmin } = useTranslation('admin')
  const tr = (keys?: string[]) => keys?.map((k) => t(k))
  const field = (name: string) => ({ name, defaultValue: values[name], errors: tr(errors[name]) })
  return (
    <>
      <Field {...field('titleDe')} label={t('new.titleDe')} required />
      <Field {...field('titleEn')} label={t('new.titleEn')} />
      <SelectField name="kind" label={t('new.kind')} defaultValue={values.kind ?? 'WORKSHOP'}>
        {EVENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {tAdmin(`kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextareaField {...field('summaryDe')} label={t('new.summaryDe')} hint={t('new.summaryHint')} />
      <TextareaField {...field('summaryEn')} label={t('new.summaryEn')} />
      <TextareaField {...field('descriptionDe')} label={t('new.descriptionDe')} hint={t('new.descriptionHint')} rows={8} />
      <TextareaField {...field('descriptionEn')} label={t('new.descriptionEn')} rows={8} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field {...field('startsAt')} type="datetime-local" label={t('new.startsAt')} hint={t('new.timeHint')} required />
        <Field {...field('endsAt')} type="datetime-local" label={t('new.endsAt')} hint={t('new.timeHint')} required />
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">{t('new.venue')}</legend>
        <Field {...field('venueName')} label={t('new.venueName')} className="sm:col-span-2" />
        <Field {...field('venueStreet')} label={t('new.venueStreet')} autoComplete="off" className="sm:col-span-2" />
        <Field {...field('venuePostcode')} label={t('new.venuePostcode')} inputMode="numeric" autoComplete="off" />
        <Field {...field('venueCity')} label={t('new.venueCity')} autoComplete="off" />
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field {...field('organiserName')} label={t('new.organiserName')} hint={t('new.organiserNameHint')} autoComplete="organization" />
        <Field {...field('contactEmail')} type="email" label={t('new.contactEmail')} hint={t('new.contactEmailHint')} autoComplete="off" />
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 font-semibold">{t('new.registration')}</legend>
        <Field {...field('capacity')} inputMode="numeric" label={t('new.capacity')} className="sm:col-span-2" />
        <Field {...field('registrationOpensAt')} type="datetime-local" label={t('new.registrationOpensAt')} hint={t('new.windowHint')} />
        <Field {...field('registrationClosesAt')} type="datetime-local" label={t('new.registrationClosesAt')} hint={t('new.windowHint')} />
        <label className="flex min-h-11 items-center gap-3 sm:col-span-2">
          <input type="checkbox" name="waitlist" defaultChecked={waitlistDefault} className="h-5 w-5" />
          {t('new.waitlist')}
        </label>
        <label className="flex min-h-11 items-center gap-3 sm:col-span-2">
          <input type="checkbox" name="proposalsOpen" defaultChecked={values.proposalsOpen === 'on'} className="h-5 w-5" />
          {t('new.proposalsOpen')}
        </label>
      </fieldset>
    </>
  )
}
