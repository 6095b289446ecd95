// Loader and action of /admin/series/:id: the series' dates, its roster with each member's
// personal invitation link, and the forms that add and remove members.
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { addRosterMember, getSeriesAdmin, invitePath, removeRosterMember } from '~/domain/events/series.server'
import { RegistrationFields } from '~/domain/registration/form'
import { formatDate, formatEventRange } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { getEnv } from '~/lib/env.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { requirePermission } from '~/lib/permissions.server'
import { runIntent, type IntentAction } from '~/web/intents.server'
import { shownAgain } from '~/web/shown-again'

export const MemberFields = RegistrationFields.pick({ firstName: true, lastName: true, email: true, company: true })

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = await getDb()
  await requirePermission(request, db, 'events:manage')
  const series = await getSeriesAdmin(db, params.id ?? '')
  if (!series) throw new Response(null, { status: 404 })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'series')
  const name = localized(locale, series.nameDe, series.nameEn)
  const invite = series.inviteEvent
  const inviteDate = invite ? formatDate(invite.startsAt, { locale, timeZone: invite.timeZone }) : null
  return data({
    title: t('detail.metaTitle', { name }),
    name,
    events: series.events.map((e) => ({
      id: e.id,
      when: formatEventRange(e.startsAt, e.endsAt, { locale, timeZone: e.timeZone }),
      status: e.status,
      inviteOnly: e.inviteOnly,
      confirmedCount: e.confirmedCount,
      capacity: e.capacity,
    })),
    inviteDate,
    roster: series.roster.map((m) => {
      const memberName = `${m.person.firstName} ${m.person.lastName}`
      // Absolute, from APP_URL (never from the request): the link goes out by mail.
      const link = invite ? new URL(invitePath(invite.slug, m.token), getEnv().APP_URL).toString() : null
      const mail = link
        ? `mailto:${encodeURIComponent(m.person.email)}?${new URLSearchParams({
            subject: t('detail.mailSubject', { series: name }),
            body: t('detail.mailBody', { name: memberName, date: inviteDate, link }),
          })
            .toString()
            .replace(/\+/g, '%20')}`
        : null
      return { id: m.id, name: memberName, email: m.person.email, company: m.person.company?.name ?? null, link, mail }
    }),
  })
}

const add: IntentAction = async ({ params }, form) => {
  const seriesId = params.id ?? ''
  const submission = parseWithZod(form, { schema: MemberFields })
  if (submission.status !== 'success') return data(shownAgain(submission.reply(), { max: 300 }), { status: 400 })
  const result = await addRosterMember(await getDb(), seriesId, { ...submission.value, company: submission.value.company || null })
  if (result.kind === 'notFound') throw new Response(null, { status: 404 })
  if (result.kind === 'alreadyMember')
    return data(shownAgain(submission.reply({ formErrors: ['detail.alreadyMember'] }), { max: 300 }), { status: 409 })
  return redirect(`/admin/series/${seriesId}?added=1#roster`, 303)
}

const remove: IntentAction = async ({ params }, form) => {
  const seriesId = params.id ?? ''
  const memberId = form.get('memberId')
  const result = await removeRosterMember(await getDb(), seriesId, typeof memberId === 'string' ? memberId : '')
  if (result.kind === 'notFound') throw new Response(null, { status: 404 })
  return redirect(`/admin/series/${seriesId}?removed=1`, 303)
}

export async function action(args: ActionFunctionArgs) {
  await requirePermission(args.request, await getDb(), 'events:manage')
  // Enter in a field of the add form submits it without its button's intent: that is an add too.
  return runIntent(args, { add, remove }, add)
}
