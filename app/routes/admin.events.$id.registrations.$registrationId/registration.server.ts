// One registration for the organiser: its view model, and the staff changes to it. The domain
// functions write each change's audit entry in the change's own transaction.
import { parseWithZod } from '@conform-to/zod/v4'
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
import { DetailsForm } from '~/domain/registration/staff-form'
import { formatDateTime, formatEventRange } from '~/lib/datetime'
import { localized } from '~/lib/i18n'
import { can } from '~/lib/permissions.server'
import { runIntent, withContext } from '~/web/intents.server'
import { shownAgain } from '~/web/shown-again'
import { requireStaffEvent } from '~/web/staff-event.server'
import { z } from 'zod'
import { MAX_REASON_LENGTH } from '~/domain/reports/closed-year'
import { closedYearOfEvent } from '~/domain/reports/closed-year.server'

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
  const closedYear = await closedYearOfEvent(db, event.id)
  return data({
    /** The event's report year when it is closed, and whether this user may still change it with a reason. */
    closedYear: closedYear === null ? null : { year: closedYear, mayOverride: can(user.role, 'reports:close') },
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
      label: `${localized(locale, e.titleDe, e.titleEn)} – ${formatEventRange(e.startsAt, e.endsAt, { locale, timeZone: e.timeZone })}${e.capacity === null ? '' : ` (${e.confirmedCount}/${e.capacity})`}`,
    })),
  })
}

// Each form's answer is Conform's reply; `done` names the notice of a change that went through.
const reply = <R extends object>(r: R, status = 200, done?: string) => data({ ...r, ...(done ? { done } : {}) }, { status })
/** What a details form shows again: the fields it has (cut to a length they allow anyway) and its intent. */
const shown = { max: 1_000, only: ['intent', 'firstName', 'lastName', 'company', 'role'] }
/** The forms that send nothing but their intent. */
const NoFields = z.object({})
const MoveForm = z.object({ targetEventId: z.string().default('') })

async function details({ db, user, event, registration }: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: DetailsForm })
  if (submission.status !== 'success') return reply(shownAgain(submission.reply(), shown), 400)
  const v = submission.value
  const result = await updateRegistrationDetails(
    db,
    event.id,
    registration.id,
    { ...v, company: v.company ?? null, answers: (registration.answers ?? {}) as Answers },
    user.id,
    { role: user.role },
  )
  if (result.kind === 'year_closed') return reply(shownAgain(submission.reply({ formErrors: ['closedYear.refused'] }), shown), 409)
  if (result.kind === 'roleTakesSeat')
    return reply(shownAgain(submission.reply({ fieldErrors: { role: ['detail.roleTakesSeat'] } }), shown), 409)
  if (result.kind !== 'updated') return reply(shownAgain(submission.reply({ formErrors: ['detail.isCancelled'] }), shown), 409)
  return reply(shownAgain(submission.reply(), shown), 200, 'detail.saved')
}

async function move({ db, user, event, registration }: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: MoveForm })
  const target = submission.status === 'success' ? submission.value.targetEventId : ''
  const result = await moveRegistration(db, event.id, registration.id, target, { actorId: user.id, role: user.role })
  if (result.kind === 'year_closed') return reply(submission.reply({ formErrors: ['closedYear.refused'] }), 409)
  if (result.kind !== 'moved') return reply(submission.reply({ fieldErrors: { targetEventId: [`move.refused.${result.kind}`] } }), 409)
  return redirect(`/admin/events/${target}/registrations/${result.registrationId}?moved=1`, 303)
}

async function resend({ db, user, registration }: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: NoFields })
  const result = await resendRegistrationMail(db, registration, user.id)
  if (result.kind === 'cancelled') return reply(submission.reply({ formErrors: ['detail.isCancelled'] }), 409)
  return reply(submission.reply(), 200, 'detail.resent')
}

const CancelForm = z.object({ reason: z.string().trim().max(MAX_REASON_LENGTH).optional() })

async function cancel({ db, user, event, registration }: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: CancelForm })
  const reason = submission.status === 'success' ? submission.value.reason : undefined
  const result = await cancelRegistrationByStaff(db, registration.id, user.id, { role: user.role, reason })
  // An administrator without a reason is asked for one; everyone else is told the year is closed.
  if (result.kind === 'year_closed') {
    const mayOverride = can(user.role, 'reports:close')
    return reply(
      submission.reply(mayOverride ? { fieldErrors: { reason: ['closedYear.reasonRequired'] } } : { formErrors: ['closedYear.refused'] }),
      409,
    )
  }
  return redirect(`/admin/events/${event.id}/registrations/${registration.id}`, 303)
}

const actions = { details, move, resend, cancel }

export async function action(args: ActionFunctionArgs) {
  const page = await load(args.request, args.params)
  const unknown = async (_args: ActionFunctionArgs, form: FormData) =>
    reply(parseWithZod(form, { schema: NoFields }).reply({ formErrors: ['detail.unknownAction'] }), 400)
  return runIntent(args, withContext(page, actions), unknown)
}
