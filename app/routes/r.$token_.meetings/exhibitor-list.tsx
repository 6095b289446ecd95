import { getFormProps, useForm } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button, Card, EmptyState, FormError, InlineFacts, TextareaField } from '~/components/ui'
import type { z } from 'zod'
import type { MeetingRequestForm } from '~/domain/fair/forms'
import type { ExchangeReply, ExchangeView } from './route'

/** The exhibitors of the fair, each with a form to ask for a meeting while requests are open. */
export function ExhibitorList({ view, reply }: { view: ExchangeView; reply: ExchangeReply | undefined }) {
  const { t } = useTranslation('fair')
  return (
    <section aria-labelledby="exhibitors-heading" className="mt-8 print:hidden">
      <h2 id="exhibitors-heading" className="text-xl font-bold">
        {t('exchange.exhibitors')}
      </h2>
      {!view.canRequest ? <p className="mt-2 text-sm">{t('exchange.closed')}</p> : null}
      {view.exhibitors.length === 0 ? (
        <div className="mt-3">
          <EmptyState title={t('exchange.noExhibitors')} />
        </div>
      ) : (
        <ul className="mt-3 flex flex-col gap-4">
          {view.exhibitors.map((e) => (
            <li key={e.id} id={`exhibitor-${e.id}`} className="scroll-mt-4">
              <Card>
                <h3 className="text-base font-semibold">{e.company}</h3>
                <p className="text-sm text-slate-700 dark:text-slate-300">
                  {[e.city, e.stand ? t('stand.standValue', e.stand) : null].filter(Boolean).join(' · ')}
                </p>
                <InlineFacts
                  className="mt-2"
                  facts={[
                    [t('directory.topics'), e.topics],
                    [t('exchange.offers'), e.offer],
                    [t('exchange.seeks'), e.seek],
                  ]}
                />
                {e.request ? (
                  <p className="mt-3 text-sm font-medium">
                    {t('exchange.requestStatus', { status: t(`meetingStatus.${e.request.status}`) })}
                  </p>
                ) : view.canRequest ? (
                  <MeetingRequest exhibitor={e} reply={reply} />
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function MeetingRequest({ exhibitor: e, reply }: { exhibitor: ExchangeView['exhibitors'][number]; reply: ExchangeReply | undefined }) {
  const { t } = useTranslation('fair')
  const lastResult = reply && 'target' in reply && reply.target === e.id ? reply : null
  const [form, fields] = useForm<z.input<typeof MeetingRequestForm>>({ id: `request-${e.id}`, lastResult })
  return (
    <Form
      method="post"
      {...getFormProps(form)}
      noValidate
      className="mt-3 flex flex-col gap-3"
      aria-label={t('exchange.requestWith', { company: e.company })}
    >
      <input type="hidden" name="intent" value="request" />
      <input type="hidden" name="exhibitorId" value={e.id} />
      {fields.message.errors?.length ? <FormError>{t('errors.summary')}</FormError> : null}
      <TextareaField
        id={fields.message.id}
        name={fields.message.name}
        label={t('exchange.message')}
        rows={2}
        maxLength={1000}
        errors={fields.message.errors?.map((k) => t(k))}
      />
      <div>
        <Button type="submit" aria-label={`${t('exchange.request')}: ${e.company}`}>
          {t('exchange.request')}
        </Button>
      </div>
    </Form>
  )
}
