import { getFormProps, useForm } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CameraScanner } from '~/components/checkin/camera-scanner'
import { signal } from '~/scanner/feedback'
import { buttonClass, Button, Field, TextareaField } from '~/components/ui'
import type { z } from 'zod'
import type { LeadForm } from '~/domain/fair/forms'
import type { StandDesk, StandReply } from './route'
import { typedValue } from '~/components/forms/reply-for'

const SAME_BADGE_AGAIN_MS = 10_000

/**
 * Contacts collected by scanning visitors' badges (with their consent), and the CSV export. With
 * JavaScript the phone's camera reads the badge, as at the door (components/checkin/camera-scanner),
 * and posts the same form a typed or pasted code does; without it, the form alone.
 */
export function LeadsSection({ view, reply }: { view: StandDesk; reply: StandReply | undefined }) {
  const { t } = useTranslation('fair')
  const lastResult = reply && 'form' in reply && reply.form === 'scan' ? reply : null
  const [form, fields] = useForm<z.input<typeof LeadForm>>({ id: 'scan', lastResult })
  const scan = lastResult?.scan ?? null
  const stored = scan && ['saved', 'updated', 'already'].includes(scan.kind)
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  const formRef = useRef<HTMLFormElement>(null)
  const codeRef = useRef<HTMLInputElement>(null)
  // A badge read by the camera is posted at once, with the note typed so far.
  const fromCamera = useRef(false)
  // The camera reads a badge again once it was out of sight for a moment (1.5 s, or longer on a busy
  // phone). At the door that is a new answer ("already checked in"); at the stand a repeat adds
  // nothing, so the same badge counts again only after a longer pause.
  const lastCamera = useRef({ code: '', at: 0 })
  const onCode = (code: string) => {
    if (!formRef.current || !codeRef.current) return
    const now = Date.now()
    const repeat = code === lastCamera.current.code && now - lastCamera.current.at < SAME_BADGE_AGAIN_MS
    lastCamera.current = { code, at: now }
    if (repeat) return
    codeRef.current.value = code
    fromCamera.current = true
    formRef.current.requestSubmit()
  }
  // Sound and vibration for a camera scan, so the phone need not be turned round to read the answer.
  useEffect(() => {
    if (!scan || !fromCamera.current) return
    fromCamera.current = false
    signal(scan.kind === 'saved' || scan.kind === 'updated' ? 'ok' : scan.kind === 'already' ? 'warn' : 'error', {
      sound: true,
      vibrate: true,
    })
  }, [scan])
  return (
    <section aria-labelledby="leads-heading" id="leads" className="mt-8 print:hidden">
      <h2 id="leads-heading" className="text-xl font-bold">
        {t('leads.heading')}
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t(hydrated ? 'leads.introCamera' : 'leads.intro')}</p>
      {scan ? (
        <p
          role={stored ? 'status' : 'alert'}
          className={`mt-3 rounded-md border p-3 text-sm font-medium ${stored ? 'border-green-300 bg-green-50 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100' : 'border-red-300 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200'}`}
        >
          {t(`leads.results.${scan.kind}`, { name: 'name' in scan ? (scan.name ?? '') : '' })}
        </p>
      ) : null}
      {hydrated ? (
        <div className="mt-3">
          <CameraScanner onCode={onCode} />
        </div>
      ) : null}
      <Form method="post" {...getFormProps(form)} ref={formRef} preventScrollReset noValidate className="mt-3 flex flex-col gap-3">
        <input type="hidden" name="intent" value="scan" />
        <Field
          ref={codeRef}
          id={fields.code.id}
          name={fields.code.name}
          label={t('leads.code')}
          hint={t('leads.codeHint')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          defaultValue={typedValue(fields.code.initialValue)}
          errors={fields.code.errors?.map((k) => t(k))}
        />
        <TextareaField
          id={fields.note.id}
          name={fields.note.name}
          label={t('leads.note')}
          rows={2}
          maxLength={1000}
          defaultValue={typedValue(fields.note.initialValue)}
        />
        <div>
          <Button type="submit">{t('leads.save')}</Button>
        </div>
      </Form>
      <div className="mt-6 flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-base font-semibold">{t('leads.list', { count: view.leads.length })}</h3>
        {view.leads.length > 0 ? (
          <a href={`/r/${view.token}/leads.csv`} className={buttonClass('secondary')} download>
            {t('leads.export')}
          </a>
        ) : null}
      </div>
      {view.leads.length === 0 ? (
        <p className="mt-2 text-sm">{t('leads.none')}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2" aria-label={t('leads.caption')}>
          {view.leads.map((l) => (
            <li key={l.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm dark:border-slate-700 dark:bg-slate-900">
              <p className="font-semibold">
                {l.firstName} {l.lastName}
                {l.company ? <span className="font-normal"> · {l.company}</span> : null}
              </p>
              <p className="break-all">
                <a href={`mailto:${l.email}`}>{l.email}</a>
              </p>
              {l.note ? <p className="mt-1 whitespace-pre-line">{l.note}</p> : null}
              <p className="mt-1 text-xs text-slate-700 dark:text-slate-300">
                {t('leads.columns.scannedAt')}: {l.createdAt}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
