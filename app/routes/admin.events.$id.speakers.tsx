// The speakers of an event for the organisers: invite, see who answered, resend the invitation,
// open a speaker's own page (the link is in the invitation mail).
import { useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { replyFor, typedValue } from '~/components/forms/reply-for'
import { Badge, Button, Card, EmptyState, Field, FormError, SelectField, TableScroll } from '~/components/ui'
import { ProgrammeNav } from '~/components/programme/programme-nav'
import { InviteForm } from '~/domain/programme/forms'
import { inviteSpeaker, listSpeakers, resendInvitation } from '~/domain/programme/speakers.server'
import { formatDate, formatTimeRange } from '~/lib/datetime'
import type { Db } from '~/lib/db.server'
import { localized } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { runIntent, withContext } from '~/web/intents.server'
import { requireStaffEvent } from '~/web/staff-event.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.metaTitle} – Fairdesk` : 'Fairdesk' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, event, locale } = await requireStaffEvent(request, params.id, 'events:manage')
  const list = await listSpeakers(db, event.id)
  if (!list) throw notFound()
  const t = await i18next.getFixedT(request, 'programme')
  const zone = { locale, timeZone: list.event.timeZone }
  const url = new URL(request.url)
  const title = localized(locale, list.event.titleDe, list.event.titleEn)
  return data({
    metaTitle: `${t('speakers.title')}: ${title}`,
    event: { id: list.event.id, title },
    notice: url.searchParams.get('notice'),
    speakers: list.speakers.map((s) => ({
      ...s,
      link: `/s/${s.token}`,
      sessions: s.sessions.map((session) => ({
        id: session.id,
        title: localized(locale, session.titleDe, session.titleEn),
        when: `${formatDate(session.startsAt, zone)}, ${formatTimeRange(session.startsAt, session.endsAt, zone)}`,
        room: session.roomName,
      })),
    })),
  })
}

type Page = { db: Db; eventId: string }

export async function action(args: ActionFunctionArgs) {
  const { db, event } = await requireStaffEvent(args.request, args.params.id, 'events:manage')
  return runIntent(args, withContext<Page>({ db, eventId: event.id }, actions))
}

const back = (page: Page, notice: string) => redirect(`/admin/events/${page.eventId}/speakers?notice=${notice}`, 303)
const notFound = () => new Response(null, { status: 404 })

async function invite(page: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: InviteForm })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const result = await inviteSpeaker(page.db, page.eventId, submission.value)
  if (result.kind === 'notFound') throw notFound()
  if (result.kind === 'alreadySpeaker') return data(submission.reply({ formErrors: ['speakers.alreadySpeaker'] }), { status: 409 })
  return back(page, result.kind)
}

async function resend(page: Page, form: FormData) {
  const result = await resendInvitation(page.db, page.eventId, String(form.get('speakerId') ?? ''))
  if (result.kind === 'notFound') throw notFound()
  return back(page, result.kind === 'declined' ? 'resendDeclined' : 'resent')
}

const actions = { invite, resend } satisfies Record<string, (page: Page, form: FormData) => Promise<Response | ReturnType<typeof data>>>

const statusTone = { INVITED: 'warning', CONFIRMED: 'success', DECLINED: 'danger' } as const

