// The organisers' timetable editor: a grid per day and room, the same sessions as a table, and
// forms for everything (create, edit, move, delete sessions; rooms; slot templates).
import type { MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { replyFor } from '~/components/forms/reply-for'
import { Card } from '~/components/ui'
import { ProgrammeNav } from '~/components/programme/programme-nav'
import { TimetableGrid } from '~/components/programme/timetable-grid'
import { EditPanel } from './edit-panel'
import { Notice } from './notice'
import type { loader } from './programme.server'
import { Rooms } from './rooms'
import { SessionForm } from './session-form'
import { SessionTable } from './session-table'
import { SlotTemplate } from './slot-template'

export { action, loader } from './programme.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.metaTitle} – Fairdesk` : 'Fairdesk' }]

export default function ProgrammeEditorPage() {
  const view = useLoaderData<typeof loader>()
  const reply = useActionData()
  const { t } = useTranslation('programme')
  const { event, day } = view
  const editHref = (id: string) => `?day=${day}&edit=${id}#session-form`

  return (
    <div>
      <ProgrammeNav eventId={event.id} />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 className="text-xl font-bold tracking-tight sm:text-2xl">{t('editor.title')}</h2>
          <p className="mt-1 text-slate-700 dark:text-slate-300">{t('editor.intro', { zone: event.zoneName })}</p>
        </div>
        {event.status !== 'DRAFT' ? <Link to={`/events/${event.slug}/agenda`}>{t('editor.publicAgenda')}</Link> : null}
      </div>

      <Notice view={view} />
      {view.proposalsToPlace > 0 ? (
        <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
          {t('editor.proposalsToPlace', { count: view.proposalsToPlace })}{' '}
          <Link to={`/admin/events/${event.id}/proposals`} className="underline">
            {t('editor.toProposals')}
          </Link>
        </p>
      ) : null}

      <nav aria-label={t('editor.days')} className="mb-4 flex flex-wrap gap-2">
        {view.days.map((d) => (
          <Link
            key={d.day}
            to={`?day=${d.day}`}
            aria-current={d.day === day ? 'page' : undefined}
            className={`inline-flex min-h-11 items-center rounded-md border px-3 text-sm font-medium no-underline ${d.day === day ? 'border-brand-700 bg-brand-700 text-white hover:no-underline dark:text-white' : 'border-slate-300 bg-white text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100'}`}
          >
            {d.heading}
          </Link>
        ))}
      </nav>

      {view.rooms.length === 0 ? <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">{t('editor.noRoomsYet')}</p> : null}

      <h2 className="sr-only">{t('editor.gridHeading', { day: view.days.find((d) => d.day === day)?.heading })}</h2>
      <TimetableGrid
        layout={view.layout}
        sessions={view.sessions}
        editHref={editHref}
        label={t('editor.gridLabel', { day: view.days.find((d) => d.day === day)?.heading })}
      />

      <SessionTable view={view} editHref={editHref} />

      <div className="mt-8 grid gap-6 lg:grid-cols-[3fr_2fr]">
        <div id="session-form" className="scroll-mt-4">
          {view.editing ? (
            <EditPanel view={view} reply={reply} key={view.editing.id} />
          ) : (
            <Card>
              <h2 className="text-lg font-semibold">{t('editor.newSession')}</h2>
              <SessionForm
                intent="createSession"
                reply={replyFor(reply, ['createSession', 'updateSession'])}
                defaults={{ day, kind: 'TALK', language: 'de', start: '09:00', end: '09:30', roomId: view.rooms[0]?.id ?? '' }}
                view={view}
              />
            </Card>
          )}
        </div>
        <div className="flex flex-col gap-6">
          <Rooms view={view} reply={reply} />
          <SlotTemplate view={view} reply={reply} />
        </div>
      </div>
    </div>
  )
}
