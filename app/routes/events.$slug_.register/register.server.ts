// The public registration form: the person, the organiser's questions, workshops and colleagues,
// checked on the server; every outcome that registers (or could) ends on the same "sent" page.
import { parseWithZod } from '@conform-to/zod/v4'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { fieldName, optionChoices, parseAnswers, submittedAnswers, type Answers } from '~/domain/registration/answers'
import { MAX_COLLEAGUES, readColleagueRows, type ColleagueRow } from '~/domain/registration/colleague-rows'
import { isBot, RegistrationFields } from '~/domain/registration/form'
import { getRegistrationForm, getRegistrationPage } from '~/domain/registration/page.server'
import { registerGroup } from '~/domain/registration/self-service.server'
import { normaliseEmail } from '~/domain/registration/register.server'
import { chosenSessions, readSessionChoice, sessionChoiceDays } from '~/domain/registration/session-choice.server'
import { formatEventRange } from '~/lib/datetime'
import { getDb } from '~/lib/db.server'
import { localized, toLocale } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { sentNoticeCookie } from '~/lib/sent-notice.server'
import { intentOf } from '~/web/intents.server'
import { shownAgain } from '~/web/shown-again'

/** What the form shows again after an error: the person's own fields (questions and rows travel in `echo`). */
const OWN_FIELDS = { max: 300, only: ['firstName', 'lastName', 'email', 'company'] }

type Echo = { answers: Answers; sessionIds: string[]; colleagues: ColleagueRow[]; sessionConflict: [string, string] | null }
const nothingTyped: Echo = { answers: {}, sessionIds: [], colleagues: [], sessionConflict: null }
const emptyRow: ColleagueRow = { firstName: '', lastName: '', email: '' }

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = await getDb()
  const event = await getRegistrationPage(db, params.slug ?? '')
  if (!event) throw new Response(null, { status: 404 })
  const locale = toLocale(await i18next.getLocale(request))
  const t = await i18next.getFixedT(request, 'registration')
  const title = localized(locale, event.titleDe, event.titleEn)
  const invite = new URL(request.url).searchParams.get('invite')
  return {
    metaTitle: t('form.metaTitle', { title }),
    slug: event.slug,
    title,
    when: formatEventRange(event.startsAt, event.endsAt, { locale, timeZone: event.timeZone }, { withTimes: true }),
    place: [event.venueName, event.venueCity].filter(Boolean).join(', '),
    state: event.inviteOnly && !invite ? ('inviteOnly' as const) : event.state,
    seatsLeft: event.seatsLeft,
    sessions: sessionChoiceDays(event.sessions, { locale, timeZone: event.timeZone }),
    invite,
    // A personal invitation registers one roster member; colleagues come with their own links.
    groupAllowed: !event.inviteOnly,
    questions: event.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      required: q.required,
      label: localized(locale, q.labelDe, q.labelEn),
      options: optionChoices(q, locale),
    })),
    locale,
    // Fairs ask whether exhibitors may scan the visitor's badge for their leads.
    asksLeadConsent: event.kind === 'FAIR',
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData().catch(() => null)
  if (!form) return data({ status: 'error' as const, error: { '': ['errors.badRequest'] }, ...nothingTyped }, { status: 400 })
  const db = await getDb()
  const event = await getRegistrationForm(db, params.slug ?? '')
  if (!event) throw new Response(null, { status: 404 })
  // Only the schema's fields are taken: anything else posted (e.g. status=CONFIRMED) is dropped.
  const submission = parseWithZod(form, { schema: RegistrationFields })
  const typedEmail = typeof submission.payload.email === 'string' ? submission.payload.email : undefined
  const typedCompany = typeof submission.payload.company === 'string' ? submission.payload.company : undefined
  const answers = parseAnswers(event.questions, form)
  const sessions = readSessionChoice(event.sessions, form)
  const group = event.inviteOnly ? readColleagueRows(new FormData(), undefined) : readColleagueRows(form, typedEmail, event.questions)
  const echo: Echo = {
    answers: submittedAnswers(event.questions, form),
    sessionIds: chosenSessions(event.sessions, form).map((s) => s.id),
    colleagues: group.rows,
    sessionConflict: null,
  }
  // "Add a colleague" without JavaScript: the same form again, with one more row and no messages yet.
  if (intentOf(form) === 'addColleague' && !event.inviteOnly) {
    return data({
      initialValue: shownAgain({ initialValue: submission.payload }, OWN_FIELDS).initialValue as Record<string, string>,
      ...echo,
      colleagues: [...group.rows, emptyRow].slice(0, MAX_COLLEAGUES),
    })
  }
  // Colleagues are registered for the registrant's company, so it has to be given.
  const companyMissing = group.colleagues.length > 0 && !typedCompany?.trim()
  if (submission.status !== 'success' || !answers.ok || !sessions.ok || Object.keys(group.fieldErrors).length > 0 || companyMissing) {
    // The organiser's questions, the workshops and the colleague rows follow the domain's own rules;
    // their messages join the schema's in one reply.
    const fieldErrors: Record<string, string[]> = { ...group.fieldErrors }
    if (companyMissing && !(submission.status !== 'success' && submission.error?.company)) fieldErrors.company = ['errors.companyForGroup']
    if (!answers.ok) for (const [id, code] of Object.entries(answers.errors)) fieldErrors[fieldName(id)] = [`errors.${code}`]
    if (!sessions.ok) fieldErrors.sessions = [`errors.${sessions.error}`]
    return data(
      {
        ...shownAgain(submission.reply({ fieldErrors, hideFields: ['website'] }), OWN_FIELDS),
        ...echo,
        sessionConflict: sessions.ok ? null : sessions.conflict,
      },
      { status: 400 },
    )
  }
  // New, waiting list or registered already (then the link is mailed again): one answer for all, and
  // for a filled honeypot too. The link only ever travels by mail, to the address it belongs to.
  const sent = async (to: string) =>
    redirect(`/events/${params.slug}/register/sent`, {
      status: 303,
      headers: { 'Set-Cookie': await sentNoticeCookie(db, params.slug ?? '', to) },
    })
  const fields = submission.value
  if (isBot(fields)) return sent(normaliseEmail(fields.email))
  const locale = toLocale(await i18next.getLocale(request))
  const leader = {
    firstName: fields.firstName,
    lastName: fields.lastName,
    email: fields.email,
    company: fields.company || null,
    locale,
    answers: answers.answers,
    sessionIds: sessions.sessionIds,
    inviteToken: new URL(request.url).searchParams.get('invite'),
  }
  const leadConsent = event.kind === 'FAIR' ? form.get('consentLeadScan') === 'on' : undefined
  const result = await registerGroup(db, event.id, leader, group.colleagues, { leadConsent })
  if (result.kind === 'closed' || result.kind === 'full') {
    const reason = result.kind === 'full' ? 'full' : result.reason
    return data(
      { ...shownAgain(submission.reply({ formErrors: [`closed.${reason}`], hideFields: ['website'] }), OWN_FIELDS), ...echo },
      { status: 409 },
    )
  }
  // 303: a refresh or back button after this never posts the registration again (and if it did, it would only mail the link).
  return sent(result.to)
}
