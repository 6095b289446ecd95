// The rules of stands and exhibitor space, pure so the forms, the domain and the tests agree:
// where a stand may sit on the plan, how much of a stand is still free, how many staff passes an
// exhibitor gets. Areas are m² with one decimal; comparisons allow for floating-point dust.

/** Half the smallest unit anyone types (0.1 m²): sums of floats never refuse an exact fit. */
const AREA_EPSILON = 0.05

export type StandGeometry = { x: number | null; y: number | null; width: number | null; depth: number | null }
export type PlacedStand = { id: string; hall: string; number: string; x: number; y: number; width: number; depth: number }

export type GeometryProblem = 'incomplete' | 'size' | 'position'

/** A stand sits on the plan with all four values or none; sizes must be positive, positions not negative. */
export function geometryProblem(g: StandGeometry): GeometryProblem | null {
  const values = [g.x, g.y, g.width, g.depth]
  const given = values.filter((v) => v !== null).length
  if (given === 0) return null
  if (given < 4) return 'incomplete'
  if (!(g.width! > 0 && g.depth! > 0)) return 'size'
  if (!(g.x! >= 0 && g.y! >= 0)) return 'position'
  return null
}

export function isPlaced<T extends StandGeometry>(stand: T): stand is T & { x: number; y: number; width: number; depth: number } {
  return stand.x !== null && stand.y !== null && stand.width !== null && stand.depth !== null
}

/** Two rectangles overlap when they share more than an edge. */
export function rectanglesOverlap(a: Omit<PlacedStand, 'id' | 'hall' | 'number'>, b: Omit<PlacedStand, 'id' | 'hall' | 'number'>): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.depth && b.y < a.y + a.depth
}

/** The first other stand in the same hall that this one would overlap on the plan, or null. */
export function overlappingStand(stand: Omit<PlacedStand, 'id'> & { id?: string }, others: PlacedStand[]): PlacedStand | null {
  const hall = normaliseLabel(stand.hall)
  return others.find((o) => o.id !== stand.id && normaliseLabel(o.hall) === hall && rectanglesOverlap(stand, o)) ?? null
}

/** Hall and stand numbers compare without case and surrounding space ("halle 2" is "Halle 2"). */
export function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase()
}

export function roundArea(area: number): number {
  return Math.round(area * 10) / 10
}

/** Space on a stand not yet given to accepted exhibitors (never negative). */
export function freeArea(standArea: number, allocated: number[]): number {
  return Math.max(0, roundArea(standArea - allocated.reduce((sum, a) => sum + a, 0)))
}

/** True when `wanted` more m² still fit on the stand next to the exhibitors already on it. */
export function fitsOnStand(standArea: number, allocated: number[], wanted: number): boolean {
  return allocated.reduce((sum, a) => sum + a, 0) + wanted <= standArea + AREA_EPSILON
}

/** A stand may not shrink below what its exhibitors already have. */
export function canResize(newArea: number, allocated: number[]): boolean {
  return allocated.reduce((sum, a) => sum + a, 0) <= newArea + AREA_EPSILON
}

/**
 * Staff passes per exhibitor, by the space it has (as the fair companies hand out exhibitor
 * passes): two for any place on the stand, one more for every full 10 m².
 */
export function staffPassQuota(areaSqm: number | null): number {
  return 2 + Math.floor(Math.max(0, areaSqm ?? 0) / 10)
}
