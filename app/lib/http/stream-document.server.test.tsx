import React from 'react'
import { describe, expect, it, vi } from 'vitest'
import { streamDocument } from './stream-document.server'

function Page({ children }: { children?: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <h1>Programme</h1>
        {children}
      </body>
    </html>
  )
}

const never = new Promise<never>(() => {})
function Stuck(): React.ReactNode {
  // A part whose data never arrives (legacy Suspense: throwing the pending promise).
  throw never
}

/** Blocks the event loop, as a busy server does. */
function busy(ms: number) {
  const until = Date.now() + ms
  while (Date.now() < until);
}

describe('streamDocument', () => {
  it('renders a page whose render had to wait longer than the abort delay before it could start', { timeout: 3_000 }, async () => {
    // Asked for during the event loop's check phase, React's work starts in the next loop turn;
    // the loop is busy for twice the abort delay first.
    const response = await new Promise<Response>((resolve, reject) => {
      setImmediate(() => {
        streamDocument(<Page />, { status: 200, headers: new Headers(), waitForAll: false, abortDelayMs: 50 }).then(resolve, reject)
        busy(100)
      })
    })
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<h1>Programme</h1>')
  })

  it('still ends a stream whose parts never arrive, after the abort delay', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const started = Date.now()
    const response = await streamDocument(
      <Page>
        <React.Suspense fallback={<p>Loading…</p>}>
          <Stuck />
        </React.Suspense>
      </Page>,
      { status: 200, headers: new Headers(), waitForAll: false, abortDelayMs: 100 },
    )
    const html = await response.text()
    expect(html).toContain('Loading…')
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(String(logged.mock.calls[0]?.[0])).toMatch(/not ready after 100 ms/)
    logged.mockRestore()
  })
})
