import type { MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PrintButton } from '~/components/fair/print-button'
import { BackLink, Badge, Button, Card, Field, InlineFacts, TextareaField } from '~/components/ui'
import { LeadsSection } from './leads-section'
import { action, loader } from './stand.server'
import { StaffSection } from './staff-section'

export { action, loader }
export type StandDesk = ReturnType<typeof useLoaderData<typeof loader>>
export type StandReply = ReturnType<typeof useActionData<typeof action>>

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.metaTitle} – Fairdesk` : 'Fairdesk' },
  { name: 'robots', content: 'noindex' },
]

type MeetingView = StandDesk['schedule'][number]

export default function StandDeskPage() {
  const view = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  const { t } = useTranslation('fair')
  const person = (m: MeetingView) => [m.name, m.company].filter(Boolean).join(', ')
  return (
    <div className="mx-auto max-w-3xl">
      <p className="print:hidden">
        <BackLink to={`/r/${view.token}`}>{t('exchange.back')}</BackLink>
      </p>
      <h1 className="mt-3 text-2xl font-bold tracking-tight sm:text-3xl">{t('stand.title', { company: view.company })}</h1>
      <p className="mt-1 font-medium">
        {view.event.title}
        {view.stand ? ` · ${t('stand.standValue', view.stand)}` : ''}
      </p>
      <p className="mt-2 text-slate-700 dark:text-slate-300 print:hidden">{t('stand.intro')}</p>
      {view.notice ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100 print:hidden"
        >
          {t(`stand.notices.${view.notice}`, { defaultValue: '', ...view.noticeValues })}
        </p>
      ) : null}

      <section aria-labelledby="requests-heading" id="requests" className="mt-8 print:hidden">
        <h2 id="requests-heading" className="text-xl font-bold">
          {t('stand.requests')}
        </h2>
        {view.requests.length === 0 ? (
          <p className="mt-2 text-sm">{t('stand.noRequests')}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-3">
            {view.requests.map((m) => (
              <li key={m.id}>
                <Card>
                  <h3 className="text-base font-semibold">{person(m)}</h3>
                  <InlineFacts
                    className="mt-1"
                    facts={[
                      [t('meetingMail.message'), m.message],
                      [t('exchange.offers'), m.offer],
                      [t('exchange.seeks'), m.seek],
                    ]}
                  />
                  <Form method="post" className="mt-3 flex flex-wrap gap-2">
                    <input type="hidden" name="meetingId" value={m.id} />
                    <Button type="submit" name="intent" value="accept" aria-label={`${t('stand.accept')}: ${m.name}`}>
                      {t('stand.accept')}
                    </Button>
                    <Button type="submit" name="intent" value="decline" variant="secondary" aria-label={`${t('stand.decline')}: ${m.name}`}>
                      {t('stand.decline')}
                    </Button>
                  </Form>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="schedule-heading" id="schedule" className="mt-8">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="schedule-heading" className="text-xl font-bold">
            {t('stand.schedule')}
          </h2>
          {view.schedule.length > 0 ? <PrintButton label={t('exchange.print')} /> : null}
        </div>
        {view.schedule.length === 0 ? (
          <p className="mt-2 text-sm">{t('stand.noSchedule')}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-2">
            {view.schedule.map((m) => (
              <li
                key={m.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900 print:break-inside-avoid"
              >
                <div>
                  <p className="font-semibold">{m.when ? `${m.when} · ${m.table}` : t('exchange.notScheduled')}</p>
                  <p className="text-sm">
                    {person(m)}
                    {m.email ? (
                      <>
                        {' · '}
                        <a href={`mailto:${m.email}`}>{m.email}</a>
                      </>
                    ) : null}
                  </p>
                </div>
                <div className="flex items-center gap-2">
                  <Badge tone="success">{t(`meetingStatus.${m.status}`)}</Badge>
                  {m.status === 'ACCEPTED' && m.begun ? (
                    <Form method="post" className="print:hidden">
                      <input type="hidden" name="intent" value="held" />
                      <input type="hidden" name="meetingId" value={m.id} />
                      <Button type="submit" variant="secondary" aria-label={`${t('stand.held')}: ${m.name}`}>
                        {t('stand.held')}
                      </Button>
                    </Form>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
        {view.others.length > 0 ? (
          <details className="mt-4 print:hidden">
            <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium">
              {t('stand.other')} ({view.others.length})
            </summary>
            <ul className="mt-1 flex flex-col gap-1 text-sm">
              {view.others.map((m) => (
                <li key={m.id}>
                  {person(m)} – {t(`meetingStatus.${m.status}`)}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>

      <LeadsSection view={view} reply={reply} />

      <StaffSection view={view} reply={reply} />

      <Card className="mt-8 print:hidden" id="profile">
        <h2 className="text-lg font-semibold">{t('stand.profileHeading')}</h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('exchange.profileHint')}</p>
        <Form method="post" noValidate className="mt-4 flex flex-col gap-4">
          <input type="hidden" name="intent" value="saveProfile" />
          <TextareaField name="offer" label={t('exchange.offer')} rows={2} maxLength={500} defaultValue={view.profile.offer} />
          <TextareaField name="seek" label={t('exchange.seek')} rows={2} maxLength={500} defaultValue={view.profile.seek} />
          <Field name="topics" label={t('exchange.topics')} maxLength={200} defaultValue={view.profile.topics} />
          <div>
            <Button type="submit" variant="secondary">
              {t('exchange.saveProfile')}
            </Button>
          </div>
        </Form>
      </Card>
    </div>
  )
}
