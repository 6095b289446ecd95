// A speaker's photo for the public agenda: only of speakers who have not declined, of public events.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { readSpeakerPhoto } from '~/domain/programme/speakers.server'
import { getDb } from '~/lib/db.server'

export async function loader({ params }: LoaderFunctionArgs) {
  const photo = await readSpeakerPhoto(await getDb(), { speakerId: params.id ?? '' })
  if (photo.kind === 'notFound') throw new Response('Not found', { status: 404 })
  return new Response(new Uint8Array(photo.bytes), {
    headers: {
      'Content-Type': photo.contentType,
      // The file name changes with every upload, but the URL does not: a short cache only.
      'Cache-Control': 'public, max-age=300',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'",
    },
  })
}
