// Find someone without a ticket by name or company, in the downloaded door list (so it also works
// offline), and admit them with one tap.
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Badge, Button, Field } from '~/components/ui'
import type { DoorList, DoorListEntry } from '~/domain/checkin/door-list.server'
import { searchDoorList } from '~/scanner/offline-verdict'

const tone = { CONFIRMED: 'success', WAITLISTED: 'warning', CANCELLED: 'danger' } as const

export function AttendeeSearch({
  list,
  admittedToday,
  onAdmit,
}: {
  list: DoorList | null
  admittedToday: (id: string) => boolean
  onAdmit: (entry: DoorListEntry) => void
}) {
  const { t } = useTranslation('checkin')
  const [query, setQuery] = useState('')
  const resultsId = useId()
  const found = list ? searchDoorList(list, query) : []
  return (
    <div className="flex flex-col gap-3">
      <Field
        type="search"
        label={t('search.label')}
        hint={list ? t('search.hint', { count: list.registrations.length }) : t('search.loading')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        autoComplete="off"
        maxLength={100}
        aria-controls={resultsId}
      />
      <ul id={resultsId} aria-label={t('search.results')} className="flex flex-col gap-2">
        {found.map((entry) => {
          const inside = admittedToday(entry.id)
          return (
            <li
              key={entry.id}
              className="flex items-center justify-between gap-3 rounded-md border border-slate-200 p-2 dark:border-slate-700"
            >
              <div className="min-w-0">
                <p className="break-words font-semibold">{entry.name}</p>
                {entry.company ? <p className="break-words text-sm text-slate-700 dark:text-slate-300">{entry.company}</p> : null}
                <p className="mt-1 flex flex-wrap gap-1">
                  <Badge tone={tone[entry.status]}>{t(`regStatus.${entry.status}`)}</Badge>
                  {inside ? <Badge tone="info">{t('search.inside')}</Badge> : null}
                </p>
              </div>
              <Button
                variant={entry.status === 'CONFIRMED' && !inside ? 'primary' : 'secondary'}
                onClick={() => onAdmit(entry)}
                aria-label={`${t('search.admit')}: ${entry.name}`}
              >
                {t('search.admit')}
              </Button>
            </li>
          )
        })}
      </ul>
      {query.trim() && list && found.length === 0 ? <p className="text-sm text-slate-700 dark:text-slate-300">{t('search.none')}</p> : null}
    </div>
  )
}
