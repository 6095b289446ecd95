// One registration for the organiser: its view model, and the staff changes to it. The domain
// functions write each change's audit entry in the change's own transaction.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { formatAnswer, type Answers } from '~/domain/registration/answers'
import {
  cancelRegistrationByStaff,
  moveRegistration,
  moveTargets,
  registrationForStaff,
  resendRegistrationMail,
  updateRegistrationDetails,
} from '~/domain/registration/admin.server'
import { parseDetailsForm } from '~/domain/registration/staff-form'
import { formatDateTime, formatEventRange } from '~/lib/datetime'
import { localized } from '~/lib/i18n'
import { can } from '~/lib/permissions.server'
import { runIntent, withContext } from '~/web/intents.server'
import { requireStaffEvent } from '~/web/staff-event.server'

async function load(request: Request, params: { id?: string; registrationId?: string }) {
  const found = await requireStaffEvent(request, params.id, 'registrations:manage')
  const registration = await registrationForStaff(found.db, found.event.id, params.registrationId ?? '')
  if (!registration) throw new Response(null, { status: 404 })
  return { ...found, registration }
}

type Page = Awaited<ReturnType<typeof load>>

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, user, event, registration, locale } = await load(request, params)
  const zone = { locale, timeZone: event.timeZone }
  const { person } = registration
  const canErase = can(user.role, 'persons:erase') && !person.erasedAt
  const answers = (registration.answers ?? {}) as Answers
  const targets = registration.status === 'CANCELLED' ? [] : await moveTargets(db, event.id)
  return data({
    event: { id: event.id, title: localized(locale, event.titleDe, event.titleEn), status: event.status },
    erase: canErase ? { personId: person.id } : null,
    registration: {
      id: registration.id,
      name: [person.title, person.firstName, person.lastName].filter(Boolean).join(' '),
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      company: registration.companyName ?? person.company?.name ?? '',
      status: registration.status,
      role: registration.role,
      source: registration.source,
      locale: registration.locale,
      createdAt: formatDateTime(registration.createdAt, zone),
      cancelledAt: registration.cancelledAt ? formatDateTime(registration.cancelledAt, zone) : null,
      manageUrl: `/r/${registration.manageToken}`,
      answers: event.questions.map((q) => ({
        id: q.id,
        label: localized(locale, q.labelDe, q.labelEn),
        answer: formatAnswer(q, answers[q.id], locale, { yes: '✓', no: '–' }),
      })),
      checkIns: registration.checkIns.map((c) => ({
        id: c.id,
        at: formatDateTime(c.checkedInAt, zone),
        gate: c.gate,
        undone: c.undoneAt !== null,
        conflict: c.conflict,
      })),
      mails: registration.outbox.map((m) => ({
        id: m.id,
        template: m.template,
        status: m.status,
        at: formatDateTime(m.createdAt, zone),
        error: m.lastError,
      })),
    },
    targets: targets.map((e) => ({
      id: e.id,
      label: `${localized(locale, e.titleDe, e.titleEn)} – ${formatEventRange(e.startsAt, e.startsAt, { locale, timeZone: e.timeZone })}${e.capacity === null ? '' : ` (${e.confirmedCount}/${e.capacity})`}`,
    })),
  })
}

export type ActionResult = {
  intent: string
  fieldErrors: Record<string, string[]>
  values: Record<string, string>
  formError: string | null
  done: string | null
}
const reply = (r: Partial<ActionResult> & { intent: string }, status = 200) =>
  data<ActionResult>({ fieldErrors: {}, values: {}, formError: null, done: null, ...r }, { status })

async function details({ db, user, event, registration }: Page, form: FormData) {
  const intent = 'details'
  const parsed = parseDetailsForm(form)
  if (!parsed.ok) return reply({ intent, fieldErrors: parsed.fieldErrors, values: parsed.values }, 400)
  const v = parsed.value
  const result = await updateRegistrationDetails(
    db,
    event.id,
    registration.id,
    { ...v, company: v.company ?? null, answers: (registration.answers ?? {}) as Answers },
    user.id,
  )
  if (result.kind === 'roleTakesSeat') return reply({ intent, fieldErrors: { role: ['detail.roleTakesSeat'] }, values: parsed.values }, 409)
  if (result.kind !== 'updated') return reply({ intent, formError: 'detail.isCancelled' }, 409)
  return reply({ intent, done: 'detail.saved' })
}

async function move({ db, user, event, registration }: Page, form: FormData) {
  const target = String(form.get('targetEventId') ?? '')
  const result = await moveRegistration(db, event.id, registration.id, target, { actorId: user.id })
  if (result.kind !== 'moved') return reply({ intent: 'move', fieldErrors: { targetEventId: [`move.refused.${result.kind}`] } }, 409)
  return redirect(`/admin/events/${target}/registrations/${result.registrationId}?moved=1`, 303)
}

async function resend({ db, user, registration }: Page) {
  const result = await resendRegistrationMail(db, registration, user.id)
  if (result.kind === 'cancelled') return reply({ intent: 'resend', formError: 'detail.isCancelled' }, 409)
  return reply({ intent: 'resend', done: 'detail.resent' })
}

async function cancel({ db, user, event, registration }: Page) {
  await cancelRegistrationByStaff(db, registration.id, user.id)
  return redirect(`/admin/events/${event.id}/registrations/${registration.id}`, 303)
}

export async function action(args: ActionFunctionArgs) {
  const page = await load(args.request, args.params)
  const unknown = async (_args: ActionFunctionArgs, form: FormData) =>
    reply({ intent: String(form.get('intent') ?? ''), formError: 'detail.unknownAction' }, 400)
  return runIntent(args, withContext(page, { details, move, resend, cancel }), unknown)
}
