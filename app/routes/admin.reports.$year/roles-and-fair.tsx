import { useTranslation } from 'react-i18next'
import { Card } from '~/components/ui'
import type { ReportTotals } from '~/domain/reports/reports.server'
import type { Numbers } from './numbers'

export function RolesAndFair({ totals, f }: { totals: ReportTotals; f: Numbers }) {
  const { t } = useTranslation('reports')
  const roles = (['SPEAKER', 'EXHIBITOR', 'STAFF', 'PRESS'] as const).map((role) => ({ role, ...totals.byRole[role] }))
  const fair = totals.fair
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card className="min-w-0 break-inside-avoid">
        <h2 className="text-base font-semibold">{t('annual.fair')}</h2>
        {fair.fairs === 0 ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t('annual.noFairs')}</p>
        ) : (
          <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
            <dt>{t('fair.fairs')}</dt>
            <dd className="text-right font-semibold tabular-nums">{f.n(fair.fairs)}</dd>
            <dt>{t('fair.exhibitors')}</dt>
            <dd className="text-right font-semibold tabular-nums">{f.n(fair.exhibitors)}</dd>
            <dt>{t('fair.exhibitingCompanies')}</dt>
            <dd className="text-right font-semibold tabular-nums">{f.n(fair.exhibitingCompanies)}</dd>
            <dt>{t('fair.standArea')}</dt>
            <dd className="text-right font-semibold tabular-nums">{t('fair.sqm', { value: f.d(fair.standAreaSqm) })}</dd>
            <dt>{t('fair.meetings')}</dt>
            <dd className="text-right font-semibold tabular-nums">{f.n(fair.meetings)}</dd>
          </dl>
        )}
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t('how.fair')}</p>
      </Card>
      <Card className="min-w-0 break-inside-avoid">
        <table className="w-full text-sm">
          <caption className="pb-2 text-left text-base font-semibold">{t('annual.roles')}</caption>
          <thead className="border-b border-slate-200 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-300">
            <tr>
              <th scope="col" className="px-2 py-1 text-left">
                {t('live.role')}
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {t('live.registered')}
              </th>
              <th scope="col" className="px-2 py-1 text-right">
                {t('live.present')}
              </th>
            </tr>
          </thead>
          <tbody>
            {roles.map((r) => (
              <tr key={r.role} className="border-b border-slate-100 dark:border-slate-800">
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {t(`roles.${r.role}`)}
                </th>
                <td className="px-2 py-1 text-right tabular-nums">{f.n(r.registered)}</td>
                <td className="px-2 py-1 text-right tabular-nums">{f.n(r.present)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t('how.roles')}</p>
      </Card>
    </div>
  )
}
