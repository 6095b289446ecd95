// A speaker's own page, opened with the link from their invitation (no account): confirm or
// decline, see their slots in the event's time zone, write a short bio, upload a photo.
import {
  data,
  MaxPartSizeExceededError,
  redirect,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type ActionFunctionArgs,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Badge, Button, Card, FormError } from '~/components/ui'
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

// The link is the speaker's key: never cached, never passed on as a referrer.
const privateHeaders = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' }
export const headers: HeadersFunction = () => privateHeaders

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.metaTitle} – Fairdesk` : 'Fairdesk' },
  { name: 'robots', content: 'noindex' },
]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const speaker = await findSpeakerByToken(await getDb(), params.token ?? '')
  if (!speaker) throw new Response(null, { status: 404, headers: privateHeaders })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'programme')
  const { event } = speaker
  const zone = { locale, timeZone: event.timeZone }
  const title = localized(locale, event.titleDe, event.titleEn)
  return data(
    {
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
    },
    { headers: privateHeaders },
  )
}

type Reply = { field: 'bio' | 'photo'; error: string }

export async function action({ request, params }: ActionFunctionArgs) {
  const db = await getDb()
  const token = params.token ?? ''
  const back = (notice: string) => redirect(`/s/${token}?notice=${notice}`, { status: 303, headers: privateHeaders })
  const fail = (reply: Reply, status = 400) => data(reply, { status, headers: privateHeaders })
  const notFound = () => new Response(null, { status: 404, headers: privateHeaders })

  let form: FormData
  try {
    form = (request.headers.get('Content-Type') ?? '').startsWith('multipart/form-data')
      ? // Parts are held in memory up to the photo limit; a larger file stops the upload early.
        await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: MAX_PHOTO_BYTES }))
      : await request.formData()
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) return fail({ field: 'photo', error: 'speakerPage.photoTooLarge' }, 413)
    return fail({ field: 'photo', error: 'errors.unknownAction' })
  }
  const intent = form.get('intent')

  if (intent === 'confirm' || intent === 'decline') {
    const result = await respondAsSpeaker(db, token, intent === 'confirm' ? 'CONFIRMED' : 'DECLINED')
    if (result.kind === 'notFound') throw notFound()
    return back(result.kind)
  }
  if (intent === 'bio') {
    const parsed = BioForm.safeParse({ bio: form.get('bio') ?? '' })
    if (!parsed.success) return fail({ field: 'bio', error: parsed.error.issues[0]?.message ?? 'errors.tooLong' })
    if ((await updateSpeakerBio(db, token, parsed.data.bio ?? '')).kind === 'notFound') throw notFound()
    return back('bioSaved')
  }
  if (intent === 'photo') {
    const file = form.get('photo')
    if (!(file instanceof Blob) || file.size === 0) return fail({ field: 'photo', error: 'speakerPage.photoMissing' })
    const result = await saveSpeakerPhoto(db, token, new Uint8Array(await file.arrayBuffer()))
    if (result.kind === 'notFound') throw notFound()
    if (result.kind === 'tooLarge') return fail({ field: 'photo', error: 'speakerPage.photoTooLarge' }, 413)
    if (result.kind === 'tooManyPixels') return fail({ field: 'photo', error: 'speakerPage.photoTooManyPixels' }, 413)
    if (result.kind === 'unsupportedType') return fail({ field: 'photo', error: 'speakerPage.photoType' }, 415)
    return back('photoSaved')
  }
  if (intent === 'removePhoto') {
    if ((await removeSpeakerPhoto(db, token)).kind === 'notFound') throw notFound()
    return back('photoRemoved')
  }
  return fail({ field: 'photo', error: 'errors.unknownAction' })
}

const statusTone = { INVITED: 'warning', CONFIRMED: 'success', DECLINED: 'danger' } as const

export default function SpeakerPage() {
  const view = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation('programme')
  const busy = navigation.state === 'submitting'
  const bioError = reply?.field === 'bio' ? t(reply.error) : null
  const photoError = reply?.field === 'photo' ? t(reply.error) : null
  const textarea =
    'rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-white'
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <header>
        <p className="text-sm font-semibold text-brand-700 dark:text-brand-100">{t('speakerPage.kicker')}</p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight text-balance sm:text-3xl">{view.event.title}</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          {view.event.when}
          {view.event.venue ? <span className="block">{view.event.venue}</span> : null}
        </p>
      </header>

      {view.notice ? (
        <p
          role="status"
          className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {t(`speakerPage.notices.${view.notice}`, { defaultValue: '' })}
        </p>
      ) : null}

      <Card>
        <h2 className="text-lg font-semibold">{t('speakerPage.answerTitle', { name: view.name })}</h2>
        <p className="mt-2 flex flex-wrap items-center gap-2">
          <span>{t('speakerPage.yourStatus')}</span> <Badge tone={statusTone[view.status]}>{t(`speakerStatus.${view.status}`)}</Badge>
        </p>
        <p className="mt-2 text-slate-800 dark:text-slate-200">{t(`speakerPage.statusText.${view.status}`)}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          {view.status !== 'CONFIRMED' ? (
            <Form method="post">
              <input type="hidden" name="intent" value="confirm" />
              <Button type="submit" disabled={busy}>
                {t('speakerPage.confirm')}
              </Button>
            </Form>
          ) : null}
          {view.status !== 'DECLINED' ? (
            <Form method="post">
              <input type="hidden" name="intent" value="decline" />
              <Button type="submit" variant="secondary" disabled={busy}>
                {t('speakerPage.decline')}
              </Button>
            </Form>
          ) : null}
        </div>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">{t('speakerPage.slots')}</h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('speakerPage.zone', { zone: view.event.zone })}</p>
        {view.slots.length === 0 ? (
          <p className="mt-3">{t('speakerPage.noSlots')}</p>
        ) : (
          <ul className="mt-3 flex flex-col divide-y divide-slate-200 dark:divide-slate-700">
            {view.slots.map((slot) => (
              <li key={slot.id} className="py-3">
                <h3 className="font-semibold">{slot.title}</h3>
                <p className="text-slate-800 dark:text-slate-200">
                  <time dateTime={slot.startsAt}>
                    {slot.date}, {slot.time}
                  </time>
                </p>
                <p className="text-sm text-slate-700 dark:text-slate-300">
                  {[slot.room ? t('agenda.room', { name: slot.room }) : null, slot.kind !== 'TALK' ? t(`kinds.${slot.kind}`) : null]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {slot.coSpeakers.length > 0 ? (
                  <p className="text-sm">{t('speakerPage.with', { names: slot.coSpeakers.join(', ') })}</p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {view.event.isPublished ? (
          <p className="mt-3 text-sm">
            <a href={`/events/${view.event.slug}/agenda`}>{t('speakerPage.agendaLink')}</a>
          </p>
        ) : null}
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">{t('speakerPage.profile')}</h2>
        <Form method="post" noValidate className="mt-3 flex flex-col gap-2">
          <input type="hidden" name="intent" value="bio" />
          <label htmlFor="speaker-bio" className="text-sm font-medium">
            {t('speakerPage.bio')}
          </label>
          <textarea
            id="speaker-bio"
            name="bio"
            rows={6}
            maxLength={view.maxBio}
            defaultValue={view.bio}
            aria-describedby={`speaker-bio-hint${bioError ? ' speaker-bio-error' : ''}`}
            aria-invalid={bioError ? true : undefined}
            className={textarea}
          />
          <p id="speaker-bio-hint" className="text-sm text-slate-700 dark:text-slate-300">
            {t('speakerPage.bioHint', { max: view.maxBio })}
          </p>
          {bioError ? (
            <p id="speaker-bio-error" className="text-sm font-medium text-red-700 dark:text-red-300">
              {bioError}
            </p>
          ) : null}
          <div>
            <Button type="submit" variant="secondary" disabled={busy}>
              {t('speakerPage.saveBio')}
            </Button>
          </div>
        </Form>

        <div className="mt-6 border-t border-slate-200 pt-4 dark:border-slate-700">
          <h3 className="font-medium">{t('speakerPage.photo')}</h3>
          {view.hasPhoto ? (
            <div className="mt-2 flex flex-wrap items-center gap-4">
              <img
                src={`/s/${view.token}/photo`}
                alt={t('speakerPage.photoAlt', { name: view.name })}
                width={96}
                height={96}
                className="size-24 rounded-full object-cover"
              />
              <Form method="post">
                <input type="hidden" name="intent" value="removePhoto" />
                <Button type="submit" variant="ghost" disabled={busy}>
                  {t('speakerPage.removePhoto')}
                </Button>
              </Form>
            </div>
          ) : null}
          <Form method="post" encType="multipart/form-data" noValidate className="mt-3 flex flex-col gap-2">
            <input type="hidden" name="intent" value="photo" />
            <label htmlFor="speaker-photo" className="text-sm font-medium">
              {view.hasPhoto ? t('speakerPage.replacePhoto') : t('speakerPage.uploadPhoto')}
            </label>
            <input
              id="speaker-photo"
              name="photo"
              type="file"
              accept="image/jpeg,image/png,image/webp"
              aria-describedby={`speaker-photo-hint${photoError ? ' speaker-photo-error' : ''}`}
              aria-invalid={photoError ? true : undefined}
              className="min-h-11 text-sm file:mr-3 file:min-h-11 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:font-semibold dark:file:border-slate-600 dark:file:bg-slate-800 dark:file:text-white"
            />
            <p id="speaker-photo-hint" className="text-sm text-slate-700 dark:text-slate-300">
              {t('speakerPage.photoHint')}
            </p>
            {photoError ? <FormError id="speaker-photo-error">{photoError}</FormError> : null}
            <div>
              <Button type="submit" variant="secondary" disabled={busy}>
                {t('speakerPage.savePhoto')}
              </Button>
            </div>
          </Form>
        </div>
      </Card>

      {view.event.contactEmail ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {t('speakerPage.questions')}{' '}
          <a href={`mailto:${view.event.contactEmail}`} className="underline">
            {view.event.contactEmail}
          </a>
        </p>
      ) : null}
    </div>
  )
}
