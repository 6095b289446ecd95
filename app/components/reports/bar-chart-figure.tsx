// A bar chart (recharts) with its data as a table: the chart for the eye, the table for screen
// readers, keyboards and exact figures. The chart is drawn in the browser only (it measures its
// box); the server renders the figure with its text summary and the table.
import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { TableScroll } from '~/components/ui'

export type ChartRow = { label: string; shortLabel?: string; value: number; extra?: Array<number | string> }

export function BarChartFigure({
  title,
  valueLabel,
  rows,
  extraColumns = [],
  layout = 'vertical-bars',
  formatNumber,
}: {
  title: string
  /** What the bars measure, e.g. "Teilnehmende". */
  valueLabel: string
  rows: ChartRow[]
  /** More columns for the table view (e.g. events, registrations). */
  extraColumns?: string[]
  /** 'vertical-bars': months along the x axis; 'horizontal-bars': long category names on the y axis. */
  layout?: 'vertical-bars' | 'horizontal-bars'
  formatNumber: (n: number) => string
}) {
  const { t } = useTranslation('reports')
  const captionId = useId()
  const [drawn, setDrawn] = useState(false)
  useEffect(() => setDrawn(true), [])
  const summary = `${title}: ${rows.map((r) => `${r.label} ${formatNumber(r.value)}`).join(', ')}`
  const data = rows.map((r) => ({ name: r.shortLabel ?? r.label, full: r.label, value: r.value }))
  const horizontal = layout === 'horizontal-bars'
  const height = horizontal ? Math.max(160, rows.length * 44 + 40) : 260
  return (
    <figure
      aria-labelledby={captionId}
      className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm break-inside-avoid dark:border-slate-700 dark:bg-slate-900"
    >
      <figcaption id={captionId} className="text-base font-semibold">
        {title}
      </figcaption>
      <div role="img" aria-label={summary} style={{ height }} className="mt-3 text-slate-700 dark:text-slate-300">
        {drawn ? (
          <ResponsiveContainer width="100%" height="100%">
            {horizontal ? (
              <BarChart data={data} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 8 }} accessibilityLayer={false}>
                <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.15} />
                <XAxis
                  type="number"
                  allowDecimals={false}
                  stroke="currentColor"
                  tick={{ fill: 'currentColor', fontSize: 12 }}
                  tickFormatter={formatNumber}
                />
                <YAxis type="category" dataKey="name" width={130} stroke="currentColor" tick={{ fill: 'currentColor', fontSize: 12 }} />
                <Tooltip formatter={(v) => [formatNumber(Number(v)), valueLabel]} labelFormatter={(_, p) => p?.[0]?.payload?.full ?? ''} />
                <Bar dataKey="value" name={valueLabel} fill="#1d5f99" isAnimationActive={false}>
                  <LabelList
                    dataKey="value"
                    position="right"
                    fill="currentColor"
                    fontSize={12}
                    formatter={(v) => formatNumber(Number(v))}
                  />
                </Bar>
              </BarChart>
            ) : (
              <BarChart data={data} margin={{ top: 20, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false}>
                <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
                <XAxis dataKey="name" stroke="currentColor" tick={{ fill: 'currentColor', fontSize: 12 }} minTickGap={2} />
                <YAxis
                  allowDecimals={false}
                  width={44}
                  stroke="currentColor"
                  tick={{ fill: 'currentColor', fontSize: 12 }}
                  tickFormatter={formatNumber}
                />
                <Tooltip formatter={(v) => [formatNumber(Number(v)), valueLabel]} labelFormatter={(_, p) => p?.[0]?.payload?.full ?? ''} />
                <Bar dataKey="value" name={valueLabel} fill="#1d5f99" isAnimationActive={false}>
                  <LabelList
                    dataKey="value"
                    position="top"
                    fill="currentColor"
                    fontSize={11}
                    formatter={(v) => (Number(v) ? formatNumber(Number(v)) : '')}
                  />
                </Bar>
              </BarChart>
            )}
          </ResponsiveContainer>
        ) : null}
      </div>
      <details className="mt-3 print:hidden">
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-700 dark:text-brand-100">
          {t('charts.showTable')}
        </summary>
        <TableScroll label={title} variant="plain">
          <table className="mt-2 w-full text-sm">
            <caption className="sr-only">{title}</caption>
            <thead className="border-b border-slate-200 text-xs text-slate-600 dark:border-slate-700 dark:text-slate-300">
              <tr>
                <th scope="col" className="px-2 py-1 text-left">
                  {t('charts.category')}
                </th>
                <th scope="col" className="px-2 py-1 text-right">
                  {valueLabel}
                </th>
                {extraColumns.map((c) => (
                  <th key={c} scope="col" className="px-2 py-1 text-right">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.label} className="border-b border-slate-100 dark:border-slate-800">
                  <th scope="row" className="px-2 py-1 text-left font-normal">
                    {r.label}
                  </th>
                  <td className="px-2 py-1 text-right tabular-nums">{formatNumber(r.value)}</td>
                  {(r.extra ?? []).map((v, i) => (
                    <td key={i} className="px-2 py-1 text-right tabular-nums">
                      {typeof v === 'number' ? formatNumber(v) : v}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  )
}
