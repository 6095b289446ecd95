// One event's report page: its figures and manual headcount for reporting staff, the headcount's
// two forms (set, clear) for organisers.
import { parseWithZod } from '@conform-to/zod/v4'
import type { useLoaderData } from '@remix-run/react'
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from '@remix-run/node'
import { liveCounts, viewLiveCounts } from '~/domain/checkin/live-counts.server'
import { REPORT_TIME_ZONE } from '~/domain/reports/counting.server'
import { HeadcountForm, MAX_HEADCOUNT, MAX_HEADCOUNT_NOTE } from '~/domain/reports/headcount-form'
import { clearHeadcount, headcountAuthor, setHeadcount } from '~/domain/reports/headcount.server'
import { eventDay, formatDateTime, formatEventRange } from '~/lib/datetime'
import type { Db } from '~/lib/db.server'
import type { Role } from '~/generated/prisma-sqlite/client'
import { closedYearOfEvent } from '~/domain/reports/closed-year.server'
import { localized } from '~/lib/i18n'
import { i18next } from '~/lib/i18next.server'
import { can } from '~/lib/permissions.server'
import { runIntent, withContext } from '~/web/intents.server'
import { shownAgain } from '~/web/shown-again'
import { requireStaffEvent } from '~/web/staff-event.server'

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { db, user, event, locale } = await requireStaffEvent(request, params.id, 'reports:view')
  const t = await i18next.getFixedT(request, 'reports')
  const counts = await liveCounts(db, event.id)
  const title = localized(locale, event.titleDe, event.titleEn)
  const zone = { locale, timeZone: event.timeZone }
  return data({
    metaTitle: t('event.metaTitle', { title }),
    event: {
      id: event.id,
      title,
      when: formatEventRange(event.startsAt, event.endsAt, zone, { withTimes: true }),
      started: event.startsAt <= new Date(),
      reportYear: Number(eventDay(event.startsAt, REPORT_TIME_ZONE).slice(0, 4)),
    },
    headcount:
      event.headcount === null
        ? null
        : {
            count: event.headcount,
            note: event.headcountNote,
            by: await headcountAuthor(db, event.headcountById),
            at: event.headcountAt ? formatDateTime(event.headcountAt, zone) : null,
          },
    counts: counts ? viewLiveCounts(counts, zone) : null,
    canEdit: can(user.role, 'events:manage'),
    /** The event's report year when closed: a headcount change is refused, or asks an administrator for a reason. */
    closedYear: await closedYearOfEvent(db, event.id).then((year) =>
      year === null ? null : { year, mayOverride: can(user.role, 'reports:close') },
    ),
    canManage: can(user.role, 'registrations:manage'),
    limits: { headcount: MAX_HEADCOUNT, note: MAX_HEADCOUNT_NOTE },
  })
}

type Page = { db: Db; eventId: string; userId: string; role: Role }

export async function action(args: ActionFunctionArgs) {
  const { db, user, event } = await requireStaffEvent(args.request, args.params.id, 'events:manage')
  return runIntent(args, withContext<Page>({ db, eventId: event.id, userId: user.id, role: user.role }, actions))
}

const back = (page: Page, notice: 'saved' | 'cleared') =>
  redirect(`/admin/events/${encodeURIComponent(page.eventId)}/report?headcount=${notice}`, 303)
const notFound = () => new Response(null, { status: 404 })

/** What was typed, shown again: a count is short; a note at most a little longer than it may be. */
function typedAgain<R extends { initialValue?: Record<string, unknown> | null }>(reply: R): R {
  const shown = shownAgain(reply, { max: MAX_HEADCOUNT_NOTE + 100, only: ['intent', 'headcount', 'note'] })
  const count = shown.initialValue?.headcount
  return typeof count === 'string' ? { ...shown, initialValue: { ...shown.initialValue, headcount: count.slice(0, 20) } } : shown
}

async function saveHeadcount(page: Page, form: FormData) {
  const submission = parseWithZod(form, { schema: HeadcountForm })
  if (submission.status !== 'success') return data(typedAgain(submission.reply()), { status: 400 })
  const result = await setHeadcount(page.db, page.eventId, submission.value, {
    userId: page.userId,
    role: page.role,
    reason: String(form.get('reason') ?? ''),
  })
  if (result.kind === 'notFound') throw notFound()
  if (result.kind === 'year_closed')
    return data(
      typedAgain(submission.reply({ formErrors: [can(page.role, 'reports:close') ? 'errors.yearClosedReason' : 'errors.yearClosed'] })),
      {
        status: 409,
      },
    )
  if (result.kind === 'notStarted') return data(typedAgain(submission.reply({ formErrors: ['errors.notStarted'] })), { status: 409 })
  return back(page, 'saved')
}

async function removeHeadcount(page: Page, form: FormData) {
  const result = await clearHeadcount(page.db, page.eventId, {
    userId: page.userId,
    role: page.role,
    reason: String(form.get('reason') ?? ''),
  })
  if (result.kind === 'notFound') throw notFound()
  if (result.kind === 'year_closed')
    return data(
      typedAgain(
        parseWithZod(form, { schema: HeadcountForm }).reply({
          formErrors: [can(page.role, 'reports:close') ? 'errors.yearClosedReason' : 'errors.yearClosed'],
        }),
      ),
      { status: 409 },
    )
  return back(page, 'cleared')
}

const actions = { setHeadcount: saveHeadcount, clearHeadcount: removeHeadcount } satisfies Record<
  string,
  (page: Page, form: FormData) => Promise<Response | ReturnType<typeof data>>
>

export type View = ReturnType<typeof useLoaderData<typeof loader>>
