// The speakers of an event for the organisers: invite, see who answered, resend the invitation,
// open a speaker's own page (the link is in the invitation mail).
import { requireStaffEvent } from '~/web/staff-event.server'
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { Badge, Button, Card, EmptyState, Field, FormError, SelectField, TableScroll } from '~/components/ui'
import { ProgrammeNav } from '~/components/programme/programme-nav'
import { InviteForm } from '~/domain/programme/forms'
import { inviteSpeaker, listSpeakers, resendInvitation } from '~/domain/programme/speakers.server'
import { formatDate, formatTimeRange } from '~/lib/datetime'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data ? `${data.metaTitle} – Fairdesk` : 'Fairdesk' }]

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db } = await requireStaffEvent(request, params.id, 'events:manage')
  const list = await listSpeakers(db, params.id ?? '')
  if (!list) throw new Response(null, { status: 404 })
  const locale = toLocale(await i18next.getLocale(request))
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

export async function action({ request, params }: ActionFunctionArgs) {
  const { db } = await requireStaffEvent(request, params.id, 'events:manage')
  const eventId = params.id ?? ''
  const form = await request.formData().catch(() => new FormData())
  const intent = form.get('intent')
  const back = (notice: string) => redirect(`/admin/events/${eventId}/speakers?notice=${notice}`, 303)

  if (intent === 'resend') {
    const result = await resendInvitation(db, eventId, String(form.get('speakerId') ?? ''))
    if (result.kind === 'notFound') throw new Response(null, { status: 404 })
    return back(result.kind === 'declined' ? 'resendDeclined' : 'resent')
  }

  const submission = parseWithZod(form, { schema: InviteForm })
  if (submission.status !== 'success')
    return data({ fieldErrors: submission.error ?? {}, formError: null as string | null, values: submission.payload }, { status: 400 })
  const result = await inviteSpeaker(db, eventId, submission.value)
  if (result.kind === 'notFound') throw new Response(null, { status: 404 })
  if (result.kind === 'alreadySpeaker')
    return data({ fieldErrors: {}, formError: 'speakers.alreadySpeaker', values: submission.payload }, { status: 409 })
  return back(result.kind)
}

const statusTone = { INVITED: 'warning', CONFIRMED: 'success', DECLINED: 'danger' } as const

export default function SpeakersPage() {
  const { event, speakers, notice } = useLoaderData<typeof loader>()
  const reply = useActionData<typeof action>()
  const navigation = useNavigation()
  const { t } = useTranslation('programme')
  const err = (name: string) => (reply?.fieldErrors as Record<string, string[] | null> | undefined)?.[name]?.map((k) => t(k))
  const value = (name: string) => (typeof reply?.values?.[name] === 'string' ? (reply.values[name] as string) : undefined)
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
        <Form method="post" noValidate className="mt-4 grid gap-4 sm:grid-cols-2">
          <input type="hidden" name="intent" value="invite" />
          {reply?.formError ? (
            <div className="sm:col-span-2">
              <FormError>{t(reply.formError)}</FormError>
            </div>
          ) : null}
          <Field
            name="firstName"
            label={t('fields.firstName')}
            autoComplete="off"
            required
            defaultValue={value('firstName')}
            errors={err('firstName')}
          />
          <Field
            name="lastName"
            label={t('fields.lastName')}
            autoComplete="off"
            required
            defaultValue={value('lastName')}
            errors={err('lastName')}
          />
          <Field
            name="email"
            type="email"
            label={t('fields.email')}
            autoComplete="off"
            required
            defaultValue={value('email')}
            errors={err('email')}
          />
          <Field name="company" label={t('fields.company')} autoComplete="off" defaultValue={value('company')} errors={err('company')} />
          <SelectField name="locale" label={t('fields.mailLanguage')} defaultValue={value('locale') ?? 'de'}>
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
