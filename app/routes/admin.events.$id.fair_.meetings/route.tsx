// The organisers' cooperation exchange: the grid of tables × slots, placing accepted meetings
// that have no time yet, moving single meetings by hand (refused on a clash), meetings held, and
// printable schedules per table and per person (?print=tables|people, one page each).
import { useForm } from '@conform-to/react'
import type { MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { FairNav } from '~/components/fair/fair-nav'
import { replyFor } from '~/components/forms/reply-for'
import { Button, buttonClass, Card, EmptyState, Field } from '~/components/ui'
import { MeetingRow } from './meeting-row'
import type { loader } from './meetings.server'
import { PrintSchedules } from './print-schedules'

export { action, loader } from './meetings.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.metaTitle} – Fairdesk` : 'Fairdesk' }]

export default function ExchangeAdminPage() {
  const view = useLoaderData<typeof loader>()
  const reply = useActionData()
  const { t } = useTranslation('fair')
  const [grid] = useForm({
    id: 'saveGrid',
    lastResult: replyFor(reply, 'saveGrid'),
    defaultValue: view.grid,
  })
  if (view.print) return <PrintSchedules view={view} />
  const gridValues = (grid.initialValue ?? {}) as Record<string, unknown>
  const gridErr = (name: string) => grid.allErrors[name]?.map((k) => t(k))
  return (
    <div>
      <FairNav eventId={view.event.id} />
      <h2 className="text-xl font-bold tracking-tight sm:text-2xl">{t('meetings.title')}</h2>
      <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">{t('meetings.intro')}</p>
      {view.notice ? (
        <p
          role="status"
          className="mt-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {view.notice}
        </p>
      ) : null}

      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">{t('meetings.grid')}</h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('meetings.gridHint', { zone: view.zoneName })}</p>
          <Form method="post" id={grid.id} noValidate className="mt-3 grid grid-cols-2 gap-3">
            <input type="hidden" name="intent" value="saveGrid" />
            <Field
              name="tables"
              type="number"
              min={1}
              max={50}
              label={t('meetings.tables')}
              defaultValue={String(gridValues.tables ?? '')}
              errors={gridErr('tables')}
            />
            <Field
              name="slotMinutes"
              type="number"
              min={10}
              max={240}
              label={t('meetings.slotMinutes')}
              defaultValue={String(gridValues.slotMinutes ?? '')}
              errors={gridErr('slotMinutes')}
            />
            <Field
              name="from"
              type="time"
              label={t('meetings.from')}
              defaultValue={String(gridValues.from ?? '')}
              errors={gridErr('from')}
            />
            <Field
              name="until"
              type="time"
              label={t('meetings.until')}
              defaultValue={String(gridValues.until ?? '')}
              errors={gridErr('until')}
            />
            <div className="col-span-2">
              <Button type="submit" variant="secondary">
                {t('meetings.saveGrid')}
              </Button>
            </div>
          </Form>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">{t('meetings.scheduleOpen')}</h2>
          <p className="mt-1 text-sm">{t('meetings.unplaced', { count: view.unplaced })}</p>
          <Form method="post" className="mt-3">
            <input type="hidden" name="intent" value="schedule" />
            <Button type="submit" disabled={view.unplaced === 0}>
              {t('meetings.scheduleOpen')}
            </Button>
          </Form>
          <h2 className="mt-6 text-lg font-semibold">{t('meetings.printHeading')}</h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('meetings.printHint')}</p>
          <p className="mt-2 flex flex-wrap gap-2">
            <Link to="?print=tables" className={buttonClass('secondary')}>
              {t('meetings.printTables')}
            </Link>
            <Link to="?print=people" className={buttonClass('secondary')}>
              {t('meetings.printPeople')}
            </Link>
          </p>
        </Card>
      </div>

      <section aria-labelledby="all-heading" className="mt-8">
        <h2 id="all-heading" className="text-lg font-semibold">
          {t('meetings.all')} ({view.meetings.length})
        </h2>
        {view.meetings.length === 0 ? (
          <div className="mt-3">
            <EmptyState title={t('meetings.none')} />
          </div>
        ) : (
          <ul className="mt-3 flex flex-col gap-3">
            {view.meetings.map((m) => (
              <li key={m.id} id={`meeting-${m.id}`} className="scroll-mt-4">
                <MeetingRow meeting={m} view={view} reply={reply} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
