// The speaker's own photo on their page (also before the event is published).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { readSpeakerPhoto } from '~/domain/programme/speakers.server'
import { getDb } from '~/lib/db.server'

export async function loader({ params }: LoaderFunctionArgs) {
  const photo = await readSpeakerPhoto(await getDb(), { token: params.token ?? '' })
  const privateHeaders = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' }
  if (photo.kind === 'notFound') throw new Response('Not found', { status: 404, headers: privateHeaders })
  return new Response(new Uint8Array(photo.bytes), {
    headers: {
      'Content-Type': photo.contentType,
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'",
      ...privateHeaders,
    },
  })
}
