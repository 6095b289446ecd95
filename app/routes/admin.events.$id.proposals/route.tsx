// The review queue of the call for contributions: accept (and place into an open slot or a room and
// time of its own, now or later) or decline with a note.
import type { MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Badge, Card, EmptyState, FormError } from '~/components/ui'
import { ProgrammeNav } from '~/components/programme/programme-nav'
import { Decision } from './decision-forms'
import { FILTERS } from './filters'
import type { loader, Refusal } from './proposals.server'

export { action, loader } from './proposals.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.metaTitle} – Fairdesk` : 'Fairdesk' }]

const statusTone = { SUBMITTED: 'info', ACCEPTED: 'success', DECLINED: 'danger', WITHDRAWN: 'neutral' } as const

export default function ProposalsPage() {
  const view = useLoaderData<typeof loader>()
  const reply = useActionData<Refusal>()
  const { t } = useTranslation('programme')
  return (
    <div>
      <ProgrammeNav eventId={view.event.id} />
      <h2 className="mb-2 text-xl font-bold tracking-tight sm:text-2xl">{t('proposals.title')}</h2>
      <p className="mb-4 text-slate-700 dark:text-slate-300">
        {view.event.proposalsOpen ? t('proposals.open') : t('proposals.closed')}{' '}
        {view.event.proposalsOpen ? (
          <Link to={`/events/${view.event.slug}/propose`} className="underline">
            {t('proposals.publicForm')}
          </Link>
        ) : null}
      </p>
      {view.notice ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {t(`proposals.notices.${view.notice}`, { defaultValue: '' })}
        </p>
      ) : null}
      <nav aria-label={t('proposals.filter')} className="mb-6 flex flex-wrap gap-2">
        {FILTERS.map((f) => (
          <Link
            key={f}
            to={`?status=${f}`}
            aria-current={view.filter === f ? 'page' : undefined}
            className={`inline-flex min-h-11 items-center rounded-md border px-3 text-sm font-medium no-underline ${view.filter === f ? 'border-brand-700 bg-brand-700 text-white dark:text-white' : 'border-slate-300 bg-white text-slate-800 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100'}`}
          >
            {t(`proposals.filters.${f}`)} ({view.counts[f]})
          </Link>
        ))}
      </nav>
      {view.proposals.length === 0 ? (
        <EmptyState title={t('proposals.empty')} />
      ) : (
        <ul className="flex flex-col gap-4">
          {view.proposals.map((p) => (
            <li key={p.id}>
              <Card>
                <article aria-labelledby={`proposal-${p.id}`}>
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone={statusTone[p.status]}>{t(`proposalStatus.${p.status}`)}</Badge>
                    <Badge>{t(`kinds.${p.kind}`)}</Badge>
                    <Badge>{t(`languages.${p.language === 'en' ? 'en' : 'de'}`)}</Badge>
                  </div>
                  <h2 id={`proposal-${p.id}`} className="mt-2 text-lg font-semibold">
                    {p.title}
                  </h2>
                  <p className="text-sm text-slate-700 dark:text-slate-300">
                    {[p.person.name, p.person.company, p.person.email].filter(Boolean).join(' · ')} ·{' '}
                    {t('proposals.submitted', { date: p.submitted })}
                  </p>
                  <p className="mt-2 whitespace-pre-line">{p.abstract}</p>
                  {p.reviewNote ? <p className="mt-2 text-sm">{t('proposals.note', { note: p.reviewNote })}</p> : null}
                  {p.placed ? <p className="mt-2 text-sm font-medium">{t('proposals.placedAt', { slot: p.placed })}</p> : null}
                  {reply?.proposalId === p.id ? (
                    <div className="mt-3">
                      <FormError>
                        <ul className="list-disc pl-5">
                          {reply.messages.map((m) => (
                            <li key={m}>{m}</li>
                          ))}
                        </ul>
                      </FormError>
                    </div>
                  ) : null}
                  {p.status === 'SUBMITTED' || (p.status === 'ACCEPTED' && !p.placed) ? <Decision proposal={p} view={view} /> : null}
                </article>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
