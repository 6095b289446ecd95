import type { MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, Card, Field, FormError, PageHeader, SelectField, TextareaField } from '~/components/ui'
import { EVENT_KINDS } from '~/domain/events/form'
import { ORDINALS, parseSeriesForm, SERIES_PATTERNS, WEEK_INTERVALS, WEEKDAYS, type Issue } from '~/domain/events/series-form'
import { toLocale } from '~/lib/i18n'
import type { loader, SeriesReply } from './new-series.server'
import { dateIssue, previewLines } from './preview'

export { action, loader } from './new-series.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title ?? 'Fairdesk' }]

function useHydrated() {
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  return hydrated
}

export default function NewSeriesPage() {
  const page = useLoaderData<typeof loader>()
  const result = useActionData<SeriesReply>()
  const navigation = useNavigation()
  const { t, i18n } = useTranslation('series')
  const { t: tAdmin } = useTranslation('admin')
  const hydrated = useHydrated()
  const formRef = useRef<HTMLFormElement>(null)
  const values = result?.values ?? page.values
  const errors: Record<string, Issue[] | undefined> = result?.fieldErrors ?? {}
  const [live, setLive] = useState<{ lines: string[]; issue: Issue | null; pattern: string } | null>(null)
  // A new answer from the server replaces what the browser worked out meanwhile.
  useEffect(() => setLive(null), [result])
  const lines = live?.lines ?? result?.preview ?? page.preview
  const issue = live ? live.issue : (result?.previewIssue ?? null)
  const pattern = live?.pattern ?? values.pattern ?? 'monthly'
  const msg = (issues?: Issue[]) => issues?.map((i) => t(i.key, i.values))
  // Without JavaScript every field shows; with it, only those of the chosen pattern.
  const shows = (...patterns: string[]) => !hydrated || patterns.includes(pattern)

  function recompute() {
    if (!formRef.current) return
    const parsed = parseSeriesForm(new FormData(formRef.current))
    setLive({ lines: previewLines(parsed, toLocale(i18n.language)), issue: dateIssue(parsed), pattern: parsed.values.pattern ?? 'monthly' })
  }

  return (
    <div className="max-w-3xl">
      <PageHeader title={t('new.title')}>{t('new.intro')}</PageHeader>
      <Form ref={formRef} method="post" noValidate onChange={recompute} className="flex flex-col gap-6">
        <FormError>{result && Object.keys(errors).length ? t('errors.summary') : null}</FormError>
        <Card className="flex flex-col gap-4 p-5 sm:p-6">
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              name="nameDe"
              label={t('new.nameDe')}
              hint={t('new.nameHint')}
              required
              maxLength={120}
              defaultValue={values.nameDe}
              errors={msg(errors.nameDe)}
            />
            <Field name="nameEn" label={t('new.nameEn')} maxLength={120} defaultValue={values.nameEn} errors={msg(errors.nameEn)} />
          </div>
          <SelectField name="kind" label={t('new.kind')} defaultValue={values.kind || 'DIALOGUE'}>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {tAdmin(`kinds.${k}`)}
              </option>
            ))}
          </SelectField>
        </Card>

        <Card className="p-5 sm:p-6">
          <fieldset className="flex flex-col gap-4">
            <legend className="text-lg font-semibold">{t('new.datesLegend')}</legend>
            <fieldset>
              <legend className="text-sm font-medium">{t('new.pattern')}</legend>
              <div className="mt-1 flex flex-col sm:flex-row sm:gap-6">
                {SERIES_PATTERNS.map((p) => (
                  <label key={p} className="flex min-h-11 items-center gap-3">
                    <input type="radio" name="pattern" value={p} defaultChecked={(values.pattern || 'monthly') === p} className="h-5 w-5" />
                    {t(`new.patterns.${p}`)}
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="grid gap-4 sm:grid-cols-2">
              {shows('monthly') ? (
                <SelectField name="ordinal" label={t('new.ordinal')} hint={t('new.ordinalHint')} defaultValue={values.ordinal || '2'}>
                  {ORDINALS.map((o) => (
                    <option key={o} value={o}>
                      {t(`new.ordinals.${o}`)}
                    </option>
                  ))}
                </SelectField>
              ) : null}
              {shows('weekly') ? (
                <SelectField name="everyWeeks" label={t('new.everyWeeks')} defaultValue={values.everyWeeks || '1'}>
                  {WEEK_INTERVALS.map((w) => (
                    <option key={w} value={w}>
                      {t(`new.everyWeeksOptions.${w}`)}
                    </option>
                  ))}
                </SelectField>
              ) : null}
              {shows('monthly', 'weekly') ? (
                <SelectField name="weekday" label={t('new.weekday')} defaultValue={values.weekday || '4'}>
                  {WEEKDAYS.map((d) => (
                    <option key={d} value={d}>
                      {t(`new.weekdays.${d}`)}
                    </option>
                  ))}
                </SelectField>
              ) : null}
            </div>
            {shows('monthly', 'weekly') ? (
              <div className="grid gap-4 sm:grid-cols-2">
                <Field name="from" type="date" label={t('new.from')} defaultValue={values.from} errors={msg(errors.from)} />
                <Field name="to" type="date" label={t('new.to')} defaultValue={values.to} errors={msg(errors.to)} />
              </div>
            ) : null}
            {shows('dates') ? (
              <TextareaField
                name="dates"
                label={t('new.dates')}
                hint={t('new.datesHint')}
                rows={5}
                maxLength={5_000}
                defaultValue={values.dates}
                errors={msg(errors.dates)}
              />
            ) : null}
            <div className="grid gap-4 sm:grid-cols-2">
              <Field
                name="startTime"
                type="time"
                label={t('new.startTime')}
                hint={t('new.timeHint')}
                required
                defaultValue={values.startTime}
                errors={msg(errors.startTime)}
              />
              <Field
                name="endTime"
                type="time"
                label={t('new.endTime')}
                required
                defaultValue={values.endTime}
                errors={msg(errors.endTime)}
              />
            </div>
          </fieldset>
        </Card>

        <Card className="flex flex-col gap-4 p-5 sm:p-6">
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              name="venueName"
              label={t('new.venueName')}
              maxLength={200}
              defaultValue={values.venueName}
              errors={msg(errors.venueName)}
            />
            <Field
              name="venueCity"
              label={t('new.venueCity')}
              maxLength={100}
              defaultValue={values.venueCity}
              errors={msg(errors.venueCity)}
            />
          </div>
          <Field
            name="capacity"
            inputMode="numeric"
            label={t('new.capacity')}
            defaultValue={values.capacity}
            errors={msg(errors.capacity)}
          />
          <label className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="waitlist" defaultChecked={values.waitlist === 'on'} className="h-5 w-5 shrink-0" />
            {t('new.waitlist')}
          </label>
          <label className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="inviteOnly" defaultChecked={values.inviteOnly === 'on'} className="h-5 w-5 shrink-0" />
            {t('new.inviteOnly')}
          </label>
          <label className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="publish" defaultChecked={values.publish === 'on'} className="h-5 w-5 shrink-0" />
            {t('new.publish')}
          </label>
        </Card>

        <Card className="p-5 sm:p-6">
          <section aria-labelledby="series-preview">
            <h2 id="series-preview" className="text-lg font-semibold">
              {t('new.preview')}
            </h2>
            <p className="mt-1 text-sm font-medium" aria-live="polite">
              {issue ? t(issue.key, issue.values) : lines.length ? t('new.previewCount', { count: lines.length }) : t('new.previewNone')}
            </p>
            {lines.length > 0 ? (
              <ol className="mt-3 grid list-decimal gap-1 pl-6 text-sm sm:grid-cols-2">
                {lines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ol>
            ) : null}
            {/* Without JavaScript the preview comes from the server; Enter in a field asks for it rather than creating anything. */}
            <Button type="submit" name="intent" value="preview" variant="secondary" className="mt-4" hidden={hydrated}>
              {t('new.previewUpdate')}
            </Button>
          </section>
        </Card>

        <div>
          <Button type="submit" name="intent" value="create" disabled={navigation.state === 'submitting'}>
            {t('new.submit')}
          </Button>
        </div>
      </Form>
    </div>
  )
}