export default function SpeakersPage() {
  const { event, speakers, notice } = useLoaderData<typeof loader>()
  const [form, fields] = useForm<z.input<typeof InviteForm>>({ id: 'speaker-invite', lastResult: replyFor(useActionData(), 'invite') })
  const navigation = useNavigation()
  const { t } = useTranslation('programme')
  const tr = (keys?: string[]) => keys?.map((k) => t(k))
  return (
    <div>
      <ProgrammeNav eventId={event.id} />
      <h2 className="mb-2 text-xl font-bold tracking-tight sm:text-2xl">{t('speakers.title')}</h2>
      <p className="mb-6 text-slate-700 dark:text-slate-300">{t('speakers.intro')}</p>
      {notice ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          {t(`speakers.notices.${notice}`, { defaultValue: '' })}
        </p>
      ) : null}

      {speakers.length === 0 ? (
        <EmptyState title={t('speakers.empty')} />
      ) : (
        <TableScroll label={t('speakers.caption')}>
          <table className="w-full min-w-[44rem] border-collapse text-sm">
            <caption className="sr-only">{t('speakers.caption')}</caption>
            <thead className="border-b border-slate-200 dark:border-slate-700">
              <tr>
                {['name', 'status', 'slots', 'actions'].map((col) => (
                  <th
                    key={col}
                    scope="col"
                    className="px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-700 dark:text-slate-300"
                  >
                    {t(`speakers.columns.${col}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-700">
              {speakers.map((s) => (
                <tr key={s.id}>
                  <th scope="row" className="px-3 py-3 text-left align-top font-normal">
                    <span className="font-semibold">{s.name}</span>
                    {s.company ? <span className="block text-slate-700 dark:text-slate-300">{s.company}</span> : null}
                    {s.email ? <span className="block break-all text-slate-700 dark:text-slate-300">{s.email}</span> : null}
                    <span className="block text-xs text-slate-700 dark:text-slate-300">
                      {[s.hasBio ? t('speakers.hasBio') : null, s.hasPhoto ? t('speakers.hasPhoto') : null].filter(Boolean).join(' · ')}
                    </span>
                  </th>
                  <td className="px-3 py-3 align-top">
                    <Badge tone={statusTone[s.status]}>{t(`speakerStatus.${s.status}`)}</Badge>
                  </td>
                  <td className="px-3 py-3 align-top">
                    {s.sessions.length === 0 ? (
                      <span className="text-slate-700 dark:text-slate-300">{t('speakers.noSlot')}</span>
                    ) : (
                      <ul className="flex flex-col gap-1">
                        {s.sessions.map((session) => (
                          <li key={session.id}>
                            <span className="font-medium">{session.title}</span>
                            <span className="block text-xs text-slate-700 dark:text-slate-300">
                              {session.when}
                              {session.room ? ` · ${session.room}` : ''}
                            </span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className="px-3 py-3 align-top">
                    <div className="flex flex-col items-start gap-1">
                      {s.status !== 'DECLINED' ? (
                        <Form method="post">
                          <input type="hidden" name="intent" value="resend" />
                          <input type="hidden" name="speakerId" value={s.id} />
                          <Button type="submit" variant="secondary">
                            {t('speakers.resend')}
                            <span className="sr-only">: {s.name}</span>
                          </Button>
                        </Form>
                      ) : null}
                      <a href={s.link} className="inline-flex min-h-11 items-center" rel="noreferrer">
                        {t('speakers.openPage')}
                        <span className="sr-only">: {s.name}</span>
                      </a>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}

      <Card className="mt-8 max-w-2xl">
        <h2 className="text-lg font-semibold">{t('speakers.invite')}</h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('speakers.inviteHint')}</p>
        <Form method="post" id={form.id} noValidate className="mt-4 grid gap-4 sm:grid-cols-2">
          <input type="hidden" name="intent" value="invite" />
          {form.errors?.length ? (
            <div className="sm:col-span-2">
              <FormError>{tr(form.errors)!.join(' ')}</FormError>
            </div>
          ) : null}
          <Field
            name="firstName"
            label={t('fields.firstName')}
            autoComplete="off"
            required
            defaultValue={typedValue(fields.firstName.initialValue)}
            errors={tr(fields.firstName.errors)}
          />
          <Field
            name="lastName"
            label={t('fields.lastName')}
            autoComplete="off"
            required
            defaultValue={typedValue(fields.lastName.initialValue)}
            errors={tr(fields.lastName.errors)}
          />
          <Field
            name="email"
            type="email"
            label={t('fields.email')}
            autoComplete="off"
            required
            defaultValue={typedValue(fields.email.initialValue)}
            errors={tr(fields.email.errors)}
          />
          <Field
            name="company"
            label={t('fields.company')}
            autoComplete="off"
            defaultValue={typedValue(fields.company.initialValue)}
            errors={tr(fields.company.errors)}
          />
          <SelectField name="locale" label={t('fields.mailLanguage')} defaultValue={typedValue(fields.locale.initialValue) ?? 'de'}>
            <option value="de">{t('languages.de')}</option>
            <option value="en">{t('languages.en')}</option>
          </SelectField>
          <div className="self-end">
            <Button type="submit" disabled={navigation.state === 'submitting'}>
              {t('speakers.inviteButton')}
            </Button>
          </div>
        </Form>
      </Card>
    </div>
  )
}
