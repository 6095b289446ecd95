// Request bodies are limited at the edge, before anything buffers them: Remix reads a form's whole
// body into memory, so one 200 MB POST to a login form cost 600 MB. The bytes are counted as they
// arrive — Content-Length is only believed when it already says too much, and chunked bodies have
// none. Past the limit the answer is 413 at once and the connection is closed.
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { refuse } from './refusal.server'

export type BodyLimit = { path: RegExp; bytes: number }

/** The limit of the first entry whose pattern matches the path, else the fallback. */
export function bodyLimitFor(path: string, limits: readonly BodyLimit[], fallback: number): number {
  return limits.find((limit) => limit.path.test(path))?.bytes ?? fallback
}

// After a 413 the client is usually still sending. Closing at once would reset the connection and
// make many clients (fetch among them) lose the answer; so the server stops writing, discards
// what still arrives, and closes for good after this grace.
const LINGER_MS = 2_000

/** Whether the edge answered this request's body with 413 (what the app then writes is moot). */
export const refusedBody = (res: Response) => res.locals.bodyRefused === true

function tooLarge(req: Request, res: Response, limit: number) {
  res.locals.bodyRefused = true
  const socket = req.socket as Socket & { destroySoon?: () => void }
  if (res.headersSent) {
    socket.destroy()
    return
  }
  // Node ends a `Connection: close` response with destroySoon(), which would close at once.
  socket.destroySoon = () => {
    socket.end()
    setTimeout(() => socket.destroy(), LINGER_MS).unref()
  }
  // The app may be waiting for the rest of the body: once the socket is gone, its read fails.
  socket.once('close', () => {
    if (!req.destroyed) req.destroy(new Error('request body too large'))
  })
  const size = limit >= 1_000_000 ? `${Math.floor(limit / 1_000_000)} MB` : `${Math.floor(limit / 1_000)} kB`
  res.set('Connection', 'close')
  refuse(req, res, {
    status: 413,
    error: 'payload_too_large',
    message: `request body larger than ${limit} bytes`,
    title: 'Zu viele Daten – Request too large',
    de: {
      heading: 'Zu viele Daten',
      text: `Die gesendeten Daten sind größer als ${size}. Bitte gehen Sie zurück und senden Sie weniger (zum Beispiel eine kleinere Datei).`,
    },
    en: {
      heading: 'Request too large',
      text: `What was sent is larger than ${size}. Please go back and send less (a smaller file, for example).`,
    },
  })
}

/** Express middleware: refuses bodies over the limit for their path with 413. */
export function limitRequestBodies(limits: readonly BodyLimit[], fallback: number): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const limit = bodyLimitFor(req.path, limits, fallback)
    const declared = Number(req.get('content-length'))
    if (declared > limit) return tooLarge(req, res, limit)
    // Node's HTTP parser hands each piece of the body to push() as it comes off the socket, before
    // any reader buffers it; counting there holds whoever reads the body later (Remix, or nobody).
    const message = req as IncomingMessage
    const push = message.push.bind(message)
    let received = 0
    message.push = (chunk: unknown, encoding?: BufferEncoding) => {
      if (refusedBody(res)) return true // dropped: after a 413 not even the end of the body counts
      if (chunk !== null && chunk !== undefined) {
        received += Buffer.byteLength(chunk as Buffer)
        if (received > limit) {
          tooLarge(req, res, limit)
          return true
        }
      }
      return push(chunk, encoding)
    }
    res.once('finish', () => {
      if (req.complete || refusedBody(res)) return
      // Answered without reading the whole body (a redirect to the login, say): Remix's reader
      // still holds it, paused, and the next request on this connection would never be read.
      req.removeAllListeners('data')
      req.resume()
    })
    next()
  }
}
