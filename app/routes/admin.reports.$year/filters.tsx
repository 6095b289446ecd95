import { Form, Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button, buttonClass, Field, SelectField } from '~/components/ui'
import type { LoaderData } from './numbers'

export function YearSwitcher({ year, years, search }: { year: number; years: number[]; search: string }) {
  const { t } = useTranslation('reports')
  return (
    <nav aria-label={t('annual.years')} className="print:hidden">
      <ul className="flex flex-wrap gap-1">
        {years.map((y) => (
          <li key={y}>
            <Link
              to={`/admin/reports/${y}${search}`}
              aria-current={y === year ? 'page' : undefined}
              className={`inline-flex min-h-11 min-w-14 items-center justify-center rounded-md px-3 text-sm font-medium no-underline ${y === year ? 'bg-brand-700 text-white' : 'border border-slate-300 text-slate-800 dark:border-slate-600 dark:text-slate-100'}`}
            >
              {y}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

export function FilterForm({ d }: { d: LoaderData }) {
  const { t } = useTranslation('reports')
  const { t: tAdmin } = useTranslation('admin')
  const v = d.query.values
  const err = (field: 'from' | 'to') => d.query.fieldErrors[field]?.map((e) => t(e.key, { year: e.year }))
  return (
    <Form method="get" aria-label={t('filter.label')} className="flex flex-wrap items-end gap-3 print:hidden">
      <SelectField className="max-w-full min-w-0" name="kind" label={t('filter.kind')} defaultValue={v.kind}>
        <option value="">{t('filter.allKinds')}</option>
        {d.choices.kinds.map((k) => (
          <option key={k} value={k}>
            {tAdmin(`kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <SelectField className="max-w-full min-w-0" name="series" label={t('filter.series')} defaultValue={v.series}>
        <option value="">{t('filter.allSeries')}</option>
        {d.choices.series.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </SelectField>
      <SelectField className="max-w-full min-w-0" name="programme" label={t('filter.programme')} defaultValue={v.programme}>
        <option value="">{t('filter.allProgrammes')}</option>
        {d.choices.programmes.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <Field
        type="date"
        name="from"
        label={t('filter.from')}
        defaultValue={v.from}
        min={`${d.year}-01-01`}
        max={`${d.year}-12-31`}
        errors={err('from')}
      />
      <Field
        type="date"
        name="to"
        label={t('filter.to')}
        defaultValue={v.to}
        min={`${d.year}-01-01`}
        max={`${d.year}-12-31`}
        errors={err('to')}
      />
      <Button type="submit">{t('filter.apply')}</Button>
      {d.query.filtered || Object.keys(d.query.fieldErrors).length ? (
        <Link to={`/admin/reports/${d.year}`} className={buttonClass('ghost')}>
          {t('filter.reset')}
        </Link>
      ) : null}
    </Form>
  )
}
