// The stand plan: one SVG per hall, drawn from the positions and sizes the organisers entered, each
// joint stand divided among its exhibitors by area. The drawing is an image with a summary for
// screen readers; the list under it says the same in words (and is what a screen reader reads).
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { fitLabel, layoutPlan, type HallPlan, type PlanBox, type PlanStand } from './stand-plan-layout'

export type { PlanStand } from './stand-plan-layout'

export function StandPlan({ stands, locale, headingLevel = 3 }: { stands: PlanStand[]; locale: 'de' | 'en'; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('fair')
  const plans = layoutPlan(stands)
  if (plans.every((p) => p.stands.length === 0)) return <p className="text-sm text-slate-700 dark:text-slate-300">{t('plan.empty')}</p>
  return (
    <div className="flex flex-col gap-6">
      {plans.map((plan) => (
        <HallFigure key={plan.hall} plan={plan} stands={stands} locale={locale} headingLevel={headingLevel} />
      ))}
    </div>
  )
}

function HallFigure({
  plan,
  stands,
  locale,
  headingLevel,
}: {
  plan: HallPlan
  stands: PlanStand[]
  locale: 'de' | 'en'
  headingLevel: 2 | 3
}) {
  const { t } = useTranslation('fair')
  const id = useId()
  const number = (n: number) => new Intl.NumberFormat(locale === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }).format(n)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const inHall = stands.filter((s) => s.hall === plan.hall)
  const { viewBox } = plan
  // Text sized to the hall, so a small joint stand and a whole hall both stay legible.
  const fontSize = Math.max(0.25, Math.min(viewBox.width, viewBox.height * 2) / 32)
  return (
    <figure aria-labelledby={`${id}-caption`} className="flex flex-col gap-3">
      <Heading id={`${id}-caption`} className="text-base font-semibold">
        {t('plan.hall', { hall: plan.hall })}
      </Heading>
      {plan.stands.length > 0 ? (
        <svg
          viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`}
          role="img"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-text`}
          className="h-auto w-full max-w-3xl rounded-md border border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-950"
          preserveAspectRatio="xMidYMid meet"
        >
          <title id={`${id}-title`}>{t('plan.summary', { hall: plan.hall, count: plan.stands.length })}</title>
          {plan.stands.map((box) => (
            <StandShape key={box.id} box={box} fontSize={fontSize} freeLabel={t('plan.free')} />
          ))}
        </svg>
      ) : null}
      <div id={`${id}-text`}>
        <p className="sr-only">{t('plan.textHeading')}</p>
        <ul className="flex flex-col gap-1 text-sm">
          {inHall.map((s) => {
            const allocated = s.exhibitors.reduce((sum, e) => sum + e.areaSqm, 0)
            return (
              <li key={s.id}>
                <span className="font-semibold">{t('plan.stand', { number: s.number })}</span>
                {': '}
                {t('plan.standLine', { kind: t(`kinds.${s.kind}`), area: number(s.areaSqm) })}
                {s.x !== null && s.y !== null && s.width !== null && s.depth !== null
                  ? ` (${t('plan.position', { width: number(s.width), depth: number(s.depth), x: number(s.x), y: number(s.y) })})`
                  : ` (${t('plan.unplaced')})`}
                {' – '}
                {s.exhibitors.length === 0
                  ? t('plan.noExhibitors')
                  : [
                      ...s.exhibitors.map((e) => `${e.company} (${t('area', { area: number(e.areaSqm) })})`),
                      s.areaSqm - allocated > 0.05 ? t('plan.freeArea', { area: number(s.areaSqm - allocated) }) : null,
                    ]
                      .filter(Boolean)
                      .join(', ')}
              </li>
            )
          })}
        </ul>
      </div>
    </figure>
  )
}

function StandShape({ box, fontSize, freeLabel }: { box: PlanBox; fontSize: number; freeLabel: string }) {
  const stroke = { vectorEffect: 'non-scaling-stroke' as const, strokeWidth: 1.5 }
  return (
    <g>
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        className={
          box.kind === 'JOINT'
            ? 'fill-white stroke-brand-700 dark:fill-slate-900 dark:stroke-brand-100'
            : 'fill-white stroke-slate-600 dark:fill-slate-900 dark:stroke-slate-300'
        }
        style={stroke}
      />
      {box.parts.map((part, i) => {
        const vertical = part.height > part.width * 1.5
        const label = fitLabel(
          part.free ? freeLabel : (part.label ?? ''),
          (vertical ? part.height : part.width) - fontSize * 0.6,
          fontSize * 0.8,
        )
        const cx = part.x + part.width / 2
        const cy = part.y + part.height / 2 + fontSize * 0.5
        return (
          <g key={i}>
            <rect
              x={part.x}
              y={part.y}
              width={part.width}
              height={part.height}
              className={
                part.free
                  ? 'fill-slate-100 stroke-slate-400 dark:fill-slate-800 dark:stroke-slate-500'
                  : 'fill-brand-50 stroke-brand-700 dark:fill-slate-800 dark:stroke-brand-100'
              }
              style={{ ...stroke, strokeWidth: 1, strokeDasharray: part.free ? '4 3' : undefined }}
            >
              <title>{part.free ? freeLabel : part.label}</title>
            </rect>
            {label ? (
              <text
                x={cx}
                y={cy}
                fontSize={fontSize * 0.8}
                textAnchor="middle"
                transform={vertical ? `rotate(-90 ${cx} ${part.y + part.height / 2})` : undefined}
                className={part.free ? 'fill-slate-700 dark:fill-slate-300' : 'fill-slate-900 dark:fill-slate-100'}
                aria-hidden="true"
              >
                {label}
              </text>
            ) : null}
          </g>
        )
      })}
      <text
        x={box.x + fontSize * 0.3}
        y={box.y - fontSize * 0.3}
        fontSize={fontSize}
        fontWeight={700}
        className="fill-slate-900 dark:fill-slate-100"
        aria-hidden="true"
      >
        {box.number}
      </text>
    </g>
  )
}
