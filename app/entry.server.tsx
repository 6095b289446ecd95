import type { ActionFunctionArgs, AppLoadContext, EntryContext, LoaderFunctionArgs } from '@remix-run/node'
import { isRouteErrorResponse, RemixServer } from '@remix-run/react'
import { createInstance } from 'i18next'
import { isbot } from 'isbot'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { markPrivate } from '~/lib/http/private-pages'
import { streamDocument } from '~/lib/http/stream-document.server'
import { i18nConfig } from '~/lib/i18n-resources'
import { i18next } from '~/lib/i18next.server'
import { NonceContext } from '~/lib/nonce'
import { ensureOutboxWorker } from '~/mail/worker.server'

const ABORT_DELAY = 5_000

// Mail delivery runs in every server process (once; off without SMTP_URL or with FAIRDESK_WORKER=off).
ensureOutboxWorker()

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  markPrivate(request.url, responseHeaders)
  const nonce = typeof loadContext?.cspNonce === 'string' ? loadContext.cspNonce : undefined
  const instance = createInstance()
  const lng = await i18next.getLocale(request)
  await instance.use(initReactI18next).init({ ...i18nConfig, lng })

  return streamDocument(
    <NonceContext.Provider value={nonce ?? ''}>
      <I18nextProvider i18n={instance}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </I18nextProvider>
    </NonceContext.Provider>,
    {
      status: responseStatusCode,
      headers: responseHeaders,
      waitForAll: isbot(request.headers.get('user-agent') ?? ''),
      nonce,
      abortDelayMs: ABORT_DELAY,
    },
  )
}

/** Loader and action data of private pages is no more cacheable than their documents. */
export function handleDataRequest(response: Response, { request }: LoaderFunctionArgs | ActionFunctionArgs) {
  try {
    markPrivate(request.url, response.headers)
  } catch {
    // Headers of a Response.redirect() are immutable; a redirect carries no private data.
  }
  return response
}

/**
 * Errors of loaders, actions and rendering. A client's mistake — a URL no route matches (a bot's
 * /wp-login.php, a browser's /favicon.ico), a method a route has no handler for — is answered
 * with its 4xx and is not the server's error, so it gets no stack trace in the log.
 */
export function handleError(error: unknown, { request }: LoaderFunctionArgs | ActionFunctionArgs) {
  if (request.signal.aborted) return
  if (isRouteErrorResponse(error)) {
    if (error.status < 500) return
    console.error((error as { error?: unknown }).error ?? error)
    return
  }
  console.error(error)
}
