// The stand desk of an exhibitor, through a staff pass's private link: answer the cooperation
// exchange's meeting requests (an accepted one is placed at once and both sides invited), mark
// meetings held, collect leads by scanning visitors' badges, add staff, and edit the exchange profile.
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { decideMeeting, getStandDesk, markMeetingHeld, saveProfile, staffPassByToken } from '~/domain/fair/cooperation.server'
import { LeadForm, ProfileForm, StaffPassForm } from '~/domain/fair/forms'
import { issueStaffPass } from '~/domain/fair/fair.server'
import { listLeads, scanLead } from '~/domain/fair/leads.server'
import { formatDate, formatDateTime, formatTimeRange } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { runIntent, type IntentAction } from '~/web/intents.server'

export const NewStaffPassForm = StaffPassForm.omit({ exhibitorId: true })

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = await getDb()
  const [desk, leads] = await Promise.all([getStandDesk(db, params.token ?? ''), listLeads(db, params.token ?? '')])
  if (!desk || !leads) throw new Response(null, { status: 404 })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'fair')
  const zone = { locale, timeZone: desk.event.timeZone }
  const url = new URL(request.url)
  const now = new Date()
  const when = (start: Date | null, end: Date | null) =>
    start && end ? `${formatDate(start, zone)}, ${formatTimeRange(start, end, zone)}` : null
  const meetings = desk.meetings.map((m) => {
    const profile = m.requesterProfile
    return {
      id: m.id,
      status: m.status,
      name: `${m.requester.firstName} ${m.requester.lastName}`,
      company: m.requester.company?.name ?? null,
      // The visitor's address only once the meeting is agreed.
      email: m.status === 'ACCEPTED' || m.status === 'HELD' ? m.requester.email : null,
      message: m.message,
      offer: profile?.offer ?? null,
      seek: profile?.seek ?? null,
      when: when(m.startsAt, m.endsAt),
      table: m.tableLabel,
      begun: m.startsAt !== null && m.startsAt <= now,
    }
  })
  const noticeMeeting = meetings.find((m) => m.id === url.searchParams.get('meeting'))
  return {
    metaTitle: t('stand.metaTitle'),
    token: params.token!,
    company: desk.exhibitor.company.name,
    stand: desk.exhibitor.stand ? { number: desk.exhibitor.stand.number, hall: desk.exhibitor.stand.hall } : null,
    event: { title: localized(locale, desk.event.titleDe, desk.event.titleEn) },
    notice: url.searchParams.get('notice'),
    noticeValues: { when: noticeMeeting?.when ?? '', table: noticeMeeting?.table ?? '' },
    requests: meetings.filter((m) => m.status === 'REQUESTED'),
    schedule: meetings.filter((m) => m.status === 'ACCEPTED' || m.status === 'HELD'),
    others: meetings.filter((m) => m.status === 'DECLINED' || m.status === 'CANCELLED'),
    profile: { offer: desk.profile?.offer ?? '', seek: desk.profile?.seek ?? '', topics: desk.profile?.topics ?? '' },
    staff: {
      quota: desk.passQuota,
      people: desk.passes.map((p) => ({ id: p.id, name: `${p.person.firstName} ${p.person.lastName}`, you: p.id === desk.pass.id })),
    },
    leads: leads.leads.map((l) => ({ ...l, createdAt: formatDateTime(l.createdAt, zone) })),
  }
}

async function standDesk(params: LoaderFunctionArgs['params']) {
  const token = params.token ?? ''
  const db = await getDb()
  const desk = await staffPassByToken(db, token)
  if (!desk) throw new Response(null, { status: 404 })
  return { token, db, desk }
}

const notFound = () => new Response(null, { status: 404 })
const back = (token: string, notice: string, extra = '') => redirect(`/r/${token}/stand?notice=${notice}${extra}`, { status: 303 })
const meetingIdOf = (form: FormData) => String(form.get('meetingId') ?? '')

const decide =
  (decision: 'accept' | 'decline'): IntentAction =>
  async ({ params }, form) => {
    const { token, db } = await standDesk(params)
    const meetingId = meetingIdOf(form)
    const result = await decideMeeting(db, token, meetingId, decision)
    if (result.kind === 'notFound') throw notFound()
    if (result.kind === 'accepted') return back(token, result.scheduled ? 'accepted' : 'acceptedUnplaced', `&meeting=${meetingId}#schedule`)
    return back(token, result.kind, '#requests')
  }

const held: IntentAction = async ({ params }, form) => {
  const { token, db, desk } = await standDesk(params)
  const result = await markMeetingHeld(db, { meetingId: meetingIdOf(form), exhibitorId: desk.exhibitor.id })
  if (result.kind === 'notFound') throw notFound()
  return back(token, result.kind, '#schedule')
}

const scan: IntentAction = async ({ params }, form) => {
  const { token, db } = await standDesk(params)
  const submission = parseWithZod(form, { schema: LeadForm })
  if (submission.status !== 'success') return data({ form: 'scan' as const, ...submission.reply(), scan: null }, { status: 400 })
  const result = await scanLead(db, token, submission.value)
  if (result.kind === 'notFound') throw notFound()
  const stored = result.kind === 'saved' || result.kind === 'updated' || result.kind === 'already'
  // A refused badge keeps the note in the form, so it is not lost while the visitor is still there.
  return data({ form: 'scan' as const, ...submission.reply({ resetForm: stored }), scan: result }, { status: stored ? 200 : 422 })
}

const issuePass: IntentAction = async ({ params }, form) => {
  const { token, db, desk } = await standDesk(params)
  const submission = parseWithZod(form, { schema: NewStaffPassForm })
  if (submission.status !== 'success') return data({ form: 'issuePass' as const, ...submission.reply(), quota: null }, { status: 400 })
  const result = await issueStaffPass(db, desk.exhibitor.id, { ...submission.value, locale: desk.pass.locale === 'en' ? 'en' : 'de' })
  if (result.kind === 'issued' || result.kind === 'existing')
    return back(token, result.kind === 'issued' ? 'passIssued' : 'passExisting', '#staff')
  const error =
    result.kind === 'quotaReached'
      ? 'errors.quotaReached'
      : result.kind === 'alreadyRegistered'
        ? 'errors.alreadyRegistered'
        : 'errors.notAccepted'
  return data(
    {
      form: 'issuePass' as const,
      ...submission.reply({ fieldErrors: { email: [error] } }),
      quota: result.kind === 'quotaReached' ? result.quota : null,
    },
    { status: 409 },
  )
}

const saveStandProfile: IntentAction = async ({ params }, form) => {
  const { token, db } = await standDesk(params)
  const submission = parseWithZod(form, { schema: ProfileForm })
  if (submission.status !== 'success') return data({ form: 'saveProfile' as const, ...submission.reply() }, { status: 400 })
  await saveProfile(db, token, { offer: submission.value.offer, seek: submission.value.seek, topics: submission.value.topics })
  return back(token, 'profileSaved', '#profile')
}

const actions = {
  accept: decide('accept'),
  decline: decide('decline'),
  held,
  scan,
  issuePass,
  saveProfile: saveStandProfile,
} satisfies Record<string, IntentAction>

export async function action(args: ActionFunctionArgs) {
  // A pass that does not exist is a 404 whatever was posted to it.
  return runIntent(args, actions, async ({ params }) => {
    await standDesk(params)
    return data({ status: 'error' as const, error: { '': ['errors.badRequest'] } }, { status: 400 })
  })
}
