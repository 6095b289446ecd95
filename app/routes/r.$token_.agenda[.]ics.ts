// A registrant's personal agenda as a calendar to subscribe to: the sessions they marked
// (waiting-list places as tentative). The link is their key: never cached, never a referrer.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { personalFeed } from '~/domain/programme/agenda.server'
import { getDb } from '~/lib/db.server'
import { getEnv } from '~/lib/env.server'
import { toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'

const privateHeaders = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' }

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = toLocale(await i18next.getLocale(request))
  const feed = await personalFeed(await getDb(), params.token ?? '', { appUrl: getEnv().APP_URL, locale })
  if (!feed) throw new Response('Not found', { status: 404, headers: privateHeaders })
  return new Response(feed.ics, {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Disposition': 'inline; filename="agenda.ics"', ...privateHeaders },
  })
}
