// The stands: a table with edit and delete for each, and the form for a new or the edited stand.
import { useForm } from '@conform-to/react'
import { Form, Link } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { replyFor } from '~/components/forms/reply-for'
import { Button, buttonClass, EmptyState, FormError, TableScroll } from '~/components/ui'
import type { View } from './fair.server'
import { StandFormCard } from './stand-form'

export function StandsSection({ view, reply, number }: { view: View; reply: unknown; number: (n: number) => string }) {
  const { t } = useTranslation('fair')
  // One answer for every delete button: a stand still in use is named above the table.
  const [deletion] = useForm({ id: 'deleteStand', lastResult: replyFor(reply, 'deleteStand') })
  return (
    <section aria-labelledby="stands-heading" id="stands" className="mt-8">
      <h2 id="stands-heading" className="text-lg font-semibold">
        {t('admin.stands')}
      </h2>
      {deletion.errors?.length ? (
        <div className="mt-2">
          <FormError>{deletion.errors.join(' ')}</FormError>
        </div>
      ) : null}
      {view.stands.length === 0 ? (
        <div className="mt-3">
          <EmptyState title={t('admin.noStands')} />
        </div>
      ) : (
        <TableScroll label={t('admin.standsCaption')} className="relative mt-3">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">{t('admin.standsCaption')}</caption>
            <thead className="bg-slate-50 text-xs uppercase text-slate-700 dark:bg-slate-800 dark:text-slate-300">
              <tr>
                {(['stand', 'kind', 'area', 'exhibitors', 'actions'] as const).map((c) => (
                  <th key={c} scope="col" className="px-3 py-2">
                    {t(`admin.columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.stands.map((s) => (
                <tr key={s.id} className="border-t border-slate-200 align-top dark:border-slate-700">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    <span className="font-semibold">{s.number}</span>
                    <span className="block text-slate-700 dark:text-slate-300">{s.hall}</span>
                  </th>
                  <td className="px-3 py-2">
                    {t(`kinds.${s.kind}`)}
                    {s.equipment ? <span className="block text-xs text-slate-700 dark:text-slate-300">{s.equipment}</span> : null}
                  </td>
                  <td className="px-3 py-2">
                    {t('area', { area: number(s.areaSqm) })}
                    <span className="block text-xs text-slate-700 dark:text-slate-300">{t('plan.freeArea', { area: number(s.free) })}</span>
                  </td>
                  <td className="px-3 py-2">
                    {s.exhibitors.length
                      ? s.exhibitors.map((e) => `${e.company} (${t('area', { area: number(e.areaSqm) })})`).join(', ')
                      : '–'}
                  </td>
                  <td className="px-3 py-2">
                    <div className="flex flex-wrap gap-2">
                      <Link
                        to={`?stand=${s.id}#stand-form`}
                        className={buttonClass('secondary')}
                        aria-label={`${t('admin.edit')} ${t('plan.stand', { number: s.number })}`}
                      >
                        {t('admin.edit')}
                      </Link>
                      <Form method="post">
                        <input type="hidden" name="intent" value="deleteStand" />
                        <input type="hidden" name="standId" value={s.id} />
                        <Button
                          type="submit"
                          variant="secondary"
                          aria-label={`${t('admin.delete')} ${t('plan.stand', { number: s.number })}`}
                        >
                          {t('admin.delete')}
                        </Button>
                      </Form>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <StandFormCard key={view.editing?.standId ?? 'new'} editing={view.editing} reply={replyFor(reply, 'saveStand')} />
    </section>
  )
}
