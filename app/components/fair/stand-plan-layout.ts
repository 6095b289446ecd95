// Where everything goes on the stand plan, in metres (the SVG's user units): one plan per hall,
// framed around its stands; a stand with exhibitors is divided along its longer side into parts
// proportional to their areas, the rest marked free. Pure, so the drawing can be tested as numbers.

export type PlanStand = {
  id: string
  hall: string
  number: string
  areaSqm: number
  kind: 'JOINT' | 'OWN'
  x: number | null
  y: number | null
  width: number | null
  depth: number | null
  exhibitors: { id: string; company: string; areaSqm: number }[]
}

export type Rect = { x: number; y: number; width: number; height: number }
export type PlanPart = Rect & { label: string | null; free: boolean; areaSqm: number }
export type PlanBox = Rect & { id: string; number: string; kind: 'JOINT' | 'OWN'; areaSqm: number; parts: PlanPart[] }
export type HallPlan = { hall: string; viewBox: Rect; stands: PlanBox[]; unplaced: PlanStand[] }

// Room around the stands for their numbers, which are written above them.
const margin = (width: number, height: number) => Math.max(1.5, Math.max(width, height) * 0.06)

export function layoutPlan(stands: PlanStand[]): HallPlan[] {
  const halls = [...new Set(stands.map((s) => s.hall))].sort((a, b) => a.localeCompare(b, 'de', { numeric: true }))
  return halls.map((hall) => {
    const inHall = stands.filter((s) => s.hall === hall)
    const placed = inHall.filter((s) => s.x !== null && s.y !== null && s.width !== null && s.depth !== null && s.width > 0 && s.depth > 0)
    const boxes = placed.map((s) => box(s))
    const minX = Math.min(...boxes.map((b) => b.x))
    const minY = Math.min(...boxes.map((b) => b.y))
    const maxX = Math.max(...boxes.map((b) => b.x + b.width))
    const maxY = Math.max(...boxes.map((b) => b.y + b.height))
    const m = margin(maxX - minX, maxY - minY)
    const viewBox = boxes.length
      ? { x: minX - m, y: minY - m, width: maxX - minX + 2 * m, height: maxY - minY + 2 * m }
      : { x: 0, y: 0, width: 0, height: 0 }
    return { hall, viewBox, stands: boxes, unplaced: inHall.filter((s) => !placed.includes(s)) }
  })
}

function box(s: PlanStand): PlanBox {
  const rect = { x: s.x!, y: s.y!, width: s.width!, height: s.depth! }
  const allocated = s.exhibitors.reduce((sum, e) => sum + e.areaSqm, 0)
  // Parts share the drawn rectangle in proportion to their areas (the drawn size may differ from the booked area).
  const total = Math.max(s.areaSqm, allocated)
  const shares: { label: string | null; free: boolean; areaSqm: number }[] = s.exhibitors.map((e) => ({
    label: e.company,
    free: false,
    areaSqm: e.areaSqm,
  }))
  const rest = Math.round((s.areaSqm - allocated) * 10) / 10
  if (rest > 0 && s.exhibitors.length > 0) shares.push({ label: null, free: true, areaSqm: rest })
  const horizontal = rect.width >= rect.height
  let offset = 0
  const parts =
    total > 0
      ? shares.map((share) => {
          const fraction = share.areaSqm / total
          const part = horizontal
            ? { x: rect.x + offset * rect.width, y: rect.y, width: fraction * rect.width, height: rect.height }
            : { x: rect.x, y: rect.y + offset * rect.height, width: rect.width, height: fraction * rect.height }
          offset += fraction
          return { ...part, ...share }
        })
      : []
  return { ...rect, id: s.id, number: s.number, kind: s.kind, areaSqm: s.areaSqm, parts }
}

/** A label that fits `width` metres at `fontSize`: shortened with an ellipsis, or null when not even that fits. */
export function fitLabel(label: string, width: number, fontSize: number): string | null {
  // An average glyph of a sans-serif font is a little over half its size wide.
  const chars = Math.floor(width / (fontSize * 0.56))
  if (chars >= label.length) return label
  if (chars < 4) return null
  return `${label.slice(0, chars - 1).trimEnd()}…`
}
