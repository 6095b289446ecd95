// The per-row result of a participant import: counts, then every row that needs a look (with its
// line in the file and what was wrong), so the organiser can fix the file and import it again —
// rows already imported are reported as "already registered" the second time, never doubled.
import { useTranslation } from 'react-i18next'
import type { RowResult } from '~/domain/registration/import'
import { summarise } from '~/domain/registration/import-summary'
import { TableScroll } from '~/components/ui'

export function ImportReport({ results }: { results: RowResult[] }) {
  const { t } = useTranslation('staffRegistrations')
  const { t: tForm } = useTranslation('registration')
  const summary = summarise(results)
  const problems = results.filter((r) => r.kind !== 'confirmed' && r.kind !== 'waitlisted')
  return (
    <div className="mt-4">
      <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm" aria-label={t('import.summary')}>
        {(Object.keys(summary) as (keyof typeof summary)[]).map((kind) => (
          <li key={kind}>
            <strong className="tabular-nums">{summary[kind]}</strong> {t(`import.kinds.${kind}`)}
          </li>
        ))}
      </ul>
      {problems.length ? (
        <TableScroll label={t('import.problems')} variant="plain" className="mt-4">
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left font-semibold">{t('import.problems')}</caption>
            <thead className="bg-slate-50 text-xs uppercase text-slate-700 dark:bg-slate-800 dark:text-slate-300">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t('import.line')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {tForm('form.email')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('import.what')}
                </th>
              </tr>
            </thead>
            <tbody>
              {problems.map((r) => (
                <tr key={r.line} className="border-t border-slate-200 dark:border-slate-700">
                  <td className="px-3 py-2 tabular-nums">{r.line}</td>
                  <td className="px-3 py-2 break-all">{r.email}</td>
                  <td className="px-3 py-2">
                    {r.kind === 'invalid'
                      ? Object.entries(r.errors)
                          .map(([field, keys]) => `${t(`import.fields.${field}`)}: ${(keys ?? []).map((k) => tForm(k)).join(' ')}`)
                          .join(' · ')
                      : r.kind === 'closed'
                        ? t('import.kinds.closed')
                        : t(`import.kinds.${r.kind}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
    </div>
  )
}
