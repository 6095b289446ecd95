import { getFormProps, useForm } from '@conform-to/react'
import type { MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { PrintButton } from '~/components/fair/print-button'
import { BackLink, Badge, Button, Card, Field, TextareaField } from '~/components/ui'
import type { z } from 'zod'
import type { ProfileForm } from '~/domain/fair/forms'
import { ExhibitorList } from './exhibitor-list'
import { action, loader } from './meetings.server'

export { action, loader }
export type ExchangeView = ReturnType<typeof useLoaderData<typeof loader>>
export type ExchangeReply = ReturnType<typeof useActionData<typeof action>>

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.metaTitle} – Fairdesk` : 'Fairdesk' },
  { name: 'robots', content: 'noindex' },
]

const tone = { REQUESTED: 'warning', ACCEPTED: 'success', HELD: 'success', DECLINED: 'danger', CANCELLED: 'neutral' } as const

export default function ParticipantExchangePage() {
  const view = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation('fair')
  const lastProfile = reply && 'target' in reply && reply.target === 'profile' ? reply : null
  const [profileForm, fields] = useForm<z.input<typeof ProfileForm>>({ id: 'profile-form', lastResult: lastProfile })
  // After a refused save the form shows what was typed; otherwise what is stored.
  const shown = (name: 'offer' | 'seek' | 'topics') => (lastProfile ? String(fields[name].initialValue ?? '') : view.profile[name])
  const err = (name: 'offer' | 'seek' | 'topics') => fields[name].errors?.map((k) => t(k))
  const openMeetings = view.meetings.filter((m) => m.status !== 'DECLINED' && m.status !== 'CANCELLED')
  return (
    <div className="mx-auto max-w-3xl">
      <p className="print:hidden">
        <BackLink to={`/r/${view.token}`}>{t('exchange.back')}</BackLink>
      </p>
      <h1 className="mt-3 text-2xl font-bold tracking-tight sm:text-3xl print:hidden">{t('exchange.title')}</h1>
      <p className="mt-1 font-medium print:hidden">{view.event.title}</p>
      <p className="mt-2 text-slate-700 dark:text-slate-300 print:hidden">{t('exchange.intro')}</p>
      {view.notice ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100 print:hidden"
        >
          {t(`exchange.notices.${view.notice}`, { defaultValue: '' })}
        </p>
      ) : null}

      <section aria-labelledby="my-meetings-heading" id="my-meetings" className="mt-8">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="my-meetings-heading" className="text-xl font-bold">
            <span className="print:hidden">{t('exchange.myMeetings')}</span>
            <span className="hidden print:inline">
              {t('exchange.printTitle', { name: view.name })} – {view.event.title}
            </span>
          </h2>
          {openMeetings.length > 0 ? <PrintButton label={t('exchange.print')} /> : null}
        </div>
        {openMeetings.length === 0 ? (
          <p className="mt-2 text-sm">{t('exchange.noMeetings')}</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-2">
            {openMeetings.map((m) => (
              <li
                key={m.id}
                className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900 print:break-inside-avoid"
              >
                <div>
                  <p className="font-semibold">{m.company}</p>
                  <p className="text-sm">
                    {m.when
                      ? `${m.when} · ${[m.stand ? t('stand.standValue', m.stand) : null, m.table].filter(Boolean).join(', ')}`
                      : t('exchange.notScheduled')}
                  </p>
                </div>
                <div className="flex items-center gap-2">
                  <Badge tone={tone[m.status]}>{t(`meetingStatus.${m.status}`)}</Badge>
                  {m.status === 'REQUESTED' || m.status === 'ACCEPTED' ? (
                    <Form method="post" className="print:hidden">
                      <input type="hidden" name="intent" value="cancel" />
                      <input type="hidden" name="meetingId" value={m.id} />
                      <Button type="submit" variant="ghost" aria-label={`${t('exchange.cancel')}: ${m.company}`}>
                        {t('exchange.cancel')}
                      </Button>
                    </Form>
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <Card className="mt-8 print:hidden" id="profile">
        <h2 className="text-lg font-semibold">{t('exchange.profile')}</h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('exchange.profileHint')}</p>
        {view.profile.fromRegistration ? (
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-testid="profile-from-registration">
            {t('exchange.profileFromRegistration')}
          </p>
        ) : null}
        <Form method="post" {...getFormProps(profileForm)} noValidate className="mt-4 flex flex-col gap-4">
          <input type="hidden" name="intent" value="saveProfile" />
          <TextareaField
            name="offer"
            label={t('exchange.offer')}
            rows={2}
            maxLength={500}
            defaultValue={shown('offer')}
            errors={err('offer')}
          />
          <TextareaField
            name="seek"
            label={t('exchange.seek')}
            rows={2}
            maxLength={500}
            defaultValue={shown('seek')}
            errors={err('seek')}
          />
          <Field name="topics" label={t('exchange.topics')} maxLength={200} defaultValue={shown('topics')} errors={err('topics')} />
          <label className="flex min-h-11 items-start gap-3">
            <input
              type="checkbox"
              name="consentLeadScan"
              className="mt-1 h-5 w-5 shrink-0"
              defaultChecked={lastProfile ? fields.consentLeadScan.initialValue === 'on' : view.profile.consentLeadScan}
            />
            <span>{t('exchange.consent')}</span>
          </label>
          <div>
            <Button type="submit" variant="secondary" disabled={navigation.state === 'submitting'}>
              {t('exchange.saveProfile')}
            </Button>
          </div>
        </Form>
      </Card>

      <ExhibitorList view={view} reply={reply} />
    </div>
  )
}
