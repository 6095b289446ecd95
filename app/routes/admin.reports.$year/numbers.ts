// How the annual report writes its numbers and months, the same in the server's and the browser's render.
import type { useLoaderData } from '@remix-run/react'
import type { Locale } from '~/lib/i18n'
import type { loader } from './annual-report.server'

export type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>

export function useNumbers(locale: Locale) {
  const tag = locale === 'de' ? 'de-DE' : 'en-GB'
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 })
  const decimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 })
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 })
  return {
    n: (v: number) => integer.format(v),
    d: (v: number) => decimal.format(v),
    pct: (v: number | null) => (v === null ? '–' : percent.format(v)),
    delta: (v: number) => (v > 0 ? `+${integer.format(v)}` : v < 0 ? `−${integer.format(-v)}` : '±0'),
  }
}

export type Numbers = ReturnType<typeof useNumbers>

export function monthName(locale: Locale, month: number, style: 'long' | 'short') {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { month: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2001, month - 1, 15)),
  )
}
