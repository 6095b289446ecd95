import type { MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Badge, Button, Card } from '~/components/ui'
import { action, loader } from './speaker.server'
import { SpeakerProfile } from './speaker-profile'

export { action, loader }
export type SpeakerView = ReturnType<typeof useLoaderData<typeof loader>>
export type SpeakerReply = ReturnType<typeof useActionData<typeof action>>

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.metaTitle} – Fairdesk` : 'Fairdesk' },
  { name: 'robots', content: 'noindex' },
]

const statusTone = { INVITED: 'warning', CONFIRMED: 'success', DECLINED: 'danger' } as const

export default function SpeakerPage() {
  const view = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation('programme')
  const busy = navigation.state === 'submitting'
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <header>
        <p className="text-sm font-semibold text-brand-700 dark:text-brand-100">{t('speakerPage.kicker')}</p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight text-balance sm:text-3xl">{view.event.title}</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          {view.event.when}
          {view.event.venue ? <span className="block">{view.event.venue}</span> : null}
        </p>
      </header>

      {view.notice ? (
        <p
          role="status"
          className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {t(`speakerPage.notices.${view.notice}`, { defaultValue: '' })}
        </p>
      ) : null}

      <Card>
        <h2 className="text-lg font-semibold">{t('speakerPage.answerTitle', { name: view.name })}</h2>
        <p className="mt-2 flex flex-wrap items-center gap-2">
          <span>{t('speakerPage.yourStatus')}</span> <Badge tone={statusTone[view.status]}>{t(`speakerStatus.${view.status}`)}</Badge>
        </p>
        <p className="mt-2 text-slate-800 dark:text-slate-200">{t(`speakerPage.statusText.${view.status}`)}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          {view.status !== 'CONFIRMED' ? (
            <Form method="post">
              <input type="hidden" name="intent" value="confirm" />
              <Button type="submit" disabled={busy}>
                {t('speakerPage.confirm')}
              </Button>
            </Form>
          ) : null}
          {view.status !== 'DECLINED' ? (
            <Form method="post">
              <input type="hidden" name="intent" value="decline" />
              <Button type="submit" variant="secondary" disabled={busy}>
                {t('speakerPage.decline')}
              </Button>
            </Form>
          ) : null}
        </div>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">{t('speakerPage.slots')}</h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('speakerPage.zone', { zone: view.event.zone })}</p>
        {view.slots.length === 0 ? (
          <p className="mt-3">{t('speakerPage.noSlots')}</p>
        ) : (
          <ul className="mt-3 flex flex-col divide-y divide-slate-200 dark:divide-slate-700">
            {view.slots.map((slot) => (
              <li key={slot.id} className="py-3">
                <h3 className="font-semibold">{slot.title}</h3>
                <p className="text-slate-800 dark:text-slate-200">
                  <time dateTime={slot.startsAt}>
                    {slot.date}, {slot.time}
                  </time>
                </p>
                <p className="text-sm text-slate-700 dark:text-slate-300">
                  {[slot.room ? t('agenda.room', { name: slot.room }) : null, slot.kind !== 'TALK' ? t(`kinds.${slot.kind}`) : null]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {slot.coSpeakers.length > 0 ? (
                  <p className="text-sm">{t('speakerPage.with', { names: slot.coSpeakers.join(', ') })}</p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {view.event.isPublished ? (
          <p className="mt-3 text-sm">
            <a href={`/events/${view.event.slug}/agenda`}>{t('speakerPage.agendaLink')}</a>
          </p>
        ) : null}
      </Card>

      <SpeakerProfile view={view} reply={reply} busy={busy} />

      {view.event.contactEmail ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {t('speakerPage.questions')}{' '}
          <a href={`mailto:${view.event.contactEmail}`} className="underline">
            {view.event.contactEmail}
          </a>
        </p>
      ) : null}
    </div>
  )
}
