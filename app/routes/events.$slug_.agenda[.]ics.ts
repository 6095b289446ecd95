// Contract (docs/architecture.md): /events/:slug/agenda.ics — the programme as a calendar (breaks left out),
// titles in the visitor's language (?lng=en), subscribable.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { programmeFeed } from '~/domain/programme/agenda.server'
import { getDb } from '~/lib/db.server'
import { getEnv } from '~/lib/env.server'
import { toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = toLocale(await i18next.getLocale(request))
  const feed = await programmeFeed(await getDb(), params.slug ?? '', { appUrl: getEnv().APP_URL, locale })
  if (!feed) throw new Response('Not found', { status: 404 })
  return new Response(feed.ics, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${(params.slug ?? 'agenda').replace(/[^A-Za-z0-9_-]/g, '')}-agenda.ics"`,
      'Cache-Control': 'public, max-age=300',
    },
  })
}
