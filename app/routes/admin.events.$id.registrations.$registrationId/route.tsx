// /admin/events/:id/registrations/:registrationId — one registration for the organiser: details,
// answers, check-ins and mails; correct names, company and role; move to another date; send the
// confirmation again; cancel (the seat goes to the waiting list).
import { useForm } from '@conform-to/react'
import type { MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Badge, Button, buttonClass, Card, FormError, PageHeader, TextareaField } from '~/components/ui'
import { MAX_REASON_LENGTH, MIN_REASON_LENGTH } from '~/domain/reports/closed-year'
import { ConfirmCard, DetailsCard, HistoryCard, MoveCard } from './registration-cards'
import type { action, loader } from './registration.server'

export { action, loader } from './registration.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.registration.name} – Fairdesk` : 'Fairdesk' }]

export default function RegistrationDetailPage() {
  const { event, registration: r, targets, erase, closedYear } = useLoaderData<typeof loader>()
  const { t: tPrivacy } = useTranslation('privacy')
  const result = useActionData<typeof action>()
  const [params] = useSearchParams()
  const { t } = useTranslation('staffRegistrations')
  const { t: tForm } = useTranslation('registration')
  const { t: tOrg } = useTranslation('organiser')
  const tr = (keys?: string[]) => keys?.map((k) => (k.startsWith('errors.') ? tForm(k) : t(k)))
  // Messages about the page rather than a field (cancelled meanwhile, unknown action) show on top, whichever form sent.
  const [page, pageFields] = useForm<{ reason?: string }>({ id: 'registration', lastResult: result })
  const cancelErrors = pageFields.reason.errors
  const live = r.status !== 'CANCELLED'
  const done = result && 'done' in result ? result.done : null
  const notice = done ? t(done) : params.get('added') ? t('detail.added') : params.get('moved') ? t('detail.moved') : null
  return (
    <div className="flex flex-col gap-6">
      <PageHeader level={2} title={r.name} />
      {notice ? (
        <p
          role="status"
          className="rounded-md border border-green-300 bg-green-50 p-3 text-sm font-medium text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {notice}
        </p>
      ) : null}
      {page.errors?.length ? <FormError>{page.errors.map((k) => t(k, { year: closedYear?.year })).join(' ')}</FormError> : null}
      {closedYear ? (
        <p
          data-testid="closed-year-notice"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
        >
          {t(closedYear.mayOverride ? 'closedYear.noticeAdmin' : 'closedYear.notice', { year: closedYear.year })}
        </p>
      ) : null}

      <Card>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium">{t('fields.status')}</dt>
          <dd>
            <Badge tone={r.status === 'CONFIRMED' ? 'success' : r.status === 'WAITLISTED' ? 'warning' : 'danger'}>
              {tOrg(`event.statuses.${r.status}`)}
            </Badge>
            {r.cancelledAt ? <span className="ml-2">{r.cancelledAt}</span> : null}
          </dd>
          <dt className="font-medium">{tForm('form.email')}</dt>
          <dd>{r.email}</dd>
          <dt className="font-medium">{t('fields.role')}</dt>
          <dd>{t(`roles.${r.role}`)}</dd>
          <dt className="font-medium">{t('fields.source')}</dt>
          <dd>
            {t(`sources.${r.source}`)} · {r.createdAt}
          </dd>
          <dt className="font-medium">{t('fields.locale')}</dt>
          <dd>{r.locale === 'en' ? 'English' : 'Deutsch'}</dd>
          {r.answers.map((a) => (
            <div key={a.id} className="contents">
              <dt className="font-medium">{a.label}</dt>
              <dd>{a.answer || '–'}</dd>
            </div>
          ))}
        </dl>
        {live ? (
          <div className="mt-4 flex flex-wrap gap-2">
            <a href={r.manageUrl} className={buttonClass('secondary')} target="_blank" rel="noreferrer">
              {t('detail.selfService')}
            </a>
            <Form method="post">
              <Button type="submit" name="intent" value="resend" variant="secondary">
                {t('detail.resend')}
              </Button>
            </Form>
          </div>
        ) : null}
      </Card>

      {live ? <DetailsCard current={r} lastResult={result} tr={tr} /> : null}
      {live ? <MoveCard targets={targets} lastResult={result} tr={tr} /> : null}
      <HistoryCard checkIns={r.checkIns} mails={r.mails} />

      {live && event.status !== 'CANCELLED' ? (
        <ConfirmCard
          title={t('detail.cancelTitle')}
          confirming={params.get('confirm') === 'cancel'}
          confirmQuery="?confirm=cancel"
          start={t('detail.cancel')}
          question={t('detail.cancelConfirm')}
        >
          {closedYear?.mayOverride ? (
            <TextareaField
              name="reason"
              className="w-full"
              label={t('closedYear.reason', { year: closedYear.year })}
              hint={t('closedYear.reasonHint')}
              required
              minLength={MIN_REASON_LENGTH}
              maxLength={MAX_REASON_LENGTH}
              errors={cancelErrors?.map((k) => t(k, { year: closedYear.year }))}
            />
          ) : null}
          <Button type="submit" name="intent" value="cancel" variant="danger">
            {t('detail.cancelYes')}
          </Button>
        </ConfirmCard>
      ) : null}

      {erase ? (
        <ConfirmCard
          title={tPrivacy('staff.title')}
          intro={tPrivacy('staff.intro')}
          confirming={params.get('confirm') === 'erase'}
          confirmQuery="?confirm=erase"
          start={tPrivacy('staff.start')}
          question={tPrivacy('staff.confirm')}
          action={`/admin/persons/${erase.personId}/erase`}
          hidden={<input type="hidden" name="returnTo" value={`/admin/events/${event.id}`} />}
        >
          <Button type="submit" variant="danger">
            {tPrivacy('staff.yes')}
          </Button>
        </ConfirmCard>
      ) : null}
    </div>
  )
}
