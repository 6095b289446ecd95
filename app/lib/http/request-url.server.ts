// The URL Remix builds for every request comes from the client's Host (or X-Forwarded-Host and
// -Proto) and the query string. A Host such as `a b`, `[::1` or `x:99999` makes that URL throw —
// a 500 with a stack trace per request — so it is refused with 400 first; and the query loses
// `_data`, the parameter of Remix's legacy data requests, which a single-fetch app never makes and
// which answers an action's 4xx with a 500 (`init["status"] must be in the range of 200 to 599`).

const HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+)(?::(\d{1,5}))?$/

/** A Host header value the server can build a URL from: a name, IPv4 or [IPv6] address, and a port 1–65535. */
export function isWellFormedHost(host: string): boolean {
  const match = HOST.exec(host)
  if (!match) return false
  const port = match[1] === undefined ? null : Number(match[1])
  if (port !== null && (port < 1 || port > 65_535)) return false
  try {
    // The WHATWG parser refuses what the pattern lets through, e.g. `999.1.1.1` or `[1::2::3]`.
    new URL(`http://${host}/`)
    return true
  } catch {
    return false
  }
}

type HeaderSource = { get(name: string): string | undefined }

/**
 * Why the request's host headers cannot make a URL, or null. X-Forwarded-Host is checked even when
 * no proxy is trusted: Remix's Express adapter reads its port regardless.
 */
export function malformedHostReason(headers: HeaderSource, trustedProtocol: string): string | null {
  const host = headers.get('host')
  if (host === undefined || !isWellFormedHost(host)) return 'malformed Host header'
  const forwarded = headers.get('x-forwarded-host')
  if (forwarded !== undefined && !forwarded.split(',').every((h) => isWellFormedHost(h.trim()))) return 'malformed X-Forwarded-Host header'
  if (trustedProtocol !== 'http' && trustedProtocol !== 'https') return 'malformed X-Forwarded-Proto header'
  return null
}

/** The request target without `_data` parameters (also spelt `%5Fdata`), or null when it has none. */
export function withoutLegacyDataParam(target: string): string | null {
  const q = target.indexOf('?')
  if (q < 0) return null
  const parts = target.slice(q + 1).split('&')
  const kept = parts.filter((part) => ![...new URLSearchParams(part).keys()].includes('_data'))
  if (kept.length === parts.length) return null
  return kept.length ? `${target.slice(0, q)}?${kept.join('&')}` : target.slice(0, q)
}
