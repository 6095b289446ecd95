// The attendee's own page behind the manage link: what they registered, and the forms to change
// answers and workshops, hand the seat to a colleague, cancel, or erase their data.
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { formatAnswer, optionChoices, type Answers } from '~/domain/registration/answers'
import { changeChoicesSchema, DetailsForm, EmailForm, sessionConflict as sessionConflictOf } from '~/domain/registration/change-form.server'
import { changeDetails, requestEmailChange } from '~/domain/registration/contact-change.server'
import { hasCertificate } from '~/domain/reports/participant-lists.server'
import { eraseOnRequest } from '~/domain/people/personal-data.server'
import { RegistrationFields } from '~/domain/registration/form'
import { changeChoices, findByManageToken, transferRegistration } from '~/domain/registration/self-service.server'
import { cancelRegistration } from '~/domain/registration/register.server'
import { bookableSessions, sessionChoiceDays } from '~/domain/registration/session-choice.server'
import { formatEventRange, formatTimeRange } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { runIntent, type IntentAction } from '~/web/intents.server'

export const TransferForm = RegistrationFields.pick({ firstName: true, lastName: true, email: true })

async function manageable(params: LoaderFunctionArgs['params']) {
  const db = await getDb()
  const registration = await findByManageToken(db, params.token ?? '')
  if (!registration) throw new Response(null, { status: 404 })
  return { db, registration }
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, registration } = await manageable(params)
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'registration')
  const { event, person } = registration
  const answers = (registration.answers ?? {}) as Answers
  const zone = { locale, timeZone: event.timeZone }
  const bookable = await bookableSessions(db, event.id)
  const held = registration.sessions.filter((s) => s.status !== 'CANCELLED')
  const hasChoices = event.questions.length > 0 || bookable.length > 0
  return {
    metaTitle: t('manage.metaTitle'),
    event: {
      slug: event.slug,
      title: localized(locale, event.titleDe, event.titleEn),
      when: formatEventRange(event.startsAt, event.endsAt, { locale, timeZone: event.timeZone }, { withTimes: true }),
      where: [event.venueName, event.venueStreet, [event.venuePostcode, event.venueCity].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(', '),
    },
    token: registration.manageToken,
    status: registration.status,
    certificate: await hasCertificate(db, registration.id),
    fairDesk:
      event.kind !== 'FAIR'
        ? null
        : registration.role === 'EXHIBITOR' && registration.exhibitorId
          ? ('stand' as const)
          : ('meetings' as const),
    waitlistPosition: registration.waitlistPosition,
    name: `${person.firstName} ${person.lastName}`,
    firstName: person.firstName,
    lastName: person.lastName,
    companyName: registration.companyName ?? '',
    email: person.email,
    company: registration.companyName ?? person.company?.name ?? null,
    answers: event.questions
      .filter((q) => answers[q.id] !== undefined)
      .map((q) => ({
        label: localized(locale, q.labelDe, q.labelEn),
        value: formatAnswer(q, answers[q.id], locale, { yes: t('form.yes'), no: '–' }),
      })),
    heldSessions: event.sessions
      .filter((s) => held.some((h) => h.sessionId === s.id))
      .map((s) => ({
        id: s.id,
        title: localized(locale, s.titleDe, s.titleEn),
        time: formatTimeRange(s.startsAt, s.endsAt, zone),
        status: held.find((h) => h.sessionId === s.id)!.status,
      })),
    // Answers and workshops can change until the event is over; a cancelled registration is final.
    canChange: hasChoices && registration.status !== 'CANCELLED' && event.status === 'PUBLISHED' && event.endsAt > new Date(),
    questions: event.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      required: q.required,
      label: localized(locale, q.labelDe, q.labelEn),
      options: optionChoices(q, locale),
    })),
    currentAnswers: answers,
    sessions: sessionChoiceDays(bookable, zone),
    sessionStatuses: Object.fromEntries(held.map((h) => [h.sessionId, h.status])),
    group: registration.groupMembers.map((m) => ({
      id: m.id,
      name: `${m.person.firstName} ${m.person.lastName}`,
      email: m.person.email,
      status: m.status,
    })),
  }
}

