// /admin/events/:id/import — a participant list (CSV) becomes registrations (source IMPORT).
// With JavaScript the browser reads the file and sends it in batches, so a progress bar shows how
// far it got; without, the file is uploaded and imported in one request. Either way the result is a
// per-row report: who was registered, who waits, who was there already, and what was wrong where.
import { useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, Card, FormError, PageHeader, SelectField } from '~/components/ui'
import { ImportReport } from '~/components/import-report'
import { IMPORT_BATCH, ImportUploadForm, parseParticipantList, type ImportRow, type RowResult } from '~/domain/registration/import'
import { importParticipants } from '~/domain/registration/import.server'
import { requireLiveEvent } from '~/web/staff-event.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { z } from 'zod'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.heading} – Fairdesk` : 'Fairdesk' }]

const MAX_UPLOAD_BYTES = 2_000_000

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { event } = await requireLiveEvent(request, params.id, 'registrations:manage')
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'staffRegistrations')
  const title = localized(locale, event.titleDe, event.titleEn)
  return {
    event: { id: event.id, title, capacity: event.capacity, confirmedCount: event.confirmedCount },
    heading: t('import.title', { title }),
    locale,
  }
}

/** Refused before the body is read: there is no form to answer about yet. */
const Unread = z.object({})

export async function action({ request, params }: ActionFunctionArgs) {
  const { db, user, event } = await requireLiveEvent(request, params.id, 'registrations:manage')
  if (Number(request.headers.get('content-length') ?? 0) > MAX_UPLOAD_BYTES)
    return data(parseWithZod(new FormData(), { schema: Unread }).reply({ formErrors: ['import.tooLarge'] }), { status: 413 })
  const submission = parseWithZod(await request.formData().catch(() => new FormData()), { schema: ImportUploadForm })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const { file, locale, notify } = submission.value
  if (file.size > MAX_UPLOAD_BYTES) return data(submission.reply({ formErrors: ['import.tooLarge'] }), { status: 413 })
  const list = parseParticipantList(await file.text())
  if (list.kind !== 'rows') {
    const missing = list.kind === 'missingColumns' ? list.missing : undefined
    return data({ ...submission.reply({ formErrors: [`import.${list.kind}`] }), missing }, { status: 400 })
  }
  const results = await importParticipants(db, event.id, list.rows, { locale, notify: notify === 'on', actorId: user.id })
  return data({ ...submission.reply(), results })
}

type Progress = { done: number; total: number; results: RowResult[]; error: string | null; missing?: string[]; running: boolean }

export default function ImportPage() {
  const { event, heading, locale } = useLoaderData<typeof loader>()
  const uploaded = useActionData<typeof action>()
  const [form] = useForm({ id: 'import', lastResult: uploaded })
  const { t } = useTranslation('staffRegistrations')
  const [progress, setProgress] = useState<Progress | null>(null)

  // With JavaScript: read the file here and send it in batches; the bar moves after each batch.
  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    const form = e.currentTarget
    const file = (form.elements.namedItem('file') as HTMLInputElement).files?.[0]
    if (!file) return // the server says "choose a file", with or without JavaScript
    e.preventDefault()
    const list = parseParticipantList(await file.text())
    if (list.kind !== 'rows') {
      setProgress({
        done: 0,
        total: 0,
        results: [],
        running: false,
        error: `import.${list.kind}`,
        missing: list.kind === 'missingColumns' ? list.missing : undefined,
      })
      return
    }
    const options = {
      locale: (form.elements.namedItem('locale') as HTMLSelectElement).value,
      notify: (form.elements.namedItem('notify') as HTMLInputElement).checked,
    }
    const results: RowResult[] = []
    setProgress({ done: 0, total: list.rows.length, results, running: true, error: null })
    for (let i = 0; i < list.rows.length; i += IMPORT_BATCH) {
      const rows: ImportRow[] = list.rows.slice(i, i + IMPORT_BATCH)
      const response = await fetch(`/admin/events/${event.id}/import-batch`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ rows, ...options }),
      }).catch(() => null)
      const body = response?.ok ? ((await response.json()) as { results: RowResult[] }) : null
      if (!body) {
        // Rows sent before stay imported; the report says where it stopped.
        setProgress({ done: i, total: list.rows.length, results: [...results], running: false, error: 'import.interrupted' })
        return
      }
      results.push(...body.results)
      setProgress({
        done: Math.min(i + IMPORT_BATCH, list.rows.length),
        total: list.rows.length,
        results: [...results],
        running: true,
        error: null,
      })
    }
    setProgress((p) => p && { ...p, running: false })
  }

  const state: Progress | null = progress ?? (uploaded ? fromUpload(uploaded, Object.values(form.allErrors).flat()[0] ?? null) : null)
  return (
    <>
      <PageHeader level={2} title={heading} />
      <div className="flex flex-col gap-6">
        <Card className="max-w-2xl">
          <p className="text-sm">{t('import.intro')}</p>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t('import.columns')}</p>
          <Form method="post" encType="multipart/form-data" id={form.id} onSubmit={onSubmit} className="mt-4 grid gap-4">
            <div className="flex flex-col gap-1">
              <label htmlFor="import-file" className="text-sm font-medium">
                {t('import.file')}
              </label>
              <input
                id="import-file"
                name="file"
                type="file"
                accept=".csv,text/csv,text/plain"
                required
                className="min-h-11 text-base file:mr-3 file:min-h-11 file:rounded-md file:border-0 file:bg-slate-100 file:px-4 dark:file:bg-slate-800"
              />
            </div>
            <SelectField name="locale" label={t('fields.locale')} defaultValue={locale}>
              <option value="de">Deutsch</option>
              <option value="en">English</option>
            </SelectField>
            <label className="flex min-h-11 items-center gap-3">
              <input type="checkbox" name="notify" className="h-5 w-5" />
              {t('import.notify')}
            </label>
            <div>
              <Button type="submit" disabled={progress?.running}>
                {t('import.submit')}
              </Button>
            </div>
          </Form>
        </Card>
        {state?.error ? (
          <FormError>{t(state.error, { missing: state.missing?.map((m) => t(`import.fields.${m}`)).join(', ') })}</FormError>
        ) : null}
        {state && state.total > 0 ? (
          <Card>
            <label htmlFor="import-progress" className="text-sm font-medium">
              {state.running
                ? t('import.running', { done: state.done, total: state.total })
                : t('import.finished', { done: state.done, total: state.total })}
            </label>
            <progress id="import-progress" max={state.total} value={state.done} className="mt-2 h-3 w-full" />
            <ImportReport results={state.results} />
          </Card>
        ) : null}
      </div>
    </>
  )
}

/** The report of an upload without JavaScript: the rows' results, or why there are none. */
function fromUpload(uploaded: object, error: string | null): Progress {
  const results = 'results' in uploaded ? (uploaded.results as RowResult[]) : []
  const missing = 'missing' in uploaded ? (uploaded.missing as string[] | undefined) : undefined
  return { done: results.length, total: results.length, results, error, missing, running: false }
}
