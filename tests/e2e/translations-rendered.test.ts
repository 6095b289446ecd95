// No untranslated string on any page: a crawler walks the public pages and, logged in as ADMIN, the
// staff area, in German and in English, and looks for what i18next shows when a key is missing
// (the key itself, e.g. "event.columns.name") and for template placeholders left unfilled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer, type AppServer } from '../support/app-server'

const MAX_PAGES = 120
// A missing key renders as the key: words joined by dots, at least two levels deep, lower camel case.
const KEY_LIKE = /(?<![\w@/.-])[a-z][a-zA-Z]+(?:\.[a-zA-Z][a-zA-Z_]+){1,4}(?![\w@/-]|\.[a-z])/g
// Things that look like keys but are not: domains, file names, template ids shown on purpose.
const ALLOWED =
  /\.(example|org|de|com|ics|csv|pdf|xlsx|svg|json|js|ts)$|^(registration|event|speaker|exhibitor|meeting)\.[a-z]+[A-Z]?[a-zA-Z]*$/

function visibleText(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style\b[\s\S]*?<\/style>/gi, ' ')
    .replace(/<iframe\b[\s\S]*?<\/iframe>/gi, ' ')
    .replace(/<code\b[\s\S]*?<\/code>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
}

describe('every rendered page is translated', () => {
  let app: AppServer
  let cookie = ''
  beforeAll(async () => {
    app = await startAppServer()
    const login = await fetch(`${app.url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url },
      body: new URLSearchParams({ email: 'admin@example.org', password: 'fairdesk-demo', redirectTo: '/admin' }).toString(),
      redirect: 'manual',
    })
    cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ')
  })
  afterAll(() => app?.stop())

  for (const lng of ['de', 'en'] as const) {
    it(`shows no translation key or empty placeholder in ${lng === 'de' ? 'German' : 'English'}`, async () => {
      const seen = new Set<string>()
      const queue = ['/events', '/admin']
      const problems: string[] = []
      // The same page under many ids tells nothing new: visit each route shape a few times at most.
      const shapes = new Map<string, number>()
      while (queue.length && seen.size < MAX_PAGES) {
        const path = queue.shift()!
        if (seen.has(path)) continue
        seen.add(path)
        const shape = path.replace(/\?.*$/, '').replace(/\/[A-Za-z0-9_-]{16,}/g, '/:id')
        if ((shapes.get(shape) ?? 0) >= 2) continue
        shapes.set(shape, (shapes.get(shape) ?? 0) + 1)
        const res = await fetch(`${app.url}${path}${path.includes('?') ? '&' : '?'}lng=${lng}`, { headers: { cookie } })
        expect(res.status, path).toBeLessThan(500)
        if (!res.headers.get('content-type')?.includes('text/html')) continue
        const html = await res.text()
        const text = visibleText(html)
        for (const match of text.match(KEY_LIKE) ?? []) if (!ALLOWED.test(match)) problems.push(`${path}: "${match}"`)
        for (const match of text.match(/\{\{\s*\w+\s*\}\}/g) ?? []) problems.push(`${path}: "${match}"`)
        for (const m of html.matchAll(/href="(\/(?:events|admin|r|s)[^"#]*)"/g)) {
          const href = m[1]!.replace(/&amp;/g, '&').replace(/[?&]lng=\w+/, '')
          // Downloads and sign-out are not pages.
          if (/\.(csv|xlsx|pdf|ics|svg|png)(\?|$)|\/logout|\/photo/.test(href)) continue
          if (!seen.has(href)) queue.push(href)
        }
      }
      expect(seen.size).toBeGreaterThan(15)
      expect(problems).toEqual([])
    })
  }
})
