// One application: the company, its contact and wishes, and (by status) its staff passes and the
// decision — accept on a stand or reassign, reject, withdraw.
import { useForm, type FormMetadata } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { replyFor } from '~/components/forms/reply-for'
import { Badge, Button, Card, Field, FormError, SelectField } from '~/components/ui'
import type { View } from './fair.server'

type ExhibitorView = View['exhibitors'][number]
type Props = { exhibitor: ExhibitorView; form: FormMetadata<Record<string, unknown>, string[]> }

const statusTone = { APPLIED: 'warning', ACCEPTED: 'success', REJECTED: 'danger', WITHDRAWN: 'neutral' } as const

export function ExhibitorCard({
  exhibitor: e,
  stands,
  reply,
  number,
}: {
  exhibitor: ExhibitorView
  stands: View['stands']
  reply: unknown
  number: (n: number) => string
}) {
  const { t } = useTranslation('fair')
  // Each form of the card takes the answer only when it was sent for this application.
  const row = ['exhibitorId', e.id] as const
  const [pass] = useForm({ id: `pass-${e.id}`, lastResult: replyFor(reply, 'issuePass', row) })
  const [decision] = useForm({ id: `accept-${e.id}`, lastResult: replyFor(reply, ['accept', 'reject', 'withdraw'], row) })
  const formErrors = [...(pass.errors ?? []), ...(decision.errors ?? [])]
  const acceptable = e.status === 'APPLIED' || e.status === 'ACCEPTED' || e.status === 'REJECTED'
  const headingId = `exhibitor-${e.id}-name`
  return (
    <Card id={`exhibitor-${e.id}`} aria-labelledby={headingId} role="region" className="scroll-mt-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={headingId} className="text-base font-semibold">
            {e.company}
          </h3>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {[e.city, t('admin.applied', { date: e.applied })].filter(Boolean).join(' · ')}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {e.isMember ? <Badge tone="info">{t('admin.member')}</Badge> : null}
          <Badge tone={statusTone[e.status]}>{t(`exhibitorStatus.${e.status}`)}</Badge>
        </div>
      </div>
      {formErrors.length ? (
        <div className="mt-3">
          <FormError>{formErrors.join(' ')}</FormError>
        </div>
      ) : null}
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {e.contact ? (
          <div>
            <dt className="font-medium">{t('admin.contact')}</dt>
            <dd>
              {e.contact.name}, <a href={`mailto:${e.contact.email}`}>{e.contact.email}</a>
              {e.contact.phone ? `, ${e.contact.phone}` : ''}
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="font-medium">{e.status === 'ACCEPTED' ? t('admin.assigned') : t('admin.areaWanted')}</dt>
          <dd>
            {e.status === 'ACCEPTED' && e.stand
              ? t('admin.assignedValue', { number: e.stand.number, hall: e.stand.hall, area: number(e.areaSqm ?? 0) })
              : e.areaWantedSqm !== null
                ? t('area', { area: number(e.areaWantedSqm) })
                : '–'}
          </dd>
        </div>
        <div>
          <dt className="font-medium">{t('admin.topicsDe')}</dt>
          <dd>{e.topicsDe ?? '–'}</dd>
        </div>
        <div>
          <dt className="font-medium">{t('admin.topicsEn')}</dt>
          <dd>{e.topicsEn ?? '–'}</dd>
        </div>
        {e.products ? (
          <div className="sm:col-span-2">
            <dt className="font-medium">{t('admin.products')}</dt>
            <dd>{e.products}</dd>
          </div>
        ) : null}
        {e.staffRequested.length > 0 ? (
          <div className="sm:col-span-2">
            <dt className="font-medium">{t('admin.staffRequested')}</dt>
            <dd>{e.staffRequested.map((s) => `${s.firstName} ${s.lastName} (${s.email})`).join(', ')}</dd>
          </div>
        ) : null}
      </dl>

      {e.status === 'ACCEPTED' ? <Passes exhibitor={e} form={pass} /> : null}
      {acceptable ? <Decision exhibitor={e} form={decision} stands={stands} number={number} /> : null}
    </Card>
  )
}

/** What the form sent back, and its field messages translated. */
function useSent(form: Props['form']) {
  const { t } = useTranslation('fair')
  const values = (form.initialValue ?? {}) as Record<string, string | undefined>
  const err = (name: string) => form.allErrors[name]?.map((k) => t(k))
  return { t, values, err }
}

function Passes({ exhibitor: e, form }: Props) {
  const { t, values, err } = useSent(form)
  return (
    <div className="mt-4 border-t border-slate-200 pt-3 dark:border-slate-700">
      <h4 className="text-sm font-semibold">{t('admin.passes', { count: e.passes.length, quota: e.passQuota })}</h4>
      {e.passes.length === 0 ? (
        <p className="text-sm">{t('admin.noPasses')}</p>
      ) : (
        <ul className="mt-1 flex flex-col gap-1 text-sm">
          {e.passes.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center gap-2">
              <span>
                {p.name} ({p.email})
              </span>
              <Form method="post">
                <input type="hidden" name="intent" value="revokePass" />
                <input type="hidden" name="exhibitorId" value={e.id} />
                <input type="hidden" name="registrationId" value={p.id} />
                <Button type="submit" variant="ghost" aria-label={`${t('admin.revoke')}: ${p.name}`}>
                  {t('admin.revoke')}
                </Button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      {e.passes.length < e.passQuota ? (
        <Form method="post" noValidate className="mt-2 grid gap-3 sm:grid-cols-4 sm:items-end" aria-label={t('admin.addPass')}>
          <input type="hidden" name="intent" value="issuePass" />
          <input type="hidden" name="exhibitorId" value={e.id} />
          <Field
            name="firstName"
            label={t('admin.fields.firstName')}
            autoComplete="off"
            defaultValue={values.firstName}
            errors={err('firstName')}
          />
          <Field
            name="lastName"
            label={t('admin.fields.lastName')}
            autoComplete="off"
            defaultValue={values.lastName}
            errors={err('lastName')}
          />
          <Field
            name="email"
            type="email"
            label={t('admin.fields.email')}
            autoComplete="off"
            defaultValue={values.email}
            errors={err('email')}
          />
          <Button type="submit" variant="secondary">
            {t('admin.addPassButton')}
          </Button>
        </Form>
      ) : null}
    </div>
  )
}

function Decision({ exhibitor: e, form, stands, number }: Props & { stands: View['stands']; number: (n: number) => string }) {
  const { t, values, err } = useSent(form)
  return (
    <div className="mt-4 border-t border-slate-200 pt-3 dark:border-slate-700">
      {stands.length === 0 ? (
        <p className="text-sm">{t('admin.noStandsToAssign')}</p>
      ) : (
        <Form
          method="post"
          noValidate
          className="grid gap-3 sm:grid-cols-3 sm:items-end"
          aria-label={e.status === 'ACCEPTED' ? t('admin.reassign') : t('admin.accept')}
        >
          <p className="text-sm font-semibold sm:col-span-3">{e.status === 'ACCEPTED' ? t('admin.reassign') : t('admin.accept')}</p>
          <input type="hidden" name="intent" value="accept" />
          <input type="hidden" name="exhibitorId" value={e.id} />
          <SelectField name="standId" label={t('admin.fields.stand')} defaultValue={values.standId ?? e.stand?.id ?? stands[0]!.id}>
            {stands.map((s) => (
              <option key={s.id} value={s.id}>
                {t('admin.standOption', { hall: s.hall, number: s.number, free: number(s.free) })}
              </option>
            ))}
          </SelectField>
          <Field
            name="areaSqm"
            label={t('admin.fields.assignArea')}
            inputMode="decimal"
            defaultValue={values.areaSqm ?? String(e.areaSqm ?? e.areaWantedSqm ?? '')}
            errors={[...(err('areaSqm') ?? []), ...(err('standId') ?? [])]}
          />
          <Button type="submit">{e.status === 'ACCEPTED' ? t('admin.reassignButton') : t('admin.acceptButton')}</Button>
        </Form>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {e.status === 'APPLIED' ? (
          <Form method="post">
            <input type="hidden" name="intent" value="reject" />
            <input type="hidden" name="exhibitorId" value={e.id} />
            <Button type="submit" variant="secondary" aria-label={`${t('admin.reject')}: ${e.company}`}>
              {t('admin.reject')}
            </Button>
          </Form>
        ) : null}
        {e.status === 'APPLIED' || e.status === 'ACCEPTED' ? (
          <Form method="post">
            <input type="hidden" name="intent" value="withdraw" />
            <input type="hidden" name="exhibitorId" value={e.id} />
            <Button type="submit" variant="ghost" aria-label={`${t('admin.withdraw')}: ${e.company}`}>
              {t('admin.withdraw')}
            </Button>
          </Form>
        ) : null}
      </div>
    </div>
  )
}
