import { describe, expect, it } from 'vitest'
import { fitLabel, layoutPlan, type PlanStand } from './stand-plan-layout'

const stand = (over: Partial<PlanStand>): PlanStand => ({
  id: 's',
  hall: 'Halle 2',
  number: 'A3',
  areaSqm: 72,
  kind: 'JOINT',
  x: 24,
  y: 12,
  width: 12,
  depth: 6,
  exhibitors: [],
  ...over,
})

describe('stand plan layout', () => {
  it('frames each hall around its stands and keeps stands without a position aside', () => {
    const plans = layoutPlan([
      stand({ id: 'a' }),
      stand({ id: 'b', number: 'A40', x: 38, width: 6, depth: 5 }),
      stand({ id: 'c', hall: 'Halle 6', x: null }),
      stand({ id: 'd', number: 'A50', x: null }),
    ])
    expect(plans.map((p) => p.hall)).toEqual(['Halle 2', 'Halle 6'])
    expect(plans[0]!.viewBox).toEqual({ x: 22.5, y: 10.5, width: 23, height: 9 })
    expect(plans[0]!.stands.map((s) => s.id)).toEqual(['a', 'b'])
    expect(plans[0]!.unplaced.map((s) => s.id)).toEqual(['d'])
    expect(plans[1]!.stands).toEqual([])
  })

  it('divides a joint stand along its longer side by area, with the rest marked free', () => {
    const [plan] = layoutPlan([
      stand({
        exhibitors: [
          { id: '1', company: 'Laserscanning Europe', areaSqm: 12 },
          { id: '2', company: 'INOGET', areaSqm: 24 },
        ],
      }),
    ])
    const parts = plan!.stands[0]!.parts
    expect(parts.map((p) => [p.label, p.free, p.x, p.width])).toEqual([
      ['Laserscanning Europe', false, 24, 2],
      ['INOGET', false, 26, 4],
      [null, true, 30, 6],
    ])
    expect(parts.every((p) => p.y === 12 && p.height === 6)).toBe(true)
  })

  it('divides a deep stand from front to back', () => {
    const [plan] = layoutPlan([
      stand({
        width: 4,
        depth: 8,
        areaSqm: 32,
        exhibitors: [
          { id: '1', company: 'A', areaSqm: 16 },
          { id: '2', company: 'B', areaSqm: 16 },
        ],
      }),
    ])
    expect(plan!.stands[0]!.parts.map((p) => [p.y, p.height])).toEqual([
      [12, 4],
      [16, 4],
    ])
  })

  it('shortens labels that do not fit and drops those that cannot', () => {
    expect(fitLabel('INOGET', 10, 0.6)).toBe('INOGET')
    expect(fitLabel('Laserscanning Europe GmbH', 4, 0.6)).toBe('Laserscann…')
    expect(fitLabel('Laserscanning Europe GmbH', 1, 0.6)).toBeNull()
  })
})
