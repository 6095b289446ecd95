// A new stand, or the one being edited: hall, number, area, kind, equipment and its place on the plan.
import { useForm, type SubmissionResult } from '@conform-to/react'
import { Form, Link, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button, buttonClass, Card, Field, FormError, SelectField, TextareaField } from '~/components/ui'
import { STAND_KINDS } from '~/domain/fair/forms'
import type { View } from './fair.server'

export function StandFormCard({ editing, reply }: { editing: View['editing']; reply: SubmissionResult<string[]> }) {
  const { t } = useTranslation('fair')
  const navigation = useNavigation()
  const [form] = useForm({ id: 'saveStand', lastResult: reply, defaultValue: editing?.values })
  const values = (form.initialValue ?? {}) as Record<string, string | undefined>
  const err = (name: string) => form.allErrors[name]
  return (
    <Card className="mt-4 max-w-3xl" id="stand-form">
      <h3 className="text-base font-semibold">{editing ? t('admin.editStand', { number: editing.number }) : t('admin.newStand')}</h3>
      <Form method="post" id={form.id} noValidate className="mt-3 grid gap-4 sm:grid-cols-2">
        <input type="hidden" name="intent" value="saveStand" />
        {editing ? <input type="hidden" name="standId" value={editing.standId} /> : null}
        {Object.keys(form.allErrors).length ? (
          <div className="sm:col-span-2">
            <FormError>{t('errors.summary')}</FormError>
          </div>
        ) : null}
        <Field
          name="hall"
          label={t('admin.fields.hall')}
          required
          maxLength={40}
          defaultValue={values.hall}
          errors={err('hall')?.map((k) => t(k))}
        />
        <Field
          name="number"
          label={t('admin.fields.number')}
          required
          maxLength={20}
          defaultValue={values.number}
          errors={err('number')?.map((k) => t(k))}
        />
        <Field
          name="areaSqm"
          label={t('admin.fields.areaSqm')}
          required
          inputMode="decimal"
          defaultValue={values.areaSqm}
          errors={err('areaSqm')?.map((k) => t(k))}
        />
        <SelectField name="kind" label={t('admin.fields.kind')} defaultValue={values.kind ?? 'JOINT'}>
          {STAND_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextareaField
          name="equipment"
          label={t('admin.fields.equipment')}
          className="sm:col-span-2"
          rows={2}
          maxLength={500}
          defaultValue={values.equipment}
          errors={err('equipment')?.map((k) => t(k))}
        />
        <fieldset className="grid grid-cols-2 gap-4 sm:col-span-2 sm:grid-cols-4" aria-describedby="stand-position-hint">
          <legend className="mb-1 text-sm font-semibold">{t('admin.fields.position')}</legend>
          <p id="stand-position-hint" className="col-span-2 -mt-1 text-sm text-slate-600 sm:col-span-4 dark:text-slate-400">
            {t('admin.fields.positionHint')}
          </p>
          {(['x', 'y', 'width', 'depth'] as const).map((name) => (
            <Field
              key={name}
              name={name}
              label={t(`admin.fields.${name}`)}
              inputMode="decimal"
              defaultValue={values[name]}
              errors={err(name)?.map((k) => t(k))}
            />
          ))}
        </fieldset>
        <div className="flex flex-wrap gap-2 sm:col-span-2">
          <Button type="submit" disabled={navigation.state === 'submitting'}>
            {editing ? t('admin.saveStand') : t('admin.createStand')}
          </Button>
          {editing ? (
            <Link to="?#stands" className={buttonClass('secondary')}>
              {t('admin.closeEdit')}
            </Link>
          ) : null}
        </div>
      </Form>
    </Card>
  )
}
