// /admin/events/:id — the event's overview under its header: live counts, the custom questions of
// the registration form and the registrations.
import type { MetaFunction } from '@remix-run/node'
import { useLoaderData } from '@remix-run/react'
import { LiveCounts } from '~/components/reports/live-counts'
import { QuestionsCard } from './questions-card'
import { RegistrationList } from './registration-list'
import type { loader } from './overview.server'

export { action, loader } from './overview.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.event.title} – Fairdesk` : 'Fairdesk' }]

export default function EventOverviewPage() {
  const { event, filter, list } = useLoaderData<typeof loader>()
  return (
    <>
      <LiveCounts eventId={event.id} />
      <QuestionsCard questions={event.questions} fair={event.fair} />
      <RegistrationList event={event} filter={filter} list={list} />
    </>
  )
}
