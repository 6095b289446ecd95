// What a form shows again after an error: what was typed — never the honeypot — with every text cut
// to a length the form allows anyway, so a reply is never larger than a sane form (a 1 MB field is
// not echoed back whole) and the person loses nothing they could have meant.

export type ShownAgainOptions = {
  /** Longest text shown again, in characters. */
  max: number
  /** Only these fields (default: all of them). */
  only?: readonly string[]
  /** Longest list shown again (repeated rows, multiple choices). */
  rows?: number
}

const HONEYPOT = 'website'

function cut(value: unknown, options: ShownAgainOptions): unknown {
  if (typeof value === 'string') return value.slice(0, options.max)
  if (Array.isArray(value)) return value.slice(0, options.rows ?? 50).map((v) => cut(v, options))
  // Plain objects only: an uploaded file is never shown again.
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cut(v, options)]))
  return undefined
}

/** Conform's `initialValue` of a reply, trimmed as above. */
export function shownAgain<R extends { initialValue?: Record<string, unknown> | null }>(reply: R, options: ShownAgainOptions): R {
  const typed = Object.entries(reply.initialValue ?? {}).filter(([k]) => k !== HONEYPOT && (!options.only || options.only.includes(k)))
  return { ...reply, initialValue: Object.fromEntries(typed.map(([k, v]) => [k, cut(v, options)]).filter(([, v]) => v !== undefined)) }
}
