// A speaker's own page, opened with the link from their invitation (no account): confirm or
// decline, see their slots in the event's time zone, write a short bio, upload a photo.
import { parseWithZod } from '@conform-to/zod/v4'
import {
  data,
  MaxPartSizeExceededError,
  redirect,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
} from '@remix-run/node'
import { BioForm } from '~/domain/programme/forms'
import {
  findSpeakerByToken,
  MAX_BIO_LENGTH,
  MAX_PHOTO_BYTES,
  removeSpeakerPhoto,
  respondAsSpeaker,
  saveSpeakerPhoto,
  updateSpeakerBio,
} from '~/domain/programme/speakers.server'
import { formatDate, formatEventRange, formatTimeRange, formatTimeZoneName } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { intentOf, type IntentAction } from '~/web/intents.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const speaker = await findSpeakerByToken(await getDb(), params.token ?? '')
  if (!speaker) throw new Response(null, { status: 404 })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'programme')
  const { event } = speaker
  const zone = { locale, timeZone: event.timeZone }
  const title = localized(locale, event.titleDe, event.titleEn)
  return {
    metaTitle: t('speakerPage.metaTitle'),
    token: params.token!,
    name: speaker.name,
    status: speaker.status,
    bio: speaker.bio ?? '',
    hasPhoto: speaker.hasPhoto,
    notice: new URL(request.url).searchParams.get('notice'),
    event: {
      title,
      slug: event.slug,
      isPublished: event.isPublished,
      when: formatEventRange(event.startsAt, event.endsAt, zone, { withTimes: true }),
      venue: [event.venueName, event.venueStreet, [event.venuePostcode, event.venueCity].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(', '),
      contactEmail: event.contactEmail,
      zone: `${formatTimeZoneName(event.startsAt, zone, 'long')} (${event.timeZone})`,
    },
    slots: speaker.slots.map((s) => ({
      id: s.id,
      kind: s.kind,
      title: localized(locale, s.titleDe, s.titleEn),
      date: formatDate(s.startsAt, zone, 'long'),
      time: formatTimeRange(s.startsAt, s.endsAt, zone),
      startsAt: s.startsAt.toISOString(),
      room: s.roomName,
      coSpeakers: s.coSpeakers,
    })),
    maxBio: MAX_BIO_LENGTH,
  }
}

const back = (token: string, notice: string) => redirect(`/s/${token}?notice=${notice}`, { status: 303 })
const notFound = () => new Response(null, { status: 404 })
// The photo is a file, checked by the domain rather than a schema; its refusal has the shape of a
// submission's reply so the page reads both the same way.
const photoRefused = (error: string, status = 400) =>
  data({ form: 'photo' as const, status: 'error' as const, error: { photo: [error] } }, { status })

const respond =
  (answer: 'CONFIRMED' | 'DECLINED'): IntentAction =>
  async ({ params }) => {
    const token = params.token ?? ''
    const result = await respondAsSpeaker(await getDb(), token, answer)
    if (result.kind === 'notFound') throw notFound()
    return back(token, result.kind)
  }

const bio: IntentAction = async ({ params }, form) => {
  const token = params.token ?? ''
  const submission = parseWithZod(form, { schema: BioForm })
  if (submission.status !== 'success') return data({ form: 'bio' as const, ...submission.reply() }, { status: 400 })
  if ((await updateSpeakerBio(await getDb(), token, submission.value.bio ?? '')).kind === 'notFound') throw notFound()
  return back(token, 'bioSaved')
}

const photo: IntentAction = async ({ params }, form) => {
  const token = params.token ?? ''
  const file = form.get('photo')
  if (!(file instanceof Blob) || file.size === 0) return photoRefused('speakerPage.photoMissing')
  const result = await saveSpeakerPhoto(await getDb(), token, new Uint8Array(await file.arrayBuffer()))
  if (result.kind === 'notFound') throw notFound()
  if (result.kind === 'tooLarge') return photoRefused('speakerPage.photoTooLarge', 413)
  if (result.kind === 'tooManyPixels') return photoRefused('speakerPage.photoTooManyPixels', 413)
  if (result.kind === 'unsupportedType') return photoRefused('speakerPage.photoType', 415)
  return back(token, 'photoSaved')
}

const removePhoto: IntentAction = async ({ params }) => {
  const token = params.token ?? ''
  if ((await removeSpeakerPhoto(await getDb(), token)).kind === 'notFound') throw notFound()
  return back(token, 'photoRemoved')
}

const actions = {
  confirm: respond('CONFIRMED'),
  decline: respond('DECLINED'),
  bio,
  photo,
  removePhoto,
} satisfies Record<string, IntentAction>

export async function action(args: ActionFunctionArgs) {
  const { request } = args
  let form: FormData
  try {
    form = (request.headers.get('Content-Type') ?? '').startsWith('multipart/form-data')
      ? // Parts are held in memory up to the photo limit; a larger file stops the upload early.
        await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: MAX_PHOTO_BYTES }))
      : await request.formData()
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return photoRefused('speakerPage.photoTooLarge', 413)
    return photoRefused('errors.unknownAction')
  }
  const intent = intentOf(form)
  const run = Object.hasOwn(actions, intent) ? actions[intent as keyof typeof actions] : null
  return run ? run(args, form) : photoRefused('errors.unknownAction')
}
