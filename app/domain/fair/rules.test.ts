import { describe, expect, it } from 'vitest'
import { canResize, fitsOnStand, freeArea, geometryProblem, overlappingStand, rectanglesOverlap, staffPassQuota } from './rules'

const stand = (id: string, hall: string, x: number, y: number, width: number, depth: number) => ({
  id,
  hall,
  number: id,
  x,
  y,
  width,
  depth,
})

describe('stand geometry', () => {
  it('accepts a stand without position, or with all four values', () => {
    expect(geometryProblem({ x: null, y: null, width: null, depth: null })).toBeNull()
    expect(geometryProblem({ x: 0, y: 0, width: 6, depth: 2 })).toBeNull()
  })
  it('refuses half a position, zero sizes and negative positions', () => {
    expect(geometryProblem({ x: 1, y: null, width: 3, depth: 2 })).toBe('incomplete')
    expect(geometryProblem({ x: 1, y: 1, width: 0, depth: 2 })).toBe('size')
    expect(geometryProblem({ x: -1, y: 1, width: 3, depth: 2 })).toBe('position')
  })
  it('treats stands that only share an edge as neighbours, not an overlap', () => {
    expect(rectanglesOverlap({ x: 0, y: 0, width: 3, depth: 3 }, { x: 3, y: 0, width: 3, depth: 3 })).toBe(false)
    expect(rectanglesOverlap({ x: 0, y: 0, width: 3, depth: 3 }, { x: 2.9, y: 2.9, width: 3, depth: 3 })).toBe(true)
  })
  it('finds an overlap only in the same hall, and never with the stand itself', () => {
    const others = [stand('A1', 'Halle 2', 0, 0, 6, 3), stand('B1', 'Halle 3', 0, 0, 6, 3)]
    expect(overlappingStand({ hall: 'halle 2 ', number: 'A2', x: 5, y: 2, width: 2, depth: 2 }, others)?.id).toBe('A1')
    expect(overlappingStand({ hall: 'Halle 4', number: 'A2', x: 5, y: 2, width: 2, depth: 2 }, others)).toBeNull()
    expect(overlappingStand({ ...others[0]! }, others)).toBeNull()
  })
})

describe('space on a stand', () => {
  it('fits exactly up to the stand area, with decimal areas', () => {
    expect(fitsOnStand(72, [12, 9, 12, 9, 9], 21)).toBe(true)
    expect(fitsOnStand(72, [12, 9, 12, 9, 9], 21.1)).toBe(false)
    expect(fitsOnStand(1, [0.1, 0.2, 0.3], 0.4)).toBe(true)
    expect(freeArea(72, [12, 9, 12, 9, 9])).toBe(21)
    expect(freeArea(10, [12])).toBe(0)
  })
  it('lets a stand shrink only to what its exhibitors have', () => {
    expect(canResize(24, [12, 12])).toBe(true)
    expect(canResize(23.9, [12, 12])).toBe(false)
  })
  it('gives two passes plus one per full 10 m²', () => {
    expect(staffPassQuota(null)).toBe(2)
    expect(staffPassQuota(9)).toBe(2)
    expect(staffPassQuota(12)).toBe(3)
    expect(staffPassQuota(30)).toBe(5)
  })
})
