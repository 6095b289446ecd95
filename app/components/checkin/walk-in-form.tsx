// Registering someone at the door in seconds: a name is enough; they are admitted at once.
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, Field, FormError } from '~/components/ui'

export function WalkInForm({
  onSubmit,
  disabled,
  clearSignal,
}: {
  /** Field errors, `offline`, `kept` (a "not today" card: the fields stay for "admit anyway"), or null when admitted. */
  onSubmit: (form: FormData) => Promise<Record<string, string[]> | 'offline' | 'kept' | null>
  disabled: boolean
  /** Changes when the walk-in this form kept was admitted elsewhere (the card's "admit anyway"). */
  clearSignal?: number
}) {
  const { t } = useTranslation('checkin')
  const [errors, setErrors] = useState<Record<string, string[]>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // Each refused attempt moves focus to the message (FormError's focusOn).
  const [refusals, setRefusals] = useState(0)
  const form = useRef<HTMLFormElement>(null)
  useEffect(() => {
    if (clearSignal) form.current?.reset()
  }, [clearSignal])
  const err = (name: string) => errors[name]?.map((k) => t(k))
  return (
    <form
      ref={form}
      noValidate
      className="grid gap-3 sm:grid-cols-2"
      onSubmit={async (e) => {
        e.preventDefault()
        setBusy(true)
        const result = await onSubmit(new FormData(e.currentTarget)).finally(() => setBusy(false))
        if (result === 'offline') {
          setFormError(t('walkIn.offline'))
          setRefusals((n) => n + 1)
        } else if (result === 'kept') {
          setErrors({})
          setFormError(null)
        } else if (result) {
          setErrors(result)
          setFormError(t('errors.summary'))
          setRefusals((n) => n + 1)
        } else {
          setErrors({})
          setFormError(null)
          form.current?.reset()
        }
      }}
    >
      {formError ? (
        <div className="sm:col-span-2">
          <FormError focusOn={refusals || undefined}>{formError}</FormError>
        </div>
      ) : null}
      <Field name="firstName" label={t('walkIn.firstName')} required autoComplete="off" maxLength={100} errors={err('firstName')} />
      <Field name="lastName" label={t('walkIn.lastName')} required autoComplete="off" maxLength={100} errors={err('lastName')} />
      <Field name="company" label={t('walkIn.company')} autoComplete="off" maxLength={200} errors={err('company')} />
      <Field
        name="email"
        type="email"
        label={t('walkIn.email')}
        hint={t('walkIn.emailHint')}
        autoComplete="off"
        maxLength={254}
        errors={err('email')}
      />
      <div className="sm:col-span-2">
        <Button type="submit" disabled={busy || disabled}>
          {t('walkIn.submit')}
        </Button>
        {disabled ? <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t('walkIn.offline')}</p> : null}
      </div>
    </form>
  )
}