// The organiser's own questions and the bookable sessions make the schema; the domain's answer
// rules check it, so the page accepts exactly what the registration form accepts.
const change: IntentAction = async ({ params }, form) => {
  const { db, registration } = await manageable(params)
  const bookable = await bookableSessions(db, registration.eventId)
  const submission = parseWithZod(form, { schema: changeChoicesSchema(registration.event.questions, bookable) })
  if (submission.status !== 'success') {
    const sessionConflict = sessionConflictOf(bookable, submission.payload.sessions)
    return data({ form: 'change' as const, ...submission.reply(), sessionConflict }, { status: 400 })
  }
  // Sessions without their own seats are not offered here; whatever is held of them stays.
  const kept = registration.sessions
    .filter((s) => s.status !== 'CANCELLED' && !bookable.some((b) => b.id === s.sessionId))
    .map((s) => s.sessionId)
  const { answers, sessionIds } = submission.value
  const result = await changeChoices(db, registration.id, { answers, sessionIds: [...sessionIds, ...kept] })
  if (result.kind === 'changed') return redirect(`/r/${params.token}?changed=1`, { status: 303 })
  return data(
    { form: 'change' as const, ...submission.reply({ formErrors: [`manage.changeRefused.${result.kind}`] }), sessionConflict: null },
    { status: 409 },
  )
}

const details: IntentAction = async ({ params }, form) => {
  const { db, registration } = await manageable(params)
  const submission = parseWithZod(form, { schema: DetailsForm })
  if (submission.status !== 'success') return data({ form: 'details' as const, ...submission.reply() }, { status: 400 })
  const result = await changeDetails(db, registration.id, submission.value)
  if (result.kind === 'changed' || result.kind === 'unchanged') return redirect(`/r/${params.token}?changed=1`, { status: 303 })
  return data({ form: 'details' as const, ...submission.reply({ formErrors: [`manage.changeRefused.${result.kind}`] }) }, { status: 409 })
}

// The same answer for every address: whether the new one is registered already is told only to its mailbox.
const email: IntentAction = async ({ params }, form) => {
  const { db, registration } = await manageable(params)
  const submission = parseWithZod(form, { schema: EmailForm })
  if (submission.status !== 'success') return data({ form: 'email' as const, ...submission.reply() }, { status: 400 })
  const result = await requestEmailChange(db, registration.id, submission.value.email)
  if (result.kind === 'sent') return redirect(`/r/${params.token}?emailSent=1`, { status: 303 })
  return data({ form: 'email' as const, ...submission.reply({ formErrors: [`manage.changeRefused.${result.kind}`] }) }, { status: 409 })
}

const cancel: IntentAction = async ({ params }) => {
  const { db, registration } = await manageable(params)
  const result = await cancelRegistration(db, registration.id, { reason: 'self-service' })
  // The event's report year is closed for the funders: nothing changes, nobody is mailed.
  if (result.kind === 'year_closed')
    return data({ form: 'cancel' as const, refused: 'year_closed' as const, year: result.year }, { status: 409 })
  return redirect(`/r/${params.token}?cancelled=1`, { status: 303 })
}

const erase: IntentAction = async ({ params }) => {
  const { db, registration } = await manageable(params)
  await eraseOnRequest(db, registration.personId)
  // This link is dead now: say so on a page of its own.
  return redirect('/r/erased', { status: 303 })
}

const transfer: IntentAction = async ({ params }, form) => {
  const { db, registration } = await manageable(params)
  const submission = parseWithZod(form, { schema: TransferForm })
  if (submission.status !== 'success') return data({ form: 'transfer' as const, ...submission.reply() }, { status: 400 })
  const result = await transferRegistration(db, registration.id, { ...submission.value, company: registration.companyName })
  // This link is dead now (the seat and its new link belong to the colleague): confirm elsewhere.
  if (result.kind === 'transferred') return redirect('/r/transferred', { status: 303 })
  return data(
    { form: 'transfer' as const, ...submission.reply({ formErrors: [`manage.transferRefused.${result.kind}`] }) },
    { status: 409 },
  )
}

const actions = { change, details, email, cancel, erase, transfer } satisfies Record<string, IntentAction>

export async function action(args: ActionFunctionArgs) {
  // A link that leads nowhere is a 404 whatever was posted to it.
  return runIntent(args, actions, async ({ params }) => {
    await manageable(params)
    return data({ status: 'error' as const, error: { '': ['errors.badRequest'] } }, { status: 400 })
  })
}
