// Requests Node's HTTP parser refuses before Express sees them: an address or headers over
// `maxHeaderSize` (16 kB), a malformed request line, a request that took too long to arrive.
// Node's own answer writes a bare status line and then destroys the socket at once; a client still
// sending its body (fetch with a form, curl with a file) then gets a reset instead of the answer.
// Here the answer is a small page, and the connection closes the way the 413 of the body limit
// does: the server stops writing, discards what still arrives, and closes for good after a grace.
import type { Server } from 'node:http'
import type { Socket } from 'node:net'
import { refusalPage, type Refusal } from './refusal.server'

const LINGER_MS = 2_000

const tooLarge: Refusal = {
  status: 431,
  error: 'request_header_fields_too_large',
  message: 'request line or headers too large',
  title: 'Zu lange Anfrage – Request Header Fields Too Large',
  de: {
    heading: 'Zu lange Anfrage',
    text: 'Die Adresse oder die Kopfzeilen dieser Anfrage sind zu lang. Bitte rufen Sie die Seite über ihren Link auf.',
  },
  en: {
    heading: 'Request Header Fields Too Large',
    text: 'The address or the headers of this request are too long. Please open the page from its link.',
  },
}

const timedOut: Refusal = {
  status: 408,
  error: 'request_timeout',
  message: 'the request did not arrive in time',
  title: 'Zeit überschritten – Request Timeout',
  de: { heading: 'Zeit überschritten', text: 'Die Anfrage kam nicht rechtzeitig an. Bitte versuchen Sie es noch einmal.' },
  en: { heading: 'Request Timeout', text: 'The request did not arrive in time. Please try again.' },
}

const malformed: Refusal = {
  status: 400,
  error: 'bad_request',
  message: 'malformed request',
  title: 'Ungültige Anfrage – Bad request',
  de: { heading: 'Ungültige Anfrage', text: 'Diese Anfrage ist fehlerhaft. Bitte rufen Sie die Seite über ihren Link auf.' },
  en: { heading: 'Bad request', text: 'This request is malformed. Please open the page from its link.' },
}

const reasons: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' }

/** The refusal for an error of Node's HTTP parser (`HPE_*`) or its request timeout. */
export function refusalForClientError(code: string | undefined): Refusal {
  if (code === 'HPE_HEADER_OVERFLOW') return tooLarge
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return timedOut
  return malformed
}

/** The raw HTTP/1.1 response for a refusal, closing the connection. */
export function rawRefusal(refusal: Refusal): string {
  const page = refusalPage(refusal)
  return (
    `HTTP/1.1 ${refusal.status} ${reasons[refusal.status] ?? 'Error'}\r\n` +
    'Content-Type: text/html; charset=utf-8\r\n' +
    `Content-Length: ${Buffer.byteLength(page)}\r\n` +
    'Cache-Control: no-store\r\nConnection: close\r\n\r\n' +
    page
  )
}

/** Answers what Node's parser refuses with a readable page instead of a reset connection. */
export function answerClientErrors(server: Server) {
  const answered = new WeakSet<Socket>()
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    // The parser reports every further piece of the same broken request again: answered once.
    if (answered.has(socket)) return
    answered.add(socket)
    const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage
    if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
      socket.destroy()
      return
    }
    socket.end(rawRefusal(refusalForClientError(error.code)))
    setTimeout(() => socket.destroy(), LINGER_MS).unref()
  })
}
