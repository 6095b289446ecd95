// The answers the edge gives before a request reaches the app — too many requests, a body too
// large, a malformed Host, an overloaded server: JSON for the machine API, for people a small page
// in German and English that needs nothing else from the server (no script, no stylesheet).
import type { Request, Response } from 'express'

export type Refusal = {
  status: number
  /** Machine-readable, e.g. `payload_too_large`. */
  error: string
  /** For machines (English). */
  message: string
  title: string
  de: { heading: string; text: string }
  en: { heading: string; text: string }
  headers?: Record<string, string>
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)

export function refusalPage(refusal: Refusal): string {
  return (
    `<!doctype html><html lang="de"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(refusal.title)}</title>` +
    `<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5">` +
    `<h1>${escape(refusal.de.heading)}</h1><p>${escape(refusal.de.text)}</p>` +
    `<h2 lang="en">${escape(refusal.en.heading)}</h2><p lang="en">${escape(refusal.en.text)}</p></body></html>`
  )
}

export function refuse(req: Request, res: Response, refusal: Refusal) {
  if (refusal.headers) res.set(refusal.headers)
  res.set('Cache-Control', 'no-store')
  if (req.path.startsWith('/api/')) {
    res.status(refusal.status).json({ error: refusal.error, message: refusal.message })
    return
  }
  res.status(refusal.status).type('html').send(refusalPage(refusal))
}
