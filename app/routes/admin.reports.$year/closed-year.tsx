// The year's closing for the funders: "closed on … by …" with the changes an administrator made
// since (each with its reason), reopening; or, while open, closing it. Forms work without JavaScript.
import { Form, Link, useSearchParams } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button, buttonClass, Card, TextareaField } from '~/components/ui'
import type { LoaderData } from './numbers'

export function ClosedYearCard({ d }: { d: LoaderData }) {
  const { t } = useTranslation('reports')
  const [params] = useSearchParams()
  const closed = d.closed
  if (!closed && !d.canClose) return null
  if (!closed)
    return (
      <Card className="print:hidden">
        <h2 className="text-lg font-semibold">{t('closing.title', { year: d.year })}</h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('closing.intro')}</p>
        {params.get('reopened') ? (
          <p role="status" className="mt-2 text-sm font-medium">
            {t('closing.reopened', { year: d.year })}
          </p>
        ) : null}
        {params.get('confirm') === 'close' ? (
          <Form method="post" className="mt-3 flex flex-wrap items-center gap-2">
            <p role="alert" className="w-full font-medium">
              {t('closing.confirm', { year: d.year })}
            </p>
            <Button type="submit" name="intent" value="close">
              {t('closing.yes', { year: d.year })}
            </Button>
            <Link to="?" className={buttonClass('secondary')}>
              {t('closing.no')}
            </Link>
          </Form>
        ) : (
          <Link to="?confirm=close" className={`${buttonClass('secondary')} mt-3`}>
            {t('closing.start', { year: d.year })}
          </Link>
        )}
      </Card>
    )
  return (
    <Card>
      <p className="font-semibold" data-testid="closed-note" role={params.get('closed') ? 'status' : undefined}>
        {closed.by ? t('closing.closedOnBy', { at: closed.at, by: closed.by }) : t('closing.closedOn', { at: closed.at })}
      </p>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {d.query.filtered ? t('closing.filteredLive') : t('closing.snapshot')}
      </p>
      {closed.corrections.length > 0 ? (
        <div className="mt-3">
          <h2 className="text-base font-semibold">{t('closing.corrections')}</h2>
          <ul className="mt-1 list-disc pl-5 text-sm" data-testid="corrections">
            {closed.corrections.map((c, i) => (
              <li key={i}>
                {t('closing.correction', {
                  event: c.event ?? '–',
                  change: t(`closing.changes.${c.change}`),
                  reason: c.reason,
                  by: c.by ?? t('headcount.unknownUser'),
                  at: c.at,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {d.canClose ? (
        params.get('confirm') === 'reopen' ? (
          <Form method="post" className="mt-3 flex flex-col gap-2 print:hidden">
            <TextareaField name="reason" label={t('closing.reopenReason')} maxLength={500} />
            <div className="flex flex-wrap gap-2">
              <Button type="submit" name="intent" value="reopen" variant="danger">
                {t('closing.reopenYes', { year: d.year })}
              </Button>
              <Link to="?" className={buttonClass('secondary')}>
                {t('closing.no')}
              </Link>
            </div>
          </Form>
        ) : (
          <Link to="?confirm=reopen" className={`${buttonClass('secondary')} mt-3 print:hidden`}>
            {t('closing.reopen', { year: d.year })}
          </Link>
        )
      ) : null}
    </Card>
  )
}
