import { getFormProps, useForm } from '@conform-to/react'
import { Form } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Button, Card, FormError } from '~/components/ui'
import type { z } from 'zod'
import type { BioForm } from '~/domain/programme/forms'
import type { SpeakerReply, SpeakerView } from './route'

const textarea =
  'rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-white'

/** The speaker's bio and photo, as shown in the public programme. */
export function SpeakerProfile({ view, reply, busy }: { view: SpeakerView; reply: SpeakerReply | undefined; busy: boolean }) {
  const { t } = useTranslation('programme')
  const [bioForm, bioFields] = useForm<z.input<typeof BioForm>>({
    id: 'speaker-bio-form',
    lastResult: reply?.form === 'bio' ? reply : null,
  })
  const bioError = bioFields.bio.errors?.map((k) => t(k)).join(' ') || null
  const photoError =
    reply?.form === 'photo'
      ? ((reply.error as Record<string, string[] | undefined>).photo ?? []).map((k: string) => t(k)).join(' ') || null
      : null
  return (
    <Card>
      <h2 className="text-lg font-semibold">{t('speakerPage.profile')}</h2>
      <Form method="post" {...getFormProps(bioForm)} noValidate className="mt-3 flex flex-col gap-2">
        <input type="hidden" name="intent" value="bio" />
        <label htmlFor="speaker-bio" className="text-sm font-medium">
          {t('speakerPage.bio')}
        </label>
        <textarea
          id="speaker-bio"
          name={bioFields.bio.name}
          rows={6}
          maxLength={view.maxBio}
          defaultValue={typeof bioFields.bio.initialValue === 'string' ? bioFields.bio.initialValue : view.bio}
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
  )
}
