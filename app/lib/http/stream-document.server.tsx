// Streaming a server-rendered document. The abort delay bounds how long the stream may stay open
// for parts still waiting on data; it runs from when React has rendered the shell, not from when
// the render was asked for: on a busy server a render can wait in the event loop for seconds
// before it starts, and a timer started before that aborted renders that had not begun (a 500 for
// a page the server could serve). Refusing requests when busy is the load shedder's job.
import { PassThrough } from 'node:stream'
import { createReadableStreamFromReadable } from '@remix-run/node'
import type { ReactNode } from 'react'
import { renderToPipeableStream } from 'react-dom/server'

export type StreamOptions = {
  status: number
  headers: Headers
  /** Bots get the whole document at once; browsers get it as soon as the shell is ready. */
  waitForAll: boolean
  nonce?: string
  abortDelayMs: number
}

export function streamDocument(element: ReactNode, options: StreamOptions): Promise<Response> {
  const { headers, waitForAll, nonce, abortDelayMs } = options
  let status = options.status
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false
    let abortTimer: NodeJS.Timeout | undefined
    const send = () => {
      const body = new PassThrough()
      headers.set('Content-Type', 'text/html; charset=utf-8')
      resolve(new Response(createReadableStreamFromReadable(body), { headers, status }))
      pipe(body)
    }
    const { pipe, abort } = renderToPipeableStream(element, {
      nonce,
      onShellReady() {
        shellRendered = true
        abortTimer = setTimeout(() => abort(new Error(`parts of the page were not ready after ${abortDelayMs} ms`)), abortDelayMs)
        if (!waitForAll) send()
      },
      onAllReady() {
        clearTimeout(abortTimer)
        if (waitForAll) send()
      },
      onShellError(error: unknown) {
        clearTimeout(abortTimer)
        reject(error)
      },
      onError(error: unknown) {
        status = 500
        if (shellRendered) console.error(error)
      },
    })
  })
}
